En el principio crió Dios los cielos y la tierra.
Y vió Dios que la luz era buena: y apartó Dios la luz de las tinieblas.
Y llamó Dios á la luz Día, y á las tinieblas llamó Noche: y fué la tarde y la mañana un día.
Y llamó Dios á la expansión Cielos: y fué la tarde y la mañana el día segundo.
Y fué la tarde y la mañana el día tercero.
Y sean por lumbreras en la expansión de los cielos para alumbrar sobre la tierra: y fué así.
Y para señorear en el día y en la noche, y para apartar la luz y las tinieblas: y vió Dios que era bueno.
Y fué la tarde y la mañana el día quinto.
Y crió Dios al hombre á su imagen, á imagen de Dios lo crió; varón y hembra los crió.
Y fueron acabados los cielos y la tierra, y todo su ornamento.
Y bendijo Dios al día séptimo, y santificólo, porque en él reposó de toda su obra que había Dios criado y hecho.
Mas subía de la tierra un vapor, que regaba toda la faz de la tierra.
Y había Jehová Dios plantado un huerto en Edén al oriente, y puso allí al hombre que había formado.
Y salía de Edén un río para regar el huerto, y de allí se repartía en cuatro ramales.
El nombre del uno era Pisón: éste es el que cerca toda la tierra de Havilah, donde hay oro:
Y el oro de aquella tierra es bueno: hay allítambiénbdelio y piedra cornerina.
El nombre del segundo río es Gihón: éste es el que rodea toda la tierra de Etiopía.
Tomó, pues, Jehová Dios al hombre, y le puso en el huerto de Edén, para que lo labrara y lo guardase.
Y mandó Jehová Dios al hombre, diciendo: De todo árbol del huerto comerás;
Y estaban ambos desnudos, Adam y su mujer, y no se avergonzaban.
Y llamó Jehová Dios al hombre, y le dijo: ¿Dónde estás tú?
Y él respondió: Oí tu voz en el huerto, y tuve miedo, porque estaba desnudo; y escondíme.
Entonces Jehová Dios dijo á la mujer: ¿Qué es lo que has hecho? Y dijo la mujer: La serpiente me engañó, y comí.
Espinos y cardos te producirá, y comerás hierba del campo;
Y Jehová Dios hizo al hombre y á su mujer túnicas de pieles, y vistiólos.
Y sacólo Jehová del huerto de Edén, para que labrase la tierra de que fué tomado.
Y conoció Adam á su mujer Eva, la cual concibió y parió á Caín, y dijo: Adquirido he varón por Jehová.
Y aconteció andando el tiempo, que Caín trajo del fruto de la tierra una ofrenda á Jehová.
Mas no miró propicio á Caín y á la ofrenda suya. Y ensañóse Caín en gran manera, y decayó su semblante.
Entonces Jehová dijo á Caín: ¿Por qué te has ensañado, y por qué se ha inmutado tu rostro?
Y Jehová dijo á Caín: ¿Dónde está Abel tu hermano? Y él respondió: No sé; ¿soy yo guarda de mi hermano?
Y dijo Caín á Jehová: Grande es mi iniquidad para ser perdonada.
Y salió Caín de delante de Jehová, y habitó en tierra de Nod, al oriente de Edén.
Y tomó para sí Lamech dos mujeres; el nombre de la una fué Ada, y el nombre de la otra Zilla.
Y el nombre de su hermano fué Jubal, el cual fué padre de todos los que manejan arpa y órgano.
Este es el libro de las generaciones de Adam. El día en que crió Dios al hombre, á la semejanza de Dios lo hizo;
Y vivió Seth ciento y cinco años, y engendró á Enós.
Y fueron todos los días de Seth novecientos y doce años; y murió.
Y vivió Enós noventa años, y engendró á Cainán.
Y fueron todos los días de Enós novecientos y cinco años; y murió.
Y vivió Mahalaleel sesenta y cinco años, y engendró á Jared.
Y vivió Jared ciento sesenta y dos años, y engendró á Henoch.
Y vivió Jared, después que engendró á Henoch, ochocientos años: y engendró hijos é hijas.
Y vivió Henoch sesenta y cinco años, y engendró á Mathusalam.
Y fueron todos los días de Henoch trescientos sesenta y cinco años.
Caminó, pues, Henoch con Dios, y desapareció, porque le llevó Dios.
Fueron, pues, todos los días de Mathusalam, novecientos sesenta y nueve años; y murió.
Y vivió Lamech ciento ochenta y dos años, y engendró un hijo:
Y siendo Noé de quinientos años, engendró á Sem, Châm, y á Japhet.
Y arrepintióse Jehová de haber hecho hombre en la tierra, y pesóle en su corazón.
Empero Noé halló gracia en los ojos de Jehová.
Y corrompióse la tierra delante de Dios, y estaba la tierra llena de violencia.
Y miró Dios la tierra, y he aquí que estaba corrompida; porque toda carne había corrompido su camino sobre la tierra.
Hazte un arca de madera de Gopher: harás aposentos en el arca, y la embetunarás con brea por dentro y por fuera.
Y toma contigo de toda vianda que se come, y allégala á ti; servirá de alimento para ti y para ellos.
E hízolo así Noé; hizo conforme á todo lo que Dios le mandó.
E hizo Noé conforme á todo lo que le mandó Jehová.
Y siendo Noé de seiscientos años, el diluvio de las aguas fué sobre la tierra.
Y vino Noé, y sus hijos, y su mujer, y las mujeres de sus hijos con él al arca, por las aguas del diluvio.
De dos en dos entraron á Noé en el arca: macho y hembra, como mandó Dios á Noé.
Y los que vinieron, macho y hembra de toda carne vinieron, como le había mandado Dios: y Jehová le cerró la puerta.
Quince codos en alto prevalecieron las aguas; y fueron cubiertos los montes.
Y se cerraron las fuentes del abismo, y las cataratas de los cielos; y la lluvia de los cielos fué detenida.
Y envió al cuervo, el cual salió, y estuvo yendo y tornando hasta que las aguas se secaron de sobre la tierra.
Y esperó aún otros siete días, y volvió á enviar la paloma fuera del arca.
Y esperó aún otros siete días, y envió la paloma, la cual no volvió ya más á él.
Y en el mes segundo, á los veintisiete días del mes, se secó la tierra.
Sal del arca tú, y tu mujer, y tus hijos, y las mujeres de tus hijos contigo.
Todo lo que se mueve y vive, os será para mantenimiento: así como las legumbres y hierbas, os lo he dado todo.
Empero carne con su vida, que essu sangre, no comeréis.
El que derramare sangre del hombre, por el hombre su sangre será derramada; porque á imagen de Dios es hecho el hombre.
Mas vosotros fructificad, y multiplicaos; procread abundantemente en la tierra, y multiplicaos en ella.
Y los hijos de Noé que salieron del arca fueron Sem, Châm y Japhet: y Châm es el padre de Canaán.
Estos tres son los hijos de Noé; y de ellos fué llena toda la tierra.
Y comenzó Noé á labrar la tierra, y plantó una viña:
Y bebió del vino, y se embriagó, y estaba descubierto en medio de su tienda.
Y Châm, padre de Canaán, vió la desnudez de su padre, y díjolo á sus dos hermanos á la parte de afuera.
Y despertó Noé de su vino, y supo lo que había hecho con él su hijo el más joven;
Y dijo: Maldito sea Canaán; siervo de siervos será á sus hermanos.
Y vivió Noé después del diluvio trescientos y cincuenta años.
Los hijos de Japhet: Gomer, y Magog, y Madai, y Javán, y Tubal, y Meshech, y Tiras.
Y los hijos de Javán: Elisa, y Tarsis, Kittim, y Dodanim.
Este fué vigoroso cazador delante de Jehová; por lo cual se dice: Así como Nimrod, vigoroso cazador delante de Jehová.
Y á Pathrusim, y á Casluim, de donde salieron los Filisteos, y á Caphtorim.
Y al Aradio, y al Samareo, y al Amatheo: y después se derramaron las familias de los Cananeos.
Estos son los hijos de Châm por sus familias, por sus lenguas, en sus tierras, en sus naciones.
También le nacieron hijos á Sem, padre de todos los hijos de Heber, y hermano mayor de Japhet.
Y los hijos de Sem: Elam, y Assur, y Arphaxad, y Lud, y Aram.
Y Arphaxad engendró á Sala, y Sala engendró á Heber.
Y fué su habitación desde Mesa viniendo de Sephar, monte á la parte del oriente.
Estos fueron los hijos de Sem por sus familias, por sus lenguas, en sus tierras, en sus naciones.
Y descendió Jehová para ver la ciudad y la torre que edificaban los hijos de los hombres.
Ahora pues, descendamos, y confundamos allí sus lenguas, para que ninguno entienda el habla de su compañero.
Así los esparció Jehová desde allí sobre la faz de toda la tierra, y dejaron de edificar la ciudad.
Y Arphaxad vivió treinta y cinco años, y engendró á Sala.
Y vivió Sala treinta años, y engendró á Heber.
Y vivió Peleg treinta años, y engendró á Reu.
Y vivió Peleg, después que engendró á Reu, doscientos y nueve años, y engendró hijos é hijas.
Y Reu vivió treinta y dos años, y engendró á Serug.
Y vivió Serug treinta años, y engendró á Nachôr.
Y vivió Serug, después que engendró á Nachôr, doscientos años, y engendró hijos é hijas.
Y vivió Nachôr veintinueve años, y engendró á Thare.
Y haré de ti una nación grande, y bendecirte he, y engrandeceré tu nombre, y serás bendición:
Y fuése Abram, como Jehová le dijo; y fué con él Lot: y era Abram de edad de setenta y cinco años cuando salió de Harán.
Y movió Abramde allí, caminando y yendo hacia el Mediodía.
Y aconteció que, como entró Abram en Egipto, los Egipcios vieron la mujer que era hermosa en gran manera.
Entonces Faraón dió orden á sus gentes acerca de Abram; y le acompañaron, y á su mujer con todo lo que tenía.
Al lugar del altar que había hecho allí antes: é invocó allí Abram el nombre de Jehová.
Y asimismo Lot, que andaba con Abram, tenía ovejas, y vacas, y tiendas.
Entonces Lot escogió para sí toda la llanura del Jordán: y partióse Lot de Oriente, y apartáronse el uno del otro.
Mas los hombres de Sodoma eran malos y pecadores para con Jehová en gran manera.
Doce años habían servido á Chêdorlaomer, y al décimotercio año se rebelaron.
Y á los Horeos en el monte de Seir, hasta la llanura de Parán, que está junto al desierto.
Y tomaron toda la riqueza de Sodoma y de Gomorra, y todas sus vituallas, y se fueron.
Tomaron también á Lot, hijo del hermano de Abram, que moraba en Sodoma, y su hacienda, y se fueron.
Entonces Melchîsedec, rey de Salem, sacó pan y vino; el cual era sacerdote del Dios alto;
Y bendíjole, y dijo: Bendito sea Abram del Dios alto, poseedor de los cielos y de la tierra;
Y creyó á Jehová, y contóselo por justicia.
Y él respondió: Señor Jehová, ¿en qué conoceré que la tengo de heredar?
Y descendían aves sobre los cuerpos muertos, y ojeábalas Abram.
Mas á la caída del sol sobrecogió el sueño á Abram, y he aquí que el pavor de una grande obscuridad cayó sobre él.
Mas también á la gente á quien servirán, juzgaré yo; y después de esto saldrán con grande riqueza.
Y en la cuarta generación volverán acá: porque aun no está cumplida la maldad del Amorrheo hasta aquí.
Y hallóla el ángel de Jehová junto á una fuente de agua en el desierto, junto á la fuente que está en el camino del Sur.
Y díjole el ángel de Jehová: Vuélvete á tu señora, y ponte sumisa bajo de su mano.
Díjole también el ángel de Jehová: Multiplicaré tanto tu linaje, que no será contado á causa de la muchedumbre.
Por lo cual llamó al pozo, Pozo del Viviente que me ve. He aquí está entre Cades y Bered.
Y parió Agar á Abram un hijo, y llamó Abram el nombre de su hijo que le parió Agar, Ismael.
Y era Abram de edad de ochenta y seis años, cuando parió Agar á Ismael.
Yo, he aquí mi pacto contigo: Serás padre de muchedumbre de gentes:
Y dijo Abraham á Dios: Ojalá Ismael viva delante de ti.
Y acabó de hablar con él, y subió Dios de con Abraham.
En el mismo día fué circuncidado Abraham é Ismael su hijo.
Y aparecióle Jehová en el valle de Mamre, estando él sentado á la puerta de su tienda en el calor del día.
Y corrió Abraham á las vacas, y tomó un becerro tierno y bueno, y diólo al mozo, y dióse éste priesa á aderezarlo.
Y Abraham y Sara eran viejos, entrados en días: á Sara había cesado ya la costumbre de las mujeres.
Rióse, pues, Sara entre sí, diciendo: ¿Después que he envejecido tendré deleite, siendo también mi señor ya viejo?
Entonces Jehová dijo á Abraham: ¿Por qué se ha reído Sara diciendo: Será cierto que he de parir siendo ya vieja?
Habiendo de ser Abraham en una nación grande y fuerte, y habiendo de ser benditas en él todas las gentes de la tierra?
Descenderé ahora, y veré si han consumado su obra según el clamor que ha venido hasta mí; y si no, saberlo he.
Y apartáronse de allí los varones, y fueron hacia Sodoma: mas Abraham estaba aún delante de Jehová.
Y Abraham replicó y dijo: He aquí ahora que he comenzado á hablar á mi Señor, aunque soy polvo y ceniza:
Y dijo: Os ruego, hermanos míos, que no hagáis tal maldad.
Y Lot les dijo: No, yo os ruego, señores míos;
Y subió Abraham por la mañana al lugar donde había estado delante de Jehová:
Ven, demos á beber vino á nuestro padre, y durmamos con él, y conservaremos de nuestro padre generación.
Y concibieron las dos hijas de Lot, de su padre.
La menor también parió un hijo, y llamó su nombre Ben-ammí, el cual es padre de los Ammonitas hasta hoy.
Y Abraham respondió: Porque dije para mí: Cierto no hay temor de Dios en este lugar, y me matarán por causa de mi mujer.
Y dijo Abimelech: He aquí mi tierra está delante de ti, habita donde bien te pareciere.
Y era Abraham de cien años, cuando le nació Isaac su hijo.
Y añadió: ¿Quién dijera á Abraham que Sara había de dar de mamar á hijos? pues que le he parido un hijo á su vejez.
Y creció el niño, y fué destetado; é hizo Abraham gran banquete el día que fué destetado Isaac.
Y vió Sara al hijo de Agar la Egipcia, el cual había ésta parido á Abraham, que se burlaba.
Este dicho pareció grave en gran manera á Abraham á causa de su hijo.
Y también al hijo de la sierva pondré en gente, porque es tu simiente.
Y faltó el agua del odre, y echó al muchacho debajo de un árbol;
Y habitó en el desierto de Parán; y su madre le tomó mujer de la tierra de Egipto.
Y respondió Abraham: Yo juraré.
Y Abraham reconvino á Abimelech á causa de un pozo de agua, que los siervos de Abimelech le habían quitado.
Y puso Abraham siete corderas del rebaño aparte.
Y dijo Abimelech á Abraham: ¿Qué significan esas siete corderas que has puesto aparte?
Y plantó Abraham un bosque en Beer-seba, é invocó allí el nombre de Jehová Dios eterno.
Y moró Abraham en tierra de los Filisteos muchos días.
Y aconteció después de estas cosas, que tentó Dios á Abraham, y le dijo: Abraham. Y él respondió: Heme aquí.
Al tercer día alzó Abraham sus ojos, y vió el lugar de lejos.
Y respondió Abraham: Dios se proveerá de cordero para el holocausto, hijo mío. E iban juntos.
Entonces el ángel de Jehová le dió voces del cielo, y dijo: Abraham, Abraham. Y él respondió: Heme aquí.
En tu simiente serán benditas todas las gentes de la tierra, por cuanto obedeciste á mi voz.
Y Abraham se levantó, é inclinóse al pueblo de aquella tierra, á los hijos de Heth;
Y Abraham se inclinó delante del pueblo de la tierra.
Por de Abraham en posesión, á vista de los hijos de Heth, y de todos los que entraban por la puerta de la ciudad.
Y Abraham era viejo, y bien entrado en días; y Jehová había bendecido á Abraham en todo.
Y Abraham le dijo: Guárdate que no vuelvas á mi hijo allá.
Entonces el criado puso su mano debajo del muslo de Abraham su señor, y juróle sobre este negocio.
He aquí yo estoy junto á la fuente de agua, y las hijas de los varones de esta ciudad salen por agua:
Entonces el criado corrió hacia ella, y dijo: Ruégote que me des á beber un poco de agua de tu cántaro.
Y dióse prisa, y vació su cántaro en la pila, y corrió otra vez al pozo para sacar agua, y sacó para todos sus camellos.
Y el hombre estaba maravillado de ella, callando, para saber si Jehová había prosperado ó no su viaje.
Y ella respondió: Soy hija de Bethuel, hijo de Milca, el cual parió ella á Nachôr.
Y la moza corrió, é hizo saber en casa de su madre estas cosas.
Y pusiéronle delante qué comer; mas él dijo: No comeré hasta que haya dicho mi mensaje. Y él le dijo: Habla.
Entonces dijo: Yo soy criado de Abraham;
Sino que irás á la casa de mi padre, y á mi parentela, y tomarás mujer para mi hijo.
Y yo dije: Quizás la mujer no querrá seguirme.
Entonces Labán y Bethuel respondieron y dijeron: De Jehová ha salido esto; no podemos hablarte malo ni bueno.
Y fué, que como el criado de Abraham oyó sus palabras, inclinóse á tierra á Jehová.
Entonces respondió su hermano y su madre: Espere la moza con nosotros á lo menos diez días, y después irá.
Ellos respondieron entonces: Llamemos la moza y preguntémosle.
Y llamaron á Rebeca, y dijéronle: ¿Irás tú con este varón? Y ella respondió: Sí, iré.
Entonces dejaron ir á Rebeca su hermana, y á su nodriza, y al criado de Abraham y á sus hombres.
Rebeca también alzó sus ojos, y vió á Isaac, y descendió del camello;
Entonces el criado contó á Isaac todo lo que había hecho.
Y Abraham tomó otra mujer, cuyo nombre fué Cetura;
La cual le parió á Zimram, y á Joksan, y á Medan, y á Midiam, y á Ishbak, y á Sua.
Y Joksan engendró á Seba, y á Dedán: é hijos de Dedán fueron Assurim, y Letusim, y Leummim.
Y exhaló el espíritu, y murió Abraham en buena vejez, anciano y lleno de días, y fué unido á su pueblo.
Hadad, y Tema, y Jetur, y Naphis, y Cedema.
Y estas son las generaciones de Isaac, hijo de Abraham. Abraham engendró á Isaac:
Y salió el primero rubio, y todo él velludo como una pelliza; y llamaron su nombre Esaú.
Dijo á Jacob: Ruégote que me des á comer de eso bermejo, pues estoy muy cansado. Por tanto fué llamado su nombre Edom.
Y Jacob respondió: Véndeme en este día tu primogenitura.
Entonces dijo Esaú: He aquí yo me voy á morir; ¿para qué, pues, me servirá la primogenitura?
Y dijo Jacob: Júramelo en este día. Y él le juró, y vendió á Jacob su primogenitura.
Y apareciósele Jehová, y díjole: No desciendas á Egipto: habita en la tierra que yo te diré;
Por cuanto oyó Abraham mi voz, y guardó mi precepto, mis mandamientos, mis estatutos y mis leyes.
Habitó, pues, Isaac en Gerar.
Y el varón se engrandeció, y fué adelantando y engrandeciéndose, hasta hacerse muy poderoso:
Y tuvo hato de ovejas, y hato de vacas, y grande apero; y los Filisteos le tuvieron envidia.
E Isaac se fué de allí; y asentó sus tiendas en el valle de Gerar, y habitó allí.
Y de allí subió á Beer-seba.
Y Abimelech vino á él desde Gerar, y Ahuzzath, amigo suyo, y Phicol, capitán de su ejército.
Y díjoles Isaac: ¿Por qué venís á mí, pues que me habéis aborrecido, y me echasteis de entre vosotros?
Y llamólo Seba: por cuya causa el nombre de aquella ciudad es Beer-seba hasta este día.
Y fueron amargura de espíritu á Isaac y á Rebeca.
Y él dijo: He aquí ya soy viejo, no sé el día de mi muerte:
Toma, pues, ahora tus armas, tu aljaba y tu arco, y sal al campo, y cógeme caza;
Y hazme un guisado, como yo gusto, y tráemelo, y comeré; para que te bendiga mi alma antes que muera.
Tráeme caza, y hazme un guisado, para que coma, y te bendiga delante de Jehová antes que yo muera.
Y tú las llevarás á tu padre, y comerá, para que te bendiga antes de su muerte.
Entonces él fué, y tomó, y trájolos á su madre: y su madre hizo guisados, como su padre gustaba.
E hízole vestir sobre sus manos, y sobre la cerviz donde no tenía vello, las pieles de los cabritos de las cabras;
Y entregó los guisados y el pan que había aderezado, en mano de Jacob su hijo.
Y él fué á su padre, y dijo: Padre mío: y él respondió: Heme aquí, ¿quién eres, hijo mío?
E Isaac dijo á Jacob: Acércate ahora, y te palparé, hijo mío, por si eres mi hijo Esaú, ó no.
Y no le conoció, porque sus manos eran vellosas como las manos de Esaú: y le bendijo.
Y díjole Isaac su padre: Acércate ahora, y bésame, hijo mío.
Entonces Isaac su padre le dijo: ¿Quién eres tú? Y él dijo: Yo soy tu hijo, tu primogénito, Esaú.
Y él dijo: Vino tu hermano con engaño, y tomó tu bendición.
Ahora pues, hijo mío, obedece á mi voz; levántate, y húyete á Labán mi hermano, á Harán;
Entonces Isaac llamó á Jacob, y bendíjolo, y mandóle diciendo: No tomes mujer de las hijas de Canaán.
Y que Jacob había obedecido á su padre y á su madre, y se había ido á Padan-aram.
Vió asimismo Esaú que las hijas de Canaán parecían mal á Isaac su padre;
Y díjoles Jacob: Hermanos míos, ¿de dónde sois? Y ellos respondieron: De Harán somos.
Y él les dijo: ¿Conocéis á Labán, hijo de Nachôr? Y ellos dijeron: Sí, le conocemos.
Y Labán le dijo: Ciertamente hueso mío y carne mía eres. Y estuvo con él el tiempo de un mes.
Y Jacob amó á Rachêl, y dijo: Yo te serviré siete años por Rachêl tu hija menor.
Y Labán respondió: Mejor es que te la dé á ti, que no que la dé á otro hombre: estáte conmigo.
Así sirvió Jacob por Rachêl siete años: y pareciéronle como pocos días, porque la amaba.
Y dijo Jacob á Labán: Dame mi mujer, porque mi tiempo es cumplido, para que cohabite con ella.
Entonces Labán juntó á todos los varones de aquel lugar, é hizo banquete.
Y sucedió que á la noche tomó á Lea su hija, y se la trajo: y él entró á ella.
Y dió Labán su sierva Zilpa á su hija Lea por criada.
E hizo Jacob así, y cumplió la semana de aquélla: y él le dió á Rachêl su hija por mujer.
Y dió Labán á Rachêl su hija por criada á su sierva Bilha.
Y vió Jehová que Lea era aborrecida, y abrió su matriz: pero Rachêl era estéril.
Así le dió á Bilha su sierva por mujer; y Jacob entró á ella.
Y viendo Lea que había dejado de parir, tomó á Zilpa su sierva, y dióla á Jacob por mujer.
Y Zilpa, sierva de Lea, parió á Jacob un hijo.
Y oyó Dios á Lea: y concibió, y parió á Jacob el quinto hijo.
Y concibió Lea otra vez, y parió el sexto hijo á Jacob.
Y después parió una hija, y llamó su nombre Dina.
Y él respondió: Tú sabes cómo te he servido, y cómo ha estado tu ganado conmigo;
Y dijo Labán: Mira, ojalá fuese como tú dices.
Y puso tres días de camino entre sí y Jacob: y Jacob apacentaba las otras ovejas de Labán.
Y cuando venían las ovejas tardías, no las ponía: así eran las tardías para Labán, y las tempranas para Jacob.
Y acreció el varón muy mucho, y tuvo muchas ovejas, y siervas y siervos, y camellos y asnos.
Miraba también Jacob el semblante de Labán, y veía que no era para con él como ayer y antes de ayer.
También Jehová dijo á Jacob: Vuélvete á la tierra de tus padres, y á tu parentela; que yo seré contigo.
Y vosotras sabéis que con todas mis fuerzas he servido á vuestro padre:
Y vuestro padre me ha engañado, y me ha mudado el salario diez veces: pero Dios no le ha permitido que me hiciese mal.
Y díjome el ángel de Dios en sueños: Jacob. Y yo dije: Heme aquí.
Y respondió Rachêl y Lea, y dijéronle: ¿Tenemos ya parte ni heredad en la casa de nuestro padre?
Y Labán había ido á trasquilar sus ovejas: y Rachêl hurtó los ídolos de su padre.
Y recató Jacob el corazón de Labán Arameo, en no hacerle saber que se huía.
Huyó, pues, con todo lo que tenía; y levantóse, y pasó el río, y puso su rostro al monte de Galaad.
Entonces tomó á sus hermanos consigo, y fué tras él camino de siete días, y alcanzóle en el monte de Galaad.
Que aun no me dejaste besar mis hijos y mis hijas. Ahora locamente has hecho.
Y ya que te ibas, porque tenías deseo de la casa de tu padre, ¿por qué me hurtaste mis dioses?
De día me consumía el calor, y de noche la helada, y el sueño se huía de mis ojos.
Ven pues ahora, y hagamos alianza yo y tú; y sea en testimonio entre mí y entre ti.
Entonces Jacob tomó una piedra, y levantóla por título.
Y dijo Jacob á sus hermanos: Coged piedras. Y tomaron piedras é hicieron un majano; y comieron allí sobre aquel majano.
Y llamólo Labán Jegar Sahadutha: y lo llamó Jacob Galaad.
Dijo más Labán á Jacob: He aquí este majano, y he aquí este título, que he erigido entre mí y ti.
Y Jacob se fué su camino, y saliéronle al encuentro ángeles de Dios.
Y dijo Jacob cuando los vió: El campo de Dios es este: y llamó el nombre de aquel lugar Mahanaim.
Y envió Jacob mensajeros delante de sí á Esaú su hermano, á la tierra de Seir, campo de Edom.
Y durmió allí aquella noche, y tomó de lo que le vino á la mano un presente para su hermano Esaú:
Y llamó Jacob el nombre de aquel lugar, Peniel: porque vi á Dios cara á cara, y fué librada mi alma.
Y salióle el sol pasado que hubo á Peniel; y cojeaba de su anca.
Y puso las siervas y sus niños delante; luego á Lea y á sus niños; y á Rachêl y á José los postreros.
Y se llegaron las siervas, ellas y sus niños, é inclináronse.
Y dijo Esaú: Harto tengo yo, hermano mío: sea para ti lo que es tuyo.
Y dijo: Anda, y vamos; y yo iré delante de ti.
Así se volvió Esaú aquel día por su camino á Seir.
Y erigió allí un altar, y llamóle: El Dios de Israel.
Y vióla Sichêm, hijo de Hamor Heveo, príncipe de aquella tierra, y tomóla, y echóse con ella, y la deshonró.
Mas su alma se apegó á Dina la hija de Lea, y enamoróse de la moza, y habló al corazón de la joven.
Y habló Sichêm á Hamor su padre, diciendo: Tómame por mujer esta moza.
Y dirigióse Hamor padre de Sichêm á Jacob, para hablar con él.
Y habitad con nosotros; porque la tierra estará delante de vosotros; morad y negociad en ella, y tomad en ella posesión.
Mas si no nos prestareis oído para circuncidaros, tomaremos nuestra hija, y nos iremos.
Y parecieron bien sus palabras á Hamor y á Sichêm, hijo de Hamor.
Y ellos respondieron: ¿Había él de tratar á nuestra hermana como á una ramera?
Y llegó Jacob á Luz, que está en tierra de Canaán, (esta es Beth-el) él y todo el pueblo que con él estaba;
Y llamó Jacob el nombre de aquel lugar donde Dios había hablado con él, Beth-el.
Y aconteció, que como había trabajo en su parir, díjole la partera: No temas, que también tendrás este hijo.
Y puso Jacob un título sobre su sepultura: este es el título de la sepultura de Rachêl hasta hoy.
Los hijos de Lea: Rubén el primogénito de Jacob, y Simeón, y Leví, y Judá, é Issachâr, y Zabulón.
Los hijos de Rachêl: José, y Benjamín.
Y fueron los días de Isaac ciento ochenta años.
Y á Basemath, hija de Ismael, hermana de Navaioth.
Y Esaú habitó en el monte de Seir: Esaú es Edom.
Y los hijos de Eliphaz fueron Temán, Omar, Zepho, Gatam, y Cenaz.
Y los hijos de Reuel fueron Nahath, Zera, Samma, y Mizza: estos son los hijos de Basemath, mujer de Esaú.
Disón, Ezer, y Disán: estos son los duques de los Horeos, hijos de Seir en la tierra de Edom.
Los hijos de Lotán fueron Hori y Hemán; y Timna fué hermana de Lotán.
Y estos fueron los hijos de Disón: Hemdán, Eshbán, Ithram, y Cherán.
Y estos fueron los hijos de Ezer: Bilhán, Zaaván, y Acán.
Estos fueron los hijos de Disán: Huz, y Arán.
Y murió Bela, y reinó en su lugar Jobab, hijo de Zera, de Bosra.
Y murió Jobab, y en su lugar reinó Husam, de tierra de Temán.
Y murió Samla, y reinó en su lugar Saúl, de Rehoboth del Río.
Y murió Saúl, y en lugar suyo reinó Baalanán, hijo de Achbor.
Y habitó Jacob en la tierra donde peregrinó su padre, en la tierra de Canaán.
Y soñó José un sueño, y contólo á sus hermanos; y ellos vinieron á aborrecerle más todavía.
Y sus hermanos le tenían envidia, mas su padre paraba la consideración en ello.
Y fueron sus hermanos á apacentar las ovejas de su padre en Sichêm.
Y hallólo un hombre, andando él perdido por el campo, y preguntóle aquel hombre, diciendo: ¿Qué buscas?
Y como ellos lo vieron de lejos, antes que cerca de ellos llegara, proyectaron contra él para matarle.
Y dijeron el uno al otro: He aquí viene el soñador;
Entonces Judá dijo á sus hermanos: ¿Qué provecho el que matemos á nuestro hermano y encubramos su muerte?
Y Rubén volvió á la cisterna, y no halló á José dentro, y rasgó sus vestidos.
Y aconteció en aquel tiempo, que Judá descendió de con sus hermanos, y fuése á un varón Adullamita, que se llamaba Hira.
Y vió allí Judá la hija de un hombre Cananeo, el cual se llamaba Súa; y tomóla, y entró á ella:
Y volvió á concebir, y parió un hijo, y llamó su nombre Sela. Y estaba en Chezib cuando lo parió.
Y Judá tomó mujer para su primogénito Er, la cual se llamaba Thamar.
Y desagradó en ojos de Jehová lo que hacía, y también quitó á él la vida.
Y vióla Judá, y túvola por ramera, porque había ella cubierto su rostro.
Y levantóse, y fuése: y quitóse el velo de sobre sí, y vistióse las ropas de su viudez.
Y aconteció que al tiempo del parir, he aquí había dos en su vientre.
Y después salió su hermano, el que tenía en su mano el hilo de grana, y llamó su nombre Zara.
Mas Jehová fué con José, y fué varón prosperado: y estaba en la casa de su señor el Egipcio.
Y vió su señor que Jehová era con él, y que todo lo que él hacía, Jehová lo hacía prosperar en su mano.
Y aconteció después de esto, que la mujer de su señor puso sus ojos en José, y dijo: Duerme conmigo.
Aconteció que entró él un día en casa para hacer su oficio, y no había nadie de los de casa allí en casa:
Y asiólo ella por su ropa, diciendo: Duerme conmigo. Entonces dejóla él su ropa en las manos, y huyó, y salióse fuera.
Y ella puso junto á sí la ropa de él, hasta que vino su señor á su casa.
Y como yo alcé mi voz y grité, él dejó su ropa junto á mí, y huyó fuera.
Mas Jehová fué con José, y extendió á él su misericordia, y dióle gracia en ojos del principal de la casa de la cárcel.
Y púsolos en prisión en la casa del capitán de los de la guardia, en la casa de la cárcel donde José estaba preso.
Y vino á ellos José por la mañana, y mirólos, y he aquí que estaban tristes.
Y díjole José: Esta es su declaración: Los tres sarmientos son tres días:
Entonces respondió José, y dijo: Esta es su declaración: Los tres canastillos tres días son;
E hizo volver á su oficio al principal de los coperos; y dió él la copa en mano de Faraón.
Mas hizo ahorcar al principal de los panaderos, como le había declarado José.
Y el principal de los coperos no se acordó de José, sino que le olvidó.
Y aconteció que pasados dos años tuvo Faraón un sueño: Parecíale que estaba junto al río;
Y que del río subían siete vacas, hermosas á la vista, y muy gordas, y pacían en el prado:
Y que las vacas de fea vista y enjutas de carne devoraban á las siete vacas hermosas y muy gordas. Y despertó Faraón.
Durmióse de nuevo, y soñó la segunda vez: Que siete espigas llenas y hermosas subían de una sola caña:
Y que otras siete espigas menudas y abatidas del Solano, salían después de ellas:
Entonces el principal de los coperos habló á Faraón, diciendo: Acuérdome hoy de mis faltas:
Y respondió José á Faraón, diciendo: No está en mí; Dios será el que responda paz á Faraón.
Y que del río subían siete vacas de gruesas carnes y hermosa apariencia, que pacían en el prado:
Y las vacas flacas y feas devoraban á las siete primeras vacas gruesas:
Entonces respondió José á Faraón: El sueño de Faraón es uno mismo: Dios ha mostrado á Faraón lo que va á hacer.
Las siete vacas hermosas siete años son; y las espigas hermosas son siete años: el sueño es uno mismo.
Esto es lo que respondo á Faraón. Lo que Dios va á hacer, halo mostrado á Faraón.
He aquí vienen siete años de grande hartura en toda la tierra de Egipto:
Y aquella abundancia no se echará de ver á causa del hambre siguiente, la cual será gravísima.
Y el negocio pareció bien á Faraón, y á sus siervos.
Y dijo Faraón á José: Pues que Dios te ha hecho saber todo esto, no hay entendido ni sabio como tú:
Y dijo Faraón á José: Yo Faraón; y sin ti ninguno alzará su mano ni su pie en toda la tierra de Egipto.
E hizo la tierra en aquellos siete años de hartura á montones.
Y acopió José trigo como arena de la mar, mucho en extremo, hasta no poderse contar, porque no tenía número.
Y el nombre del segundo llamólo Ephraim; porque Dios (dijo) me hizo fértil en la tierra de mi aflicción.
Y cumpliéronse los siete años de la hartura, que hubo en la tierra de Egipto.
Y toda la tierra venía á Egipto para comprar de José, porque por toda la tierra había crecido el hambre.
Y descendieron los diez hermanos de José á comprar trigo á Egipto.
Y vinieron los hijos de Israel á comprar entre los que venían: porque había hambre en la tierra de Canaán.
José, pues, conoció á sus hermanos; pero ellos no le conocieron.
Y juntólos en la cárcel por tres días.
Y ellos no sabían que los entendía José, porque había intérprete entre ellos.
Y nosotros le dijimos: Somos hombres de verdad, nunca fuimos espías:
Si enviares á nuestro hermano con nosotros, descenderemos y te compraremos alimento:
Que si no nos hubiéramos detenido, cierto ahora hubiéramos ya vuelto dos veces.
Entonces les preguntó él cómo estaban, y dijo: ¿Vuestro padre, el anciano que dijisteis, lo pasa bien? ¿vive todavía?
Y ellos respondieron: Bien va á tu siervo nuestro padre; aun vive. Y se inclinaron, é hicieron reverencia.
Venida la mañana, los hombres fueron despedidos con sus asnos.
¿No es ésta en la que bebe mi señor, y por la que suele adivinar? habéis hecho mal en lo que hicisteis.
Y como él los alcanzó, díjoles estas palabras.
Aquel de tus siervos en quien fuere hallada la copa, que muera, y aun nosotros seremos siervos de mi señor.
Ellos entonces se dieron prisa, y derribando cada uno su costal en tierra, abrió cada cual el costal suyo.
Y buscó; desde el mayor comenzó, y acabó en el menor; y la copa fué hallada en el costal de Benjamín.
Entonces ellos rasgaron sus vestidos, y cargó cada uno su asno, y volvieron á la ciudad.
Y llegó Judá con sus hermanos á casa de José, que aun estaba allí, y postráronse delante de él en tierra.
Mi señor preguntó á sus siervos, diciendo: ¿Tenéis padre ó hermano?
Y tú dijiste á tus siervos: Traédmelo, y pondré mis ojos sobre él.
Y nosotros dijimos á mi señor: El mozo no puede dejar á su padre, porque si le dejare, su padre morirá.
Y dijiste á tus siervos: Si vuestro hermano menor no descendiere con vosotros, no veáis más mi rostro.
Aconteció pues, que como llegamos á mi padre tu siervo, contámosle las palabras de mi señor.
Y dijo nuestro padre: Volved á comprarnos un poco de alimento.
Entonces tu siervo mi padre nos dijo: Vosotros sabéis que dos me parió mi mujer;
Y he aquí, vuestros ojos ven, y los ojos de mi hermano Benjamín, que mi boca os habla.
Y echóse sobre el cuello de Benjamín su hermano, y lloró; y también Benjamín lloró sobre su cuello.
Y dijo Faraón á José: Di á tus hermanos: Haced esto: cargad vuestras bestias, é id, volved á la tierra de Canaán;
Y no se os dé nada de vuestras alhajas, porque el bien de la tierra de Egipto será vuestro.
Y despidió á sus hermanos, y fuéronse. Y él les dijo: No riñáis por el camino.
Y partióse Israel con todo lo que tenía, y vino á Beer-seba, y ofreció sacrificios al Dios de su padre Isaac.
Y habló Dios á Israel en visiones de noche, y dijo: Jacob, Jacob. Y él respondió: Heme aquí.
Y los hijos de Rubén: Hanoch, y Phallu, y Hezrón, y Carmi.
Y los hijos de Leví: Gersón, y Coath, y Merari.
Y los hijos de Issachâr: Thola, y Phua, y Job, y Simrón.
Y los hijos de Aser: Jimna, é Ishua, é Isui, y Beria, y Sera, hermana de ellos. Los hijos de Beria: Heber, y Malchîel.
Estos fueron los hijos de Zilpa, la que Labán dió á su hija Lea, y parió estos á Jacob; todas diez y seis almas.
Y los hijos de Rachêl, mujer de Jacob: José y Benjamín.
Estos fueron los hijos de Rachêl, que nacieron á Jacob: en todas, catorce almas.
Y los hijos de Dan: Husim.
Y los hijos de Nephtalí: Jahzeel, y Guni, y Jezer, y Shillem.
Y envió á Judá delante de sí á José, para que le viniese á ver á Gosén; y llegaron á la tierra de Gosén.
Y cuando Faraón os llamare y dijere: ¿cuál es vuestro oficio?
Y de los postreros de sus hermanos tomó cinco varones, y presentólos delante de Faraón.
Y José introdujo á su padre, y presentólo delante de Faraón; y Jacob bendijo á Faraón.
Y dijo Faraón á Jacob: ¿Cuántos son los días de los años de tu vida?
Y Jacob bendijo á Faraón, y salióse de delante de Faraón.
Y al pueblo hízolo pasar á las ciudades desde el un cabo del término de Egipto hasta el otro cabo.
Y él dijo: Júramelo. Y él le juró. Entonces Israel se inclinó sobre la cabecera de la cama.
Y vió Israel los hijos de José, y dijo: ¿Quiénes son éstos?
Y dijo Israel á José: No pensaba yo ver tu rostro, y he aquí Dios me ha hecho ver también tu simiente.
Entonces José los sacó de entre sus rodillas, é inclinóse á tierra.
Y dijo José á su padre: No así, padre mío, porque éste es el primogénito; pon tu diestra sobre su cabeza.
Y dijo Israel á José: He aquí, yo muero, mas Dios será con vosotros, y os hará volver á la tierra de vuestros padres.
Juntaos y oid, hijos de Jacob; y escuchad á vuestro padre Israel.
Rubén, tú eres mi primogénito, mi fortaleza, y el principio de mi vigor; principal en dignidad, principal en poder.
Sus ojos bermejos del vino, y los dientes blancos de la leche.
Dan juzgará á su pueblo, como una de las tribus de Israel.
Tu salud esperé, oh Jehová.
El pan de Aser será grueso, y él dará deleites al rey.
Nephtalí, sierva dejada, que dará dichos hermosos.
Y causáronle amargura, y asaeteáronle, y aborreciéronle los archeros:
Benjamín, lobo arrebatador: á la mañana comerá la presa, y á la tarde repartirá los despojos.
Y mandó José á sus médicos familiares que embalsamasen á su padre: y los médicos embalsamaron á Israel.
Y Faraón dijo: Ve, y sepulta á tu padre, como él te conjuró.
Y subieron también con él carros y gente de á caballo, é hízose un escuadrón muy grande.
Y respondióles José: No temáis: ¿estoy yo en lugar de Dios?
Y murió José de edad de ciento diez años; y embalsamáronlo, y fué puesto en un ataúd en Egipto.
Dan y Nephtalí, Gad y Aser.
Levantóse entretanto un nuevo rey sobre Egipto, que no conocía á José; el cual dijo á su pueblo:
Y Dios hizo bien á las parteras: y el pueblo se multiplicó, y se corroboraron en gran manera.
La cual concibió, y parió un hijo: y viéndolo que era hermoso, túvole escondido tres meses.
Y paróse una hermana suya á lo lejos, para ver lo que le acontecería.
Y la hija de Faraón respondió: Ve. Entonces fué la doncella, y llamó á la madre del niño;
Y volviendo ellas á Ragüel su padre, díjoles él: ¿Por qué habéis hoy venido tan presto?
Y dijo á sus hijas: ¿Y dónde está? ¿por qué habéis dejado ese hombre? llamadle para que coma pan.
La cual le parió un hijo, y él le puso por nombre Gersom: porque dijo: Peregrino soy en tierra ajena.
Y oyó Dios el gemido de ellos, y acordóse de su pacto con Abraham, Isaac y Jacob.
Ven por tanto ahora, y enviarte he á Faraón, para que saques á mi pueblo, los hijos de Israel, de Egipto.
Y Jehová dijo: ¿Qué es eso que tienes en tu mano? Y él respondió: Una vara.
Y él le dijo: Échala en tierra. Y él la echó en tierra, y tornóse una culebra: y Moisés huía de ella.
Ahora pues, ve, que yo seré en tu boca, y te enseñaré lo que hayas de hablar.
Y tomarás esta vara en tu mano, con la cual harás las señales.
Así le dejó luego ir. Y ella dijo: Esposo de sangre, á causa de la circuncisión.
Y fueron Moisés y Aarón, y juntaron todos los ancianos de los hijos de Israel:
Y habló Aarón todas las palabras que Jehová había dicho á Moisés, é hizo las señales delante de los ojos del pueblo.
Dijo también Faraón: He aquí el pueblo de la tierra es ahora mucho, y vosotros les hacéis cesar de sus cargos.
Agrávese la servidumbre sobre ellos, para que se ocupen en ella, y no atiendan á palabras de mentira.
Entonces el pueblo se derramó por toda la tierra de Egipto á coger rastrojo en lugar de paja.
Id pues ahora, y trabajad. No se os dará paja, y habéis de dar la tarea del ladrillo.
Entonces Moisés se volvió á Jehová, y dijo: Señor, ¿por qué afliges á este pueblo? ¿para qué me enviaste?
Habló todavía Dios á Moisés, y díjole: Yo soy JEHOVÁ;
Entra, y habla á Faraón rey de Egipto, que deje ir de su tierra á los hijos de Israel.
Y los hijos de Gersón: Libni, y Shimi, por sus familias.
Y los hijos de Uzziel: Misael, y Elzaphán y Zithri.
Y Moisés respondió delante de Jehová: He aquí, yo soy incircunciso de labios, ¿cómo pues me ha de oir Faraón?
Y Jehová dijo á Moisés: Mira, yo te he constituído dios para Faraón, y tu hermano Aarón será tu profeta.
E hizo Moisés y Aarón como Jehová les mandó: hiciéronlo así.
Y el corazón de Faraón se endureció, y no los escuchó; como Jehová lo había dicho.
Y en todo Egipto hicieron pozos alrededor del río para beber, porque no podían beber de las aguas del río.
Y cumpliéronse siete días después que Jehová hirió el río.
Y si no lo quisieres dejar ir, he aquí yo heriré con ranas todos tus términos:
Entonces Aarón extendió su mano sobre las aguas de Egipto, y subieron ranas que cubrieron la tierra de Egipto.
Y las juntaron en montones, y apestaban la tierra.
Y viendo Faraón que le habían dado reposo, agravó su corazón, y no los escuchó; como Jehová lo había dicho.
Y yo pondré redención entre mi pueblo y el tuyo. Mañana será esta señal.
Entonces Faraón llamó á Moisés y á Aarón, y díjoles: Andad, sacrificad á vuestro Dios en la tierra.
Camino de tres días iremos por el desierto, y sacrificaremos á Jehová nuestro Dios, como él nos dirá.
Entonces Moisés salió de con Faraón, y oró á Jehová.
Y Jehová endureció el corazón de Faraón, y no los oyó; como Jehová lo había dicho á Moisés.
¿Todavía te ensalzas tú contra mi pueblo, para no dejarlos ir?
Mas el que no puso en su corazón la palabra de Jehová, dejó sus criados y sus ganados en el campo.
Solamente en la tierra de Gosén, donde los hijos de Israel estaban, no hubo granizo.
Mas yo sé que ni tú ni tus siervos temeréis todavía la presencia del Dios Jehová.
El lino, pues, y la cebada fueron heridos; porque la cebada estaba ya espigada, y el lino en caña.
Mas el trigo y el centeno no fueron heridos; porque eran tardíos.
Entonces Faraón hizo llamar apriesa á Moisés y á Aarón, y dijo: He pecado contra Jehová vuestro Dios, y contra vosotros.
Y extendió Moisés su mano hacia el cielo, y hubo densas tinieblas tres días por toda la tierra de Egipto.
Y Moisés respondió: Tú también nos entregarás sacrificios y holocaustos que sacrifiquemos á Jehová nuestro Dios.
Y Moisés respondió: Bien has dicho; no veré más tu rostro.
El cordero será sin defecto, macho de un año: tomaréislo de las ovejas ó de las cabras:
Y aquella noche comerán la carne asada al fuego, y panes sin levadura: con hierbas amargas lo comerán.
Ninguna cosa comeréis de él cruda, ni cocida en agua, sino asada al fuego; su cabeza con sus pies y sus intestinos.
Ninguna cosa leudada comeréis; en todas vuestras habitaciones comeréis panes sin levadura.
Y guardaréis esto por estatuto para vosotros y para vuestros hijos para siempre.
Y cuando os dijeren vuestros hijos: ¿Qué rito es este vuestro?
Y los hijos de Israel se fueron, é hicieron puntualmente así; como Jehová había mandado á Moisés y á Aarón.
Tomad también vuestras ovejas y vuestras vacas, como habéis dicho, é idos; y bendecidme también á mí.
Y los Egipcios apremiaban al pueblo, dándose priesa á echarlos de la tierra; porque decían: Todos somos muertos.
Mas todo siervo humano comprado por dinero, comerá de ella después que lo hubieres circuncidado.
El extranjero y el asalariado no comerán de ella.
En una casa se comerá, y no llevarás de aquella carne fuera de casa, ni quebraréis hueso suyo.
Toda la congregación de Israel le sacrificará.
La misma ley será para el natural y para el extranjero que peregrinare entre vosotros.
Así lo hicieron todos los hijos de Israel; como mandó Jehová á Moisés y á Aarón, así lo hicieron.
Vosotros salís hoy en el mes de Abib.
Siete días comerás por leudar, y el séptimo día será fiesta á Jehová.
Y partidos de Succoth, asentaron campo en Etham, á la entrada del desierto.
Nunca se partió de delante del pueblo la columna de nube de día, ni de noche la columna de fuego.
Jehová, varón de guerra; Jehová es su nombre.
Los carros de Faraón y á su ejército echó en la mar; y sus escogidos príncipes fueron hundidos en el mar Bermejo.
Extendiste tu diestra; la tierra los tragó.
Entonces el pueblo murmuró contra Moisés, y dijo: ¿Qué hemos de beber?
Y toda la congregación de los hijos de Israel murmuró contra Moisés y Aarón en el desierto;
Y venida la tarde subieron codornices que cubrieron el real; y á la mañana descendió rocío en derredor del real.
Y los hijos de Israel lo hicieron así: y recogieron unos más, otros menos:
Y díjoles Moisés: Ninguno deje nada de ello para mañana.
Y ellos lo guardaron hasta la mañana, según que Moisés había mandado, y no se pudrió, ni hubo en él gusano.
Y dijo Moisés: Comedlo hoy, porque hoy es sábado de Jehová: hoy no hallaréis en el campo.
Y Jehová dijo á Moisés: ¿Hasta cuándo no querréis guardar mis mandamientos y mis leyes?
Así el pueblo reposó el séptimo día.
Y un gomer es la décima parte del epha.
Y sucedía que cuando alzaba Moisés su mano, Israel prevalecía; mas cuando él bajaba su mano, prevalecía Amalec.
Y Moisés edificó un altar, y llamó su nombre Jehová-nissi;
Y dijo: Por cuanto la mano sobre el trono de Jehová, Jehová tendrá guerra con Amalec de generación en generación.
Y el otro se llamaba Eliezer, porque dijo, El Dios de mi padre me ayudó, y me libró del cuchillo de Faraón.
Y dijo á Moisés: Yo tu suegro Jethro vengo á ti, con tu mujer, y sus dos hijos con ella.
Ahora conozco que Jehová es grande más que todos los dioses; hasta en lo que se ensoberbecieron contra ellos.
Entonces el suegro de Moisés le dijo: No haces bien:
Y despidió Moisés á su suegro, y fuése á su tierra.
Y descendió Moisés del monte al pueblo, y santificó al pueblo; y lavaron sus vestidos.
Y dijo al pueblo: Estad apercibidos para el tercer día; no lleguéis á mujer.
Y Moisés sacó del real al pueblo á recibir á Dios; y pusiéronse á lo bajo del monte.
Y el sonido de la bocina iba esforzándose en extremo: Moisés hablaba, y Dios le respondía en voz.
Entonces Moisés descendió al pueblo, y habló con ellos.
No tendrás dioses ajenos delante de mí.
Y que hago misericordia en millares á los que me aman, y guardan mis mandamientos.
No tomarás el nombre de Jehová tu Dios en vano; porque no dará por inocente Jehová al que tomare su nombre en vano.
Acordarte has del día del reposo, para santificarlo:
Honra á tu padre y á tu madre, porque tus días se alarguen en la tierra que Jehová tu Dios te da.
No hablarás contra tu prójimo falso testimonio.
Entonces el pueblo se puso de lejos, y Moisés se llegó á la osbcuridad, en la cual estaba Dios.
No hagáis conmigo dioses de plata, ni dioses de oro os haréis.
Y no subirás por gradas á mi altar, porque tu desnudez no sea junto á él descubierta.
Y estos son los derechos que les propondrás.
Si comprares siervo hebreo, seis años servirá; mas el séptimo saldrá horro de balde.
Si entró solo, solo saldrá: si tenía mujer, saldrá él y su mujer con él.
Y si el siervo dijere: Yo amo á mi señor, á mi mujer y á mis hijos, no saldré libre:
Mas si la hubiere desposado con su hijo, hará con ella según la costumbre de las hijas.
Si le tomare otra, no disminuirá su alimento, ni su vestido, ni el débito conyugal.
Y si ninguna de estas tres cosas hiciere, ella saldrá de gracia sin dinero.
Además, si algunos riñeren, y alguno hiriere á su prójimo con piedra ó con el puño, y no muriere, pero cayere en cama;
Y si alguno hiriere á su siervo ó á su sierva con palo, y muriere bajo de su mano, será castigado:
Mas si durare por un día ó dos, no será castigado, porque su dinero es.
Si le fuere impuesto rescate, entonces dará por el rescate de su persona cuanto le fuere impuesto.
Haya acorneado hijo, ó haya acorneado hija, conforme á este juicio se hará con él.
Si el ladrón fuere hallado forzando una casa, y fuere herido y muriere, el que le hirió no será culpado de su muerte.
Si fuere hallado con el hurto en la mano, sea buey ó asno ú oveja vivos, pagará el duplo.
Y si le hubiere sido arrebatado por fiera, traerle ha testimonio, y no pagará lo arrebatado.
Si el dueño estaba presente, no la pagará. Si era alquilada, él vendrá por su alquiler.
Si su padre no quisiere dársela, él le pesará plata conforme al dote de las vírgenes.
A la hechicera no dejarás que viva.
Cualquiera que tuviere ayuntamiento con bestia, morirá.
Y al extranjero no engañarás, ni angustiarás, porque extranjeros fuisteis vosotros en la tierra de Egipto.
A ninguna viuda ni huérfano afligiréis.
Que si tú llegas á afligirle, y él á mí clamare, ciertamente oiré yo su clamor;
No denostarás á los jueces, ni maldecirás al príncipe de tu pueblo.
No admitirás falso rumor. No te concertarás con el impío para ser testigo falso.
No seguirás á los muchos para mal hacer; ni responderás en litigio inclinándote á los más para hacer agravios;
Ni al pobre distinguirás en su causa.
Si encontrares el buey de tu enemigo ó su asno extraviado, vuelve á llevárselo.
De palabra de mentira te alejarás, y no matarás al inocente y justo; porque yo no justificaré al impío.
No recibirás presente; porque el presente ciega á los que ven, y pervierte las palabras justas.
Tres veces en el año me celebraréis fiesta.
Tres veces en el año parecerá todo varón tuyo delante del Señor Jehová.
No habrá mujer que aborte, ni estéril en tu tierra; y yo cumpliré el número de tus días.
Poco á poco los echaré de delante de ti, hasta que te multipliques y tomes la tierra por heredad.
Mas Moisés sólo se llegará á Jehová; y ellos no se lleguen cerca, ni suba con él el pueblo.
Y Moisés tomó la mitad de la sangre, y púsola en tazones, y esparció la otra mitad de la sangre sobre el altar.
Y subieron Moisés y Aarón, Nadab y Abiú, y setenta de los ancianos de Israel;
Mas no extendió su mano sobre los príncipes de los hijos de Israel: y vieron á Dios, y comieron y bebieron.
Y levantóse Moisés, y Josué su ministro; y Moisés subió al monte de Dios.
Y hacerme han un santuario, y yo habitaré entre ellos.
Y meterás las varas por los anillos á los lados del arca, para llevar el arca con ellas.
Las varas se estarán en los anillos del arca: no se quitarán de ella.
Y harás una cubierta de oro fino, cuya longitud será de dos codos y medio, y su anchura de codo y medio.
Y pondrás la cubierta encima del arca, y en el arca pondrás el testimonio que yo te daré.
Y la cubrirás de oro puro, y le has de hacer una cornisa de oro alrededor.
Los anillos estarán antes de la moldura, por lugares de las varas, para llevar la mesa.
Y harás las varas de madera de Sittim, y las cubrirás de oro, y con ellas será llevada la mesa.
Y pondrás sobre la mesa el pan de la proposición delante de mí continuamente.
También sus despabiladeras y sus platillos, de oro puro.
De un talento de oro fino lo harás, con todos estos vasos.
Y mira, y hazlos conforme á su modelo, que te ha sido mostrado en el monte.
Cinco cortinas estarán juntas la una con la otra, y cinco cortinas unidas la una con la otra.
Harás asimismo cortinas de pelo de cabras para una cubierta sobre el tabernáculo; once cortinas harás.
Y harás para el tabernáculo tablas de madera de Sittim, que estén derechas.
La longitud de cada tabla será de diez codos, y de codo y medio la anchura de cada tabla.
Harás, pues, las tablas del tabernáculo: veinte tablas al lado del mediodía, al austro.
Y sus cuarenta basas de plata: dos basas debajo de la una tabla, y dos basas debajo de la otra tabla.
Harás además dos tablas para las esquinas del tabernáculo en los dos ángulos posteriores;
Y alzarás el tabernáculo conforme á su traza que te fué mostrada en el monte.
Y has de ponerlo sobre cuatro columnas de madera de Sittim cubiertas de oro; sus capiteles de oro, sobre basas de plata.
Y pondrás la cubierta sobre el arca del testimonio en el lugar santísimo.
Y harás sus cuernos á sus cuatro esquinas; los cuernos serán de lo mismo; y lo cubrirás de metal.
Y lo has de poner dentro del cerco del altar abajo; y llegará el enrejado hasta el medio del altar.
Harás también varas para el altar, varas de madera de Sittim, las cuales cubrirás de metal.
Y sus varas se meterán por los anillos: y estarán aquellas varas á ambos lados del altar, cuando hubiere de ser llevado.
Y en el ancho del atrio por la parte de levante, al oriente, habrá cincuenta codos.
Al otro lado quince codos de cortinas; sus columnas tres, con sus tres basas.
Todas las columnas del atrio en derredor serán ceñidas de plata; sus capiteles de plata, y sus basas de metal.
Y harás vestidos sagrados á Aarón tu hermano, para honra y hermosura.
Y harán el ephod de oro y cárdeno, y púrpura, y carmesí, y lino torcido de obra de bordador.
Tendrá dos hombreras que se junten á sus dos lados, y se juntará.
Será cuadrado y doble, de un palmo de largo y un palmo de ancho:
El segundo orden, una esmeralda, un zafiro, y un diamante;
El tercer orden, un rubí, un ágata, y una amatista;
Una campanilla de oro y una granada, campanilla de oro y granada, por las orillas del manto alrededor.
Harás además una plancha de oro fino, y grabarás en ella grabadura de sello, SANTIDAD Á JEHOVÁ.
Y la pondrás con un cordón de jacinto, y estará sobre la mitra; por el frente anterior de la mitra estará.
Y les harás pañetes de lino para cubrir la carne vergonzosa; serán desde los lomos hasta los muslos:
Y las pondrás en un canastillo, y en el canastillo las ofrecerás, con el becerro y los dos carneros.
Y harás llegar á Aarón y á sus hijos á la puerta del tabernáculo del testimonio, y los lavarás con agua.
Y pondrás la mitra sobre su cabeza, y sobre la mitra pondrás la diadema santa.
Y tomarás el aceite de la unción, y derramarás sobre su cabeza, y le ungirás.
Y matarás el carnero, y tomarás su sangre, y rociarás sobre el altar alrededor.
Y harás los varales de madera de Sittim, y los cubrirás de oro.
Y quemará sobre él Aarón sahumerio de aroma cada mañana: cuando aderezare las lámparas lo quemará.
Y de casia quinientos, al peso del santuario, y de aceite de olivas un hin:
Y el altar del holocausto, todos sus vasos, y la fuente y su basa.
Cualquiera que compusiere ungüento semejante, y que pusiere de él sobre extraño, será cortado de sus pueblos.
Y harás de ello una confección aromática de obra de perfumador, bien mezclada, pura y santa:
Como la confección que harás, no os haréis otra según su composición: te será cosa sagrada para Jehová.
Cualquiera que hiciere otra como ella para olerla, será cortado de sus pueblos.
Y en artificio de piedras para engastarlas, y en artificio de madera; para obrar en toda suerte de labor.
Entonces todo el pueblo apartó los zarcillos de oro que tenían en sus orejas, y trajéronlos á Aarón:
Entonces Jehová se arrepintió del mal que dijo que había de hacer á su pueblo.
Y las tablas eran obra de Dios, y la escritura era escritura de Dios grabada sobre las tablas.
Y oyendo Josué el clamor del pueblo que gritaba, dijo á Moisés: Alarido de pelea hay en el campo.
Y dijo Moisés á Aarón: ¿Qué te ha hecho este pueblo, que has traído sobre él tan gran pecado?
Y respondió Aarón: No se enoje mi señor; tú conoces el pueblo, que es inclinado á mal.
Que perdones ahora su pecado, y si no, ráeme ahora de tu libro que has escrito.
Y oyendo el pueblo esta sensible palabra, vistieron luto, y ninguno se puso sus atavíos:
Entonces los hijos de Israel se despojaron de sus atavíos desde el monte Horeb.
Y él respondió: Si tu rostro no ha de ir conmigo, no nos saques de aquí.
Después apartaré mi mano, y verás mis espaldas; mas no se verá mi rostro.
Mas derribaréis sus altares, y quebraréis sus estatuas, y talaréis sus bosques:
No harás dioses de fundición para ti.
Y cuando hubo acabado Moisés de hablar con ellos, puso un velo sobre su rostro.
No encenderéis fuego en todas vuestras moradas en el día del sábado.
Y piedras de onix, y demás pedrería, para el ephod, y para el racional.
El tabernáculo, su tienda, y su cubierta, y sus anillos, y sus tablas, sus barras, sus columnas, y sus basas;
El arca, y sus varas, la cubierta, y el velo de la tienda;
La mesa, y sus varas, y todos sus vasos, y el pan de la proposición.
El candelero de la luminaria, y sus vasos, y sus candilejas, y el aceite para la luminaria;
Las cortinas del atrio, sus columnas, y sus basas, y el pabellón de la puerta del atrio;
Las estacas del tabernáculo, y las estacas del atrio, y sus cuerdas;
Y la especia aromática y aceite, para la luminaria, y para el aceite de la unción, y para el perfume aromático.
Y en obra de pedrería para engastar, y en obra de madera, para trabajar en toda invención ingeniosa.
Y ha puesto en su corazón el que pueda enseñar, así él como Aholiab, hijo de Ahisamac, de la tribu de Dan:
Vinieron, por tanto, todos los maestros que hacían toda la obra del santuario, cada uno de la obra que hacía.
Y juntó las cinco cortinas la una con la otra: asimismo unió las otras cinco cortinas la una con la otra.
Hizo asimismo cortinas de pelo de cabras para la tienda sobre el tabernáculo, é hízolas en número de once.
Y juntó las cinco cortinas de por sí, y las seis cortinas aparte.
Hizo también cincuenta corchetes de metal para juntar la tienda, de modo que fuese una.
E hizo una cubierta para la tienda de cueros rojos de carneros, y una cubierta encima de cueros de tejones.
La longitud de cada tabla de diez codos, y de codo y medio la anchura.
Cada tabla tenía dos quicios enclavijados el uno delante del otro: así hizo todas las tablas del tabernáculo.
Hizo, pues, las tablas para el tabernáculo: veinte tablas al lado del austro, al mediodía.
Eran, pues, ocho tablas, y sus basas de plata dieciséis; dos basas debajo de cada tabla.
Y cubrióla de oro puro por de dentro y por de fuera, é hízole una cornisa de oro en derredor.
Hizo asimismo la cubierta de oro puro: su longitud de dos codos y medio, y su anchura de codo y medio.
Hizo también los dos querubines de oro, hízolos labrados á martillo, á los dos cabos de la cubierta:
Delante de la moldura estaban los anillos, por los cuales se metiesen las varas para llevar la mesa.
E hizo las varas de madera de Sittim para llevar la mesa, y cubriólas de oro.
Y en el candelero había cuatro copas figura de almendras, sus manzanas y sus flores:
Sus manzanas y sus brazos eran de lo mismo; todo era una pieza labrada á martillo, de oro puro.
De un talento de oro puro lo hizo, con todos sus vasos.
Y cubriólo de oro puro, su mesa y sus paredes alrededor, y sus cuernos: é hízole una corona de oro alrededor.
E hizo las varas de madera de Sittim, y cubriólas de oro.
E hízole sus cuernos á sus cuatro esquinas, los cuales eran de la misma pieza, y cubriólo de metal.
Todas las cortinas del atrio alrededor eran de lino torcido.
Y todas las estacas del tabernáculo y del atrio alrededor fueron de metal.
Y el metal de la ofrenda fué setenta talentos, y dos mil cuatrocientos siclos;
Hiciéronle las hombreras que se juntasen; y uníanse en sus dos lados.
Era cuadrado: doblado hicieron el racional: su longitud era de un palmo, y de un palmo su anchura, doblado.
El tercer orden, un ligurio, un ágata, y un amatista.
Y el cuarto orden, un berilo, un onix, y un jaspe: cercadas y encajadas en sus engastes de oro.
Hicieron también sobre el racional las cadenas pequeñas de hechura de trenza, de oro puro.
Y pusieron las dos trenzas de oro en aquellos dos anillos á los cabos del racional.
Y pondrás en él el arca del testimonio, y la cubrirás con el velo:
Después pondrás el altar del holocausto delante de la puerta del tabernáculo, del tabernáculo del testimonio.
Luego pondrás la fuente entre el tabernáculo del testimonio y el altar; y pondrás agua en ella.
Después harás llegar sus hijos, y les vestirás las túnicas:
Y así en el día primero del primer mes, en el segundo año, el tabernáculo fué erigido.
Y puso la mesa en el tabernáculo del testimonio, al lado septentrional del pabellón, fuera del velo:
Y sobre ella puso por orden los panes delante de Jehová, como Jehová había mandado á Moisés.
Y puso el candelero en el tabernáculo del testimonio, enfrente de la mesa, al lado meridional del pabellón.
Y encendió sobre él el perfume aromático; como Jehová había mandado á Moisés.
Puso asimismo la cortina de la puerta del tabernáculo.
Y Moisés y Aarón y sus hijos lavaban en ella sus manos y sus pies.
Entonces una nube cubrió el tabernáculo del testimonio, y la gloria de Jehová hinchió el tabernáculo.
Y cuando la nube se alzaba del tabernáculo, los hijos de Israel se movían en todas sus jornadas:
Pero si la nube no se alzaba, no se partían hasta el día en que ella se alzaba.
Y desollará el holocausto, y lo dividirá en sus piezas.
Y los hijos de Aarón sacerdote pondrán fuego sobre el altar, y compondrán la leña sobre el fuego.
La cual partirás en piezas, y echarás sobre ella aceite: es presente.
Y el sacerdote hará arder esto sobre el altar; vianda de ofrenda encendida á Jehová.
Y el sacerdote ungido tomará de la sangre del becerro, y la traerá al tabernáculo del testimonio;
Y el sacerdote ungido meterá de la sangre del becerro en el tabernáculo del testimonio:
Y mojará el sacerdote su dedo en la misma sangre, y rociará siete veces delante de Jehová hacia el velo.
Y le quitará todo el sebo, y harálo arder sobre el altar.
Y si trajere cordero para su ofrenda por el pecado, hembra sin defecto traerá:
Y será que cuando pecare en alguna de estas cosas, confesará aquello en que pecó:
Es infracción, y ciertamente delinquió contra Jehová.
El fuego ha de arder continuamente en el altar; no se apagará.
Todo varón de entre los sacerdotes la comerá: es cosa santísima.
Asimismo esta es la ley de la expiación de la culpa: es cosa muy santa.
Y el sacerdote lo hará arder sobre el altar; ofrenda encendida á Jehová: es expiación de la culpa.
Y esta es la ley del sacrificio de las paces, que se ofrecerá á Jehová:
Con tortas de pan leudo ofrecerá su ofrenda en el sacrificio de hacimientos de gracias de sus paces.
Y lo que quedare para el tercer día de la carne del sacrificio, será quemado en el fuego.
Y el sebo lo hará arder el sacerdote en el altar; mas el pecho será de Aarón y de sus hijos.
Y daréis al sacerdote para ser elevada en ofrenda, la espaldilla derecha de los sacrificios de vuestras paces.
Y reune toda la congregación á la puerta del tabernáculo del testimonio.
Y dijo Moisés á la congregación: Esto es lo que Jehová ha mandado hacer.
Entonces Moisés hizo llegar á Aarón y á sus hijos, y lavólos con agua.
Púsole luego encima el racional, y en él puso el Urim y Thummim.
Y tomó Moisés el aceite de la unción, y ungió el tabernáculo, y todas las cosas que estaban en él, y santificólas.
Y derramó del aceite de la unción sobre la cabeza de Aarón, y ungiólo para santificarlo.
Después hizo llegar el carnero del holocausto, y Aarón y sus hijos pusieron sus manos sobre la cabeza del carnero:
Y degollólo; y roció Moisés la sangre sobre el altar en derredor.
Y cortó el carnero en trozos; y Moisés hizo arder la cabeza, y los trozos, y el sebo.
Y púsolo todo en las manos de Aarón, y en las manos de sus hijos, é hízolo mecer: ofrenda agitada delante de Jehová.
Y lo que sobrare de la carne y del pan, habéis de quemarlo al fuego.
De la manera que hoy se ha hecho, mandó hacer Jehová para expiaros.
Y Aarón y sus hijos hicieron todas las cosas que mandó Jehová por medio de Moisés.
Entonces Moisés dijo: Esto es lo que mandó Jehová; hacedlo, y la gloria de Jehová se os aparecerá.
Mas la carne y el cuero los quemó al fuego fuera del real.
Presentáronle después el holocausto, á trozos, y la cabeza; é hízolos quemar sobre el altar.
Luego lavó los intestinos y las piernas, y quemólos sobre el holocausto en el altar.
Y pusieron los sebos sobre los pechos, y él quemó los sebos sobre el altar:
Y salió fuego de delante de Jehová que los quemó, y murieron delante de Jehová.
Y ellos llegaron, y sacáronlos con sus túnicas fuera del campo, como dijo Moisés.
Y para poder discernir entre lo santo y lo profano, y entre lo inmundo y lo limpio;
Y para enseñar á los hijos de Israel todos los estatutos que Jehová les ha dicho por medio de Moisés.
Y cuando Moisés oyó esto, dióse por satisfecho.
De entre los animales, todo el de pezuña, y que tiene las pezuñas hendidas, y que rumia, éste comeréis.
También el conejo, porque rumia, mas no tiene pezuña, tendréislo por inmundo;
Asimismo la liebre, porque rumia, mas no tiene pezuña, tendréisla por inmunda;
De la carne de ellos no comeréis, ni tocaréis su cuerpo muerto: tendréislos por inmundos.
Os serán, pues, en abominación: de su carne no comeréis, y abominaréis sus cuerpos muertos.
Todo reptil alado que anduviere sobre cuatro pies, tendréis en abominación.
Todo reptil alado que tenga cuatro pies, tendréis en abominación.
Y por estas cosas seréis inmundos: cualquiera que tocare á sus cuerpos muertos, será inmundo hasta la tarde:
Y cualquiera que llevare de sus cuerpos muertos, lavará sus vestidos, y será inmundo hasta la tarde.
Y el erizo, y el lagarto, y el caracol, y la babosa, y el topo.
Y si cayere de sus cuerpos muertos sobre alguna simiente que se haya de sembrar, será limpia.
Mas si se hubiere puesto agua en la simiente, y cayere de sus cuerpos muertos sobre ella, tendréisla por inmunda.
Y si algún animal que tuviereis para comer se muriere, el que tocare su cuerpo muerto será inmundo hasta la tarde:
Y todo reptil que va arrastrando sobre la tierra, es abominación; no se comerá.
Y al octavo día circuncidará la carne de su prepucio.
Y el sacerdote mirará la carne viva, y lo dará por inmundo. Es inmunda la carne viva: es lepra.
Y si se fuere extendiendo por la piel, entonces el sacerdote lo dará por inmundo: es llaga.
Y el hombre, cuando se le pelare la cabeza, es calvo, mas limpio.
Y si á la parte de su rostro se le pelare la cabeza, es calvo por delante, pero limpio.
Leproso es, es inmundo; el sacerdote lo dará luego por inmundo; en su cabeza tiene su llaga.
Y cuando en el vestido hubiere plaga de lepra, en vestido de lana, ó en vestido de lino;
O en estambre ó en trama, de lino ó de lana, ó en piel, ó en cualquiera obra de piel;
Y el sacerdote mirará la plaga, y encerrará la cosa plagada por siete días.
Entonces el sacerdote mandará que laven donde está la plaga, y lo encerrará otra vez por siete días.
Y mandará el sacerdote matar la una avecilla en un vaso de barro sobre aguas vivas;
Y con su dedo derecho rociará el sacerdote del aceite que tiene en su mano izquierda, siete veces delante de Jehová.
El sacerdote saldrá de la casa á la puerta de ella, y cerrará la casa por siete días.
Y cualquiera que entrare en aquella casa todos los días que la mandó cerrar, será inmundo hasta la tarde.
Y el que durmiere en aquella casa, lavará sus vestidos; también el que comiere en la casa, lavará sus vestidos.
Entonces tomará para limpiar la casa dos avecillas, y palo de cedro, y grana, é hisopo:
Y degollará la una avecilla en una vasija de barro sobre aguas vivas:
Y acerca de la hinchazón, y de la postilla, y de la mancha blanca:
Para enseñar cuándo es inmundo, y cuándo limpio. Aquesta es la ley tocante á la lepra.
Toda cama en que se acostare el que tuviere flujo, será inmunda; y toda cosa sobre que se sentare, inmunda será.
Y todo aparejo sobre que cabalgare el que tuviere flujo, será inmundo.
Y el hombre, cuando de él saliere derramamiento de semen, lavará en aguas toda su carne, y será inmundo hasta la tarde.
Esta es la ley del que tiene flujo, y del que sale derramamiento de semen, viniendo á ser inmundo á causa de ello;
Y habló Jehová á Moisés, después que murieron los dos hijos de Aarón, cuando se llegaron delante de Jehová, y murieron;
Y hará allegar Aarón el becerro de la expiación, que es suyo, y hará la reconciliación por sí y por su casa.
Después tomará los dos machos de cabrío, y los presentará delante de Jehová á la puerta del tabernáculo del testimonio.
Y echará suertes Aarón sobre los dos machos de cabrío; la una suerte por Jehová, y la otra suerte por Azazel.
Y hará allegar Aarón el macho cabrío sobre el cual cayere la suerte por Jehová, y ofrecerálo en expiación.
Y el que los quemare, lavará sus vestidos, lavará también su carne con agua, y después entrará en el real.
Y si no los lavare, ni lavare su carne, llevará su iniquidad.
Mis derechos pondréis por obra, y mis estatutos guardaréis, andando en ellos: Yo Jehová vuestro Dios.
La desnudez de la hermana de tu padre no descubrirás: es parienta de tu padre.
La desnudez de la hermana de tu madre no descubrirás: porque parienta de tu madre es.
La desnudez del hermano de tu padre no descubrirás: no llegarás á su mujer: es mujer del hermano de tu padre.
Y no llegarás á la mujer en el apartamiento de su inmundicia, para descubrir su desnudez.
Además, no tendrás acto carnal con la mujer de tu prójimo, contaminándote en ella.
No te echarás con varón como con mujer: es abominación.
Y la tierra fué contaminada; y yo visité su maldad sobre ella, y la tierra vomitó sus moradores.
Y la tierra no os vomitará, por haberla contaminado, como vomitó á la gente que fué antes de vosotros.
Cada uno temerá á su madre y á su padre, y mis sábados guardaréis: Yo Jehová vuestro Dios.
Y cuando sacrificareis sacrificio de paces á Jehová, de vuestra voluntad lo sacrificaréis.
No hurtaréis, y no engañaréis, ni mentiréis ninguno á su prójimo.
No aborrecerás á tu hermano en tu corazón: ingenuamente reprenderás á tu prójimo, y no consentirás sobre él pecado.
Y él traerá á Jehová, á la puerta del tabernáculo del testimonio, un carnero en expiación por su culpa.
Mas al quinto año comeréis el fruto de él, para que os haga crecer su fruto: Yo Jehová vuestro Dios.
No comeréis cosa alguna con sangre. No seréis agoreros, ni adivinaréis.
No cortaréis en redondo las extremidades de vuestras cabezas, ni dañarás la punta de tu barba.
Y no haréis rasguños en vuestra carne por un muerto, ni imprimiréis en vosotros señal alguna: Yo Jehová.
Mis sábados guardaréis, y mi santuario tendréis en reverencia: Yo Jehová.
Y cuando el extranjero morare contigo en vuestra tierra, no le oprimiréis.
No hagáis agravio en juicio, en medida de tierra, ni en peso, ni en otra medida.
Habéis, pues, de serme santos, porque yo Jehová soy santo, y os he apartado de los pueblos, para que seáis míos.
O por su hermana virgen, á él cercana, la cual no haya tenido marido, por ella se contaminará.
No se contaminará, porque es príncipe en sus pueblos, haciéndose inmundo.
Ni entrará donde haya alguna persona muerta, ni por su padre, ó por su madre se contaminará.
Y no amancillará su simiente en sus pueblos; porque yo Jehová soy el que los santifico.
El pan de su Dios, de lo muy santo y las cosas santificadas, comerá.
Y Moisés habló esto á Aarón, y á sus hijos, y á todos los hijos de Israel.
Y cuando el sol se pusiere, será limpio; y después comerá las cosas sagradas, porque su pan es.
Mortecino ni despedazado por fiera no comerá, para contaminarse en ello: Yo Jehová.
Ninguna cosa en que haya falta ofreceréis, porque no será acepto por vosotros.
Y sea buey ó carnero, no degollaréis en un día á él y á su hijo.
Y cuando sacrificareis sacrificio de hacimiento de gracias á Jehová, de vuestra voluntad lo sacrificaréis.
En el mismo día se comerá; no dejaréis de él para otro día: Yo Jehová.
Estas son las solemnidades de Jehová, las convocaciones santas, á las cuales convocaréis en sus tiempos.
En el mes primero, á los catorce del mes, entre las dos tardes, pascua es de Jehová.
El primer día tendréis santa convocación: ninguna obra servil haréis.
Ofreceréis además un macho de cabrío por expiación; y dos corderos de un año en sacrificio de paces.
Porque toda persona que no se afligiere en este mismo día, será cortada de sus pueblos.
Y cualquiera persona que hiciere obra alguna en este mismo día, yo destruiré la tal persona de entre su pueblo.
Ninguna obra haréis: estatuto perpetuo es por vuestras edades en todas vuestras habitaciones.
Y pusiéronlo en la cárcel, hasta que les fuese declarado por palabra de Jehová.
Y á los hijos de Israel hablarás, diciendo: Cualquiera que maldijere á su Dios, llevará su iniquidad.
Y el que hiere á algún animal, ha de restituirlo: animal por animal.
Y el que causare lesión en su prójimo, según hizo, así le sea hecho:
El que hiere algún animal, ha de restituirlo; mas el que hiere de muerte á un hombre, que muera.
Seis años sembrarás tu tierra, y seis años podarás tu viña, y cogerás sus frutos;
Y á tu animal, y á la bestia que hubiere en tu tierra, será todo el fruto de ella para comer.
Porque es jubileo: santo será á vosotros; el producto de la tierra comeréis.
En este año de jubileo volveréis cada uno á su posesión.
Y no engañe ninguno á su prójimo; mas tendrás temor de tu Dios: porque yo soy Jehová vuestro Dios.
No tomarás usura de él, ni aumento; mas tendrás temor de tu Dios, y tu hermano vivirá contigo.
No le darás tu dinero á usura, ni tu vitualla á ganancia:
Yo Jehová vuestro Dios, que os saqué de la tierra de Egipto, para daros la tierra de Canaán, para ser vuestro Dios.
Y cuando tu hermano empobreciere, estando contigo, y se vendiere á ti, no le harás servir como siervo:
No te enseñorearás de él con dureza, mas tendrás temor de tu Dios.
Después que se hubiere vendido, podrá ser rescatado: uno de sus hermanos lo rescatará;
Mas si no se redimiere en esos años, en el año del jubileo saldrá, él, y sus hijos con él.
Porque yo me volveré á vosotros, y os haré crecer, y os multiplicaré, y afirmaré mi pacto con vosotros:
Y comeréis lo añejo de mucho tiempo, y sacaréis fuera lo añejo á causa de lo nuevo:
Y pondré mi morada en medio de vosotros, y mi alma no os abominará:
Y andaré entre vosotros, y yo seré vuestro Dios, y vosotros seréis mi pueblo.
Yo procederé con vosotros en contra y con ira, y os castigaré aun siete veces por vuestros pecados.
Y comeréis las carnes de vuestros hijos, y comeréis las carnes de vuestras hijas:
Y si fuere hembra, la estimación será treinta siclos.
Y si fuere animal de que se ofrece ofrenda á Jehová, todo lo que se diere de él á Jehová será santo.
Y si lo hubieren de redimir, añadirán su quinto sobre tu valuación.
Y si santificare su tierra desde el año del jubileo, conforme á tu estimación quedará.
Mas si él no redimiere la tierra, y la tierra se vendiere á otro, no la redimirá más;
Y todo lo que apreciares será conforme al siclo del santuario: el siclo tiene veinte óbolos.
Y toda décima de vacas ó de ovejas, de todo lo que pasa bajo la vara, la décima será consagrada á Jehová.
Estos son los mandamientos que ordenó Jehová á Moisés, para los hijos de Israel, en el monte de Sinaí.
Y estos son los nombres de los varones que estarán con vosotros: De la tribu de Rubén, Elisur hijo de Sedeur.
De Simeón, Selumiel hijo de Zurisaddai.
De Judá, Naasón hijo de Aminadab.
De Issachâr, Nathanael hijo de Suar.
De Zabulón, Eliab hijo de Helón.
De los hijos de José: de Ephraim, Elisama hijo de Ammiud; de Manasés, Gamaliel hijo de Pedasur.
De Aser, Phegiel hijo de Ocrán.
De Gad, Eliasaph hijo de Dehuel.
De Nephtalí, Ahira hijo de Enán.
Tomó pues Moisés y Aarón á estos varones que fueron declarados por sus nombres:
Los contados de ellos, de la tribu de Simeón, cincuenta y nueve mil y trescientos.
Los contados de ellos, de la tribu de Judá, setenta y cuatro mil y seiscientos.
Los contados de ellos, de la tribu de Issachâr, cincuenta y cuatro mil y cuatrocientos.
Los contados de ellos, de la tribu de Zabulón, cincuenta y siete mil y cuatrocientos.
Los contados de ellos, de la tribu de Manasés, treinta y dos mil y doscientos.
Los contados de ellos, de la tribu de Benjamín, treinta y cinco mil y cuatrocientos.
Los contados de ellos, de la tribu de Dan, sesenta y dos mil y setecientos.
Los contados de ellos, de la tribu de Aser, cuarenta y un mil y quinientos.
Los contados de ellos, de la tribu de Nephtalí, cincuenta y tres mil y cuatrocientos.
Fueron todos los contados seiscientos tres mil quinientos y cincuenta.
Pero los Levitas no fueron contados entre ellos según la tribu de sus padres.
Solamente no contarás la tribu de Leví, ni tomarás la cuenta de ellos entre los hijos de Israel:
Y la tribu de Zabulón: y el jefe de los hijos de Zabulón, Eliab hijo de Helón;
Y su hueste, sus contados, cuarenta y seis mil y quinientos.
Y la tribu de Gad: y el jefe de los hijos de Gad, Eliasaph hijo de Rehuel;
Y su hueste, con los contados de ellos, cuarenta y cinco mil seiscientos y cincuenta.
Y su hueste, con los contados de ellos, treinta y dos mil y doscientos:
Y su hueste, con los contados de ellos, cuarenta y un mil y quinientos:
Y la tribu de Nephtalí: y el jefe de los hijos de Nephtalí, Ahira hijo de Enán;
Y su hueste, con los contados de ellos, cincuenta y tres mil y cuatrocientos.
Mas los Levitas no fueron contados entre los hijos de Israel; como Jehová lo mandó á Moisés.
Y Moisés los contó conforme á la palabra de Jehová, como le fué mandado.
Y los nombres de los hijos de Gersón, por sus familias, estos: Libni, y Simei.
Y los hijos de Coath, por sus familias: Amram, é Izhar, y Hebrón, y Uzziel.
Las familias de Gersón asentarán sus tiendas á espaldas del tabernáculo, al occidente;
Las familias de los hijos de Coath acamparán al lado del tabernáculo, al mediodía;
Y el jefe de la casa del padre de las familias de Coath, Elisaphán hijo de Uzziel.
Y las columnas en derredor del atrio, y sus basas, y sus estacas, y sus cuerdas.
Y contó Moisés, como Jehová le mandó, todos los primogénitos de los hijos de Israel.
Tomó, pues, Moisés el dinero del rescate de los que resultaron de más de los redimidos por los Levitas:
Y lo pondrán con todos sus vasos en una cubierta de pieles de tejones, y lo colocarán sobre unas parihuelas.
No entrarán para ver, cuando cubrieren las cosas santas; que morirán.
Y fueron los contados de ellos por sus familias, dos mil setecientos y cincuenta.
Los contados de ellos por sus familias, por las casas de sus padres, fueron dos mil seiscientos y treinta.
Y el sacerdote escribirá estas maldiciones en un libro, y las borrará con las aguas amargas:
Mas si la mujer no fuere inmunda, sino que estuviere limpia, ella será libre, y será fecunda.
Y aquel varón será libre de iniquidad, y la mujer llevará su pecado.
Todo el tiempo de su nazareato, de todo lo que se hace de vid de vino, desde los granillos hasta el hollejo, no comerá.
Todo el tiempo de su nazareato, será santo á Jehová.
Y el día octavo traerá dos tórtolas ó dos palominos al sacerdote, á la puerta del tabernáculo del testimonio;
Y el sacerdote lo ofrecerá delante de Jehová, y hará su expiación y su holocausto:
Jehová te bendiga, y te guarde:
Jehová alce á ti su rostro, y ponga en ti paz.
Y pondrán mi nombre sobre los hijos de Israel, y yo los bendeciré.
Entonces Moisés recibió los carros y los bueyes, y diólos á los Levitas.
Y Jehová dijo á Moisés: Ofrecerán su ofrenda, un príncipe un día, y otro príncipe otro día, á la dedicación del altar.
Una cuchara de oro de diez siclos, llena de perfume;
Un macho cabrío para expiación;
Un becerro, un carnero, un cordero de un año para holocausto;
Toma á los Levitas de entre los hijos de Israel, y expíalos.
Y harás presentar los Levitas delante de Aarón, y delante de sus hijos, y los ofrecerás en ofrenda á Jehová.
Así apartarás los Levitas de entre los hijos de Israel; y serán míos los Levitas.
Los hijos de Israel harán la pascua á su tiempo.
Y habló Moisés á los hijos de Israel, para que hiciesen la pascua.
Y Moisés les respondió: Esperad, y oiré qué mandará Jehová acerca de vosotros.
Así era continuamente: la nube lo cubría, y de noche la apariencia de fuego.
Y cuando las tocaren, toda la congregación se juntará á ti á la puerta del tabernáculo del testimonio.
Mas cuando tocarensólola una, entonces se congregarán á ti los príncipes, las cabezas de los millares de Israel.
Y cuando tocareis alarma, entonces moverán el campo de los que están alojados al oriente.
Empero cuando hubiereis de juntar la congregación, tocaréis, mas no con sonido de alarma.
Y movieron la primera vez al dicho de Jehová por mano de Moisés.
Y sobre el ejército de la tribu de los hijos de Issachâr, Nathanael hijo de Suar.
Y sobre el ejército de la tribu de los hijos de Simeón, Selumiel hijo de Zurisaddai.
Y sobre el ejército de la tribu de los hijos de Gad, Eliasaph hijo de Dehuel.
Y sobre el ejército de la tribu de los hijos de Manasés, Gamaliel hijo de Pedasur.
Y sobre el ejército de la tribu de los hijos de Benjamín, Abidán hijo de Gedeón.
Y sobre el ejército de la tribu de los hijos de Nephtalí, Ahira hijo de Enán.
Y él le respondió: Yo no iré, sino que me marcharé á mi tierra y á mi parentela.
Y la nube de Jehová iba sobre ellos de día, desde que partieron del campo.
Y era el maná como semilla de culantro, y su color como color de bdelio.
Y cuando descendía el rocío sobre el real de noche, el maná descendía de sobre él.
Entonces Jehová respondió á Moisés: ¿Hase acortado la mano de Jehová? ahora verás si te sucede mi dicho, ó no.
Y corrió un mozo, y dió aviso á Moisés, y dijo: Eldad y Medad profetizan en el campo.
Entonces respondió Josué hijo de Nun, ministro de Moisés, uno de sus mancebos, y dijo: Señor mío Moisés, impídelos.
Y recogióse Moisés al campo, él y los ancianos de Israel.
Y llamó el nombre de aquel lugar Kibroth-hattaavah, por cuanto allí sepultaron al pueblo codicioso.
De Kibroth-hattaavah movió el pueblo á Haseroth, y pararon en Haseroth.
Y dijeron: ¿Solamente por Moisés ha hablado Jehová? ¿no ha hablado también por nosotros? Y oyólo Jehová.
Y aquel varón Moisés era muy manso, más que todos los hombres que había sobre la tierra.
No así á mi siervo Moisés, que es fiel en toda mi casa:
Entonces el furor de Jehová se encendió en ellos; y fuése.
No sea ella ahora como el que sale muerto del vientre de su madre, consumida la mitad de su carne.
Entonces Moisés clamó á Jehová, diciendo: Ruégote, oh Dios, que la sanes ahora.
De la tribu de Simeón, Saphat hijo de Hurí.
De la tribu de Judá, Caleb hijo de Jephone.
De la tribu de Issachâr, Igal hijo de Joseph.
De la tribu de Ephraim, Oseas hijo de Nun.
De la tribu de Benjamín, Palti hijo de Raphu.
De la tribu de Zabulón, Gaddiel hijo de Sodi.
De la tribu de José, de la tribu de Manasés, Gaddi hijo de Susi.
De la tribu de Nephtalí, Nahabí hijo de Vapsi.
Y llamóse aquel lugar Nahal-escol, por el racimo que cortaron de allí los hijos de Israel.
Entonces Caleb hizo callar el pueblo delante de Moisés, y dijo: Subamos luego, y poseámosla; que más podremos que ella.
Entonces toda la congregación alzaron grita, y dieron voces: y el pueblo lloró aquella noche.
Y decían el uno al otro: Hagamos un capitán, y volvámonos á Egipto.
Entonces Moisés y Aarón cayeron sobre sus rostros delante de toda la multitud de la congregación de los hijos de Israel.
Y Josué hijo de Nun, y Caleb hijo de Jephone, que eran de los que habían reconocido la tierra, rompieron sus vestidos;
Diles: Vivo yo, dice Jehová, que según habéis hablado á mis oídos, así haré yo con vosotros:
Así se hará con cada un buey, ó carnero, ó cordero, lo mismo de ovejas que de cabras.
Conforme al número así haréis con cada uno según el número de ellos.
Una misma ley y un mismo derecho tendréis, vosotros y el peregrino que con vosotros mora.
De las primicias de vuestras masas daréis á Jehová ofrenda por vuestras generaciones.
Y estando los hijos de Israel en el desierto, hallaron un hombre que recogía leña en día de sábado.
Y los que le hallaron recogiendo leña trajéronle á Moisés y á Aarón, y á toda la congregación:
Y pusiéronlo en la cárcel, por que no estaba declarado qué le habían de hacer.
Yo Jehová vuestro Dios, que os saqué de la tierra de Egipto, para ser vuestro Dios: Yo Jehová vuestro Dios.
Y como lo oyó Moisés, echóse sobre su rostro;
¿Y que te hizo acercar á ti, y á todos tus hermanos los hijos de Leví contigo; para que procuréis también el sacerdocio?
Después dijo Moisés á Coré: Tú y todo tu séquito, poneos mañana delante de Jehová; tú, y ellos, y Aarón:
Apartaos de entre esta congregación, y consumirlos he en un momento.
Habla á la congregación, diciendo: Apartaos de en derredor de la tienda de Coré, Dathán, y Abiram.
Y Moisés se levantó, y fué á Dathán y á Abiram; y los ancianos de Israel fueron en pos de él.
Y aconteció, que en acabando él de hablar todas estas palabras, rompióse la tierra que estaba debajo de ellos:
Y abrió la tierra su boca, y tragólos á ellos, y á sus casas, y á todos los hombres de Coré, y á toda su hacienda.
Y púsose entre los muertos y los vivos; y cesó la mortandad.
Y escribirás el nombre de Aarón sobre la vara de Leví; porque cada cabeza de familia de sus padres tendrá una vara.
Y Moisés puso las varas delante de Jehová en el tabernáculo del testimonio.
Cualquiera que se llegare, el que se acercare al tabernáculo de Jehová morirá: ¿acabaremos de perecer todos?
Y no llegarán más los hijos de Israel al tabernáculo del testimonio, porque no lleven pecado, por el cual mueran.
Y hará quemar la vaca ante sus ojos: su cuero y su carne y su sangre, con su estiércol, hará quemar.
Luego tomará el sacerdote palo de cedro, é hisopo, y escarlata, y lo echará en medio del fuego en que arde la vaca.
Asimismo el que la quemó, lavará sus vestidos en agua, también lavará en agua su carne, y será inmundo hasta la tarde.
El que tocare muerto de cualquiera persona humana, siete días será inmundo:
Y todo vaso abierto, sobre el cual no hubiere tapadera bien ajustada, será inmundo.
Y todo lo que el inmundo tocare, será inmundo: y la persona que lo tocare, será inmunda hasta la tarde.
Y como no hubiese agua para la congregación, juntáronse contra Moisés y Aarón.
¿Y por qué hiciste venir la congregación de Jehová á este desierto, para que muramos aquí nosotros y nuestras bestias?
Y Edom le respondió: No pasarás por mi país, de otra manera saldré contra ti armado.
Toma á Aarón y á Eleazar su hijo, y hazlos subir al monte de Hor;
Y Moisés hizo como Jehová le mandó: y subieron al monte de Hor á ojos de toda la congregación.
Y viendo toda la congregación que Aarón era muerto, hiciéronle duelo por treinta días todas las familias de Israel.
Partidos de allí, asentaron en la arroyada de Zared.
Y á la corriente de los arroyos que va á parar en Ar, y descansa en el término de Moab.
Por tanto, dicen los proverbistas: Venid á Hesbón, edifíquese y repárese la ciudad de Sehón:
Mas devastamos el reino de ellos; pereció Hesbón hasta Dibón, y destruimos hasta Nopha y Medeba.
E hirieron á él, y á sus hijos, y á toda su gente, sin que le quedara uno, y poseyeron su tierra.
Y vió Balac, hijo de Zippor, todo lo que Israel había hecho al Amorrheo.
Y vino Dios á Balaam, y díjole: ¿Qué varones son estos que están contigo?
Entonces dijo Dios á Balaam: No vayas con ellos, ni maldigas al pueblo; porque es bendito.
Ruégoos por tanto ahora, que reposéis aquí esta noche, para que yo sepa qué me vuelve á decir Jehová.
Así Balaam se levantó por la mañana, y cinchó su asna, y fué con los príncipes de Moab.
Mas el ángel de Jehová se puso en una senda de viñas que tenía pared de una parte y pared de otra.
Y fué Balaam con Balac, y vinieron á la ciudad de Husoth.
Y Balaam dijo á Balac: Edifícame aquí siete altares, y prepárame aquí siete becerros y siete carneros.
Y Balac hizo como le dijo Balaam: y ofrecieron Balac y Balaam un becerro y un carnero en cada altar.
Y Jehová puso palabra en la boca de Balaam, y díjole: Vuelve á Balac, y has de hablar así.
¿Por qué maldeciré yo al que Dios no maldijo? ¿y por qué he de execrar al que Jehová no ha execrado?
Y él respondió, y dijo: ¿No observaré yo lo que Jehová pusiere en mi boca para decirlo?
Entonces él dijo á Balac: Ponte aquí junto á tu holocausto, y yo iré á encontrar á Dios allí.
Y Jehová salió al encuentro de Balaam, y puso palabra en su boca, y díjole: Vuelve á Balac, y así has de decir.
Entonces él tomó su parábola, y dijo: Balac, levántate y oye; escucha mis palabras, hijo de Zippor:
Entonces Balac dijo á Balaam: Ya que no lo maldices, ni tampoco lo bendigas.
Y Balaam respondió, y dijo á Balac: ¿No te he dicho que todo lo que Jehová me dijere, aquello tengo de hacer?
Y Balac llevó á Balaam á la cumbre de Peor, que mira hacia Jesimón.
Entonces Balaam dijo á Balac: Edifícame aquí siete altares, y prepárame aquí siete becerros y siete carneros.
Y alzando sus ojos, vió á Israel alojado por sus tribus; y el espíritu de Dios vino sobre él.
Y tomó su parábola, y dijo: Dijo Balaam hijo de Beor, dijo el varón de ojos abiertos:
Todavía tomó su parábola, y dijo: ¡Ay! ¿quién vivirá cuando hiciere Dios estas cosas?
Entonces se levantó Balaam, y se fué, y volvióse á su lugar: y también Balac se fué por su camino.
Las cuales llamaron al pueblo á los sacrificios de sus dioses: y el pueblo comió, é inclinóse á sus dioses.
Entonces Moisés dijo á los jueces de Israel: Matad cada uno á aquellos de los suyos que se han allegado á Baal-peor.
Y murieron de aquella mortandad veinte y cuatro mil.
Hostilizaréis á los Madianitas, y los heriréis:
Y los hijos de Phallú: Eliab.
Mas los hijos de Coré no murieron.
De Zera, la familia de los Zeraitas; de Saul, la familia de los Saulitas.
Estas son las familias de los Simeonitas, veinte y dos mil y doscientos.
De Ozni, la familia de los Oznitas; de Eri, la familia de los Eritas;
De Aroz, la familia de los Aroditas; de Areli, la familia de los Arelitas.
Estas son las familias de Gad, por sus contados, cuarenta mil y quinientos.
Los hijos de Judá: Er y Onán; y Er y Onán murieron en la tierra de Canaán.
Los hijos de Issachâr por sus familias: de Thola, la familia de los Tholaitas; de Puá la familia de los Puanitas;
De Jasub, la familia de los Jasubitas; de Simron, la familia de los Simronitas.
Estas son las familias de los Zabulonitas, por sus contados, sesenta mil y quinientos.
Los hijos de José por sus familias: Manasés y Ephraim.
Estos son los hijos de Galaad: de Jezer, la familia de los Jezeritas; de Helec, la familia de los Helecitas;
De Asriel, la familia de los Asrielitas: de Sechêm, la familia de los Sechêmitas;
De Semida, la familia de los Semidaitas; de Hepher, la familia de los Hepheritas.
Estas son las familias de Manasés; y sus contados, cincuenta y dos mil y setecientos.
De Jeser, la familia de los Jeseritas; de Sillem, la familia de los Sillemitas.
Estos son los contados de los hijos de Israel, seiscientos y un mil setecientos y treinta.
A estos se repartirá la tierra en heredad, por la cuenta de los nombres.
Conforme á la suerte será repartida su heredad entre el grande y el pequeño.
Y á Aarón nacieron Nadab y Abiú, Eleazar é Ithamar.
Y Moisés llevó su causa delante de Jehová.
Y después que la habrás visto, tú también serás reunido á tus pueblos, como fué reunido tu hermano Aarón:
Y puso sobre él sus manos, y dióle órdenes, como Jehová había mandado por mano de Moisés.
Es el holocausto del sábado en cada sábado, además del holocausto continuo, y su libación.
Mas en el mes primero, á los catorce del mes será la pascua de Jehová.
Con cada uno de los siete corderos ofreceréis una décima;
Esto ofreceréis además del holocausto de la mañana, que es el holocausto continuo.
Y un macho cabrío por expiación, para reconciliaros:
Y con cada uno de los catorce corderos, una décima;
Y el segundo día, doce becerros de la vacada, dos carneros, catorce corderos de un año sin defecto;
Y el cuarto día, diez becerros, dos carneros, catorce corderos de un año sin defecto;
Y el sexto día, ocho becerros, dos carneros, catorce corderos de un año sin defecto;
Mil de cada tribu de todas las tribus de los hijos de Israel, enviaréis á la guerra.
Así fueron dados de los millares de Israel, mil por cada tribu, doce mil á punto de guerra.
Y pelearon contra Madián, como Jehová lo mandó á Moisés, y mataron á todo varón.
Y abrasaron con fuego todas sus ciudades, aldeas y castillos.
Y tomaron todo el despojo, y toda la presa, así de hombres como de bestias.
Y salieron Moisés y Eleazar el sacerdote, y todos los príncipes de la congregación, á recibirlos fuera del campo.
Matad pues ahora todos los varones entre los niños: matad también toda mujer que haya conocido varón carnalmente.
Asimismo purificaréis todo vestido, y toda prenda de pieles, y toda obra de pelos de cabra, y todo vaso de madera.
Además lavaréis vuestros vestidos el séptimo día, y así seréis limpios; y después entraréis en el campo.
Y partirás por mitad la presa entre los que pelearon, los que salieron á la guerra, y toda la congregación.
E hicieron Moisés y Eleazar el sacerdote como Jehová mandó á Moisés.
Y en cuanto á personas, de mujeres que no habían conocido ayuntamiento de varón, en todas treinta y dos mil.
Y de los bueyes, treinta y seis mil: y de ellos el tributo para Jehová, setenta y dos.
Y de los asnos, treinta mil y quinientos: y de ellos el tributo para Jehová, setenta y uno.
Y de las personas, diez y seis mil: y de ellas el tributo para Jehová, treinta y dos personas.
Y dió Moisés el tributo, por elevada ofrenda á Jehová, á Eleazar el sacerdote, como Jehová lo mandó á Moisés.
Y Moisés y el sacerdote Eleazar recibieron el oro de ellos, alhajas, todas elaboradas.
Los hombres del ejército habían pillado cada uno para sí.
Así hicieron vuestros padres, cuando los envié desde Cades-barnea para que viesen la tierra.
Edificaos ciudades para vuestros niños, y majadas para vuestras ovejas, y haced lo que ha salido de vuestra boca.
Y hablaron los hijos de Gad y los hijos de Rubén á Moisés, diciendo: Tus siervos harán como mi señor ha mandado.
Nuestros niños, nuestras mujeres, nuestros ganados, y todas nuestras bestias, estarán ahí en las ciudades de Galaad;
Y tus siervos, armados todos de guerra, pasarán delante de Jehová á la guerra, de la manera que mi señor dice.
Mas si no pasaren armados con vosotros, entonces tendrán posesión entre vosotros en la tierra de Canaán.
Y los hijos de Gad y los hijos de Rubén respondieron, diciendo: Haremos lo que Jehová ha dicho á tus siervos.
Y á Beth-nimra, y á Betharán: ciudades fuertes, y también majadas para ovejas.
Y á Nebo, y á Baal-meón, (mudados los nombres), y á Sibma: y pusieron nombres á las ciudades que edificaron.
Y los hijos de Machîr hijo de Manasés fueron á Galaad, y tomáronla, y echaron al Amorrheo que estaba en ella.
También Jair hijo de Manasés fué y tomó sus aldeas, y púsoles por nombre Havoth-jair.
Asimismo Noba fué y tomó á Kenath y sus aldeas, y llamóle Noba, conforme á su nombre.
Partieron, pues, los hijos de Israel de Rameses, y asentaron campo en Succoth.
Y partiendo de Succoth, asentaron en Etham, que está al cabo del desierto.
Y partidos del desierto de Sin, asentaron en Dophca.
Y partidos de Dophca, asentaron en Alús.
Y partidos de Alús, asentaron en Rephidim, donde el pueblo no tuvo aguas para beber.
Y partidos de Rephidim, asentaron en el desierto de Sinaí.
Y partidos del desierto de Sinaí, asentaron en Kibroth-hataava.
Y partidos de Haseroth, asentaron en Ritma.
Y partidos de Ritma, asentaron en Rimmón-peres.
Y partidos de Rissa, asentaron en Ceelatha.
Y partidos del monte de Sepher, asentaron en Harada.
Y partidos de Harada, asentaron en Maceloth.
Y partidos de Tahath, asentaron en Tara.
Y partidos de Tara, asentaron en Mithca.
Y partidos de Bene-jaacán, asentaron en el monte de Gidgad.
Y partidos del monte de Gidgad, asentaron en Jotbatha.
Y partidos de Jotbatha, asentaron en Abrona.
Y partidos de Abrona, asentaron en Esion-geber.
Y partidos de Esion-geber, asentaron en el desierto de Zin, que es Cades.
Y era Aarón de edad de ciento y veinte y tres años, cuando murió en el monte de Hor.
Y partidos de Oboth, asentaron en Ije-abarim; en el término de Moab.
Y partidos de Ije-abarim, asentaron en Dibon-gad.
Y partidos de Almon-diblathaim, asentaron en los montes de Abarim, delante de Nebo.
Finalmente asentaron junto al Jordán, desde Beth-jesimoth hasta Abel-sitim, en los campos de Moab.
Y echaréis los moradores de la tierra, y habitaréis en ella; porque yo os la he dado para que la poseáis.
Será además, que haré á vosotros como yo pensé hacerles á ellos.
Y el término occidental os será la gran mar: este término os será el término occidental.
Y el término del norte será este: desde la gran mar os señalaréis el monte de Hor;
Tomaréis también de cada tribu un príncipe, para dar la posesión de la tierra.
Y de la tribu de los hijos de Simeón, Samuel hijo de Ammiud.
De la tribu de Benjamín, Elidad hijo de Chislón.
De los hijos de José: de la tribu de los hijos de Manasés, el príncipe Haniel hijo de Ephod.
Y de la tribu de los hijos de Ephraim, el príncipe Chêmuel hijo de Siphtán.
Y de la tribu de los hijos de Zabulón, el príncipe Elisaphán hijo de Pharnach.
Y de la tribu de los hijos de Issachâr, el príncipe Paltiel hijo de Azan.
Y de la tribu de los hijos de Aser, el príncipe Ahiud hijo de Selomi.
Y de la tribu de los hijos de Nephtalí, el príncipe Pedael hijo de Ammiud.
Estos son á los que mandó Jehová que hiciesen la partición de la herencia á los hijos de Israel en la tierra de Canaán.
Todas las ciudades que daréis á los Levitas serán cuarenta y ocho ciudades; ellas con sus ejidos.
El pariente del muerto, él matará al homicida: cuando lo encontrare, él le matará.
Y estas cosas os serán por ordenanza de derecho por vuestras edades, en todas vuestras habitaciones.
Como Jehová mandó á Moisés, así hicieron las hijas de Salphaad.
Once jornadas hay desde Horeb, camino del monte de Seir, hasta Cades-barnea.
Y yo os hablé entonces, diciendo: Yo no puedo llevaros solo:
Jehová vuestro Dios os ha multiplicado, y he aquí sois hoy vosotros como las estrellas del cielo en multitud.
¿Cómo llevaré yo solo vuestras molestias, vuestras cargas, y vuestros pleitos?
Y me respondisteis, y dijisteis: Bueno es hacer lo que has dicho.
Os mandé, pues, en aquel tiempo todo lo que habíais de hacer.
Y el dicho me pareció bien: y tomé doce varones de vosotros, un varón por tribu:
Y se encaminaron, y subieron al monte, y llegaron hasta la arroyada de Escol, y reconocieron la tierra.
Empero no quisisteis subir, antes fuisteis rebeldes al dicho de Jehová vuestro Dios;
Josué hijo de Nun, que está delante de ti, él entrará allá: anímale; porque él la hará heredar á Israel.
Y volvisteis, y llorasteis delante de Jehová; pero Jehová no escuchó vuestra voz, ni os prestó oído.
Harto habéis rodeado este monte; volveos al aquilón.
(Los Emimeos habitaron en ella antes, pueblo grande, y numeroso, y alto como gigantes:
Y saliónos Sehón al encuentro, él y todo su pueblo, para pelear en Jaas.
Todas éstas eran ciudades fortalecidas con alto muro, con puertas y barras; sin otras muy muchas ciudades sin muro.
Y tomamos para nosotros todas las bestias, y los despojos de las ciudades.
No los temáis; que Jehová vuestro Dios, él es el que pelea por vosotros.
Mas vosotros que os allegasteis á Jehová vuestro Dios, todos estáis vivos hoy.
Así que yo voy á morir en esta tierra; y no paso el Jordán: mas vosotros pasaréis, y poseeréis aquella buena tierra.
Porque Jehová tu Dios es fuego que consume, Dios celoso.
Y serviréis allí á dioses hechos de manos de hombres, á madera y á piedra, que no ven, ni oyen, ni comen, ni huelen.
Esta, pues, es la ley que Moisés propuso delante de los hijos de Israel.
Jehová nuestro Dios hizo pacto con nosotros en Horeb.
No con nuestros padres hizo Jehová este pacto, sino con nosotros todos los que estamos aquí hoy vivos.
Yo soy Jehová tu Dios, que te saqué de tierra de Egipto, de casa de siervos.
Seis días trabajarás y harás toda tu obra:
Oye, Israel: Jehová nuestro Dios, Jehová uno es:
Y amarás á Jehová tu Dios de todo tu corazón, y de toda tu alma, y con todo tu poder.
Y estas palabras que yo te mando hoy, estarán sobre tu corazón:
Y has de atarlas por señal en tu mano, y estarán por frontales entre tus ojos:
Guárdate que no te olvides de Jehová, que te sacó de tierra de Egipto, de casa de siervos.
A Jehová tu Dios temerás, y á él servirás, y por su nombre jurarás.
Entonces dirás á tu hijo: Nosotros éramos siervos de Faraón en Egipto, y Jehová nos sacó de Egipto con mano fuerte;
No desmayes delante de ellos, que Jehová tu Dios está en medio de ti, Dios grande y terrible.
Tu vestido nunca se envejeció sobre ti, ni el pie se te ha hinchado por estos cuarenta años.
Reconoce asimismo en tu corazón, que como castiga el hombre á su hijo, así Jehová tu Dios te castiga.
Guardarás, pues, los mandamientos de Jehová tu Dios, andando en sus caminos, y temiéndolo.
Y comerás y te hartarás, y bendecirás á Jehová tu Dios por la buena tierra que te habrá dado.
Y en Horeb provocasteis á ira á Jehová, y enojóse Jehová contra vosotros para destruiros.
Y hablóme Jehová, diciendo: He visto ese pueblo, y he aquí, que él es pueblo duro de cerviz:
Entonces tomé las dos tablas, y arrojélas de mis dos manos, y quebrélas delante de vuestros ojos.
Contra Aarón también se enojó Jehová en gran manera para destruirlo: y también oré por Aarón entonces.
También en Tabera, y en Massa, y en Kibroth-hataavah, enojasteis á Jehová.
Rebeldes habéis sido á Jehová desde el día que yo os conozco.
Y ellos son tu pueblo y tu heredad, que sacaste con tu gran fortaleza y con tu brazo extendido.
De allí partieron á Gudgod, y de Gudgod á Jotbath, tierra de arroyos de aguas.
He aquí, de Jehová tu Dios son los cielos, y los cielos de los cielos: la tierra, y todas las cosas que hay en ella.
Circuncidad pues el prepucio de vuestro corazón, y no endurezcáis más vuestra cerviz.
Que hace justicia al huérfano y á la viuda; que ama también al extranjero dándole pan y vestido.
Amaréis pues al extranjero: porque extranjeros fuisteis vosotros en tierra de Egipto.
A Jehová tu Dios temerás, á él servirás, á él te allegarás, y por su nombre jurarás.
El es tu alabanza, y él es tu Dios, que ha hecho contigo estas grandes y terribles cosas que tus ojos han visto.
Y lo que ha hecho con vosotros en el desierto, hasta que habéis llegado á este lugar;
Mas vuestros ojos han visto todos los grandes hechos que Jehová ha ejecutado.
Daré también hierba en tu campo para tus bestias; y comerás, y te hartarás.
Guardaos, pues, que vuestro corazón no se infatúe, y os apartéis, y sirváis á dioses ajenos, y os inclinéis á ellos;
Y las escribirás en los postes de tu casa, y en tus portadas:
He aquí yo pongo hoy delante de vosotros la bendición y la maldición:
La bendición, si oyereis los mandamientos de Jehová vuestro Dios, que yo os prescribo hoy;
Cuidaréis, pues, de poner por obra todos los estatutos y derechos que yo presento hoy delante de vosotros.
No haréis así á Jehová vuestro Dios.
Porque aun hasta ahora no habéis entrado al reposo y á la heredad que os da Jehová vuestro Dios.
Guárdate, que no ofrezcas tus holocaustos en cualquier lugar que vieres;
Salvo que sangre no comeréis; sobre la tierra la derramaréis como agua.
Ten cuidado de no desamparar al Levita en todos tus días sobre tu tierra.
Lo mismo que se come el corzo y el ciervo, así las comerás: el inmundo y el limpio comerán también de ellas.
Cuidaréis de hacer todo lo que yo os mando: no añadirás á ello, ni quitarás de ello.
Para que todo Israel oiga, y tema, y no tornen á hacer cosa semejante á esta mala cosa en medio de ti.
Nada abominable comerás.
Y todo animal de pezuñas, que tiene hendidura de dos uñas, y que rumiare entre los animales, ese comeréis.
Esto comeréis de todo lo que está en el agua: todo lo que tiene aleta y escama comeréis;
Mas todo lo que no tuviere aleta y escama, no comeréis: inmundo os será.
Toda ave limpia comeréis.
Indispensablemente diezmarás todo el producto de tu simiente, que rindiere el campo cada un año.
Y no desampararás al Levita que habitare en tus poblaciones; porque no tiene parte ni heredad contigo.
Al cabo de siete años harás remisión.
Del extranjero demandarás el reintegro: mas lo que tu hermano tuviere tuyo, lo perdonará tu mano;
Mas abrirás á él tu mano liberalmente, y en efecto le prestarás lo que basta, lo que hubiere menester.
Y cuando lo despidieres libre de ti, no lo enviarás vacío:
En tus poblaciones lo comerás: el inmundo lo mismo que el limpio comerán de él, como de un corzo ó de un ciervo.
No podrás sacrificar la pascua en ninguna de tus ciudades, que Jehová tu Dios te da;
Y acuérdate que fuiste siervo en Egipto; por tanto guardarás y cumplirás estos estatutos.
Y todo el pueblo oirá, y temerá, y no se ensoberbecerán más.
No tendrán, pues, heredad entre sus hermanos: Jehová es su heredad, como él les ha dicho.
Ministrará al nombre de Jehová su Dios, como todos sus hermanos los Levitas que estuvieren allí delante de Jehová.
Porción como la porción de los otros comerán, además de sus patrimonios.
Perfecto serás con Jehová tu Dios.
Profeta de en medio de ti, de tus hermanos, como yo, te levantará Jehová tu Dios: á él oiréis:
No le perdonará tu ojo: y quitarás de Israel la sangre inocente, y te irá bien.
Haréis á él como él pensó hacer á su hermano: y quitarás el mal de en medio de ti.
Y no perdonará tu ojo: vida por vida, ojo por ojo, diente por diente, mano por mano, pie por pie.
Cuando te acercares á una ciudad para combatirla, le intimarás la paz.
Luego que Jehová tu Dios la entregare en tu mano, herirás á todo varón suyo á filo de espada.
Entonces tus ancianos y tus jueces saldrán y medirán hasta las ciudades que están alrededor del muerto:
No ararás con buey y con asno juntamente.
No te vestirás de mistura, de lana y lino juntamente.
Hacerte has flecos en los cuatro cabos de tu manto con que te cubrieres.
Y dirá el padre de la moza á los ancianos: Yo dí mi hija á este hombre por mujer, y él la aborrece;
Porque él la halló en el campo: dió voces la moza desposada, y no hubo quien la valiese.
No tomará alguno la mujer de su padre, ni descubrirá el regazo de su padre.
No entrará en la congregación de Jehová el que fuere quebrado, ni el castrado.
Cuando salieres á campaña contra tus enemigos, guárdate de toda cosa mala.
Y tendrás un lugar fuera del real, y saldrás allá fuera;
No entregarás á su señor el siervo que se huyere á ti de su amo:
No habrá ramera de las hijas de Israel, ni habrá sodomítico de los hijos de Israel.
Mas cuando te abstuvieres de prometer, no habrá en ti pecado.
No tomarás en prenda la muela de molino, ni la de abajo ni la de arriba: porque sería prendar la vida.
Cuando dieres á tu prójimo alguna cosa emprestada, no entrarás en su casa para tomarle prenda:
Fuera estarás, y el hombre á quien prestaste, te sacará afuera la prenda.
Y si fuere hombre pobre, no duermas con su prenda:
No torcerás el derecho del peregrino y del huérfano; ni tomarás por prenda la ropa de la viuda:
Y su nombre será llamado en Israel: La casa del descalzado.
La cortarás entonces la mano, no la perdonará tu ojo.
No tendrás en tu bolsa pesa grande y pesa chica.
No tendrás en tu casa epha grande y epha pequeño.
Y el sacerdote tomará el canastillo de tu mano, y pondrálo delante del altar de Jehová tu Dios.
Y los Egipcios nos maltrataron, y nos afligieron, y pusieron sobre nosotros dura servidumbre.
Y mandó Moisés, con los ancianos de Israel, al pueblo, diciendo: Guardaréis todos los mandamientos que yo prescribo hoy.
Oirás pues la voz de Jehová tu Dios, y cumplirás sus mandamientos y sus estatutos, que yo te ordeno hoy.
Y estos estarán para pronunciar la maldición en el de Ebal: Rubén, Gad, y Aser, y Zabulón, Dan, y Nephtalí.
Maldito el que deshonrare á su padre ó á su madre. Y dirá todo el pueblo: Amén.
Maldito el que hiciere errar al ciego en el camino. Y dirá todo el pueblo: Amén.
Maldito el que se echare con su suegra. Y dirá todo el pueblo: Amén.
Maldito el que recibiere don para herir de muerte al inocente. Y dirá todo el pueblo: Amén.
Y vendrán sobre ti todas estas bendiciones, y te alcanzarán, cuando oyeres la voz de Jehová tu Dios.
Bendito serás tú en la ciudad, y bendito tú en el campo.
Bendito tu canastillo y tus sobras.
Maldito serás tu en la ciudad, y maldito en el campo.
Maldito serás en tu entrar, y maldito en tu salir.
Dará Jehová por lluvia á tu tierra polvo y ceniza: de los cielos descenderán sobre ti hasta que perezcas.
Jehová te herirá con locura, y con ceguedad, y con pasmo de corazón.
Y enloquecerás á causa de lo que verás con tus ojos.
Y serás por pasmo, por ejemplo y por fábula, á todos los pueblos á los cuales te llevará Jehová.
Hijos é hijas engendrarás, y no serán para ti; porque irán en cautiverio.
El extranjero que estará en medio de ti subirá sobre ti muy alto, y tú serás puesto muy bajo.
El te prestará á ti, y tú no prestarás á él: él será por cabeza, y tú serás por cola.
Y serán en ti por señal y por maravilla, y en tu simiente para siempre.
Y hará volver sobre ti todos los males de Egipto, delante de los cuales temiste, y se te pegarán.
Y tendrás tu vida como colgada delante de ti, y estarás temeroso de noche y de día, y no confiarás de tu vida.
Las pruebas grandes que vieron tus ojos, las señales, y las grandes maravillas.
Guardaréis, pues, las palabras de este pacto, y las pondréis por obra, para que prosperéis en todo lo que hiciereis.
Dirán, pues, todas las gentes: ¿Por qué hizo Jehová esto á esta tierra? ¿qué ira es ésta de tan gran furor?
Y pondrá Jehová tu Dios todas estas maldiciones sobre tus enemigos, y sobre tus aborrecedores que te persiguieron.
Y tú volverás, y oirás la voz de Jehová, y pondrás por obra todos sus mandamientos, que yo te intimo hoy.
Porque este mandamiento que yo te intimo hoy, no te es encubierto, ni está lejos:
Porque muy cerca de ti está la palabra, en tu boca y en tu corazón, para que la cumplas.
Mira, yo he puesto delante de ti hoy la vida y el bien, la muerte y el mal:
Y Moisés escribió este cántico aquel día, y enseñólo á los hijos de Israel.
Entonces habló Moisés en oídos de toda la congregación de Israel las palabras de este cántico hasta acabarlo.
Escuchad, cielos, y hablaré; y oiga la tierra los dichos de mi boca.
Porque el nombre de Jehová invocaré: engrandeced á nuestro Dios.
Porque la parte de Jehová es su pueblo; Jacob la cuerda de su heredad.
Jehová solo le guió, que no hubo con él dios ajeno.
Despertáronle á celos con los dioses ajenos; ensañáronle con abominaciones.
De la Roca que te crió te olvidaste: te has olvidado del Dios tu criador.
Y viólo Jehová, y encendióse en ira, por el menosprecio de sus hijos y de sus hijas.
Yo allegaré males sobre ellos; emplearé en ellos mis saetas.
Que la roca de ellos no es como nuestra Roca: y nuestros enemigos sean de ello jueces.
Veneno de dragones es su vino, y ponzoña cruel de áspides.
Y acabó Moisés de recitar todas estas palabras á todo Israel;
Y esta es la bendición con la cual bendijo Moisés varón de Dios á los hijos de Israel, antes que muriese.
Ley nos mandó Moisés, heredad á la congregación de Jacob.
Viva Rubén, y no muera; y sean sus varones en número.
Y á Zabulón dijo: Alégrate, Zabulón, cuando salieres: y tú, Issachâr, en tus tiendas.
Y á Dan dijo: Dan, cachorro de león: saltará desde Basán.
Hierro y metal tu calzado, y como tus días tu fortaleza.
No hay como el Dios de Jeshurun, montado sobre los cielos para tu ayuda, y sobre las nubes con su grandeza.
E Israel, fuente de Jacob, habitará confiado solo en tierra de grano y de vino: también sus cielos destilarán rocío.
Y la parte meridional, y la campiña, la vega de Jericó, ciudad de las palmas, hasta Soar.
Y enterrólo en el valle, en tierra de Moab, enfrente de Bethpeor; y ninguno sabe su sepulcro hasta hoy.
Y era Moisés de edad de ciento y veinte años cuando murió: sus ojos nunca se oscurecieron, ni perdió su vigor.
Y en toda aquella mano esforzada, y en todo el espanto grande que causó Moisés á ojos de todo Israel.
Y ellos le dijeron: Nosotros seremos desobligados de este juramento con que nos has conjurado.
Y Josué dijo al pueblo: Santificaos, porque Jehová hará mañana entre vosotros maravillas.
Y Josué dijo á los hijos de Israel: Llegaos acá, y escuchad las palabras de Jehová vuestro Dios.
He aquí, el arca del pacto del Señoreador de toda la tierra pasa el Jordán delante de vosotros.
Tomad, pues, ahora doce hombres de las tribus de Israel, de cada tribu uno.
Manda á los sacerdotes que llevan el arca del testimonio, que suban del Jordán.
Y Josué erigió en Gilgal las doce piedras que habían traído del Jordán.
Declararéis á vuestros hijos, diciendo: Israel pasó en seco por este Jordán.
Y Josué se hizo cuchillos afilados, y circuncidó á los hijos de Israel en el monte de los prepucios.
Y cuando hubieron acabado de circuncidar toda la gente, quedáronse en el mismo lugar en el campo, hasta que sanaron.
Empero Jericó estaba cerrada, bien cerrada, á causa de los hijos de Israel: nadie entraba, ni salía.
Mas Jehová dijo á Josué: Mira, yo he entregado en tu mano á Jericó y á su rey, con sus varones de guerra.
Cercaréis pues la ciudad todos los hombres de guerra, yendo alrededor de la ciudad una vez: y esto haréis seis días.
Y dijo al pueblo: Pasad, y rodead la ciudad; y los que están armados pasarán delante del arca de Jehová.
El arca pues de Jehová dió una vuelta alrededor de la ciudad, y viniéronse al real, en el cual tuvieron la noche.
Y Josué se levantó de mañana, y los sacerdotes tomaron el arca de Jehová.
Fué pues Jehová con Josué, y su nombre se divulgó por toda la tierra.
¡Ay Señor! ¿qué diré, ya que Israel ha vuelto las espaldas delante de sus enemigos?
Y Jehová dijo á Josué: Levántate; ¿por qué te postras así sobre tu rostro?
Josué, pues, levantándose de mañana, hizo allegar á Israel por sus tribus; y fué tomada la tribu de Judá;
Y Achân respondió á Josué, diciendo: Verdaderamente yo he pecado contra Jehová el Dios de Israel, y he hecho así y así:
Entonces Josué y todo Israel, haciéndose vencidos, huyeron delante de ellos por el camino del desierto.
Y no quedó hombre en Hai y Beth-el, que no saliera tras de Israel; y por seguir á Israel dejaron la ciudad abierta.
Y tomaron vivo al rey de Hai, y trajéronle á Josué.
Y Josué quemó á Hai y redújola á un montón perpetuo, asolado hasta hoy.
Juntáronse á una, de un acuerdo, para pelear contra Josué é Israel.
Y ellos respondieron á Josué: Nosotros somos tus siervos. Y Josué les dijo: ¿Quién sois vosotros y de dónde venís?
Ahora pues, henos aquí en tu mano: lo que te pareciere bueno y recto hacer de nosotros, hazlo.
Y subió Josué de Gilgal, él y todo el pueblo de guerra con él, y todos los hombres valientes.
Y Josué vino á ellos de repente, toda la noche subió desde Gilgal.
Y Josué, y todo Israel con él, volvíase al campo en Gilgal.
Pero los cinco reyes huyeron, y se escondieron en una cueva en Maceda.
Entonces Josué dijo: Rodad grandes piedras á la boca de la cueva, y poned hombres junto á ella que los guarden;
Entonces dijo Josué: Abrid la boca de la cueva, y sacadme de ella á estos cinco reyes.
Y de Maceda pasó Josué, y todo Israel con él, á Libna; y peleó contra Libna:
E hiriólos Josué desde Cades-barnea hasta Gaza, y toda la tierra de Gosén hasta Gabaón.
Todos estos reyes se juntaron, y viniendo reunieron los campos junto á las aguas de Merom, para pelear contra Israel.
Y Josué hizo con ellos como Jehová le había mandado: desjarretó sus caballos, y sus carros quemó al fuego.
Empero todas las ciudades que estaban en sus cabezos, no las quemó Israel, sacando á sola Asor, la cual quemó Josué.
Por muchos días tuvo guerra Josué con estos reyes.
El rey de Jericó, uno: el rey de Hai, que está al lado de Beth-el, otro:
El rey de Jarmuth, otro: el rey de Lachîs, otro:
El rey de Eglón, otro: el rey de Gezer, otro:
El rey de Libna, otro: el rey de Adullam, otro:
El rey de Maceda, otro: el rey de Beth-el, otro:
El rey de Tappua, otro: el rey de Hepher, otro:
El rey de Simrom-meron, otro: el rey de Achsaph, otro:
El rey de Taanach, otro: el rey de Megiddo, otro:
El rey de Tirsa, otro: treinta y un reyes en todo.
Parte, pues, tú ahora esta tierra en heredad á las nueve tribus, y á la media tribu de Manasés.
Y todas las ciudades de Sehón rey de los Amorrheos, el cual reinó en Hesbón, hasta los términos de los hijos de Ammón;
Dió, pues, Moisés á la tribu de los hijos de Rubén conforme á sus familias:
Dió asimismo Moisés á la tribu de Gad, á los hijos de Gad, conforme á sus familias.
Y desde Hesbón hasta Ramathmispe, y Betonim; y desde Mahanaim hasta el término de Debir:
Esta es la herencia de los hijos de Gad, por sus familias, estas ciudades con sus villas.
Esto es lo que Moisés repartió en heredad en los llanos de Moab, de la otra parte del Jordán de Jericó, al oriente.
Josué entonces le bendijo, y dió á Caleb hijo de Jephone á Hebrón por heredad.
Y su término de la parte del mediodía fué desde la costa del mar Salado, desde la lengua que mira hacia el mediodía;
De aquí subió á los que moraban en Debir: y el nombre de Debir era antes Chîriath-sepher.
Y dijo Caleb: Al que hiriere á Chîriath-sepher, y la tomare, yo le daré á mi hija Axa por mujer.
Y tomóla Othoniel, hijo de Cenez, hermano de Caleb; y él le dió por mujer á su hija Axa.
Esta pues es la herencia de la tribu de los hijos de Judá por sus familias.
Y Saraim, y Adithaim, y Gedera, y Gederothaim; catorce ciudades con sus aldeas.
Y Gederoh, Beth-dagón, y Naama, y Maceda; dieciséis ciudades con sus aldeas.
Y Ceila, y Achzib, y Maresa; nueve ciudades con sus aldeas.
Ecrón con sus villas y sus aldeas:
Desde Ecrón hasta la mar, todas las que están á la costa de Asdod con sus aldeas.
Y Humta, y Chîriath-arba, que es Hebrón, y Sior; nueve ciudades con sus aldeas.
Chîriath-baal, que es Chîriath-jearim, y Rabba; dos ciudades con sus aldeas.
Y Nibsan, y la ciudad de la sal, y Engedi; seis ciudades con sus aldeas.
Recibieron pues heredad los hijos de José, Manasés y Ephraim.
Y la tierra de Tappua fué de Manasés; pero Tappua, que está junto al término de Manasés, es de los hijos de Ephraim.
Mas habían quedado en los hijos de Israel siete tribus, á las cuales aun no habían repartido su posesión.
Y pasa al lado que está delante de la campiña del norte, y desciende á los llanos:
Y Cephar-hammonai, Ophni, y Gaba; doce ciudades con sus aldeas:
Y pasando de allí hacia el lado oriental á Gith-hepher y á Itta-kazin, sale á Rimmón rodeando á Nea;
Y abraza Catah, y Naalal, y Simrón, é Ideala, y Beth-lehem; doce ciudades con sus aldeas.
Y Rameth, y En-gannim, y En-hadda y Beth-passes;
Y salió la quinta suerte por la tribu de los hijos de Aser por sus familias.
Y abraza á Hebrón, y Rehob, y Hammón, y Cana, hasta la gran Sidón;
Abraza también Umma, y Aphec, y Rehob: veinte y dos ciudades con sus aldeas.
Y fué su término desde Heleph, y Allón-saananim, y Adami-neceb, y Jabneel, hasta Lacum; y sale al Jordán;
E Irón, y Migdalel, y Horem, y Beth-anath, y Beth-semes: diez y nueve ciudades con sus aldeas.
La séptima suerte salió por la tribu de los hijos de Dan por sus familias.
Mas el campo de aquesta ciudad y sus aldeas dieron á Caleb hijo de Jephone, por su posesión.
A Anathoth con sus ejidos, á Almón con sus ejidos: cuatro villas.
Y á Kibsaim con sus ejidos, y á Beth-oron con sus ejidos: cuatro villas:
A Ayalón con sus ejidos, á Gath-rimmón con sus ejidos: cuatro villas:
Y de la media tribu de Manasés, á Taanach con sus ejidos, y á Gath-rimmón con sus ejidos: dos villas.
A Helchâth con sus ejidos, y á Rehob con sus ejidos: cuatro villas:
Todas las villas de los Gersonitas por sus familias fueron trece villas con sus ejidos.
Dimna con sus ejidos, Naalal con sus ejidos: cuatro villas:
A Cedemoth con sus ejidos, y Mephaat con sus ejidos: cuatro villas:
Hesbón con sus ejidos, y Jacer con sus ejidos: cuatro villas.
Así dió Jehová á Israel toda la tierra que había jurado dar á sus padres; y poseyéronla, y habitaron en ella.
Mas á Jehová vuestro Dios os allegaréis, como habéis hecho hasta hoy;
Un varón de vosotros perseguirá á mil: porque Jehová vuestro Dios pelea por vosotros, como él os dijo.
Mas yo no quise escuchar á Balaam, antes os bendijo repetidamente, y os libré de sus manos.
Entonces el pueblo respondió, y dijo: Nunca tal acontezca, que dejemos á Jehová por servir á otros dioses:
El pueblo entonces dijo á Josué: No, antes á Jehová serviremos.
Y el pueblo respondió á Josué: A Jehová nuestro Dios serviremos, y á su voz obedeceremos.
Entonces Josué hizo alianza con el pueblo el mismo día, y púsole ordenanzas y leyes en Sichêm.
Y envió Josué al pueblo, cada uno á su heredad.
Y después de estas cosas murió Josué, hijo de Nun, siervo de Jehová, siendo de ciento y diez años.
Y hallaron á Adoni-bezec en Bezec, y pelearon contra él: é hirieron al Cananeo y al Pherezeo.
Y dijo Caleb: El que hiriere á Chîriath-sepher, y la tomare, yo le daré á Axa mi hija por mujer.
Y tomóla Othoniel hijo de Cenez, hermano menor de Caleb: y él le dió á Axa su hija por mujer.
Tomó también Judá á Gaza con su término, y á Ascalón con su término, y á Ecrón con su término.
Y dieron Hebrón á Caleb, como Moisés había dicho: y él echó de allí tres hijos de Anac.
También los de la casa de José subieron á Beth-el; y fué Jehová con ellos.
Tampoco Ephraim echó al Cananeo que habitaba en Gezer; antes habitó el Cananeo en medio de ellos en Gezer.
Y murió Josué hijo de Nun, siervo de Jehová, siendo de ciento y diez años.
Mas Jehová suscitó jueces que los librasen de mano de los que los despojaban.
Tampoco yo echaré más de delante de ellos á ninguna de aquestas gentes que dejó Josué cuando murió;
Y tomaron de sus hijas por mujeres, y dieron sus hijas á los hijos de ellos, y sirvieron á sus dioses.
Y reposó la tierra cuarenta años; y murió Othoniel, hijo de Cenez.
Y sirvieron los hijos de Israel á Eglón rey de los Moabitas diez y ocho años.
Y Aod se había hecho un puñal de dos filos, de un codo de largo; y ciñósele debajo de sus vestidos á su lado derecho.
Y presentó el presente á Eglón rey de Moab; y era Eglón hombre muy grueso.
Mas Aod metió su mano izquierda, y tomó el puñal de su lado derecho, y metióselo por el vientre;
Y saliendo Aod al patio, cerró tras sí las puertas de la sala.
Mas los hijos de Israel tornaron á hacer lo malo en ojos de Jehová, después de la muerte de Aod.
Y Barac le respondió: Si tú fueres conmigo, yo iré: pero si no fueres conmigo, no iré.
Y juntó Barac á Zabulón y á Nephtalí en Cedes, y subió con diez mil hombres á su mando, y Débora subió con él.
Porque ha vengado las injurias de Israel, porque el pueblo se ha ofrecido de su voluntad, load á Jehová.
Los montes se derritieron delante de Jehová, aqueste Sinaí, delante de Jehová Dios de Israel.
Las aldeas habían cesado en Israel, habían decaído; hasta que yo Débora me levanté, me levanté madre en Israel.
En escogiendo nuevos dioses, la guerra estaba á las puertas: ¿se veía escudo ó lanza entre cuarenta mil en Israel?
Mi corazón está por los príncipes de Israel, los que con buena voluntad se ofrecieron entre el pueblo: load á Jehová.
El pueblo de Zabulón expuso su vida á la muerte, y Nephtalí en las alturas del campo.
Barriólos el torrente de Cisón, el antiguo torrente, el torrente de Cisón. Hollaste, oh alma mía, con fortaleza.
Despalmáronse entonces las uñas de los caballos por las arremetidas, por los brincos de sus valientes.
Bendita sea entre las mujeres Jael, mujer de Heber Cineo; sobre las mujeres bendita sea en la tienda.
Cayó encorvado entre sus pies, quedó tendido: entre sus pies cayó encorvado; donde se encorvó, allí cayó muerto.
Pues como los de Israel habían sembrado, subían los Madianitas, y Amalecitas, y los orientales: subían contra ellos;
Era pues Israel en gran manera empobrecido por los Madianitas; y los hijos de Israel clamaron á Jehová.
Y el ángel de Jehová se le apareció, y díjole: Jehová es contigo, varón esforzado.
Y Jehová le dijo: Porque yo seré contigo, y herirás á los Madianitas como á un solo hombre.
Y él respondió: Yo te ruego, que si he hallado gracia delante de ti, me des señal de que tú has hablado conmigo.
Y aquella noche lo hizo Dios así: porque la sequedad fué sólo en el vellón, y en toda la tierra estuvo el rocío.
Y estuviéronse en sus lugares en derredor del campo: y todo el campo fué alborotado, y huyeron gritando.
Y vino Gedeón al Jordán para pasar, él y los trescientos hombres que traía consigo, cansados del alcance.
Y él habló también á los de Penuel, diciendo: Cuando yo tornare en paz, derribaré esta torre.
Y Gedeón hijo de Joas volvió de la batalla antes que el sol subiese;
Mas Gedeón respondió: No seré señor sobre vosotros, ni mi hijo os señoreará: Jehová será vuestro Señor.
Y tuvo Gedeón setenta hijos que salieron de su muslo, porque tuvo muchas mujeres.
Y su concubina que estaba en Sichêm, también le parió un hijo; y púsole por nombre Abimelech.
Y dijeron los árboles á la higuera: Anda tú, reina sobre nosotros.
Dijeron luego los árboles á la vid: Pues ven tú, reina sobre nosotros.
Dijeron entonces todos los árboles al escaramujo: Anda tú, reina sobre nosotros.
Y Gaal hijo de Ebed vino con sus hermanos, y pasáronse á Sichêm: y los de Sichêm se confiaron en él.
Y Zebul asistente de la ciudad, oyendo las palabras de Gaal hijo de Ebed, encendióse su ira;
Levántate pues ahora de noche, tú y el pueblo que está contigo, y pon emboscada en el campo:
Y Gaal salió delante de los de Sichêm, y peleó contra Abimelech.
Mas persiguiólo Abimelech, delante del cual él huyó; y cayeron heridos muchos hasta la entrada de la puerta.
Y fué dicho á Abimelech como todos los de la torre de Sichêm estaban reunidos.
Después Abimelech se fué á Thebes; y puso cerco á Thebes, y tomóla.
Y vino Abimelech á la torre, y combatiéndola, llegóse á la puerta de la torre para pegarle fuego.
Así pues pagó Dios á Abimelech el mal que hizo contra su padre matando á sus setenta hermanos.
Tras él se levantó Jair, Galaadita, el cual juzgó á Israel veintidós años.
Mas vosotros me habéis dejado, y habéis servido á dioses ajenos: por tanto, yo no os libraré más.
Andad, y clamad á los dioses que os habéis elegido, que os libren en el tiempo de vuestra aflicción.
Y dijeron á Jephté: Ven, y serás nuestro capitán, para que peleemos con los hijos de Ammón.
Para decirle: Jephté ha dicho así: Israel no tomó tierra de Moab, ni tierra de los hijos de Ammón:
Mas el rey de los hijos de Ammón no atendió las razones de Jephté que le envió.
Pasó pues Jephté á los hijos de Ammón para pelear contra ellos; y Jehová los entregó en su mano.
Después de él juzgó á Israel Ibzan de Beth-lehem;
Y murió Elón, Zabulonita, y fué sepultado en Ajalón en la tierra de Zabulón.
Entonces dijo Manoa al ángel de Jehová: ¿Cómo es tu nombre, para que cuando se cumpliere tu palabra te honremos?
Y el ángel de Jehová respondió: ¿Por qué preguntas por mi nombre, que es oculto?
Y el espíritu de Jehová comenzó á manifestarse en él en los campamentos de Dan, entre Sora y Esthaol.
Vino pues su padre á la mujer, y Samsón hizo allí banquete; porque así solían hacer los mancebos.
Y Samsón les respondió: Yo seré sin culpa esta vez para con los Filisteos, si mal les hiciere.
E hiriólos pierna y muslo con gran mortandad; y descendió, y fijóse en la cueva de la peña de Etam.
Y hallando una quijada de asno fresca, extendió la mano y tomóla, é hirió con ella á mil hombres.
Entonces Samsón dijo: con la quijada de un asno, un montón, dos montones; con la quijada de un asno herí mil hombres.
Y juzgó á Israel en días de los Filisteos veinte años.
Después de esto aconteció que se enamoró de una mujer en el valle de Sorec, la cual se llamaba Dalila.
Y aconteció que, apretándole ella cada día con sus palabras é importunándole, su alma fué reducida á mortal angustia.
Y el cabello de su cabeza comenzó á crecer, después que fué rapado.
Acordó pues el Levita en morar con aquel hombre, y él lo tenía como á uno de sus hijos.
Y Michâs consagró al Levita, y aquel joven le servía de sacerdote, y estaba en casa de Michâs.
Y el sacerdote les respondió: Id en paz, que vuestro viaje que hacéis es delante de Jehová.
Volviendo pues ellos á sus hermanos en Sora y Esthaol, sus hermanos les dijeron: ¿Qué hay? y ellos respondieron:
Y pasando de allí al monte de Ephraim, vinieron hasta la casa de Michâs.
Y alegróse el corazón del sacerdote; el cual tomando el ephod y el teraphim, y la imagen, vínose entre la gente.
Ven, lleguemos á uno de esos lugares, para tener la noche en Gabaa, ó en Rama.
Pasando pues, caminaron, y púsoseles el sol junto á Gabaa, que era de Benjamín.
Y metiéndolos en su casa, dió de comer á sus asnos; y ellos se lavaron los pies, y comieron y bebieron.
Hasta que hagamos esto sobre Gabaa: que echemos suertes contra ella;
Y los varones de Israel habían jurado en Mizpa, diciendo: Ninguno de nosotros dará su hija á los de Benjamín por mujer.
Y los hijos de Israel se arrepintieron á causa de Benjamín su hermano, y dijeron: Una tribu es hoy cortada de Israel.
Porque el pueblo fué contado, y no hubo allí varón de los moradores de Jabes-galaad.
Mas haréis de esta manera: mataréis á todo varón, y á toda mujer que hubiere conocido ayuntamiento de varón.
En estos días no había rey en Israel: cada uno hacía lo recto delante de sus ojos.
Y murió Elimelech, marido de Noemi, y quedó ella con sus dos hijos;
Y murieron también los dos, Mahalón y Chelión, quedando así la mujer desamparada de sus dos hijos y de su marido.
Y dijéronle: Ciertamente nosotras volveremos contigo á tu pueblo.
Y Noemi dijo: He aquí tu cuñada se ha vuelto á su pueblo y á sus dioses; vuélvete tú tras ella.
Y ella les respondía: No me llaméis Noemi, sino llamadme Mara: porque en grande amargura me ha puesto el Todopoderoso.
Y Booz dijo á su criado el sobrestante de los segadores: ¿Cúya es esta moza?
Y díjole su suegra Noemi: Hija mía, ¿no te tengo de buscar descanso, que te sea bueno?
Y le respondió: Haré todo lo que tú me mandares.
Descendió pues á la era, é hizo todo lo que su suegra le había mandado.
Y ahora, aunque es cierto que yo soy pariente cercano, con todo eso hay pariente más cercano que yo.
Y dijo: Estas seis medidas de cebada me dió, diciéndome: Porque no vayas vacía á tu suegra.
Entonces él tomó diez varones de los ancianos de la ciudad, y dijo: Sentaos aquí. Y ellos se sentaron.
Entonces el pariente dijo á Booz: Tómalo tú. Y descalzó su zapato.
Y tomando Noemi el hijo, púsolo en su regazo, y fuéle su ama.
Mas á Anna daba una parte escogida; porque amaba á Anna, aunque Jehová había cerrado su matriz.
Y así hacía cada año: cuando subía á la casa de Jehová, enojaba así á la otra; por lo cual ella lloraba, y no comía.
Ella con amargura de alma oró á Jehová, y lloró abundantemente.
Y fué que como ella orase largamente delante de Jehová, Eli estaba observando la boca de ella.
Mas Anna hablaba en su corazón, y solamente se movían sus labios, y su voz no se oía; y túvola Eli por borracha.
Entonces le dijo Eli: ¿Hasta cuándo estarás borracha?; digiere tu vino.
Y Eli respondió, y dijo: Ve en paz, y el Dios de Israel te otorgue la petición que le has hecho.
Después subió el varón Elcana, con toda su familia, á sacrificar á Jehová el sacrificio acostumbrado, y su voto.
Y matando el becerro, trajeron el niño á Eli.
Y ella dijo: ¡Oh, señor mío! vive tu alma, señor mío, yo soy aquella mujer que estuvo aquí junto á ti orando á Jehová.
Por este niño oraba, y Jehová me dió lo que le pedí.
No hay santo como Jehová: porque no hay ninguno fuera de ti; y no hay refugio como el Dios nuestro.
Los arcos de los fuertes fueron quebrados, y los flacos se ciñeron de fortaleza.
Jehová mata, y él da vida: él hace descender al sepulcro, y hace subir.
Jehová empobrece, y él enriquece: abate, y ensalza.
Y Elcana se volvió á su casa en Ramatha; y el niño ministraba á Jehová delante del sacerdote Eli.
Mas los hijos de Eli eran hombres impíos, y no tenían conocimiento de Jehová.
No, hijos míos; porque no es buena fama la que yo oigo: que hacéis pecar al pueblo de Jehová.
Y el joven Samuel iba creciendo, y adelantando delante de Dios y delante de los hombres.
Y Jehová dijo á Samuel: He aquí haré yo una cosa en Israel, que á quien la oyere, le retiñirán ambos oídos.
Aquel día yo despertaré contra Eli todas las cosas que he dicho sobre su casa. En comenzando, acabaré también.
Llamando pues Eli á Samuel, díjole: Hijo mío, Samuel. Y él respondió: Heme aquí.
Y Samuel se lo manifestó todo, sin encubrirle nada. Entonces él dijo: Jehová es; haga lo que bien le pareciere.
Y Samuel creció, y Jehová fué con él, y no dejó caer á tierra ninguna de sus palabras.
Y conoció todo Israel desde Dan hasta Beer-sebah, que Samuel era fiel profeta de Jehová.
Así tornó Jehová á aparecer en Silo: porque Jehová se manifestó á Samuel en Silo con palabra de Jehová.
Y el arca de Dios fué tomada, y muertos los dos hijos de Eli, Ophni y Phinees.
Y tomaron los Filisteos el arca de Dios, y metiéronla en la casa de Dagón, y pusiéronla junto á Dagón.
Y los que no morían, eran heridos de hemorroides; y el clamor de la ciudad subía al cielo.
Y estuvo el arca de Jehová en la tierra de los Filisteos siete meses.
Luego pusieron el arca de Jehová sobre el carro, y la caja con los ratones de oro y con las formas de sus hemorroides.
Y dijeron los de Beth-semes: ¿Quién podrá estar delante de Jehová el Dios santo? ¿y á quién subirá desde nosotros?
Entonces los hijos de Israel quitaron á los Baales y á Astaroth, y sirvieron á solo Jehová.
Y saliendo los hijos de Israel de Mizpa, siguieron á los Filisteos, hiriéndolos hasta abajo de Beth-car.
Y juzgó Samuel á Israel todo el tiempo que vivió.
Y todos los años iba y daba vuelta á Beth-el, y á Gilgal, y á Mizpa, y juzgaba á Israel en todos estos lugares.
Volvíase después á Rama, porque allí estaba su casa, y allí juzgaba á Israel; y edificó allí altar á Jehová.
Y aconteció que habiendo Samuel envejecido, puso sus hijos por jueces sobre Israel.
Y descontentó á Samuel esta palabra que dijeron: Danos rey que nos juzgue. Y Samuel oró á Jehová.
Y dijo Samuel todas las palabras de Jehová al pueblo que le había pedido rey.
Tomará también vuestras hijas para que sean perfumadoras, cocineras, y amasadoras.
El diezmará vuestras simientes y vuestras viñas, para dar á sus eunucos y á sus siervos.
Dijo entonces Saúl á su criado: Bien dices; ea pues, vamos. Y fueron á la ciudad donde estaba el varón de Dios.
Y llegando Saúl á Samuel en medio de la puerta, díjole: Ruégote que me enseñes dónde está la casa del vidente.
Los cuales, luego que te hayan saludado, te darán dos panes, los que tomarás de manos de ellos.
Y cuando te hubieren sobrevenido estas señales, haz lo que te viniere á la mano, porque Dios es contigo.
Y cesó de profetizar, y llegó al alto.
Y dijo el tío de Saúl: Yo te ruego me declares qué os dijo Samuel.
Y el espíritu de Dios arrebató á Saúl en oyendo estas palabras, y encendióse en ira en gran manera.
Y contólos en Bezec; y fueron los hijos de Israel trescientos mil, y treinta mil los hombres de Judá.
Y Saúl dijo: No morirá hoy ninguno, porque hoy ha obrado Jehová salud en Israel.
Mas Samuel dijo al pueblo: Venid, vamos á Gilgal para que renovemos allí el reino.
Entonces dijeron: Nunca nos has calumniado, ni agraviado, ni has tomado algo de mano de ningún hombre.
Mas si perseverareis en hacer mal, vosotros y vuestro rey pereceréis.
Y la guarnición de los Filisteos salió al paso de Michmas.
Y Saúl dijo á Achîas: Trae el arca de Dios. Porque el arca de Dios estaba entonces con los hijos de Israel.
Así salvó Jehová á Israel aquel día. Y llegó el alcance hasta Beth-aven.
E hirieron aquel día á los Filisteos desde Michmas hasta Ajalón: mas el pueblo se cansó mucho.
Y Saúl dijo: Echad suerte entre mí y Jonathán mi hijo. Y fué tomado Jonathán.
Y Saúl respondió: Así me haga Dios y así me añada, que sin duda morirás, Jonathán.
Y Saúl dejó de seguir á los Filisteos; y los Filisteos se fueron á su lugar.
Y reunió un ejército, é hirió á Amalec, y libró á Israel de mano de los que le robaban.
Porque Cis padre de Saúl, y Ner padre de Abner, fueron hijos de Abiel.
Saúl pues juntó el pueblo, y reconociólos en Telaim, doscientos mil de á pie, y diez mil hombres de Judá.
Entonces dijo Samuel á Saúl: Déjame declararte lo que Jehová me ha dicho esta noche. Y él le respondió: Di.
¿Por qué pues no has oído la voz de Jehová, sino que vuelto al despojo, has hecho lo malo en los ojos de Jehová?
Y volviéndose Samuel para irse, él echó mano de la orla de su capa, y desgarróse.
Y también el Vencedor de Israel no mentirá, ni se arrepentirá: porque no es hombre para que se arrepienta.
Y volvió Samuel tras Saúl, y adoró Saúl á Jehová.
Fuése luego Samuel á Rama, y Saúl subió á su casa en Gabaa de Saúl.
Y llama á Isaí al sacrificio, y yo te enseñaré lo que has de hacer; y ungirme has al que yo te dijere.
Y aconteció que como ellos vinieron, él vió á Eliab, y dijo: De cierto delante de Jehová está su ungido.
Entonces llamó Isaí á Abinadab, é hízole pasar delante de Samuel, el cual dijo: Ni á éste ha elegido Jehová.
Hizo luego pasar Isaí á Samma. Y él dijo: Tampoco á éste ha elegido Jehová.
Y el espíritu de Jehová se apartó de Saúl, y atormentábale el espíritu malo de parte de Jehová.
Y los criados de Saúl le dijeron: He aquí ahora, que el espíritu malo de parte de Dios te atormenta.
Y Saúl respondió á sus criados: Buscadme pues ahora alguno que taña bien, y traédmelo.
Y Saúl envió mensajeros á Isaí, diciendo: Envíame á David tu hijo, el que está con las ovejas.
Y tomó Isaí un asno cargado de pan, y una vasija de vino y un cabrito, y enviólo á Saúl por mano de David su hijo.
Y viniendo David á Saúl, estuvo delante de él: y amólo él mucho, y fué hecho su escudero.
Y Saúl envió á decir á Isaí: Yo te ruego que esté David conmigo; porque ha hallado gracia en mis ojos.
Y oyendo Saúl y todo Israel estas palabras del Filisteo, conturbáronse, y tuvieron gran miedo.
Y Saúl y ellos y todos lo de Israel, estaban en el valle del Alcornoque, peleando con los Filisteos.
Porque así los Israelitas como los Filisteos estaban en ordenanza, escuadrón contra escuadrón.
Y todos los varones de Israel que veían aquel hombre, huían de su presencia, y tenían gran temor.
Y el pueblo le respondió las mismas palabras, diciendo: Así se hará al hombre que lo venciere.
Y apartándose de él hacia otros, habló lo mismo; y respondiéronle los del pueblo como primero.
Y dijo David á Saúl: No desmaye ninguno á causa de él; tu siervo irá y peleará con este Filisteo.
Y Saúl vistió á David de sus ropas, y puso sobre su cabeza un almete de acero, y armóle de coraza.
Y el Filisteo venía andando y acercándose á David, y su escudero delante de él.
Y dijo el Filisteo á David: ¿Soy yo perro para que vengas á mí con palos? Y maldijo á David por sus dioses.
Tornando luego los hijos de Israel de seguir los Filisteos, despojaron su campamento.
Y David tomó la cabeza del Filisteo, y trájola á Jerusalem, mas puso sus armas en su tienda.
Y Saúl le tomó aquel día, y no le dejó volver á casa de su padre.
E hicieron alianza Jonathán y David, porque él le amaba como á su alma.
Y cantaban las mujeres que danzaba, y decían: Saúl hirió sus miles, y David sus diez miles.
Y arrojó Saúl la lanza, diciendo: Enclavaré á David en la pared. Y dos veces se apartó de él David.
Mas Saúl se temía de David, por cuanto Jehová era con él, y se había apartado de Saúl.
Y viendo Saúl que se portaba tan prudentemente, temíase de él.
Mas Michâl la otra hija de Saúl amaba á David; y fué dicho á Saúl, lo cual plugo en sus ojos.
Y los criados de Saúl le dieron la respuesta diciendo: Tales palabras ha dicho David.
Y oyendo Saúl la voz de Jonathán, juró: Vive Jehová, que no morirá.
Dijo entonces David á Jonathán: ¿Quién me dará aviso? ó ¿qué si tu padre te respondiere ásperamente?
Y Jonathán dijo á David: Ven, salgamos al campo. Y salieron ambos al campo.
Así hizo Jonathán alianza con la casa de David, diciendo: Requiéralo Jehová de la mano de los enemigos de David.
Díjole luego Jonathán: Mañana es nueva luna, y tú serás echado de menos, porque tu asiento estará vacío.
Y yo tiraré tres saetas hacia aquel lado, como ejercitándome al blanco.
Mas si yo dijere al mozo así: He allí las saetas más allá de ti: vete, porque Jehová te ha enviado.
David pues se escondió en el campo, y venida que fué la nueva luna, sentóse el rey á comer pan.
Y Jonathán respondió á Saúl: David me pidió encarecidamente le dejase ir hasta Beth-lehem.
Luego dió Jonathán sus armas á su muchacho, y díjole: Vete y llévalas á la ciudad.
Ahora pues, ¿qué tienes á mano? dame cinco panes, ó lo que se hallare.
Y David puso en su corazón estas palabras, y tuvo gran temor de Achîs rey de Gath.
Trájolos pues á la presencia del rey de Moab, y habitaron con él todo el tiempo que David estuvo en la fortaleza.
El cual consultó por él á Jehová, y dióle provisión, y también le dió la espada de Goliath el Filisteo.
Y Abiathar notició á David como Saúl había muerto los sacerdotes de Jehová.
Y dieron aviso á David, diciendo: He aquí que los Filisteos combaten á Keila, y roban las eras.
Y aconteció que, huyendo Abiathar hijo de Ahimelech á David á Keila, vino también con él el ephod.
Mas entendiendo David que Saúl ideaba el mal contra él, dijo á Abiathar sacerdote: Trae el ephod.
Viendo pues David que Saúl había salido en busca de su alma, estábase él en el bosque en el desierto de Ziph.
Entonces se levantó Jonathán hijo de Saúl, y vino á David en el bosque, y confortó su mano en Dios.
Y entrambos hicieron alianza delante de Jehová: y David se quedó en el bosque, y Jonathán se volvió á su casa.
Y Saúl dijo: Benditos seáis vosotros de Jehová, que habéis tenido compasión de mí:
Entonces vino un mensajero á Saúl, diciendo: Ven luego, porque los Filisteos han hecho una irrupción en el país.
Como dice el proverbio de los antiguos: De los impíos saldrá la impiedad: así que mi mano no será contra ti.
Y oyó David en el desierto que Nabal esquilaba sus ovejas.
Y tornándose los criados de David, volviéronse por su camino, y vinieron y dijeron á David todas estas palabras.
Hannos sido por muro de día y de noche, todos los días que hemos estado con ellos apacentando las ovejas.
Y dijo á sus criados: Id delante de mí, que yo os seguiré luego. Y nada declaró á su marido Nabal.
Y ahora esta bendición que tu sierva ha traído á mi señor, dése á los criados que siguen á mi señor.
También tomó David á Ahinoam de Jezreel, y ambas á dos fueron sus mujeres.
Porque Saúl había dado su hija Michâl mujer de David, á Palti hijo de Lais, que era de Gallim.
David por tanto envió espías, y entendió por cierto que Saúl había venido.
Y pasando David de la otra parte, púsose desviado en la cumbre del monte, habiendo grande distancia entre ellos;
Y dijo: ¿Por qué persigue así mi señor á su siervo? ¿qué he hecho? ¿qué mal hay en mi mano?
Y David respondió, y dijo: He aquí la lanza del rey; pase acá uno de los criados, y tómela.
Levantóse pues David, y con los seiscientos hombres que tenía consigo pasóse á Achîs hijo de Maoch, rey de Gath.
Y Achîs le dió aquel día á Siclag. De aquí fué Siclag de los reyes de Judá hasta hoy.
Entoces Saúl le juró por Jehová, diciendo: Vive Jehová, que ningún mal te vendrá por esto.
Y lo trajo delante de Saúl y de sus criados; y luego que hubieron comido, se levantaron, y partieron aquella noche.
Vuélvete pues, y vete en paz; y no hagas lo malo en los ojos de los príncipes de los Filisteos.
Las dos mujeres de David, Ahinoam Jezreelita y Abigail la que fué mujer de Nabal del Carmelo, también eran cautivas.
Y desde aquel día en adelante fué esto puesto por ley y ordenanza en Israel, hasta hoy.
Y agravóse la batalla sobre Saúl, y le alcanzaron los flecheros; y tuvo gran temor de los flecheros.
Y viendo su escudero á Saúl muerto, él también se echó sobre su espada, y murió con él.
Y tomando sus huesos, sepultáronlos debajo de un árbol en Jabes, y ayunaron siete días.
Y preguntóle David: ¿De dónde vienes? Y él respondió: Heme escapado del campo de Israel.
Y dijo David á aquel mancebo que le daba las nuevas: ¿Cómo sabes que Saúl es muerto, y Jonathán su hijo?
Y él me dijo: ¿Quién eres tú? Y yo le respondí: Soy Amalecita.
Y díjole David: ¿Cómo no tuviste temor de extender tu mano para matar al ungido de Jehová?
Entonces llamó David uno de los mancebos, y díjole: Llega, y mátalo. Y él lo hirió, y murió.
¡Cómo han caído los valientes en medio de la batalla! ¡Jonathán, muerto en tus alturas!
¡Cómo han caído los valientes, y perecieron las armas de guerra!
Mas Abner hijo de Ner, general de ejército de Saúl, tomó á Is-boseth hijo de Saúl, é hízolo pasar al real:
Y alzólo por rey sobre Galaad, y sobre Gessuri, y sobre Jezreel, y sobre Ephraim, y sobre Benjamín, y sobre todo Israel.
Y Abner hijo de Ner salió de Mahanaim á Gabaón con los siervos de Is-boseth hijo de Saúl.
Y dijo Abner á Joab: Levántense ahora los mancebos, y maniobren delante de nosotros. Y Joab respondió: Levántense.
Y estaban allí los tres hijos de Sarvia: Joab, y Abisai, y Asael. Este Asael era suelto de pies como un corzo del campo.
El cual Asael siguió á Abner, yendo tras de él sin apartarse á diestra ni á siniestra.
Y juntáronse los hijos de Benjamín en un escuadrón con Abner, y paráronse en la cumbre del collado.
El cuarto, Adonías hijo de Haggith; el quinto, Saphatías hijo de Abital;
Entonces Is-boseth envió, y quitóla á su marido Paltiel, hijo de Lais.
Joab pues y Abisai su hermano mataron á Abner, porque él había muerto á Asael, hermano de ellos en la batalla de Gabaón.
Y endechando el rey al mismo Abner, decía: ¿Murió Abner como muere un villano?
Y todo el pueblo y todo Israel entendieron aquel día, que no había venido del rey que Abner hijo de Ner muriese.
Y el rey dijo á sus siervos: ¿No sabéis que ha caído hoy en Israel un príncipe, y grande?
Era David de treinta años cuando comenzó á reinar, y reinó cuarenta años.
Empero David tomó la fortaleza de Sión, la cual es la ciudad de David.
Y David moró en la fortaleza, y púsole por nombre la Ciudad de David: y edificó alrededor, desde Millo para adentro.
Y vinieron los Filisteos, y extendiéronse por el valle de Raphaim.
Y entristecióse David por haber herido Jehová á Uzza: y fué llamado aquel lugar Pérez-uzza, hasta hoy.
Y temiendo David á Jehová aquel día, dijo: ¿Cómo ha de venir á mí el arca de Jehová?
Y estuvo el arca de Jehová en casa de Obed-edom Getheo tres meses: y bendijo Jehová á Obed-edom y á toda su casa.
Y como los que llevaban el arca de Dios habían andado seis pasos, sacrificaban un buey y un carnero grueso.
Y Michâl hija de Saúl nunca tuvo hijos hasta el día de su muerte.
Dijo el rey al profeta Nathán: Mira ahora, yo moro en edificios de cedro, y el arca de Dios está entre cortinas.
Y Nathán dijo al rey: Anda, y haz todo lo que está en tu corazón, que Jehová es contigo.
Ve y di á mi siervo David: Así ha dicho Jehová: ¿Tú me has de edificar casa en que yo more?
El edificará casa á mi nombre, y yo afirmaré para siempre el trono de su reino.
Empero mi misericordia no se apartará de él, como la aparté de Saúl, al cual quité de delante de ti.
Y será afirmada tu casa y tu reino para siempre delante de tu rostro; y tu trono será estable eternalmente.
Conforme á todas estas palabras, y conforme á toda esta visión, así habló Nathán á David.
Porque tú te has confirmado á tu pueblo Israel por pueblo tuyo para siempre: y tú, oh Jehová, fuiste á ellos por Dios.
Ahora pues, Jehová Dios, tú eres Dios, y tus palabras serán firmes, ya que has dicho á tu siervo este bien.
Asimismo de Beta y de Beeroth, ciudades de Hadad-ezer, tomó el rey David gran copia de metal.
Y Benahía hijo de Joiada, era sobre los Ceretheos y Peletheos; y los hijos de David eran los príncipes.
Y dijo David: ¿Ha quedado alguno de la casa de Saúl, á quien haga yo misericordia por amor de Jonathán?
Y moraba Mephi-boseth en Jerusalem, porque comía siempre á la mesa del rey: y era cojo de ambos pies.
Después de esto aconteció, que murió el rey de los hijos de Ammón: y reinó en lugar suyo Hanún su hijo.
Y acercóse Joab, y el pueblo que con él estaba, para pelear con los Siros; mas ellos huyeron delante de él.
Y concibió la mujer, y enviólo á hacer saber á David, diciendo: Yo estoy embarazada.
Entonces David envió á decir á Joab: Envíame á Uría Hetheo. Y enviólo Joab á David.
Y como Uría vino á él, preguntóle David por la salud de Joab, y por la salud del pueblo, y asimismo de la guerra.
Mas Uría durmió á la puerta de la casa del rey con todos los siervos de su señor, y no descendió á su casa.
Venida la mañana, escribió David á Joab una carta, la cual envió por mano de Uría.
Así fué que cuando Joab cercó la ciudad, puso á Uría en el lugar donde sabía que estaban los hombres más valientes.
Y fué el mensajero, y llegando, contó á David todas las cosas á que Joab le había enviado.
Y oyendo la mujer de Uría que su marido Uría era muerto, hizo duelo por su marido.
Y que él debe pagar la cordera con cuatro tantos, porque hizo esta tal cosa, y no tuvo misericordia.
Porque tú lo hiciste en secreto; mas yo haré esto delante de todo Israel, y delante del sol.
Y Nathán se volvió á su casa. Y Jehová hirió al niño que la mujer de Uría había parido á David, y enfermó gravemente.
Entonces rogó David á Dios por el niño; y ayunó David, recogióse, y pasó la noche acostado en tierra.
Mas ahora que ya es muerto, ¿para qué tengo de ayunar? ¿podré yo hacerle volver? Yo voy á él, mas él no volverá á mí.
Que envió por mano de Nathán profeta, y llamó su nombre Jedidiah, á causa de Jehová.
Y Joab peleaba contra Rabba de los hijos de Ammón, y tomó la ciudad real.
Entonces envió Joab mensajeros á David, diciendo: Yo he peleado contra Rabba, y he tomado la ciudad de las aguas.
Y juntando David todo el pueblo, fué contra Rabba, y combatióla, y tomóla.
Y Amnón tenía un amigo que se llamaba Jonadab, hijo de Simea, hermano de David: y era Jonadab hombre muy astuto.
Y David envió á Thamar á su casa, diciendo: Ve ahora á casa de Amnón tu hermano, y hazle de comer.
Y como ella se las puso delante para que comiese, él trabó de ella, diciéndole: Ven, hermana mía acuéstate conmigo.
Y luego que el rey David oyó todo esto, fué muy enojado.
Y como Absalom lo importunase, dejó ir con él á Amnón y á todos los hijos del rey.
Y dijo Jonadab al rey: He allí los hijos del rey que vienen: es así como tu siervo ha dicho.
Mas Absalom huyó, y fuése á Talmai hijo de Amiud, rey de Gessur. Y David lloraba por su hijo todos los días.
Y el rey David deseó ver á Absalom: porque ya estaba consolado acerca de Amnón que era muerto.
Y entrando al rey, habla con él de esta manera. Y puso Joab las palabras en su boca.
Y el rey le dijo: ¿Qué tienes? Y ella respondió: Yo á la verdad soy una mujer viuda y mi marido es muerto.
Entonces el rey dijo á la mujer: Vete á tu casa, que yo mandaré acerca de ti.
Y el rey dijo: Al que hablare contra ti, tráelo á mí, que no te tocará más.
Y la mujer dijo: Ruégote que hable tu criada una palabra á mi señor el rey. Y él dijo: Habla.
Y estuvo Absalom por espacio de dos años en Jerusalem, y no vió la cara del rey.
Entonces Absalom le decía: Mira, tus palabras son buenas y justas: mas no tienes quien te oiga por el rey.
Y el rey le dijo: Ve en paz. Y él se levantó, y se fué á Hebrón.
Salió pues el rey con todo el pueblo que le seguía, y paráronse en un lugar distante.
Entonces Sadoc y Abiathar volvieron el arca de Dios á Jerusalem; y estuviéronse allá.
Y díjole David: Si pasares conmigo, serme has de carga;
Así se vino Husai amigo de David á la ciudad; y Absalom entró en Jerusalem.
Y decía Semei, maldiciéndole: Sal, sal, varón de sangres, y hombre de Belial:
Y el rey y todo el pueblo que con él estaba, llegaron fatigados, y descansaron allí.
Entonces dijo Absalom á Achitophel: Consultad qué haremos.
Esta razón pareció bien á Absalom y á todos los ancianos de Israel.
Y dijo Absalom: Llama también ahora á Husai Arachîta, para que asimismo oigamos lo que él dirá.
Y David llegó á Mahanaim, y Absalom pasó el Jordán con toda la gente de Israel.
Y asentó campo Israel con Absalom en tierra de Galaad.
Salió pues el pueblo al campo contra Israel, y dióse la batalla en el bosque de Ephraim;
Y viéndolo uno, avisó á Joab, diciendo: He aquí que he visto á Absalom colgado de un alcornoque.
Entonces Joab tocó la corneta, y el pueblo se volvió de seguir á Israel, porque Joab detuvo al pueblo.
Y Joab dijo á Cusi: Ve tú, y di al rey lo que has visto. Y Cusi hizo reverencia á Joab, y corrió.
Y el rey dijo: Pasa, y ponte allí. Y él pasó, y paróse.
Vosotros sois mis hermanos; mis huesos y mi carne sois: ¿por qué pues seréis vosotros los postreros en volver al rey?
Y luego que vino él á Jerusalem á recibir al rey, el rey le dijo: Mephi-boseth, ¿por qué no fuiste conmigo?
Y el rey dijo á Barzillai: Pasa conmigo, y yo te daré de comer conmigo en Jerusalem.
Fué pues Amasa á juntar á Judá; pero detúvose más del tiempo que le había sido señalado.
Entonces Joab dijo á Amasa: ¿Tienes paz, hermano mío? Y tomó Joab con la diestra la barba de Amasa, para besarlo.
Y uno de los criados de Joab se paró junto á él, diciendo: Cualquiera que amare á Joab y á David vaya en pos de Joab.
Luego, pues, que fué apartado del camino, pasaron todos los que seguían á Joab, para ir tras Seba hijo de Bichri.
Y Joab respondió, diciendo: Nunca tal, nunca tal me acontezca, que yo destruya ni deshaga.
Y fué dicho á David lo que hacía Rispa hija de Aja, concubina de Saúl.
Este desafió á Israel, y matólo Jonathán, hijo de Sima hermano de David.
Y dijo: Jehová es mi roca, y mi fortaleza, y mi libertador;
Invocaré á Jehová, digno de ser loado, y seré salvo de mis enemigos.
Me rodearon los dolores del infierno, y me tomaron descuidado lazos de muerte.
La tierra se removió, y tembló; los fundamentos de los cielos fueron movidos, y se estremecieron, porque él se airó.
Jehová tronó desde los cielos, y el Altísimo dió su voz;
Arrojó saetas, y desbaratólos; relampagueó, y consumiólos.
Extendió su mano de lo alto, y arrebatóme, y sacóme de copiosas aguas.
Libróme de fuertes enemigos, de aquellos que me aborrecían, los cuales eran más fuertes que yo.
Asaltáronme en el día de mi calamidad; mas Jehová fué mi sostén.
Sacóme á anchura; libróme, porque puso su voluntad en mí.
Remuneróme Jehová conforme á mi justicia; y conforme á la limpieza de mis manos, me dió la paga.
Porque yo guardé los caminos de Jehová, y no me aparté impíamente de mi Dios.
Y fuí íntegro para con él, y guardéme de mi iniquidad.
Y tú salvas al pueblo humilde; mas tus ojos sobre los altivos, para abatirlos.
Porque en ti romperé ejércitos, y con mi Dios saltaré las murallas.
Dios, perfecto su camino: la palabra de Jehová purificada, escudo es de todos los que en él esperan.
Porque ¿qué Dios hay sino Jehová? ¿ó quién es fuerte sino nuestro Dios?
Dios es el que con virtud me corrobora, y el que despeja mi camino;
Tú ensanchaste mis pasos debajo de mí, para que no titubeasen mis rodillas.
Miraron, y no hubo quien los librase; á Jehová, mas no les respondió.
Yo los desmenuzaré como polvo de la tierra; hollarélos como á lodo de las plazas, y los disiparé.
Los extraños titubeaban á mí: en oyendo, me obedecían.
Los extraños desfallecían, y temblaban en sus escondrijos.
El espíritu de Jehová ha hablado por mí, y su palabra ha sido en mi lengua.
Mas los de Belial serán todos ellos como espinas arrancadas, las cuales nadie toma con la mano;
David entonces estaba en la fortaleza, y la guarnición de los Filisteos estaba en Beth-lehem.
Y David tuvo deseo, y dijo: ¡Quién me diera á beber del agua de la cisterna de Beth-lehem, que está á la puerta!
Esto hizo Benaía hijo de Joiada, y tuvo nombre entre los tres valientes.
De los treinta fué el más aventajado; pero no llegó á los tres primeros. Y púsolo David en su consejo.
Benaía Pirathonita, Hiddai del arroyo de Gaas;
Uría Hetheo. Entre todos treinta y siete.
Todo lo da como un rey Arauna al rey. Luego dijo Arauna al rey: Jehová tu Dios te sea propicio.
Y la moza era hermosa, la cual calentaba al rey, y le servía: mas el rey nunca la conoció.
Mas no convidó á Nathán profeta, ni á Benaía, ni á los grandes, ni á Salomón su hermano.
Entonces Bath-sheba entró al rey á la cámara: y el rey era muy viejo; y Abisag Sunamita servía al rey.
Y Bath-sheba se inclinó, é hizo reverencia al rey. Y el rey dijo: ¿Qué tienes?
Y estando aún hablando ella con el rey, he aquí Nathán profeta, que vino.
Y dijo Nathán: Rey señor mío, ¿has tú dicho: Adonía reinará después de mí, y él se sentará en mi trono?
Mas ni á mí tu siervo, ni á Sadoc sacerdote, ni á Benaía hijo de Joiada, ni á Salomón tu siervo, ha convidado.
Entonces Benaía hijo de Joiada respondió al rey, y dijo: Amén. Así lo diga Jehová, Dios de mi señor el rey.
Y también Salomón se ha sentado en el trono del reino.
Yo voy el camino de toda la tierra: esfuérzate, y sé varón.
Tú pues harás conforme á tu sabiduría; no dejarás descender sus canas á la huesa en paz.
Y se sentó Salomón en el trono de David su padre, y fué su reino firme en gran manera.
En seguida dijo: Una palabra tengo que decirte. Y ella dijo: Di.
Y ahora yo te hago una petición: no me hagas volver mi rostro. Y ella le dijo: Habla.
Y ella dijo: Dése Abisag Sunamita por mujer á tu hermano Adonía.
Díjose luego á Salomón como Semei había ido de Jerusalem hasta Gath, y que había vuelto.
¿Por qué pues no guardaste el juramento de Jehová, y el mandamiento que yo te impuse?
Y el rey Salomón será bendito, y el trono de David será firme perpetuamente delante de Jehová.
Y aparecióse Jehová á Salomón en Gabaón una noche en sueños, y díjoleDios: Pide lo quequisieres queyo te dé.
En aquella sazón vinieron dos mujeres rameras al rey, y presentáronse delante de él.
Y una noche el hijo de esta mujer murió, porque ella se acostó sobre él.
Y dijo el rey: Traedme un cuchillo. Y trajeron al rey un cuchillo.
En seguida el rey dijo: Partid por medio el niño vivo, y dad la mitad á la una, y la otra mitad á la otra.
Entonces el rey respondió, y dijo: Dad á aquélla el hijo vivo, y no lo matéis: ella es su madre.
Fué pues el rey Salomón rey sobre todo Israel.
Y Ahisar era mayordomo; y Adoniram hijo de Abda era sobre el tributo.
Y estos son los nombres de ellos: el hijo de Hur en el monte de Ephraim;
El hijo de Decar, en Maccas, y en Saalbim, y en Beth-semes, y en Elón, y en Beth-hanan;
El hijo de Abinadab, en todos los términos de Dor: éste tenía por mujer á Thaphat hija de Salomón;
Ahinadab hijo de Iddo, en Mahanaim;
Ahimaas en Nephtalí; éste tomó también por mujer á Basemath hija de Salomón.
Judá é Israel eran muchos, como la arena que está junto á la mar en multitud, comiendo y bebiendo y alegrándose.
Y dió Dios á Salomón sabiduría, y prudencia muy grande, y anchura de corazón como la arena que está á la orilla del mar.
Que fué mayor la sabiduría de Salomón que la de todos los orientales, y que toda la sabiduría de los Egipcios.
Y propuso tres mil parábolas; y sus versos fueron mil y cinco.
Ahora Jehová mi Dios me ha dado reposo por todas partes; que ni hay adversarios, ni mal encuentro.
Y el rey Salomón impuso tributo á todo Israel, y el tributo fué de treinta mil hombres:
Y mandó el rey que trajesen grandes piedras, piedras de precio, para los cimientos de la casa, y piedras labradas.
E hizo á la casa ventanas anchaspor de dentro, y estrechaspor de fuera.
Labró pues la casa, y acabóla; y cubrió la casa con artesonados de cedro.
Y habitaré en medio de los hijos de Israel, y no dejaré á mi pueblo Israel.
Así que, Salomón labró la casa, y acabóla.
Y la casa, á saber, el templo de dentro, tenía cuarenta codos.
Y adornó el oráculo por de dentro en medio de la casa, para poner allí el arca del pacto de Jehová.
La altura del uno era de diez codos, y asimismo el otro.
Y cubrió de oro el piso de la casa, de dentro y de fuera.
Y edificó el atrio interior de tres órdenes de piedras labradas, y de un orden de vigas de cedro.
Y todas las puertas y postes eran cuadrados: y las unas ventanas estaban frente á las otras en tres órdenes.
El cimiento era de piedras de precio, de piedras grandes, de piedras de diez codos, y de piedras de ocho codos.
De allí arriba eran también piedras de precio, labradas conforme á sus medidas, y obra de cedro.
Los capiteles que estaban sobre las columnas en el pórtico, tenían labor de flores por cuatro codos.
De esta forma hizo diez basas fundidas de una misma manera, de una misma medida, y de una misma entalladura.
Y un mar, y doce bueyes debajo del mar;
Todo lo hizo fundir el rey en la llanura del Jordán, en tierra arcillosa, entre Succoth y Sarthán.
Entonces dijo Salomón: Jehová ha dicho que él habitaría en la oscuridad.
Y volviendo el rey su rostro, bendijo á toda la congregación de Israel; y toda la congregación de Israel estaba en pie.
Y David mi padre tuvo en el corazón edificar casa al nombre de Jehová Dios de Israel.
Tú oirás en los cielos su oración y su súplica, y les harás derecho.
Tú oirás en los cielos, en la habitación de tu morada, su oración y su súplica, y les harás derecho;
A fin de que todos los pueblos de la tierra sepan que Jehová es Dios, y que no hay otro.
Jehová apareció á Salomón la segunda vez, como le había aparecido en Gabaón.
Y salió Hiram de Tiro para ver las ciudades que Salomón le había dado, y no le contentaron.
Y envió Hiram en ellos á sus siervos, marineros y diestros en la mar, con los siervos de Salomón:
Y oyendo la reina de Seba la fama de Salomón en el nombre de Jehová, vino á probarle con preguntas.
Y dijo al rey: Verdad es lo que oí en mi tierra de tus cosas y de tu sabiduría;
Hizo también el rey Salomón doscientos paveses de oro extendido: seiscientos siclos de oro gastó en cada pavés.
Hizo también el rey un gran trono de marfil, el cual cubrió de oro purísimo.
Así excedía el rey Salomón á todos los reyes de la tierra en riquezas y en sabiduría.
Toda la tierra procuraba ver la cara de Salomón, para oir su sabiduría, la cual Dios había puesto en su corazón.
Y tuvo setecientas mujeres reinas, y trescientas concubinas; y sus mujeres torcieron su corazón.
E hizo Salomón lo malo en los ojos de Jehová, y no fué cumplidamente tras Jehová como David su padre.
Y así hizo para todas sus mujeres extranjeras, las cuales quemaban perfumes, y sacrificaban á sus dioses.
Empero no lo haré en tus días, por amor de David tu padre: romperélo de la mano de tu hijo.
Y Jehová suscitó un adversario á Salomón, á Adad, Idumeo, de la sangre real, el cual estaba en Edom.
Mas yo quitaré el reino de la mano de su hijo, y darélo á ti, las diez tribus.
Yo pues te tomaré á ti, y tú reinarás en todas las cosas que deseare tu alma, y serás rey sobre Israel.
Y los días que Salomón reinó en Jerusalem sobre todo Israel, fueron cuarenta años.
Y esto fué ocasión de pecado; porque el pueblo iba á adorar delante del uno, hasta Dan.
Y el rey dijo al varón de Dios: Ven conmigo á casa, y comerás, y yo te daré un presente.
Fuése pues por otro camino, y no volvió por el camino por donde había venido á Beth-el.
Y él dijo á sus hijos: Enalbardadme el asno. Y ellos le enalbardaron el asno, y subió en él.
Y como hubo comido del pan y bebido, el profeta que le había hecho volver le enalbardó un asno;
Y habló á sus hijos, y díjoles: Enalbardadme un asno. Y ellos se lo enalbardaron.
Y puso su cuerpo en su sepulcro; y endecháronle, diciendo: ¡Ay, hermano mío!
Y esto fué causa de pecado á la casa de Jeroboam; por lo cual fué cortada y raída de sobre la haz de la tierra.
Y tú levántate, y vete á tu casa; que en entrando tu pie en la ciudad, morirá el mozo.
Y él entregará á Israel por los pecados de Jeroboam, el cual pecó, y ha hecho pecar á Israel.
Al quinto año del rey Roboam subió Sisac rey de Egipto contra Jerusalem.
Y hubo guerra entre Roboam y Jeroboam todos los días.
En el año dieciocho del rey Jeroboam hijo de Nabat, Abiam comenzó á reinar sobre Judá.
Reinó tres años en Jerusalem. El nombre de su madre fué Maachâ, hija de Abisalom.
Y hubo guerra entre Roboam y Jeroboam todos los días de su vida.
Y durmió Abiam con sus padres, y sepultáronlo en la ciudad de David: y reinó Asa su hijo en su lugar.
En el año veinte de Jeroboam rey de Israel, Asa comenzó á reinar sobre Judá.
Porque quitó los sodomitas de la tierra, y quitó todas las suciedades que sus padres habían hecho.
Empero los altos no se quitaron: con todo, el corazón de Asa fué perfecto para con Jehová toda su vida.
Y durmió Baasa con sus padres, y fué sepultado en Thirsa; y reinó en su lugar Ela su hijo.
Y beberás del arroyo; y yo he mandado á los cuervos que te den allí de comer.
Levántate, vete á Sarepta de Sidón, y allí morarás: he aquí yo he mandado allí á una mujer viuda que te sustente.
Entonces ella fué, é hizo como le dijo Elías; y comió él, y ella y su casa, muchos días.
Pero él dijo: ¿En qué he pecado, para que tú entregues tu siervo en mano de Achâb para que me mate?
¿Y ahora tú dices: Ve, di á tu amo: Aquí está Elías?
¿Y ahora dices tú: Ve, di á tu amo: Aquí está Elías: para que él me mate?
Entonces Abdías fué á encontrarse con Achâb, y dióle el aviso; y Achâb vino á encontrarse con Elías.
Y como Achâb vió á Elías, díjole Achâb: ¿Eres tú el que alborotas á Israel?
Entonces Achâb envió á todos los hijos de Israel, y juntó los profetas en el monte de Carmelo.
De manera que las aguas corrían alrededor del altar; y había también henchido de agua la reguera.
Y la mano de Jehová fué sobre Elías, el cual ciñó sus lomos, y vino corriendo delante de Achâb hasta llegar á Jezreel.
Y Achab dió la nueva á Jezabel de todo lo que Elías había hecho, de como había muerto á cuchillo á todos los profetas.
Y tras el terremoto un fuego: mas Jehová no estaba en el fuego. Y tras el fuego un silbo apacible y delicado.
Y el rey de Israel respondió, y dijo: Como tú dices, rey señor mío, yo soy tuyo, y todo lo que tengo.
Y todos los ancianos y todo el pueblo le respondieron: No le obedezcas, ni hagas lo que te pide.
El entonces dijo: Si han salido por paz, tomadlos vivos; y si han salido para pelear, tomadlos vivos.
Salieron pues de la ciudad los criados de los príncipes de las provincias, y en pos de ellos el ejército.
Y salió el rey de Israel, é hirió la gente de á caballo, y los carros; y deshizo los Siros con grande estrago.
Haz pues así: Saca á los reyes cada uno de su puesto, y pon capitanes en lugar de ellos.
Pasado el año, Ben-adad reconoció los Siros, y vino á Aphec á pelear contra Israel.
Encontróse luego con otro hombre, y díjole: Hiéreme ahora. Y el hombre le dió un golpe, é hízole una herida.
Pero él se quitó de presto el velo de sobre sus ojos, y el rey de Israel conoció que era de los profetas.
Y el rey de Israel se fué á su casa triste y enojado, y llegó á Samaria.
De Jezabel también ha hablado Jehová, diciendo: Los perros comerán á Jezabel en la barbacana de Jezreel.
Tres años pasaron sin guerra entre los Siros é Israel.
Y aconteció al tercer año, que Josaphat rey de Judá descendió al rey de Israel.
Y dijo Josaphat: ¿Hay aún aquí algún profeta de Jehová, por el cual consultemos?
Y Michêas respondió: Vive Jehová, que lo que Jehová me hablare, eso diré.
Y salió un espíritu, y púsose delante de Jehová, y dijo: Yo le induciré. Y Jehová le dijo: ¿De qué manera?
Y Michêas respondió: He aquí tú lo verás en aquel día, cuando te irás metiendo de cámara en cámara por esconderte.
Entonces el rey de Israel dijo: Toma á Michêas, y vuélvelo á Amón gobernador de la ciudad, y á Joas hijo del rey;
Y murió pues el rey, y fué traído á Samaria; y sepultaron al rey en Samaria.
Y durmió Achâb con sus padres, y reinó en su lugar Ochôzías su hijo.
Y Josaphat hijo de Asa comenzó á reinar sobre Judá en el cuarto año de Achâb rey de Israel.
Y como los mensajeros se volvieron al rey, él les dijo: ¿Por qué pues os habéis vuelto?
Entonces él les dijo: ¿Qué hábito era el de aquel varón que encontrasteis, y os dijo tales palabras?
Alzó luego el manto de Elías que se le había caído, y volvió, y paróse á la orilla del Jordán.
Y cuando volvieron á él, que se había quedado en Jericó, él les dijo: ¿No os dije yo que no fueseis?
De allí fué al monte de Carmelo, y de allí volvió á Samaria.
Mas muerto Achâb, el rey de Moab se rebeló contra el rey de Israel.
Entonces el rey de Israel dijo: ¡Ah! que ha llamado Jehová estos tres reyes para entregarlos en manos de los Moabitas.
Mas ahora traedme un tañedor. Y mientras el tañedor tocaba, la mano de Jehová fué sobre Eliseo.
Y dijo: Así ha dicho Jehová: Haced en este valle muchas acequias.
Y esto es cosa ligera en los ojos de Jehová; dará también á los Moabitas en vuestras manos.
Y él le dijo: Ve, y pide para ti vasos prestados de todos tus vecinos, vasos vacíos, no pocos.
Y aconteció que un día vino él por allí, y recogióse en aquella cámara, y durmió en ella.
Entonces dijo á Giezi su criado: Llama á esta Sunamita. Y como él la llamó, pareció ella delante de él.
Dijo entonces: Llámala. Y él la llamó, y ella se paró á la puerta.
Y como el niño fué grande, aconteció que un día salió á su padre, á los segadores.
Y él dijo: ¿Para qué has de ir á él hoy? No es nueva luna, ni sábado. Y ella respondió: Paz.
Y dijo la madre del niño: Vive Jehová, y vive tu alma, que no te dejaré.
Y venido Eliseo á la casa, he aquí el niño que estaba tendido muerto sobre su cama.
Y entrando Naamán á su señor, declaróselo, diciendo: Así y así ha dicho una muchacha que es de la tierra de Israel.
Y vino Naamán con sus caballos y con su carro, y paróse á las puertas de la casa de Eliseo.
Mas él dijo: Vive Jehová, delante del cual estoy, que no lo tomaré. E importunándole que tomase, él nunca quiso.
Los hijos de los profetas dijeron á Eliseo: He aquí, el lugar en que moramos contigo nos es estrecho.
Y dijo uno: Rogámoste que quieras venir con tus siervos. Y él respondió: Yo iré.
Y dijo: Tómalo. Y él tendió la mano, y tomólo.
Y él dijo: Id, y mirad dónde está, para que yo envíe á tomarlo. Y fuéle dicho: He aquí él está en Dothán.
Y él le dijo: No hayas miedo: porque más son los que están con nosotros que los que están con ellos.
Y cuando el rey de Israel los hubo visto, dijo á Eliseo: ¿Herirélos, padre mío?
Después de esto aconteció, que Ben-adad rey de Siria juntó todo su ejército, y subió, y puso cerco á Samaria.
Y pasando el rey de Israel por el muro, una mujer le dió voces, y dijo: Salva, rey señor mío.
Y él dijo: Si no te salva Jehová, ¿de dónde te tengo de salvar yo? ¿del alfolí, ó del lagar?
Y los porteros dieron voces, y declaráronlo dentro, en el palacio del rey.
Tomaron pues dos caballos de un carro, y envió el rey tras el campo de los Siros, diciendo: Id, y ved.
Y vínole así; porque el pueblo le atropelló á la entrada, y murió.
Y Eliseo le dijo: Ve, dile: Seguramente vivirás. Empero Jehová me ha mostrado que él ha de morir ciertamente.
De treinta y dos años era cuando comenzó á reinar, y ocho años reinó en Jerusalem.
Y fué á la guerra con Joram hijo de Achâb á Ramoth de Galaad, contra Hazael rey de Siria; y los Siros hirieron á Joram.
Fué pues el mozo, el mozo del profeta, á Ramoth de Galaad.
Y yo pondré la casa de Achâb como la casa de Jeroboam hijo de Nabat, y como la casa de Baasa hijo de Ahía.
Entonces Joram volviendo la mano huyó, y dijo á Ochôzías: ¡Traición, Ochôzías!
En el undécimo año de Joram hijo de Achâb, comenzó á reinar Ochôzías sobre Judá.
Alzando él entonces su rostro hacia la ventana, dijo: ¿Quién es conmigo? ¿quién? Y miraron hacia él dos ó tres eunucos.
Empero cuando fueron para sepultarla, no hallaron de ella más que la calavera, y los pies, y las palmas de las manos.
Y díjole: Ven conmigo, y verás mi celo por Jehová. Pusiéronlo pues en su carro.
Y dijo Jehú: Santificad un día solemne á Baal. Y ellos convocaron.
Y sacaron las estatuas de la casa de Baal, y quemáronlas.
Y quebraron la estatua de Baal, y derribaron la casa de Baal, é hiciéronla necesaria, hasta hoy.
Así extinguió Jehú á Baal de Israel.
El tiempo que reinó Jehú sobre Israel en Samaria, fué veintiocho años.
Y Athalía madre de Ochôzías, viendo que su hijo era muerto, levantóse, y destruyó toda la simiente real.
Diéronle pues lugar, y como iba el camino por donde entran los de á caballo á la casa del rey, allí la mataron.
Y Joas hizo lo recto en ojos de Jehová todo el tiempo que le dirigió el sacerdote Joiada.
Con todo eso los altos no se quitaron; que aun sacrificaba y quemaba el pueblo perfumes en los altos.
Y los sacerdotes consintieron en no tomar más dinero del pueblo, ni tener cargo de reparar las aberturas del templo.
Entonces subió Hazael rey de Siria, y peleó contra Gath, y tomóla: y puso Hazael su rostro para subir contra Jerusalem;
Y levantáronse sus siervos, y conspiraron en conjuración, y mataron á Joas en la casa de Millo, descendiendo él á Silla;
Y durmió Joachâz con sus padres, y sepultáronlo en Samaria: y reinó en su lugar Joas su hijo.
Y murió Eliseo, y sepultáronlo. Entrado el año vinieron partidas de Moabitas á la tierra.
Y murió Hazael rey de Siria, y reinó en su lugar Ben-adad su hijo.
En el año segundo de Joas hijo de Joachâz rey de Israel, comenzó á reinar Amasías hijo de Joas rey de Judá.
Este hirió asimismo diez mil Idumeos en el valle de las Salinas, y tomó á Sela por guerra, y llamóla Jocteel, hasta hoy.
Y Amasías hijo de Joas rey de Judá, vivió después de la muerte de Joas hijo de Joachâz rey de Israel, quince años.
Lo demás de los hechos de Amasías, ¿no está escrito en el libro de las crónicas de los reyes de Judá?
Trajéronlo luego sobre caballos, y sepultáronlo en Jerusalem con sus padres, en la ciudad de David.
Edificó él á Elath, y la restituyó á Judá, después que el rey durmió con sus padres.
Y durmió Jeroboam con sus padres, los reyes de Israel, y reinó en su lugar Zachârías su hijo.
E hizo lo recto en ojos de Jehová, conforme á todas las cosas que su padre Amasías había hecho.
Lo demás de los hechos de Zachârías, he aquí está escrito en el libro de las crónicas de los reyes de Israel.
Y durmió Manahem con sus padres, y reinó en su lugar Pekaía su hijo.
En el año diecisiete de Peka hijo de Remalías, comenzó á reinar Achâz hijo de Jotham rey de Judá.
Y luego que vino el rey de Damasco, y hubo visto el altar, acercóse el rey á él, y sacrificó en él;
Contra éste subió Salmanasar rey de los Asirios; y Oseas fué hecho su siervo, y pagábale tributo.
Y el rey de Asiria partió contra todo el país, y subió contra Samaria, y estuvo sobre ella tres años.
Pues servían á los ídolos, de los cuales Jehová les había dicho: Vosotros no habéis de hacer esto;
Empero ellos no escucharon; antes hicieron según su costumbre antigua.
En el tercer año de Oseas hijo de Ela rey de Israel, comenzó á reinar Ezechîas hijo de Achâz rey de Judá.
Porque se llegó á Jehová, y no se apartó de él, sino que guardó los mandamientos que Jehová prescribió á Moisés.
Y como el rey Ezechîas lo oyó, rasgó sus vestidos, y cubrióse de saco, y entróse en la casa de Jehová.
¿Dónde está el rey de Hamath, el rey de Arphad, el rey de la ciudad de Sepharvaim, de Hena, y de Hiva?
Yo he sabido tu asentarte, tu salir y tu entrar, y tu furor contra mí.
Y lo que hubiere escapado, lo que habrá quedado de la casa de Judá, tornará á echar raíz abajo, y hará fruto arriba.
Por el camino que vino se volverá, y no entrará en esta ciudad, dice Jehová.
Entonces Sennachêrib, rey de Asiria se partió, y se fué y tornó á Nínive, donde se estuvo.
Y dijo Isaías: Tomad masa de higos. Y tomándola, pusieron sobre la llaga, y sanó.
Y durmió Ezechîas con sus padres, y reinó en su lugar Manasés su hijo.
Y dejó á Jehová el Dios de sus padres, y no anduvo en el camino de Jehová.
Y los siervos de Amón conspiraron contra él, y mataron al rey en su casa.
Lo demás de los hechos de Amón, que efectuara, ¿no está todo escrito en el libro de las crónicas de los reyes de Judá?
Y fué sepultado en su sepulcro en el huerto de Uzza, y reinó en su lugar Josías su hijo.
A los carpinteros, á los maestros y albañiles, para comprar madera y piedra de cantería para reparar la casa;
Y cuando el rey hubo oído las palabras del libro de la ley, rasgó sus vestidos.
Entonces el rey envió, y juntaron á él todos los ancianos de Judá y de Jerusalem.
Y quebró las estatuas, y taló los bosques, é hinchió el lugar de ellos de huesos de hombres.
Y él hizo lo malo en ojos de Jehová, conforme á todas las cosas que sus padres habían hecho.
Y durmió Joacim con sus padres, y reinó en su lugar Joachîn su hijo.
E hizo lo malo en ojos de Jehová, conforme á todas las cosas que había hecho su padre.
En aquel tiempo subieron los siervos de Nabucodonosor rey de Babilonia contra Jerusalem, y la ciudad fué cercada.
Y el rey de Babilonia puso por rey en lugar de Joachîn á Mathanías su tío, y mudóle el nombre en el de Sedecías.
Y estuvo la ciudad cercada hasta el undécimo año del rey Sedecías.
Tomado pues el rey, trajéronle al rey de Babilonia á Ribla, y profirieron contra él sentencia.
Y todo el ejército de los Caldeos que estaba con el capitán de la guardia, derribó los muros de Jerusalem alrededor.
Noé, Sem, Châm, y Japhet.
Los hijos de Japhet: Gomer, Magog, Dadai, Javán, Tubal, Mesec, y Thiras.
Los hijos de Gomer: Askenaz, Riphath, y Thogorma.
Los hijos de Châm: Chûs, Misraim, Phuth, y Canaán.
Los hijos de Sem: Elam, Assur, Arphaxad, Lud, Aram, Hus, Hul, Gether, y Mesec.
Arphaxad engendró á Sela, y Sela engendró á Heber.
Ophir, Havila, y Jobab: todos hijos de Joctán.
Y Abram, el cual es Abraham.
Los hijos de Abraham: Isaac é Ismael.
Y Abraham engendró á Isaac: y los hijos de Isaac fueron Esaú é Israel.
Los hijos de Esaú: Eliphas, Rehuel, Jeus, Jalam, y Cora.
Los hijos de Eliphas: Themán, Omar, Sephi, Hatham, Chênas, Timna, y Amalec.
Los hijos de Rehuel: Nahath, Zera, Samma, y Mizza.
Los hijos de Lotán: Hori, y Homam: y Timna fué hermana de Lotán.
Los hijos de Sobal: Alian, Manahach, Ebal, Sephi y Oman. Los hijos de Sibehom: Aia y Ana.
Los hijos de Eser: Bilham, Zaaván, y Jaacán. Los hijos de Disán: Hus y Arán.
Muerto Adad, reinó en su lugar Samla, de Masreca.
El duque Magdiel, el duque Iram. Estos fueron los duques de Edom.
Dan, José, Benjamín, Nephtalí, Gad, y Aser.
Y Thamar su nuera le parió á Phares y á Zara. Todos los hijos de Judá fueron cinco.
Y los hijos de Zara: Zimri, Ethán, Hemán, y Calcol, y Darda; en todos cinco.
Los hijos que nacieron á Hesrón: Jerameel, Ram, y Chêlubai.
Y Ram engendró á Aminadab; y Aminadab engendró á Nahasón, príncipe de los hijos de Judá;
Y Booz engendró á Obed, y Obed engendró á Isaí;
De los cuales Sarvia y Abigail fueron hermanas. Los hijos de Sarvia fueron tres: Abisai, Joab, y Asael.
Y muerto Hesrón en Caleb de Ephrata, Abia mujer de Hesrón le parió á Ashur padre de Tecoa.
Y los hijos de Jerameel primogénito de Hesrón fueron Ram su primogénito, Buna, Orem, Osem, y Achîa.
Y los hijos de Ram primogénito de Jerameel fueron Maas, Jamín, y Acar.
Y el nombre de la mujer de Abisur fué Abihail, la cual le parió á Abán, y á Molib.
Y los hijos de Nadab: Seled y Aphaim. Y Seled murió sin hijos.
E Isi fué hijo de Aphaim; y Sesam, hijo de Isi; é hijo de Sesam, Alai.
Los hijos de Jada hermano de Simmai: Jether y Jonathán. Y murió Jether sin hijos.
Y los hijos de Jonathán: Peleth, y Zaza. Estos fueron los hijos de Jerameel.
Y los hijos de Hebrón: Core, y Thaphua, y Recem, y Sema.
Y los hijos de Joddai: Regem, Jotham, Gesán, Pelet, Epho, y Saaph.
Salma, padre de Beth-lehem; Hareph, padre de Beth-gader.
Y los hijos de Sobal padre de Chîriath-jearim fueron Haroeh, la mitad de los Manahethitas.
El quinto, Sephatías, de Abithal; el sexto, Itream, de Egla su mujer.
Elisama, Eliada, y Eliphelet.
Del cual fué hijo Amón, cuyo hijo fué Josías.
Y los hijos de Josías: Johanán su primogénito, el segundo Joacim, el tercero Sedecías, el cuarto Sallum.
Los hijos de Joacim: Jechônías su hijo, hijo del cual fué Sedecías.
Mechiram, Pedaía, Seneaser, y Jecamía, Hosama, y Nedabía.
Hijo de Sechânías fué Semaías; y los hijos de Semaías: Hattus, Igheal, Barias, Nearías, y Saphat; seis.
Los hijos de Judá: Phares, Hesrón, Carmi, Hur, y Sobal.
Y Asur padre de Tecoa tuvo dos mujeres, á saber, Helea, y Naara.
Y los hijos de Helea: Sereth, Jesohar, Ethnán.
Y Cos engendró á Anob, y á Sobeba, y la familia de Aharhel hijo de Arum.
Y Caleb hermano de Sua engendró á Machîr, el cual fué padre de Esthón.
Y Esthón engendró á Beth-rapha, á Phasea, y á Tehinna, padre de la ciudad de Naas: estos son los varones de Rechâ.
Los hijos de Caleb hijo de Jephone: Iru, Ela, y Naham; é hijo de Ela, fué Cenez.
Los hijos de Jaleleel: Zip, Ziphas, Tirias, y Asareel.
Y los hijos de la mujer de Odías, hermana de Naham, fueron el padre de Keila de Garmi, y Esthemoa de Maachâti.
Y los hijos de Simón: Amnón, y Rinna, hijo de Hanán, y Tilón. Y los hijos de Isi: Zoheth, y Benzoheth.
También Sallum su hijo, Mibsam su hijo, y Misma su hijo.
Los hijos de Misma: Hamuel su hijo, Zachûr su hijo, y Simi su hijo.
Y en Beth-marchâboth, y en Hasasusim, y en Beth-birai, y en Saaraim. Estas fueron sus ciudades hasta el reino de David.
Fueron pues los hijos de Rubén, primogénito de Israel: Enoch, Phallu, Esrón y Charmi.
Y Bela hijo de Azaz, hijo de Sema, hijo de Joel, habitó en Aroer hasta Nebo y Baal-meón.
Y Joel fué el principal en Basán, el segundo Sephán, luego Janai, después Saphat.
Los cuales habitaron en Galaad, en Basán, y en sus aldeas, y en todos los ejidos de Sarón hasta salir de ellos.
Y tuvieron guerra con los Agarenos, y Jethur, y Naphis, y Nodab.
Y cayeron muchos heridos, porque la guerra era de Dios; y habitaron en sus lugares hasta la transmigración.
Los hijos de Coath: Amram, Ishar, Hebrón y Uzziel.
Los hijos de Amram: Aarón, Moisés, y Mariam. Los hijos de Aarón: Nadab, Abiú, Eleazar, é Ithamar.
Y Meraioth engendró á Amarías, y Amarías engendró á Achîtob;
Y Johanan engendró á Azarías, el que tuvo el sacerdocio en la casa que Salomón edificó en Jerusalem;
Y Azarías engendró á Amarías, y Amarías engendró á Achîtob;
Y Achîtob engendró á Sadoc, y Sadoc engendró á Sallum;
Y Sallum engendró á Hilcías, é Hilcías engendró á Azarías;
Los hijos de Leví: Gersón, Coath, y Merari.
Y estos son los nombres de los hijos de Gersón: Libni, y Simi.
Los hijos de Coath: Amram, Ishar, Hebrón, y Uzziel.
Los hijos de Merari: Mahali, y Musi. Estas son las familias de Leví, según sus descendencias.
Thahath su hijo, Uriel su hijo, Uzzia su hijo, y Saúl su hijo.
Eliab su hijo, Jeroham su hijo, Elcana su hijo.
Hijo de Jahat, hijo de Gersón, hijo de Leví.
Y sus hermanos los Levitas fueron puestos sobre todo el ministerio del tabernáculo de la casa de Dios.
Sadoc su hijo, Achîmaas su hijo.
Les dieron pues á Hebrón en tierra de Judá, y sus ejidos alrededor de ella.
A Asán con sus ejidos, y á Beth-semes con sus ejidos:
Y dieron los hijos de Israel á los Levitas ciudades con sus ejidos.
Y á Ajalón con sus ejidos, y á Gath-rimmón con sus ejidos.
Y á Ramoth con sus ejidos, y á Anem con sus ejidos;
Y á Ucoc con sus ejidos, y á Rehob con sus ejidos;
Y á Chêdemoth con sus ejidos, y á Mephaath con sus ejidos;
Los hijos de Benjamín fueron tres: Bela, Bechêr, y Jediael.
Hijo de Jediael fué Bilhán; y los hijos de Bilhán: Jebús, Benjamín, Aod, Chênaana, Zethán, Tharsis, y Ahisahar.
Los hijos de Nephtalí: Jaoel, Guni, Jezer, y Sallum, hijos de Bilha.
Hijo de Ulam fué Bedán. Estos fueron los hijos de Galaad, hijo de Machîr, hijo de Manasés.
Y los hijos de Semida fueron Ahián, Sechêm, Licci, y Aniam.
Y Ephraim su padre hizo duelo por muchos días, y vinieron sus hermanos á consolarlo.
Nun su hijo, Josué su hijo.
Los hijos de Aser: Imna, Isua, Isui, Bería, y su hermana Sera.
Los hijos de Bería: Heber, y Machîel, el cual fué padre de Birzabith.
Los hijos de Japhlet: Pasac, Bimhal, y Asvath. Aquestos los hijos de Japhlet.
Beser, Hod, Samma, Silsa, Ithrán y Beera.
Noha el cuarto, y Rapha el quinto.
Y Gera, Sephuphim, y Huram.
Jeus, Sochîas, y Mirma. Estos son sus hijos, cabezas de familias.
Mas de Husim engendró á Abitob, y á Elphaal.
Jaarsías, Elías, Zichri, hijos de Jeroham.
Estos fueron jefes principales de familias por sus linajes, y habitaron en Jerusalem.
Y Micloth engendró á Simea. Estos también habitaron con sus hermanos en Jerusalem, enfrente de ellos.
Hijo de Jonathán fué Merib-baal, y Merib-baal engendró á Michâ.
Los hijos de Michâ: Phitón, Melech, Thaarea y Ahaz.
Y Mosa engendró á Bina, hijo del cual fué Rapha, hijo del cual fué Elasa, cuyo hijo fué Asel.
Y los hijos de Esec su hermano: Ulam su primogénito, Jehus el segundo, Elipheleth el tercero.
Y de Siloni, Asaías el primogénito, y sus hijos.
Y de los Levitas: Semeías, hijo de Hassub, hijo de Azricam, hijo de Hasabías, de los hijos de Merari;
Y Phinees hijo de Eleazar fué antes capitán sobre ellos, siendo Jehová con él.
Y Zacarías hijo de Meselemia era portero de la puerta del tabernáculo del testimonio.
Así ellos y sus hijos eran porteros por sus turnos á las puertas de la casa de Jehová, y de la casa del tabernáculo.
Y estaban los porteros á los cuatro vientos, al oriente, al occidente, al septentrión, y al mediodía.
Estos moraban alrededor de la casa de Dios, porque tenían cargo de la guardia, y el de abrir aquélla todas las mañanas.
Y algunos de los hijos de los sacerdotes hacían los ungüentos aromáticos.
Y en Gabaón habitaban Jehiel padre de Gabaón, el nombre de cuya mujer era Maachâ;
Gedor, Ahio, Zachârías, y Micloth.
Y Micloth engendró á Samaán. Y estos habitaban también en Jerusalem con sus hermanos enfrente de ellos.
Y los hijos de Michâ: Phitón, Melech, Tharea, y Ahaz.
Y como su escudero vió á Saúl muerto, él también se echó sobre su espada, y matóse.
Y pusieron sus armas en el templo de su dios, y colgaron la cabeza en el templo de Dagón.
Y no consultó á Jehová: por esta causa lo mató, y traspasó el reino á David, hijo de Isaí.
Entonces se fué David con todo Israel á Jerusalem, la cual es Jebus; y allí era el Jebuseo habitador de aquella tierra.
Esto hizo Benaías hijo de Joiada, y fué nombrado entre los tres valientes.
Y fué el más honrado de los treinta, mas no llegó á los tres primeros. A éste puso David en su consejo.
Eliel, y Obed, y Jaasiel de Mesobia.
Y Joela, y Zebadías, hijos de Jeroham de Gedor.
Jeremías el décimo, Machbani el undécimo.
Asimismo algunos de los hijos de Benjamín y de Judá vinieron á David á la fortaleza.
De los hijos de Leví, cuatro mil y seiscientos;
Y Sadoc, mancebo valiente y esforzado, con veinte y dos de los principales de la casa de su padre.
Y de los hijos de Ephraim, veinte mil y ochocientos, muy valientes, varones ilustres en las casas de sus padres.
De los de Dan, dispuestos á pelear, veinte y ocho mil y seiscientos.
Entonces David tomó consejo con los capitanes de millares y de cientos, y con todos los jefes.
Y traigamos el arca de nuestro Dios á nosotros, porque desde el tiempo de Saúl no hemos hecho caso de ella.
Y lleváronse el arca de Dios de la casa de Abinadab en un carro nuevo; y Uzza y su hermano guiaban el carro.
Y no trajo David el arca á su casa en la ciudad de David, sino llevóla á casa de Obed-edom Getheo.
E Hiram rey de Tiro envió embajadores á David, y madera de cedro, y albañiles y carpinteros, que le edificasen una casa.
Entonces David tomó también mujeres en Jerusalem y aun engendró David hijos é hijas.
Elisama, Beel-iada y Eliphelet.
Y dejaron allí sus dioses, y David dijo que los quemasen al fuego.
Hizo pues David como Dios le mandó, é hirieron el campo de los Filisteos desde Gabaón hasta Gezer.
Y la fama de David fué divulgada por todas aquellas tierras: y puso Jehová temor de David sobre todas las gentes.
Hizo también casas para sí en la ciudad de David, y labró un lugar para el arca de Dios, y tendióle una tienda.
Y juntó David á todo Israel en Jerusalem, para que pasasen el arca de Jehová á su lugar, el cual le había él preparado.
Juntó también David á los hijos de Aarón y á los Levitas:
De los hijos de Coath, Uriel el principal, y sus hermanos, ciento y veinte;
De los hijos de Merari, Asaías el principal, y sus hermanos, doscientos y veinte;
De los hijos de Elisaphán, Semeías el principal, y sus hermanos, doscientos;
De los hijos de Uzziel, Aminadab el principal, y sus hermanos, ciento y doce.
Así Hemán, Asaph, y Ethán, que eran cantores, sonaban con címbalos de metal.
Y Zachârías, Jaaziel, Semiramoth, Jehiel, Unni, Eliab, Maasías, y Benaías, con salterios sobre Alamoth.
Y Chênanías, principal de los Levitas, estaba para la entonación; pues él presidía en el canto, porque era entendido.
Y ayudando Dios á los Levitas que llevaban el arca del pacto de Jehová, sacrificaban siete novillos y siete carneros.
Entonces, en aquel día, dió David principio á celebrar á Jehová por mano de Asaph y de sus hermanos:
Confesad á Jehová, invocad su nombre, haced notorias en los pueblos sus obras.
Cantad á él, cantadle salmos; hablad de todas sus maravillas.
Buscad á Jehová y su fortaleza; buscad su rostro continuamente.
Jehová, él es nuestro Dios; sus juicios en toda la tierra.
Diciendo: A ti daré la tierra de Canaán, suerte de vuestra herencia;
Cuando erais pocos en número, pocos y peregrinos en ella;
Y andaban de nación en nación, y de un reino á otro pueblo.
Porque todos los dioses de los pueblos son nada: mas Jehová hizo los cielos.
Temed en su presencia, toda la tierra: el mundo será aún establecido, para que no se conmueva.
Resuene la mar, y la plenitud de ella: alégrese el campo, y todo lo que contiene.
Entonces cantarán los árboles de los bosques delante de Jehová, porque viene á juzgar la tierra.
Celebrad á Jehová, porque es bueno; porque su misericordia es eterna.
Y todo el pueblo se fué cada uno á su casa; y David se volvió para bendecir su casa.
Ve y di á David mi siervo: Así ha dicho Jehová: Tú no me edificarás casa en que habite:
¿Qué más puede añadir David pidiendo de ti para glorificar á tu siervo? mas tú conoces á tu siervo.
Tú has constituído á tu pueblo Israel por pueblo tuyo para siempre; y tú, Jehová, has venido á ser su Dios.
Ahora pues, Jehová, tú eres el Dios que has hablado de tu siervo este bien;
Asimismo hirió David á Adarezer rey de Soba, en Hamath, yendo él á asegurar su dominio al río de Eufrates.
Y viniendo los Siros de Damasco en ayuda de Adarezer rey de Soba, David hirió de los Siros veintidós mil hombres.
Tomó también David los escudos de oro que llevaban los siervos de Adarezer, y trájolos á Jerusalem.
A más de esto Abisai hijo de Sarvia hirió en el valle de la Sal dieciocho mil Idumeos.
Y Sadoc hijo de Achîtob, y Abimelec hijo de Abiathar, eran sacerdotes; y Sausa, secretario;
Oyéndolo David, envió á Joab con todo el ejército de los hombres valientes.
Denostó él á Israel, mas hiriólo Jonathán, hijo de Sima hermano de David.
Estos fueron hijos de Rapha en Gath, los cuales cayeron por mano de David y de sus siervos.
Mas Satanás se levantó contra Israel, é incitó á David á que contase á Israel.
Entre estos no fueron contados los Levitas, ni los hijos de Benjamín, porque Joab abominaba el mandamiento del rey.
Asimismo desagradó este negocio á los ojos de Dios, é hirió á Israel.
Ve, y habla á David, y dile: Así ha dicho Jehová: Tres cosas te propongo; escoge de ellas una que yo haga contigo.
Y viniendo Gad á David, díjole: Así ha dicho Jehová:
Y dijo David: Esta es la casa de Jehová Dios, y este es el altar del holocausto para Israel.
Porque los Sidonios y Tirios habían traído á David madera de cedro innumerable.
Llamó entonces David á Salomón su hijo, y mandóle que edificase casa á Jehová Dios de Israel.
Y dijo David á Salomón: Hijo mío, en mi corazón tuve el edificar templo al nombre de Jehová mi Dios.
Los hijos de Simi, tres: Selomith, Haziel, y Arán. Estos fueron los príncipes de las familias de Ladán.
Y los hijos de Simi: Jahath, Zinat, Jeus, y Berías. Estos cuatro fueron los hijos de Simi.
Y los hijos de Moisés, varón de Dios, fueron contados en la tribu de Leví.
Hijo de Gersón fué Sebuel el primero.
E hijo de Eliezer fué Rehabía el primero. Y Eliezer no tuvo otros hijos; mas los hijos de Rehabía fueron muchos.
Hijo de Ishar fué Selomith el primero.
Los hijos de Hebrón: Jería el primero, Amarías el segundo, Jahaziel el tercero, y Jecamán el cuarto.
Los hijos de Uzziel: Michâ el primero, é Isía el segundo.
Y murió Eleazar sin hijos, mas tuvo hijas; y los hijos de Cis, sus hermanos, las tomaron por mujeres.
Los hijos de Musi: Mahali, Eder y Jerimoth, ellos tres.
Porque David dijo: Jehová Dios de Israel ha dado reposo á su pueblo Israel, y el habitar en Jerusalem para siempre.
Así que, conforme á las postreras palabras de David, fué la cuenta de los hijos de Leví de veinte años arriba.
Y para que asistiesen cada mañana todos los días á confesar y alabar á Jehová, y asimismo á la tarde;
También los hijos de Aarón tuvieron sus repartimientos. Los hijos de Aarón: Nadab, Abiú, Eleazar é Ithamar.
Mas Nadab y Abiú murieron antes que su padre, y no tuvieron hijos: Eleazar é Ithamar tuvieron el sacerdocio.
La vigésimatercia por Delaía, la vigésimacuarta por Maazía.
De los Ishareos, Selemoth; é hijo de Selemoth, Jath.
Y de los hijos de Hebrón: Jeria el primero, el segundo Amarías, el tercero Jahaziel, el cuarto Jecamán.
Hijo de Uzziel, Michâ; é hijo de Michâ, Samir.
Hermano de Michâ, Isía; é hijo de Isía, Zachârías.
Los hijos de Merari por Jaazia: Benno, y Soam, Zachûr é Ibri.
Y de Mahali, Eleazar, el cual no tuvo hijos.
Los hijos de Musi: Maheli, Eder y Jerimoth. Estos fueron los hijos de los Levitas conforme á las casas de sus familias.
Y la primera suerte salió por Asaph, á José: la segunda á Gedalías, quien con sus hermanos é hijos fueron doce;
La séptima á Jesarela, con sus hijos y sus hermanos, doce;
La octava á Jesahías, con sus hijos y sus hermanos, doce;
La nona á Mathanías, con sus hijos y sus hermanos, doce;
La décima á Simi, con sus hijos y sus hermanos, doce;
La undécima á Azareel, con sus hijos y sus hermanos, doce;
La duodécima á Hasabías, con sus hijos y sus hermanos, doce;
La décimasexta á Hananías, con sus hijos y sus hermanos, doce;
La décimaséptima á Josbecasa, con sus hijos y sus hermanos, doce;
La décimaoctava á Hanani, con sus hijos y sus hermanos, doce;
La décimanona á Mallothi, con sus hijos y sus hermanos, doce;
La vigésima á Eliatha, con sus hijos y sus hermanos, doce;
La vigésimatercia á Mahazioth, con sus hijos y sus hermanos, doce;
La vigésimacuarta á Romamti-ezer, con sus hijos y sus hermanos, doce.
Cuanto á los repartimientos de los porteros: De los Coraitas: Meselemia hijo de Coré, de los hijos de Asaph.
El segundo Hilcías, el tercero Tebelías, el cuarto Zachârías: todos los hijos de Hosa y sus hermanos fueron trece.
Y echaron suertes, el pequeño con el grande, por las casas de sus padres, para cada puerta.
Y por Obed-edom, al mediodía; y por sus hijos, la casa de la consulta.
Por Suppim y Hosa al occidente, con la puerta de Sallechêt al camino de la subida, guardia contra guardia.
Al oriente seis Levitas, al norte cuatro de día; al mediodía cuatro de día; y á la casa de la consulta, de dos en dos.
En la cámara de los vasos al occidente, cuatro al camino, y dos en la cámara.
Estos son los repartimientos de los porteros, hijos de los Coraitas, y de los hijos de Merari.
Los hijos de Jehieli, Zethán y Joel su hermano, tuvieron cargo de los tesoros de la casa de Jehová.
Sebuel hijo de Gersón, hijo de Moisés, era principal sobre los tesoros.
De lo que habían consagrado de las guerras y de los despojos, para reparar la casa de Jehová.
De Judá, Eliú, uno de los hermanos de David; de los de Issachâr, Omri hijo de Michâel;
De los de Zabulón, Ismaías hijo de Abdías; de los de Nephtalí, Jerimoth hijo de Azriel;
De los hijos de Ephraim, Oseas hijo de Azazía; de la media tribu de Manasés, Joel hijo de Pedaía;
De la otra media tribu de Manasés en Galaad, Iddo hijo de Zachârías; de los de Benjamín, Jaaciel hijo de Abner;
Y de Dan, Azarael hijo de Jeroam. Estos fueron los jefes de las tribus de Israel.
Y de los que trabajaban en la labranza de las tierras, Ezri hijo de Chêlud;
Y de las ovejas, Jaziz Agareno. Todos estos eran superintendentes de la hacienda del rey David.
Y también Achitophel era consejero del rey; y Husai Arachîta amigo del rey.
Después de Achitophel era Joiada hijo de Benaías, y Abiathar. Y Joab era el general del ejército del rey.
Mira, pues, ahora que Jehová te ha elegido para que edifiques casa para santuario: esfuérzate, y hazla.
Ahora pues, Dios nuestro, nosotros te confesamos, y loamos tu glorioso nombre.
Y todos los príncipes y poderosos, y todos los hijos del rey David, prestaron homenaje al rey Salomón.
Y aquella noche apareció Dios á Salomón, y díjole: Demanda lo que quisieres que yo te dé.
Y Salomón dijo á Dios: Tú has hecho con David mi padre grande misericordia, y á mí me has puesto por rey en lugar suyo.
Para que me apresten mucha madera, porque la casa que tengo de edificar ha de ser grande y portentosa.
Cubrió también la casa de piedras preciosas por excelencia: y el oro era oro de Parvaim.
Hizo también el velo de cárdeno, púrpura, carmesí y lino, é hizo resaltar en él querubines.
Hizo además un altar de bronce de veinte codos de longitud, y veinte codos de anchura, y diez codos de altura.
Y Salomón hizo todos estos vasos en grande abundancia, porque no pudo ser hallado el peso del metal.
Y las flores, y las lamparillas, y las despabiladeras se hicieron de oro, de oro perfecto;
Y vinieron todos los ancianos de Israel, y tomaron los Levitas el arca:
Y volviendo el rey su rostro, bendijo á toda la congregación de Israel: y toda la congregación de Israel estaba en pie.
Y en ella he puesto el arca, en la cual está el pacto de Jehová que concertó con los hijos de Israel.
Ahora pues, oh Jehová Dios de Israel, verifíquese tu palabra que dijiste á tu siervo David.
Tú oirás desde los cielos su oración y su ruego, y ampararás su derecho.
Jehová Dios, no hagas volver el rostro de tu ungido: acuérdate de las misericordias de David tu siervo.
Y no podían entrar los sacerdotes en la casa de Jehová, porque la gloria de Jehová había henchido la casa de Jehová.
Entonces el rey y todo el pueblo sacrificaron víctimas delante de Jehová.
Ahora estarán abiertos mis ojos, y atentos mis oídos, á la oración en este lugar:
Reedificó Salomón las ciudades que Hiram le había dado, y estableció en ellas á los hijos de Israel.
Y tenía Salomón doscientos y cincuenta principales de los gobernadores, los cuales mandaban en aquella gente.
Pero Salomón le declaró todas sus palabras: ninguna cosa quedó que Salomón no le declarase.
Bienaventurados tus hombres, y dichosos estos tus siervos, que están siempre delante de ti, y oyen tu sabiduría.
Hizo además el rey un gran trono de marfil, y cubriólo de oro puro.
Y excedió el rey Salomón á todos los reyes de la tierra en riqueza y en sabiduría.
Y tuvo señorío sobre todos los reyes desde el río hasta la tierra de los Filisteos, y hasta el término de Egipto.
Y durmió Salomón con sus padres, y sepultáronlo en la ciudad de David su padre: y reinó en su lugar Roboam su hijo.
Y él les dijo: Volved á mí de aquí á tres días. Y el pueblo se fué.
Mas reinó Roboam sobre los hijos de Israel que habitaban en las ciudades de Judá.
Así se apartó Israel de la casa de David hasta hoy.
Y habitó Roboam en Jerusalem, y edificó ciudades para fortificar á Judá.
Y en todas las ciudades, escudos y lanzas. Fortificólas pues en gran manera, y Judá y Benjamín le estaban sujetos.
Y él se hizo sacerdotes para los altos, y para los demonios, y para los becerros que él había hecho.
Y tomó las ciudades fuertes de Judá, y llegó hasta Jerusalem.
Y los príncipes de Israel y el rey se humillaron, y dijeron: Justo es Jehová.
E hizo lo malo, porque no apercibió su corazón para buscar á Jehová.
Y durmió Roboam con sus padres, y fué sepultado en la ciudad de David: y reinó en su lugar Abías su hijo.
Y levantóse Abías sobre el monte de Semaraim, que es en los montes de Ephraim, y dijo: Oidme, Jeroboam y todo Israel.
Pero Jeroboam hijo de Nabat, siervo de Salomón hijo de David, se levantó y rebeló contra su señor.
Y huyeron los hijos de Israel delante de Judá, y Dios los entregó en sus manos.
Y nunca más tuvo Jeroboam poderío en los días de Abías: é hirióle Jehová, y murió.
Lo demás de los hechos de Abías, sus caminos y sus negocios, está escrito en la historia de Iddo profeta.
Y mandó á Judá que buscasen á Jehová el Dios de sus padres, y pusiesen por obra la ley y sus mandamientos.
Y fué el espíritu de Dios sobre Azarías hijo de Obed;
Mas cuando en su tribulación se convirtieron á Jehová Dios de Israel, y le buscaron, él fué hallado de ellos.
Y la una gente destruía á la otra, y una ciudad á otra ciudad: porque Dios los conturbó con todas calamidades.
Esforzaos empero vosotros, y no desfallezcan vuestras manos; que salario hay para vuestra obra.
Juntáronse pues en Jerusalem en el mes tercero del año décimoquinto del reinado de Asa.
Y juraron á Jehová con gran voz y júbilo, á son de trompetas y de bocinas:
Y durmió Asa con sus padres, y murió en el año cuarenta y uno de su reinado.
Sino que buscó al Dios de su padre, y anduvo en sus mandamientos, y no según las obras de Israel.
Iba pues Josaphat creciendo altamente: y edificó en Judá fortalezas y ciudades de depósitos.
Tuvo además muchas obras en las ciudades de Judá, y hombres de guerra muy valientes en Jerusalem.
Tras éste, Jozabad, y con él ciento y ochenta mil apercibidos para la guerra.
Tenía pues Josaphat riquezas y gloria en abundancia, y trabó parentesco con Achâb.
Además dijo Josaphat al rey de Israel: Ruégote que consultes hoy la palabra de Jehová.
Y el rey le dijo: ¿Hasta cuántas veces te conjuraré por el nombre de Jehová que no me hables sino la verdad?
Y el rey de Israel dijo á Josaphat: ¿No te había yo dicho que no me profetizaría bien, sino mal?
Mas salió un espíritu, que se puso delante de Jehová, y dijo: Yo le induciré. Y Jehová le dijo: ¿De qué modo?
Y Michêas dijo: Si tú volvieres en paz, Jehová no ha hablado por mí. Dijo además: Oidlo, pueblos todos.
Pues viendo los capitanes de los carros que no era el rey de Israel, desistieron de acosarle.
Y Josaphat rey de Judá se volvió en paz á su casa en Jerusalem.
Púsose entonces Josaphat en pie en la reunión de Judá y de Jerusalem, en la casa de Jehová, delante del atrio nuevo;
He aquí ellos nos dan el pago, viniendo á echarnos de tu heredad, que tú nos diste á poseer.
Y vinieron á Jerusalem con salterios, arpas, y bocinas, á la casa de Jehová.
Pasadas estas cosas, Josaphat rey de Judá trabó amistad con Ochôzías rey de Israel, el cual fué dado á la impiedad:
E hizo con él compañía para aparejar navíos que fuesen á Tharsis; y construyeron los navíos en Esion-geber.
Cuando comenzó á reinar era de treinta y dos años, y reinó ocho años en Jerusalem.
En los días de éste se rebeló la Idumea, para no estar bajo el poder de Judá, y pusieron rey sobre sí.
Entonces despertó Jehová contra Joram el espíritu de los Filisteos, y de los Arabes que estaban junto á los Etiopes;
También él anduvo en los caminos de la casa de Achâb: porque su madre le aconsejaba á obrar impíamente.
Y estuvo con ellos escondido en la casa de Dios seis años. Entre tanto Athalía reinaba en el país.
Puso también porteros á las puertas de la casa de Jehová, para que por ninguna vía entrase ningún inmundo.
E hizo Joas lo recto en ojos de Jehová todos los días de Joiada el sacerdote.
Después de esto aconteció que Joas tuvo voluntad de reparar la casa de Jehová.
Mandó pues el rey que hiciesen un arca, la cual pusieron fuera á la puerta de la casa de Jehová;
Y todos los príncipes y todo el pueblo se holgaron: y traían, y echaban en el arca hasta henchirla.
Mas Joiada envejeció, y murió harto de días: de ciento y treinta años era cuando murió.
Muerto Joiada, vinieron los príncipes de Judá, é hicieron acatamiento al rey; y el rey los oyó.
Y envióles profetas, para que los redujesen á Jehová, los cuales les protestaron: mas ellos no los escucharon.
Hizo él lo recto en los ojos de Jehová aunque no de perfecto corazón.
Y luego que fué confirmado en el reino, mató á sus siervos que habían muerto al rey su padre;
Y de Israel tomó á sueldo cien mil hombres valientes, por cien talentos de plata.
Pero cayó Judá delante de Israel, y huyó cada uno á su estancia.
Y dióle Dios ayuda contra los Filisteos, y contra los Arabes que habitaban en Gur-baal, y contra los Ammonitas.
Y aprestóles Uzzías para todo el ejército, escudos, lanzas, almetes, coseletes, arcos, y hondas de tirar piedras.
Y entró tras él el sacerdote Azarías, y con él ochenta sacerdotes de Jehová, de los valientes.
Edificó él la puerta mayor de la casa de Jehová, y en el muro de la fortaleza edificó mucho.
Además edificó ciudades en las montañas de Judá, y labró palacios y torres en los bosques.
Así que Joatham fué fortificado, porque preparó sus caminos delante de Jehová su Dios.
Cuando comenzó á reinar era de veinticinco años, y dieciséis reinó en Jerusalem.
Antes anduvo en los caminos de los reyes de Israel, y además hizo imágenes de fundición á los Baales.
En aquel tiempo envió á pedir el rey Achâz á los reyes de Asiria que le ayudasen:
Además el rey Achâz en el tiempo que aquél le apuraba, añadió prevaricación contra Jehová;
E hizo lo recto en ojos de Jehová, conforme á todas las cosas que había hecho David su padre.
En el primer año de su reinado, en el mes primero, abrió las puertas de la casa de Jehová, y las reparó.
Y de los hijos de Hemán, Jehiel y Simi; y de los hijos de Jeduthún, Semeías y Uzziel.
Y como acabaron de ofrecer, inclinóse el rey, y todos los que con él estaban, y adoraron.
Y las ofrendas fueron seiscientos bueyes, y tres mil ovejas.
Con todo eso, algunos hombres de Aser, de Manasés, y de Zabulón, se humillaron, y vinieron á Jerusalem.
Y juntóse en Jerusalem mucha gente para celebrar la solemnidad de los ázimos en el mes segundo; una vasta reunión.
Y oyó Jehová á Ezechîas, y sanó al pueblo.
Y toda aquella multitud determinó que celebrasen otros siete días; y celebraron otros siete días con alegría.
En el mes tercero comenzaron á fundar aquellos montones, y en el mes séptimo acabaron.
Y Ezechîas y los príncipes vinieron á ver los montones, y bendijeron á Jehová, y á su pueblo Israel.
Y preguntó Ezechîas á los sacerdotes y á los Levitas acerca de los montones.
Entonces mandó Ezechîas que preparasen cámaras en la casa de Jehová; y preparáronlas.
De esta manera hizo Ezechîas en todo Judá: y ejecutó lo bueno, recto, y verdadero, delante de Jehová su Dios.
Así ha dicho Sennachêrib rey de los Asirios: ¿En quién confiáis vosotros para estar cercados en Jerusalem?
Y otras cosas hablaron sus siervos contra el Dios Jehová, y contra su siervo Ezechîas.
Y hablaron contra el Dios de Jerusalem, como contra los dioses de los pueblos de la tierra, obra de manos de hombres.
Mas el rey Ezechîas, y el profeta Isaías hijo de Amós, oraron por esto, y clamaron al cielo.
En aquel tiempo Ezechîas enfermó de muerte: y oró á Jehová, el cual le respondió, y dióle una señal.
De DOCE años era Manasés cuando comenzó á reinar, y cincuenta y cinco años reinó en Jerusalem.
Edificó también altares en la casa de Jehová, de la cual había dicho Jehová: En Jerusalem será mi nombre perpetuamente.
Edificó asimismo altares á todo el ejército de los cielos en los dos atrios de la casa de Jehová.
Lo mismo hizo en las ciudades de Manasés, Ephraim, y Simeón, hasta en Nephtalí, con sus lugares asolados alrededor.
Y luego que el rey oyó las palabras de la ley, rasgó sus vestidos;
Y Josías hizo pascua á Jehová en Jerusalem, y sacrificaron la pascua á los catorce del mes primero.
Esta pascua fué celebrada en el año dieciocho del rey Josías.
Entonces el pueblo de la tierra tomó á Joachâz hijo de Josías, é hiciéronle rey en lugar de su padre en Jerusalem.
De veinte y tres años era Joachâz cuando comenzó á reinar, y tres meses reinó en Jerusalem.
También llevó Nabucodonosor á Babilonia de los vasos de la casa de Jehová, y púsolos en su templo en Babilonia.
Los hijos de Paros, dos mil ciento setenta y dos;
Los hijos de Ara, setecientos setenta y cinco;
Los hijos de Zattu, novecientos cuarenta y cinco;
Los hijos de Azgad, mil doscientos veinte y dos;
Los hijos de Adin, cuatrocientos cincuenta y cuatro;
Los hijos de Besai, trescientos veinte y tres;
Los hijos de Gibbar, noventa y cinco;
Los hijos de Beth-lehem, ciento veinte y tres;
Los varones de Anathoth, ciento veinte y ocho;
Los hijos de Chîriath-jearim, Cephira, y Beeroth, setecientos cuarenta y tres;
Los hijos de Rama y Gabaa, seiscientos veinte y uno;
Los varones de Michmas, ciento veinte y dos;
Los hijos de Nebo, cincuenta y dos;
Los hijos de Magbis, ciento cincuenta y seis;
Los hijos del otro Elam, mil doscientos cincuenta y cuatro;
Los hijos de Harim, trescientos y veinte;
Los hijos de Senaa, tres mil seiscientos y treinta;
Los sacerdotes: los hijos de Jedaía, de la casa de Jesuá, novecientos setenta y tres;
Los hijos de Harim, mil diez y siete.
Los Levitas: los hijos de Jesuá y de Cadmiel, de los hijos de Odovías, setenta y cuatro.
Los hijos de Delaía, los hijos de Tobías, los hijos de Necoda, seiscientos cincuenta y dos.
Sus caballos eran setecientos treinta y seis; sus mulos, doscientos cuarenta y cinco;
Sus camellos, cuatrocientos treinta y cinco; asnos, seis mil setecientos y veinte.
Mas el pueblo de la tierra debilitaba las manos del pueblo de Judá, y los arredraban de edificar.
Rehum canciller, y Simsai secretario, escribieron una carta contra Jerusalem al rey Artajerjes, como se sigue.
Este es el traslado de la carta que enviaron: Al rey Artajerjes: Tus siervos de la otra parte del río, etcétera.
La carta que nos enviasteis claramente fué leída delante de mí.
Entonces les dijimos en orden á esto cuáles eran los nombres de los varones que edificaban este edificio.
Y los de la transmigración hicieron la pascua á los catorce del mes primero.
Y llegó á Jerusalem en el mes quinto, el año séptimo del rey.
Y los vasos que te son entregados para el servicio de la casa de tu Dios, los restituirás delante de Dios en Jerusalem.
De los hijos de Phinees, Gersón; de los hijos de Ithamar, Daniel; de los hijos de David, Hattus;
De los hijos de Pahath-moab, Elioenai, hijo de Zarahi, y con él doscientos varones;
De los hijos de Adín, Ebed, hijo de Jonathán, y con él cincuenta varones;
Y de los hijos de Sephatías, Zebadías, hijo de Michâel, y con él ochenta varones;
De los hijos de Joab, Obadías, hijo de Jehiel, y con él doscientos diez y ocho varones;
Y de los hijos de Solomith, el hijo de Josiphías, y con él ciento y sesenta varones;
Y de los hijos de Bebai, Zacarías, hijo de Bebai, y con él veintiocho varones;
Y de los hijos de Bigvai, Utai y Zabud, y con ellos sesenta varones.
Y á Hasabías, y con él á Isaía de los hijos de Merari, á sus hermanos y á sus hijos, veinte;
Ayunamos pues, y pedimos á nuestro Dios sobre esto, y él nos fué propicio.
Además veinte tazones de oro, de mil dracmas; y dos vasos de metal limpio muy bueno, preciados como el oro.
Y llegamos á Jerusalem, y reposamos allí tres días.
Levántate, porque á ti toca el negocio, y nosotros seremos contigo; esfuérzate, y ponlo por obra.
Y respondió todo aquel concurso, y dijeron en alta voz: Así se haga conforme á tu palabra.
Y concluyeron, con todos aquellos que habían tomado mujeres extranjeras, al primer día del mes primero.
Y de los hijos de Harím: Maasías, y Elías, y Semeías, y Jehiel, y Uzzías.
Y de los hijos de Phasur: Elioenai, Maasías, Ismael, Nathanael, Jozabad, y Elasa.
Y de los hijos de los Levitas: Jozabad, y Simi, Kelaía (este es Kelita), Pethaía, Judá y Eliezer.
Y de los cantores, Eliasib; y de los porteros: Sellum, y Telem, y Uri.
Asimismo de Israel: De los hijos de Pharos: Ramía é Izzías, y Malchías, y Miamim, y Eleazar, y Malchías, y Benaías.
Y de los hijos de Elam: Mathanías, Zachârías, y Jehiel, y Abdi, y Jeremoth, y Elía.
Y de los hijos de Zattu: Elioenai, Eliasib, Mathanías, y Jeremoth, y Zabad, y Aziza.
Y de los hijos de Bebai: Johanán, Hananías, Zabbai, Atlai.
Y de los hijos de Pahath-moab: Adna, y Chêleal, Benaías, Maasías, Mathanías, Besaleel, Binnui y Manasés.
Sallum, Amarías, Joseph.
Todos estos habían tomado mujeres extranjeras; y había mujeres de ellos que habían parido hijos.
Ellos pues son tus siervos y tu pueblo, los cuales redimiste con tu gran fortaleza, y con tu mano fuerte.
E inmediato á ellos restauraron los Tecoitas; mas sus grandes no prestaron su cerviz á la obra de su Señor.
Junto á ellos restauró también Repaías hijo de Hur, príncipe de la mitad de la región de Jerusalem.
Malchîas hijo de Harim y Hasub hijo de Pahath-moab, restauraron la otra medida, y la torre de los Hornos.
Después de él restauraron los sacerdotes, los varones de la campiña.
Desde la puerta de los Caballos restauraron los sacerdotes, cada uno enfrente de su casa.
Y entre la sala de la esquina hasta la puerta de las Ovejas, restauraron los plateros y los tratantes.
Y no cubras su iniquidad, ni su pecado sea raído delante de tu rostro; porque se airaron contra los que edificaban.
Edificamos pues el muro, y toda la muralla fué junta hasta su mitad: y el pueblo tuvo ánimo para obrar.
Y conspiraron todos á una para venir á combatir á Jerusalem, y á hacerle daño.
Entonces oramos á nuestro Dios, y por causa de ellos pusimos guarda contra ellos de día y de noche.
En el lugar donde oyereis la voz de la trompeta, reuníos allí á nosotros: nuestro Dios peleará por nosotros.
Entonces fué grande el clamor del pueblo y de sus mujeres contra los Judíos sus hermanos.
Y enojéme en gran manera cuando oí su clamor y estas palabras.
También yo, y mis hermanos, y mis criados, les hemos prestado dinero y grano: relevémosles ahora de este gravamen.
Acuérdate de mí para bien, Dios mío, y de todo lo que hice á este pueblo.
Y enviaron á mí con el mismo asunto por cuatro veces, y yo les respondí de la misma manera.
Acabóse pues el muro el veinticinco del mes de Elul, en cincuenta y dos días.
Asimismo en aquellos días iban muchas cartas de los principales de Judá á Tobías, y las de Tobías venían á ellos.
Y la ciudad era espaciosa y grande, pero poco pueblo dentro de ella, y no había casas reedificadas.
Los hijos de Sephatías, trescientos setenta y dos;
Los hijos de Pahath-moab, de los hijos de Jesuá y de Joab, dos mil ochocientos dieciocho;
Los hijos de Elam, mil doscientos cincuenta y cuatro;
Los hijos de Zattu, ochocientos cuarenta y cinco;
Los hijos de Zachâi, setecientos y sesenta;
Los hijos de Azgad, dos mil seiscientos veintidós;
Los hijos de Adonicam, seiscientos sesenta y siete;
Los hijos de Bigvai, dos mil sesenta y siete;
Los hijos de Ater, de Ezechîas, noventa y ocho;
Los hijos de Hasum, trescientos veintiocho;
Los hijos de Besai, trescientos veinticuatro;
Los hijos de Hariph, ciento doce;
Los hijos de Gabaón, noventa y cinco;
Los varones de Beth-lehem y de Netopha, ciento ochenta y ocho;
Los varones de Beth-azmaveth, cuarenta y dos;
Los varones de Rama y de Gebaa, seiscientos veintiuno;
Los varones de Michmas, ciento veintidós;
Los varones de Beth-el y de Ai, ciento veintitrés;
Los varones de la otra Nebo, cincuenta y dos;
Los hijos de Jericó, trescientos cuarenta y cinco;
Los hijos de Lod, de Hadid, y Ono, setecientos veintiuno;
Los hijos de Senaa, tres mil novecientos y treinta.
Los hijos de Immer, mil cincuenta y dos;
Los hijos de Pashur, mil doscientos cuarenta y siete;
Los hijos de Nesía, los hijos de Hatipha.
Los hijos de Sephatías, los hijos de Hattil, los hijos de Pochêreth-hassebaim, los hijos de Amón.
Todos los Nethineos, é hijos de los siervos de Salomón, trescientos noventa y dos.
Los hijos de Delaía, los hijos de Tobías, los hijos de Necoda, seiscientos cuarenta y dos.
Y díjoles el Tirsatha que no comiesen de las cosas más santas, hasta que hubiese sacerdote con Urim y Thummim.
Y leían en el libro de la ley de Dios claramente, y ponían el sentido, de modo que entendiesen la lectura.
Los Levitas pues, hacían callar á todo el pueblo, diciendo: Callad, que es día santo, y no os entristezcáis.
Y Levitas: Jesuá hijo de Azanías, Binnui de los hijos de Henadad, Cadmiel;
Odaía, Bani, Beninu.
Malluch, Harim, Baana.
Todos los hijos de Phares que moraron en Jerusalem, fueron cuatrocientos setenta y ocho hombres fuertes.
Y tras él, Gabbai, Sallai, novecientos veinte y ocho.
Y de los Levitas: Semaías hijo de Hassub, hijo de Azricam, hijo de Hasabías, hijo de Buni;
Y los Nethineos habitaban en Ophel; y Siha y Gispa eran sobre los Nethineos.
Lod, y Ono, valle de los artífices.
Sallum, Amoc, Hilcías, Jedaías. Estos eran los príncipes de los sacerdotes y sus hermanos en los días de Jesuá.
Y Joiada engendró á Jonathán, y Jonathán engendró á Jaddua.
Y en los días de Joiacim los sacerdotes cabezas de familias fueron: de Seraías, Meraías; de Jeremías, Hananías;
De Esdras, Mesullam; de Amarías, Johanán;
De Melichâ, Jonathán; de Sebanías, Joseph;
De Iddo, Zacarías; de Ginnethón, Mesullam;
De Abías, Zichri; de Miniamín, de Moadías, Piltai;
De Bilga, Sammua; de Semaías, Jonathán;
De Joiarib, Mathenai; de Jedaías, Uzzi;
De Sallai, Callai; de Amoc, Eber;
De Hilcías, Hasabías; de Jedaías, Nathanael.
Y todo Judá trajo el diezmo del grano, del vino y del aceite, á los almacenes.
Ví asimismo en aquellos días Judíos que habían tomado mujeres de Asdod, Ammonitas, y Moabitas:
Acuérdate de ellos, Dios mío, contra los que contaminan el sacerdocio, y el pacto del sacerdocio y de los Levitas.
Limpiélos pues de todo extranjero, y puse á los sacerdotes y Levitas por sus clases, á cada uno en su obra;
Y para la ofrenda de la leña en los tiempos señalados, y para las primicias. Acuérdate de mí, Dios mío, para bien.
Asimismo la reina Vasthi hizo banquete de mujeres, en la casa real del rey Assuero.
Y plugo esta palabra en ojos del rey y de los príncipes, é hizo el rey conforme al dicho de Memucán;
Y vino hasta delante de la puerta del rey: porque no era lícito pasar adentro de la puerta del rey con vestido de saco.
Salió pues Atach á Mardochêo, á la plaza de la ciudad que estaba delante de la puerta del rey.
Y vino Atach, y contó á Esther las palabras de Mardochêo.
Entonces Esther dijo á Atach, y mandóle decir á Mardochêo:
Mas todo esto nada me sirve cada vez que veo al judío Mardochêo sentado á la puerta del rey.
Vino pues el rey con Amán á beber con la reina Esther.
Así colgaron á Amán en la horca que él había hecho aparejar para Mardochêo; y apaciguóse la ira del rey.
Diez hijos de Amán hijo de Amadatha, enemigo de los Judíos: mas en la presa no metieron su mano.
El mismo día vino la cuenta de los muertos en Susán residencia regia, delante del rey.
Y mandó el rey que se hiciese así: y dióse la orden en Susán, y colgaron á los diez hijos de Amán.
Y el mandamiento de Esther confirmó estas palabras dadas acerca de Purim, y escribióse en el libro.
Y un día vinieron los hijos de Dios á presentarse delante de Jehová, entre los cuales vino también Satán.
Entonces Job se levantó, y rasgó su manto, y trasquiló su cabeza, y cayendo en tierra adoró;
En todo esto no pecó Job, ni atribuyó á Dios despropósito alguno.
Y Jehová dijo á Satán: He aquí, él está en tu mano; mas guarda su vida.
Después de esto abrió Job su boca, y maldijo su día.
Perezca el día en que yo nací, y la noche que se dijo: Varón es concebido.
Sea aquel día sombrío, y Dios no cuide de él desde arriba, ni claridad sobre él resplandezca.
¡Oh si fuere aquella noche solitaria, que no viniera canción alguna en ella!
Maldíganla los que maldicen al día, los que se aprestan para levantar su llanto.
Por cuanto no cerró las puertas del vientre donde yo estaba, ni escondió de mis ojos la miseria.
¿Por qué no morí yo desde la matriz, o fuí traspasado en saliendo del vientre?
Con los reyes y con los consejeros de la tierra, que edifican para sí los desiertos;
O con los príncipes que poseían el oro, que henchían sus casas de plata.
Allí los impíos dejan el perturbar, y allí descansan los de cansadas fuerzas.
Pues antes que mi pan viene mi suspiro; y mis gemidos corren como aguas.
No he tenido paz, no me aseguré, ni me estuve reposado; vínome no obstante turbación.
Si probáremos á hablarte, serte ha molesto; mas ¿quién podrá detener las palabras?
He aquí, tú enseñabas á muchos, y las manos flacas corroborabas;
Mas ahora que el mal sobre ti ha venido, te es duro; y cuando ha llegado hasta ti, te turbas.
¿Es este tu temor, tu confianza, tu esperanza, y la perfección de tus caminos?
Como yo he visto, los que aran iniquidad y siembran injuria, la siegan.
Perecen por el aliento de Dios, y por el espíritu de su furor son consumidos.
Sobrevínome un espanto y un temblor, que estremeció todos mis huesos:
He aquí que en sus siervos no confía, y notó necedad en sus ángeles;
De la mañana á la tarde son quebrantados, y se pierden para siempre, sin haber quien lo considere.
¿Su hermosura, no se pierde con ellos mismos? Mueren, y sin sabiduría.
Es cierto que al necio la ira lo mata, y al codicioso consume la envidia.
Porque la iniquidad no sale del polvo, ni la molestia brota de la tierra.
El cual hace cosas grandes é inescrutables, y maravillas que no tienen cuento:
Que da la lluvia sobre la haz de la tierra, y envía las aguas por los campos:
Que frustra los pensamientos de los astutos, para que sus manos no hagan nada:
De día se topan con tinieblas, y en mitad del día andan á tientas como de noche:
Y libra de la espada al pobre, de la boca de los impíos, y de la mano violenta;
Del azote de la lengua serás encubierto; ni temerás de la destrucción cuando viniere.
Pues aun con las piedras del campo tendrás tu concierto, y las bestias del campo te serán pacíficas.
Y vendrás en la vejez á la sepultura, como el montón de trigo que se coge á su tiempo.
¡Oh si pesasen al justo mi queja y mi tormento, y se alzasen igualmente en balanza!
Porque pesaría aquél más que la arena del mar: y por tanto mis palabras son cortadas.
¿Acaso gime el asno montés junto á la hierba? ¿muge el buey junto á su pasto?
¿Comeráse lo desabrido sin sal? ¿ó habrá gusto en la clara del huevo?
Las cosas que mi alma no quería tocar, por los dolores son mi comida.
Y que pluguiera á Dios quebrantarme; que soltara su mano, y me deshiciera!
¿Cuál es mi fortaleza para esperar aún? ¿y cuál mi fin para dilatar mi vida?
Que al tiempo del calor son deshechas, y en calentándose, desaparecen de su lugar;
Apártanse de la senda de su rumbo, van menguando y piérdense.
Mas fueron avergonzados por su esperanza; porque vinieron hasta ellas, y halláronse confusos.
Y libradme de la mano del opresor, y redimidme del poder de los violentos?
Enseñadme, y yo callaré: y hacedme entender en qué he errado.
También os arrojáis sobre el huérfano, y hacéis hoyo delante de vuestro amigo.
Ahora pues, si queréis, mirad en mí, y ved si miento delante de vosotros.
Tornad ahora, y no haya iniquidad; volved aún á considerar mi justicia en esto.
¿Hay iniquidad en mi lengua? ¿no puede mi paladar discernir las cosas depravadas?
Ciertamente tiempo limitadotiene el hombre sobre la tierra, y sus días son como los días del jornalero.
Así poseo yo meses de vanidad, y noches de trabajo me dieron por cuenta.
Acuérdate que mi vida es viento, y que mis ojos no volverán á ver el bien.
La nube se consume, y se va: así el que desciende al sepulcro no subirá;
¿Soy yo la mar, ó ballena, que me pongas guarda?
Cuando digo: Mi cama me consolará, mi cama atenuará mis quejas;
Y así mi alma tuvo por mejor el ahogamiento, y quiso la muerte más que mis huesos.
Aburríme: no he de vivir yo para siempre; déjame, pues que mis días son vanidad.
¿Hasta cuándo no me dejarás, ni me soltarás hasta que trague mi saliva?
¿Acaso pervertirá Dios el derecho, ó el Todopoderoso pervertirá la justicia?
Si tus hijos pecaron contra él, él los echó en el lugar de su pecado.
Si tú de mañana buscares á Dios, y rogares al Todopoderoso;
¿No te enseñarán ellos, te dirán, y de su corazón sacarán palabras?
¿Crece el junco sin lodo? ¿crece el prado sin agua?
Aun él en su verdor no será cortado, y antes de toda hierba se secará.
Apoyaráse él sobre su casa, mas no permanecerá en pie; atendráse á ella, mas no se afirmará.
A manera de un árbol, está verde delante del sol, y sus renuevos salen sobre su huerto;
Vanse entretejiendo sus raíces junto á una fuente, y enlazándose hasta un lugar pedregoso.
Ciertamente éste será el gozo de su camino; y de la tierra de donde se traspusiere, nacerán otros.
Aun henchirá tu boca de risa, y tus labios de júbilo.
Ciertamente yo conozco que es así: ¿y cómo se justificará el hombre con Dios?
El que extiende solo los cielos, y anda sobre las alturas de la mar:
El que hizo el Arcturo, y el Orión, y las Pléyadas, y los lugares secretos del mediodía:
He aquí que él pasará delante de mí, y yo no lo veré; y pasará, y no lo entenderé.
He aquí, arrebatará; ¿quién le hará restituir? ¿Quién le dirá, Qué haces?
Dios no tornará atrás su ira, y debajo de él se encorvan los que ayudan á los soberbios.
¿Cuánto menos le responderé yo, y hablaré con él palabras estudiadas?
Que aunque fuese yo justo, no responderé; antes habré de rogar á mi juez.
Que si yo le invocase, y él me respondiese, aun no creeré que haya escuchado mi voz.
Porque me ha quebrado con tempestad, y ha aumentado mis heridas sin causa.
No me ha concedido que tome mi aliento; mas hame hartado de amarguras.
Si habláremos de su potencia, fuerte por cierto es; si de juicio, ¿quién me emplazará?
Si yo me justificare, me condenará mi boca; si me dijere perfecto, esto me hará inicuo.
La tierra es entregada en manos de los impíos, y él cubre el rostro de sus jueces. Si no es él, ¿quién es? ¿dónde está?
Mis días han sido más ligeros que un correo; huyeron, y no vieron el bien.
Si digo: Olvidaré mi queja, dejaré mi aburrimiento, y esforzaréme:
Yo soy impío, ¿para qué trabajaré en vano?
Aun me hundirás en el hoyo, y mis propios vestidos me abominarán.
Entonces hablaré, y no le temeré: porque así no estoy en mí mismo.
Está mi alma aburrida de mi vida: daré yo suelta á mi queja sobre mí, hablaré con amargura de mi alma.
Diré á Dios: no me condenes; hazme entender por qué pleiteas conmigo.
¿No me fundiste como leche, y como un queso me cuajaste?
Vestísteme de piel y carne, y cubrísteme de huesos y nervios.
Y estas cosas tienes guardadas en tu corazón; yo sé que esto está cerca de ti.
Si pequé, tú me has observado, y no me limpias de mi iniquidad.
Renuevas contra mí tus plagas, y aumentas conmigo tu furor, remudándose sobre mí ejércitos.
¿Por qué me sacaste de la matriz? Habría yo espirado, y no me vieran ojos.
Antes que vaya para no volver, á la tierra de tinieblas y de sombra de muerte;
Es más alto que los cielos: ¿qué harás? Es más profundo que el infierno: ¿cómo lo conocerás?
Si cortare, ó encerrare, ó juntare, ¿quién podrá contrarrestarle?
El hombre vano se hará entendido, aunque nazca como el pollino del asno montés.
Si tú apercibieres tu corazón, y extendieres á él tus manos;
Si alguna iniquidad hubiere en tu mano, y la echares de ti, y no consintieres que more maldad en tus habitaciones;
Y olvidarás tu trabajo, ó te acordarás de él como de aguas que pasaron:
Y en mitad de la siesta se levantará bonanza; resplandecerás, y serás como la mañana:
Y confiarás, que habrá esperanza; y cavarás, y dormirás seguro:
Mas los ojos de los malos se consumirán, y no tendrán refugio; y su esperanza será agonía del alma.
Aquel cuyos pies van á resbalar, es como una lámpara despreciada de aquel que está á sus anchuras.
O habla á la tierra, que ella te enseñará; los peces de la mar te lo declararán también.
En su mano está el alma de todo viviente, y el espíritu de toda carne humana.
Ciertamente el oído distingue las palabras, y el paladar gusta las viandas.
Con Dios está la sabiduría y la fortaleza; suyo es el consejo y la inteligencia.
El hace andar á los consejeros desnudos de consejo, y hace enloquecer á los jueces.
El derrama menosprecio sobre los príncipes, y enflaquece la fuerza de los esforzados.
El descubre las profundidades de las tinieblas, y saca á luz la sombra de muerte.
He AQUÍ que todas estas cosas han visto mis ojos, y oído y entendido de por sí mis oídos.
Como vosotros lo sabéis, lo sé yo; no soy menos que vosotros.
Mas yo hablaría con el Todopoderoso, y querría razonar con Dios.
Ojalá callarais del todo, porque os fuera sabiduría.
¿Habéis de hacer acepción de su persona? ¿habéis de pleitear vosotros por Dios?
Vuestras memorias serán comparadas á la ceniza, y vuestros cuerpos como cuerpos de lodo.
Escuchadme, y hablaré yo, y véngame después lo que viniere.
¿Por qué quitaré yo mi carne con mis dientes, y pondré mi alma en mi mano?
He aquí, aunque me matare, en él esperaré; empero defenderé delante de él mis caminos.
Oid con atención mi razonamiento, y mi denunciación con vuestros oídos.
He aquí ahora, si yo me apercibiere á juicio, sé que seré justificado.
¿Quién es el que pleiteará conmigo? porque si ahora yo callara, fenecería.
Aparta de mí tu mano, y no me asombre tu terror.
Llama luego, y yo responderé; ó yo hablaré, y respóndeme tú.
¿Cuántas iniquidades y pecados tengo yo? hazme entender mi prevaricación y mi pecado.
Que sale como una flor y es cortado; y huye como la sombra, y no permanece.
¿Quién hará limpio de inmundo? Nadie.
Si tú lo dejares, él dejará de ser: entre tanto deseará, como el jornalero, su día.
Porque si el árbol fuere cortado, aun queda de él esperanza; retoñecerá aún, y sus renuevos no faltarán.
Al percibir el agua reverdecerá, y hará copa como planta.
Así el hombre yace, y no se tornará á levantar: hasta que no haya cielo no despertarán, ni se levantarán de su sueño.
Si el hombre muriere, ¿volverá á vivir? Todos los días de mi edad esperaré, hasta que venga mi mutación.
Pues ahora me cuentas los pasos, y no das tregua á mi pecado.
Tienes sellada en saco mi prevaricación, y coacervas mi iniquidad.
Para siempre serás más fuerte que él, y él se va; demudarás su rostro, y enviaráslo.
Sus hijos serán honrados, y él no lo sabrá; ó serán humillados, y no entenderá de ellos.
Mas su carne sobre él se dolerá, y entristecerse ha en él su alma.
¿Si proferirá el sabio vana sabiduría, y henchirá su vientre de viento solano?
Tú también disipas el temor, y menoscabas la oración delante de Dios.
Porque tu boca declaró tu iniquidad, pues has escogido el hablar de los astutos.
Entre nosotros también hay cano, también hay viejo mucho mayor en días que tu padre.
¿En tan poco tienes las consolaciones de Dios? ¿tienes acaso alguna cosa oculta cerca de ti?
Pues haces frente á Dios con tu espíritu, y sacas tales palabras de tu boca?
¿Qué cosa es el hombre para que sea limpio, y que se justifique el nacido de mujer?
¿Cuánto menos el hombre abominable y vil, que bebe la iniquidad como agua?
Todos los días del impío, él es atormentado de dolor, y el número de años es escondido al violento.
El no creerá que ha de volver de las tinieblas, y está mirando al cuchillo.
Desasosegado á comer siempre, sabe que le está aparejado día de tinieblas.
Porque cubrió su rostro con su gordura, é hizo pliegues sobre los ijares;
No se escapará de las tinieblas: la llama secará sus ramos, y con el aliento de su boca perecerá.
El será cortado antes de su tiempo, y sus renuevos no reverdecerán.
El perderá su agraz como la vid, y derramará su flor como la oliva.
Muchas veces he oído cosas como estas: consoladores molestos sois todos vosotros.
¿Tendrán fin las palabras ventosas? ó ¿qué te animará á responder?
Mas yo os alentaría con mis palabras, y la consolación de mis labios apaciguaría el dolor vuestro.
Empero ahora me ha fatigado: has tú asolado toda mi compañía.
Cercáronme sus flecheros, partió mis riñones, y no perdonó: mi hiel derramó por tierra.
Quebrantóme de quebranto sobre quebranto; corrió contra mí como un gigante.
A pesar de no haber iniquidad en mis manos, y de haber sido mi oración pura.
¡Oh tierra! no cubras mi sangre, y no haya lugar á mi clamor.
¡Ojalá pudiese disputar el hombre con Dios, como con su prójimo!
Mas los años contados vendrán, y yo iré el camino por donde no volveré.
Mi ALIENTO está corrompido, acórtanse mis días, y me está aparejado el sepulcro.
No hay conmigo sino escarnecedores, en cuya acrimonia se detienen mis ojos.
Pon ahora, dame fianza para litigar contigo: ¿quién tocará ahora mi mano?
El que denuncia lisonjas á sus prójimos, los ojos de sus hijos desfallezcan.
El me ha puesto por parábola de pueblos, y delante de ellos he sido como tamboril.
Y mis ojos se oscurecieron de desabrimiento, y mis pensamientos todos son como sombra.
Los rectos se maravillarán de esto, y el inocente se levantará contra el hipócrita.
Mas volved todos vosotros, y venid ahora, que no hallaré entre vosotros sabio.
Pasáronse mis días, fueron arrancados mis pensamientos, los designios de mi corazón.
A la huesa tengo dicho: Mi padre eres tú; á los gusanos: Mi madre y mi hermana.
¿Dónde pues estará ahora mi esperanza? y mi esperanza ¿quién la verá?
¿Cuándo pondréis fin á las palabras? Entended, y después hablemos.
¿Por qué somos tenidos por bestias, y en vuestros ojos somos viles?
Los pasos de su pujanza serán acortados, y precipitarálo su mismo consejo.
Porque red será echada en sus pies, y sobre red andará.
Lazo prenderá su calcañar: afirmaráse la trampa contra él.
Su cuerda está escondida en la tierra, y su torzuelo sobre la senda.
Su fuerza será hambrienta, y á su lado estará aparejado quebrantamiento.
El primogénito de la muerte comerá los ramos de su piel, y devorará sus miembros.
Su confianza será arrancada de su tienda, y harále esto llevar al rey de los espantos.
Su memoria perecerá de la tierra, y no tendrá nombre por las calles.
De la luz será lanzado á las tinieblas, y echado fuera del mundo.
No tendrá hijo ni nieto en su pueblo, ni quien le suceda en sus moradas.
¿Hasta cuándo angustiaréis mi alma, y me moleréis con palabras?
Sabed ahora que Dios me ha trastornado, y traído en derredor su red sobre mí.
Cercó de vallado mi camino, y no pasaré; y sobre mis veredas puso tinieblas.
Hame despojado de mi gloria, y quitado la corona de mi cabeza.
Arruinóme por todos lados, y perezco; y ha hecho pasar mi esperanza como árbol arrancado.
E hizo inflamar contra mí su furor, y contóme para sí entre sus enemigos.
Hizo alejar de mí mis hermanos, y positivamente se extrañaron de mí mis conocidos.
Llamé á mi siervo, y no respondió; de mi propia boca le suplicaba.
Mi aliento vino á ser extraño á mi mujer, aunque por los hijos de mis entrañas le rogaba.
Aun los muchachos me menospreciaron: en levantándome, hablaban contra mí.
Todos mis confidentes me aborrecieron; y los que yo amaba, se tornaron contra mí.
Al cual yo tengo de ver por mí, y mis ojos lo verán, y no otro, aunque mis riñones se consuman dentro de mí.
Por cierto mis pensamientos me hacen responder, y por tanto me apresuro.
Que la alegría de los impíos es breve, y el gozo del hipócrita por un momento?
Con su estiércol perecerá para siempre: los que le hubieren visto, dirán: ¿Qué es de él?
Como sueño volará, y no será hallado: y disiparáse como visión nocturna.
El ojo que le habrá visto, nunca más le verá; ni su lugar le echará más de ver.
Sus hijos pobres andarán rogando; y sus manos tornarán lo que él robó.
Devoró riquezas, mas vomitarálas; de su vientre las sacará Dios.
Veneno de áspides chupará; matarálo lengua de víbora.
No verá los arroyos, los ríos, los torrentes de miel y de manteca.
No quedó nada que no comiese: por tanto su bien no será durable.
Cuando fuere lleno su bastimento, tendrá angustia: las manos todas de los malvados vendrán sobre él.
Huirá de las armas de hierro, y el arco de acero le atravesará.
Esta es la parte que Dios apareja al hombre impío, y la heredad que Dios le señala por su palabra.
Soportadme, y yo hablaré; y después que hubiere hablado, escarneced.
¿Hablo yo á algún hombre? y ¿por qué no se ha de angustiar mi espíritu?
Aun yo mismo, cuando me acuerdo, me asombro, y toma temblor mi carne.
¿Por qué viven los impíos, y se envejecen, y aun crecen en riquezas?
Sus casas seguras de temor, ni hay azote de Dios sobre ellos.
Salen sus chiquitos como manada, y sus hijos andan saltando.
Al son de tamboril y de cítara saltan, y se huelgan al son del órgano.
Dicen pues á Dios: Apártate de nosotros, que no queremos el conocimiento de tus caminos.
¿Quién es el Todopoderoso, para que le sirvamos? ¿y de qué nos aprovechará que oremos á él?
He aquí que su bien no está en manos de ellos: el consejo de los impíos lejos esté de mí.
Serán como la paja delante del viento, y como el tamo que arrebata el torbellino.
Verán sus ojos su quebranto, y beberá de la ira del Todopoderoso.
Porque ¿qué deleite tendrá él de su casa después de sí, siendo cortado el número de sus meses?
Y estotro morirá en amargura de ánimo, y no habiendo comido jamás con gusto.
He aquí, yo conozco vuestros pensamientos, y las imaginaciones que contra mí forjáis.
Porque decís: ¿Qué es de la casa del príncipe, y qué de la tienda de las moradas de los impíos?
Que el malo es reservado para el día de la destrucción? Presentados serán en el día de las iras.
¿Quién le denunciará en su cara su camino? Y de lo que él hizo, ¿quién le dará el pago?
Porque llevado será él á los sepulcros, y en el montón permanecerá.
Los terrones del valle le serán dulces; y tras de él será llevado todo hombre, y antes de él han ido innumerables.
¿Cómo pues me consoláis en vano, viniendo á parar vuestras respuestas en falacia?
¿Tiene su contentamiento el Omnipotente en que tú seas justificado, ó provecho de que tú hagas perfectos tus caminos?
¿Castigaráte acaso, ó vendrá contigo á juicio porque te teme?
Por cierto tu malicia es grande, y tus maldades no tienen fin.
Porque sacaste prenda á tus hermanos sin causa, é hiciste desnudar las ropas de los desnudos.
Las viudas enviaste vacías, y los brazos de los huérfanos fueron quebrados.
¿No está Dios en la altura de los cielos? Mira lo encumbrado de las estrellas, cuán elevadas están.
¿Y dirás tú: Qué sabe Dios? ¿cómo juzgará por medio de la oscuridad?
Que decían á Dios: Apártate de nosotros. ¿Y qué les había hecho el Omnipotente?
Habíales él henchido sus casas de bienes. Sea empero el consejo de ellos lejos de mí.
Fué cortada nuestra sustancia, habiendo consumido el fuego el resto de ellos.
Toma ahora la ley de su boca, y pon sus palabras en tu corazón.
Si te tornares al Omnipotente, serás edificado; alejarás de tu tienda la aflicción;
Y tendrás más oro que tierra, y como piedras de arroyos oro de Ophir;
Porque entonces te deleitarás en el Omnipotente, y alzarás á Dios tu rostro.
Orarás á él, y él te oirá; y tú pagarás tus votos.
Cuando fueren abatidos, dirás tú: Ensalzamiento habrá: y Dios salvará al humilde de ojos.
Hoy también hablaré con amargura; que es más grave mi llaga que mi gemido.
Ordenaría juicio delante de él, y henchiría mi boca de argumentos.
¿Pleitearía conmigo con grandeza de fuerza? No: antes él la pondría en mí.
He aquí yo iré al oriente, y no lo hallaré; y al occidente, y no lo percibiré:
Mas él conoció mi camino: probaráme, y saldré como oro.
Mis pies tomaron su rastro; guardé su camino, y no me aparté.
El pues acabará lo que ha determinado de mí: y muchas cosas como estas hay en él.
Por lo cual yo me espanto en su presencia: consideraré, y temerélo.
Dios ha enervado mi corazón, y hame turbado el Omnipotente.
¿Por qué no fuí yo cortado delante de las tinieblas, y cubrió con oscuridad mi rostro?
Puesto que no son ocultos los tiempos al Todopoderoso, ¿por qué los que le conocen no ven sus días?
Traspasan los términos, roban los ganados, y apaciéntanlos.
Hacen apartar del camino á los menesterosos: y todos los pobres de la tierra se esconden.
En el campo siegan su pasto, y los impíos vendimian la viña ajena.
Al desnudo hacen dormir sin ropa, y que en el frío no tenga cobertura.
Al desnudo hacen andar sin vestido, y á los hambrientos quitan los hacecillos.
De dentro de sus paredes exprimen el aceite, pisan los lagares, y mueren de sed.
Ellos son los que, rebeldes á la luz, nunca conocieron sus caminos, ni estuvieron en sus veredas.
A la luz se levanta el matador, mata al pobre y al necesitado, y de noche es como ladrón.
El ojo del adúltero está aguardando la noche, diciendo: No me verá nadie: y esconde su rostro.
A la mujer estéril que no paría, afligió; y á la viuda nunca hizo bien.
Mas á los fuertes adelantó con su poder: levantóse, y no se da por segura la vida.
Le dieron á crédito, y se afirmó: sus ojos están sobre los caminos de ellos.
Y si no, ¿quién me desmentirá ahora, ó reducirá á nada mis palabras?
El señorío y el temor están con él: él hace paz en sus alturas.
¿Tienen sus ejércitos número? ¿y sobre quién no está su luz?
¿Cómo pues se justificará el hombre con Dios? ¿y cómo será limpio el que nace de mujer?
¿En qué ayudaste al que no tiene fuerza? ¿has amparado al brazo sin fortaleza?
¿A quién has anunciado palabras, y cúyo es el espíritu que de ti sale?
El sepulcro es descubierto delante de él, y el infierno no tiene cobertura.
Extiende el aquilón sobre vacío, cuelga la tierra sobre nada.
El cercó con término la superficie de las aguas, hasta el fin de la luz y las tinieblas.
El rompe la mar con su poder, y con su entendimiento hiere la hinchazón suya.
Mis labios no hablarán iniquidad, ni mi lengua pronunciará engaño.
Nunca tal acontezca que yo os justifique: hasta morir no quitaré de mí mi integridad.
Porque ¿cuál es la esperanza del hipócrita, por mucho que hubiere robado, cuando Dios arrebatare su alma?
¿Oirá Dios su clamor cuando la tribulación sobre él viniere?
¿Deleitaráse en el Omnipotente? ¿invocará á Dios en todo tiempo?
Si sus hijos fueren multiplicados, serán para el cuchillo; y sus pequeños no se hartarán de pan;
Los que le quedaren, en muerte serán sepultados; y no llorarán sus viudas.
El rico dormirá, mas no será recogido: abrirá sus ojos, mas él no será.
Asirán de él terrores como aguas: torbellino lo arrebatará de noche.
Lo antecogerá el solano, y partirá; y tempestad lo arrebatará del lugar suyo.
Dios pues descargará sobre él, y no perdonará: hará él por huir de su mano.
Batirán sus manos sobre él, y desde su lugar le silbarán.
El hierro se saca del polvo, y de la piedra es fundido el metal.
Lugar hay cuyas piedras son zafiro, y sus polvos de oro.
Senda que nunca la conoció ave, ni ojo de buitre la vió:
En el pedernal puso su mano, y trastornó los montes de raíz.
De los peñascos cortó ríos, y sus ojos vieron todo lo preciado.
Detuvo los ríos en su nacimiento, é hizo salir á luz lo escondido.
Empero ¿dónde se hallará la sabiduría? ¿y dónde está el lugar de la prudencia?
El abismo dice: No está en mí: y la mar dijo: Ni conmigo.
No se dará por oro, ni su precio será á peso de plata.
De coral ni de perlas no se hará mención: la sabiduría es mejor que piedras preciosas.
No se igualará con ella esmeralda de Ethiopía; no se podrá apreciar con oro fino.
¿De dónde pues vendrá la sabiduría? ¿y dónde está el lugar de la inteligencia?
Porque encubierta está á los ojos de todo viviente, y á toda ave del cielo es oculta.
El infierno y la muerte dijeron: Su fama hemos oído con nuestros oídos.
Al dar peso al viento, y poner las aguas por medida;
Entonces la veía él, y la manifestaba; preparóla y descubrióla también.
Los mozos me veían, y se escondían; y los viejos se levantaban, y estaban en pie;
La voz de los principales se ocultaba, y su lengua se pegaba á su paladar:
La bendición del que se iba á perder venía sobre mí; y al corazón de la viuda daba alegría.
Y quebraba los colmillos del inicuo, y de sus dientes hacía soltar la presa.
Y decía yo: En mi nido moriré, y como arena multiplicaré días.
Mi honra se renovaba en mí, y mi arco se corroboraba en mi mano.
Tras mi palabra no replicaban, y mi razón destilaba sobre ellos.
Si me reía con ellos, no lo creían: y no abatían la luz de mi rostro.
Que cogían malvas entre los arbustos, y raíces de enebro para calentarse.
Habitaban en las barrancas de los arroyos, en las cavernas de la tierra, y en las rocas.
Bramaban entre las matas, y se reunían debajo de las espinas.
Hijos de viles, y hombres sin nombre, más bajos que la misma tierra.
Abomínanme, aléjanse de mí, y aun de mi rostro no detuvieron su saliva.
Porque Dios desató mi cuerda, y me afligió, por eso se desenfrenaron delante de mi rostro.
Vinieron como por portillo ancho, revolviéronse á mi calamidad.
Y ahora mi alma está derramada en mí; días de aflicción me han aprehendido.
De noche taladra sobre mí mis huesos, y mis pulsos no reposan.
Con la grande copia de materia mi vestidura está demudada; cíñeme como el cuello de mi túnica.
Derribóme en el lodo, y soy semejante al polvo y á la ceniza.
Clamo á ti, y no me oyes; preséntome, y no me atiendes.
Haste tornado cruel para mí: con la fortaleza de tu mano me amenazas.
Levantásteme, é hicísteme cabalgar sobre el viento, y disolviste mi sustancia.
Porque yo conozco que me reduces á la muerte; y á la casa determinada á todo viviente.
¿No lloré yo al afligido? Y mi alma ¿no se entristeció sobre el menesteroso?
Cuando esperaba yo el bien, entonces vino el mal; y cuando esperaba luz, la oscuridad vino.
Denegrido ando, y no por el sol: levantádome he en la congregación, y clamado.
He venido á ser hermano de los dragones, y compañero de los buhos.
Y hase tornado mi arpa en luto, y mi órgano en voz de lamentadores.
¿No hay quebrantamiento para el impío, y extrañamiento para los que obran iniquidad?
Péseme Dios en balanzas de justicia, y conocerá mi integridad.
Siembre yo, y otro coma, y mis verduras sean arrancadas.
Muela para otro mi mujer, y sobre ella otros se encorven.
Porque es fuego que devoraría hasta el sepulcro, y desarraigaría toda mi hacienda.
Si no me bendijeron sus lomos, y del vellón de mis ovejas se calentaron;
Si alcé contra el huérfano mi mano, aunque viese que me ayudarían en la puerta;
Mi espalda se caiga de mi hombro, y mi brazo sea quebrado de mi canilla.
Si puse en oro mi esperanza, y dije al oro: Mi confianza eres tú;
Si me alegré de que mi hacienda se multiplicase, y de que mi mano hallase mucho;
Esto también fuera maldad juzgada; porque habría negado al Dios soberano.
Cuando mis domésticos decían: ¡Quién nos diese de su carne! nunca nos hartaríamos.
El extranjero no tenía fuera la noche; mis puertas abría al caminante.
Ciertamente yo lo llevaría sobre mi hombro, y me lo ataría en lugar de corona.
En lugar de trigo me nazcan abrojos, y espinas en lugar de cebada. Acábanse las palabras de Job.
Enojóse asimismo con furor contra sus tres amigos, porque no hallaban qué responder, aunque habían condenado á Job.
Y Eliú había esperado á Job en la disputa, porque eran más viejos de días que él.
Empero viendo Eliú que no había respuesta en la boca de aquellos tres varones, su furor se encendió.
Yo decía: Los días hablarán, y la muchedumbre de años declarará sabiduría.
Ciertamente espíritu hay en el hombre, é inspiración del Omnipotente los hace que entiendan.
No los grandes son los sabios, ni los viejos entienden el derecho.
He aquí yo he esperado á vuestras razones, he escuchado vuestros argumentos, en tanto que buscabais palabras.
Os he pues prestado atención, y he aquí que no hay de vosotros quien redarguya á Job, y responda á sus razones.
Ahora bien, Job no enderezó á mí sus palabras, ni yo le responderé con vuestras razones.
Espantáronse, no respondieron más: fuéronseles los razonamientos.
Yo pues he esperado, porque no hablaban, antes pararon, y no respondieron más.
Por eso yo también responderé mi parte, también yo declararé mi juicio.
Porque lleno estoy de palabras, y el espíritu de mi vientre me constriñe.
De cierto mi vientre está como el vino que no tiene respiradero, y se rompe como odres nuevos.
No haré ahora acepción de personas, ni usaré con hombre de lisonjeros títulos.
Porque no sé hablar lisonjas: de otra manera en breve mi Hacedor me consuma.
Por tanto, Job, oye ahora mis razones, y escucha todas mis palabras.
He aquí yo abriré ahora mi boca, y mi lengua hablará en mi garganta.
Si pudieres, respóndeme; dispón tus palabras, está delante de mí.
Heme aquí á mí en lugar de Dios, conforme á tu dicho: de lodo soy yo también formado.
He aquí que mi terror no te espantará, ni mi mano se agravará sobre ti.
Yo soy limpio y sin defecto; y soy inocente, y no hay maldad en mí.
He aquí en esto no has hablado justamente: yo te responderé que mayor es Dios que el hombre.
Sin embargo, en una ó en dos maneras habla Dios; mas el hombre no entiende.
Para quitar al hombre de su obra, y apartar del varón la soberbia.
Que le hace que su vida aborrezca el pan, y su alma la comida suave.
Y su alma se acerca al sepulcro, y su vida á los que causan la muerte.
Que le diga que Dios tuvo de él misericordia, que lo libró de descender al sepulcro, que halló redención:
Enterneceráse su carne más que de niño, volverá á los días de su mocedad.
Orará á Dios, y le amará, y verá su faz con júbilo: y él restituirá al hombre su justicia.
Para apartar su alma del sepulcro, y para iluminarlo con la luz de los vivientes.
Escucha, Job, y óyeme; calla, y yo hablaré.
Y si no, óyeme tú á mí; calla, y enseñarte he sabiduría.
Oid, sabios, mis palabras; y vosotros, doctos, estadme atentos.
Porque el oído prueba las palabras, como el paladar gusta para comer.
Escojamos para nosotros el juicio, conozcamos entre nosotros cuál sea lo bueno:
¿He de mentir yo contra mi razón? Mi saeta es gravosa sin haber yo prevaricado.
Y va en compañía con los que obran iniquidad, y anda con los hombres maliciosos.
Porque ha dicho: De nada servirá al hombre el conformar su voluntad con Dios.
Sí, por cierto, Dios no hará injusticia, y el Omnipotente no pervertirá el derecho.
¿Quién visitó por él la tierra? ¿y quién puso en orden todo el mundo?
Toda carne perecería juntamente, y el hombre se tornaría en polvo.
Si pues hay en ti entendimiento, oye esto: escucha la voz de mis palabras.
No hay tinieblas ni sombra de muerte donde se encubran los que obran maldad.
No carga pues él al hombre más de lo justo, para que vaya con Dios á juicio.
Por tanto él hará notorias las obras de ellos, cuando los trastornará en la noche, y serán quebrantados.
Como á malos los herirá en lugar donde sean vistos:
Haciendo que no reine el hombre hipócrita para vejaciones del pueblo.
De seguro conviene se diga á Dios: Llevado he ya castigo, no más ofenderé:
Que Job no habla con sabiduría, y que sus palabras no son con entendimiento.
Deseo yo que Job sea probado ampliamente, á causa de sus respuestas por los hombres inicuos.
Porque á su pecado añadió impiedad: bate las manos entre nosotros, y contra Dios multiplica sus palabras.
¿Piensas ser conforme á derecho esto que dijiste: Más justo soy yo que Dios?
Porque dijiste: ¿Qué ventaja sacarás tú de ello? ¿ó qué provecho tendré de mi pecado?
Yo te responderé razones, y á tus compañeros contigo.
Mira á los cielos, y ve, y considera que las nubes son más altas que tú.
Si fueres justo, ¿qué le darás á él? ¿ó qué recibirá de tu mano?
Al hombre como tú dañará tu impiedad, y al hijo del hombre aprovechará tu justicia.
Ciertamente Dios no oirá la vanidad, ni la mirará el Omnipotente.
Aunque más digas, No lo mirará; haz juicio delante de él, y en él espera.
Espérame un poco, y enseñarte he; porque todavía tengo razones en orden á Dios.
Tomaré mi noticia de lejos, y atribuiré justicia á mi Hacedor.
Porque de cierto no son mentira mis palabras; contigo está el que es íntegro en sus conceptos.
He aquí que Dios es grande, mas no desestima á nadie: es poderoso en fuerza de sabiduría.
Despierta además el oído de ellos para la corrección, y díceles que se conviertan de la iniquidad.
Mas si no oyeren, serán pasados á cuchillo, y perecerán sin sabiduría.
Fallecerá el alma de ellos en su mocedad, y su vida entre los sodomitas.
Al pobre librará de su pobreza, y en la aflicción despertará su oído.
Mas tú has llenado el juicio del impío, en vez de sustentar el juicio y la justicia.
No anheles la noche, en que desaparecen los pueblos de su lugar.
Guárdate, no tornes á la iniquidad; pues ésta escogiste más bien que la aflicción.
He aquí que Dios es excelso con su potencia: ¿qué enseñador semejante á él?
¿Quién le ha prescrito su camino? ¿y quién le dirá: Iniquidad has hecho?
Acuérdate de engrandecer su obra, la cual contemplan los hombres.
Los hombres todos la ven; mírala el hombre de lejos.
He aquí, Dios es grande, y nosotros no le conocemos; ni se puede rastrear el número de sus años.
He aquí que sobre él extiende su luz, y cobija con ella las raíces de la mar.
Con las nubes encubre la luz, y mándale no brillar, interponiendo aquéllas.
Tocante á ella anunciará el trueno, su compañero, que hay acumulación de ira sobre el que se eleva.
Oid atentamente su voz terrible, y el sonido que sale de su boca.
Debajo de todos los cielos lo dirige, y su luz hasta los fines de la tierra.
Porque á la nieve dice: Desciende á la tierra; también á la llovizna, y á los aguaceros de su fortaleza.
Así hace retirarse á todo hombre, para que los hombres todos reconozcan su obra.
La bestia se entrará en su escondrijo, y estaráse en sus moradas.
Por el soplo de Dios se da el hielo, y las anchas aguas son constreñidas.
Escucha esto, Job; repósate, y considera las maravillas de Dios.
¿Has tú conocido las diferencias de las nubes, las maravillas del Perfecto en sabiduría?
¿Extendiste tú con él los cielos, firmes como un espejo sólido?
¿Será preciso contarle cuando yo hablaré? Por más que el hombre razone, quedará como abismado.
El es Todopoderoso, al cual no alcanzamos, grande en potencia; y en juicio y en multitud de justicia no afligirá.
Ahora ciñe como varón tus lomos; yo te preguntaré, y hazme saber tú.
¿Dónde estabas cuando yo fundaba la tierra? házmelo saber, si tienes inteligencia.
¿Quién ordenó sus medidas, si lo sabes? ¿ó quién extendió sobre ella cordel?
Cuando las estrellas todas del alba alababan, y se regocijaban todos los hijos de Dios?
Y dije: Hasta aquí vendrás, y no pasarás adelante, y ahí parará la hinchazón de tus ondas?
Trasmúdase como lodo bajo de sello, y viene á estar como con vestidura:
Mas la luz de los impíos es quitada de ellos, y el brazo enaltecido es quebrantado.
¿Has entrado tú hasta los profundos de la mar, y has andado escudriñando el abismo?
¿Hante sido descubiertas las puertas de la muerte, y has visto las puertas de la sombra de muerte?
Lo cual tengo yo reservado para el tiempo de angustia, para el día de la guerra y de la batalla?
¿Por qué camino se reparte la luz, y se esparce el viento solano sobre la tierra?
¿De qué vientre salió el hielo? y la escarcha del cielo, ¿quién la engendró?
Las aguas se endurecen á manera de piedra, y congélase la haz del abismo.
¿Podrás tú impedir las delicias de las Pléyades, ó desatarás las ligaduras del Orión?
¿Alzarás tú á las nubes tu voz, para que te cubra muchedumbre de aguas?
¿Enviarás tú los relámpagos, para que ellos vayan? ¿y diránte ellos: Henos aquí?
Cuando están echados en las cuevas, ó se están en sus guaridas para acechar?
¿Quién preparó al cuervo su alimento, cuando sus pollos claman á Dios, bullendo de un lado á otro por carecer de comida?
¿Sabes tú el tiempo en que paren las cabras monteses? ¿ó miraste tú las ciervas cuando están pariendo?
Sus hijos están sanos, crecen con el pasto: salen y no vuelven á ellas.
Lo oculto de los montes es su pasto, y anda buscando todo lo que está verde.
¿Querrá el unicornio servirte á ti, ni quedar á tu pesebre?
Endurécese para con sus hijos, como si no fuesen suyos, no temiendo que su trabajo haya sido en vano:
Luego que se levanta en alto, búrlase del caballo y de su jinete.
Y él con ímpetu y furor escarba la tierra, sin importarle el sonido de la bocina;
¿Vuela el gavilán por tu industria, y extiende hacia el mediodía sus alas?
Cíñete ahora como varón tus lomos; yo te preguntaré, y explícame.
¿Tienes tú brazo como Dios? ¿y tronarás tú con voz como él?
Atavíate ahora de majestad y de alteza: y vístete de honra y de hermosura.
Esparce furores de tu ira: y mira á todo soberbio, y abátelo.
Mira á todo soberbio, y humíllalo, y quebranta á los impíos en su asiento.
Encúbrelos á todos en el polvo, venda sus rostros en la oscuridad;
Y yo también te confesaré que podrá salvarte tu diestra.
He aquí ahora behemoth, al cual yo hice contigo; hierba come como buey.
He aquí ahora que su fuerza está en sus lomos, y su fortaleza en el ombligo de su vientre.
Sus huesos son fuertes como bronce, y sus miembros como barras de hierro.
El es la cabeza de los caminos de Dios: el que lo hizo, puede hacer que su cuchillo á él se acerque.
Echaráse debajo de las sombras, en lo oculto de las cañas, y de los lugares húmedos.
He aquí que él tomará el río sin inmutarse: y confíase que el Jordán pasará por su boca.
¿Sacarás tú al leviathán con el anzuelo, ó con la cuerda que le echares en su lengua?
¿Pondrás tú garfio en sus narices, y horadarás con espinas su quijada?
¿Multiplicará él ruegos para contigo? ¿hablaráte él lisonjas?
¿Jugarás tú con él como con pájaro, ó lo atarás para tus niñas?
Nadie hay tan osado que lo despierte: ¿quién pues podrá estar delante de mí?
¿Quién descubrirá la delantera de su vestidura? ¿quién se llegará á él con freno doble?
¿Quién abrirá las puertas de su rostro? Los órdenes de sus dientes espantan.
La gloria de su vestido son escudos fuertes, cerrados entre sí estrechamente.
El uno se junta con el otro, que viento no entra entre ellos.
Con sus estornudos encienden lumbre, y sus ojos son como los párpados del alba.
De su boca salen hachas de fuego; centellas de fuego proceden.
Su aliento enciende los carbones, y de su boca sale llama.
Cuando alguno lo alcanzare, ni espada, ni lanza, ni dardo, ni coselete durará.
Por debajo tiene agudas conchas; Imprime su agudez en el suelo.
Hace hervir como una olla la profunda mar, y tórnala como una olla de ungüento.
En pos de sí hace resplandecer la senda, que parece que la mar es cana.
No hay sobre la tierra su semejante, hecho para nada temer.
Y respondió Job á Jehová, y dijo:
Yo conozco que todo lo puedes, y que no hay pensamiento que se esconda de ti.
Oye, te ruego, y hablaré: te preguntaré, y tú me enseñarás.
De oídas te había oído; mas ahora mis ojos te ven.
Y tuvo siete hijos y tres hijas.
No así los malos: sino como el tamo que arrebata el viento.
Por tanto no se levantarán los malos en el juicio, ni los pecadores en la congregación de los justos.
Rompamos sus coyundas, y echemos de nosotros sus cuerdas.
El que mora en los cielos se reirá; el Señor se burlará de ellos.
Entonces hablará á ellos en su furor, y turbarálos con su ira.
Yo empero he puesto mi rey sobre Sión, monte de mi santidad.
Yo publicaré el decreto: Jehová me ha dicho: Mi hijo eres tú; yo te engendré hoy.
Quebrantarlos has con vara de hierro: como vaso de alfarero los desmenuzarás.
Y ahora, reyes, entended: admitid corrección, jueces de la tierra.
Servid á Jehová con temor, y alegraos con temblor.
Mas tú, Jehová, eres escudo alrededor de mí: mi gloria, y el que ensalza mi cabeza.
No temeré de diez millares de pueblos, que pusieren cerco contra mí.
Ofreced sacrificios de justicia, y confiad en Jehová.
Tú diste alegría en mi corazón, más que tienen ellos en el tiempo que se multiplicó su grano y su mosto.
En paz me acostaré, y asimismo dormiré; porque solo tú, Jehová, me harás estar confiado.
Al Músico principal: sobre Nehiloth: Salmo de David. Escucha, oh Jehová, mis palabras; considera la meditación mía.
Está atento á la voz de mi clamor, Rey mío y Dios mío, porque á ti oraré.
Porque tú no eres un Dios que ame la maldad: el malo no habitará junto á ti.
No estarán los insensatos delante de tus ojos: aborreces á todos los que obran iniquidad.
Guíame, Jehová, en tu justicia á causa de mis enemigos; endereza delante de mí tu camino.
Ten misericordia de mí, oh Jehová, porque yo estoy debilitado: sáname, oh Jehová, porque mis huesos están conmovidos.
Heme consumido á fuerza de gemir: todas las noches inundo mi lecho, riego mi estrado con mis lágrimas.
Apartaos de mí, todos los obradores de iniquidad; porque Jehová ha oído la voz de mi lloro.
No sea que arrebate mi alma, cual león que despedaza, sin que haya quien libre.
Y te rodeará concurso de pueblo; por cuyo amor vuélvete luego á levantar en alto.
Dios es el que juzga al justo: y Dios está airado todos los días contra el impío.
Si no se convirtiere, él afilará su espada: armado tiene ya su arco, y lo ha preparado.
Asimismo ha aparejado para él armas de muerte; ha labrado sus saetas para los que persiguen.
Pozo ha cavado, y ahondádolo; y en la fosa que hizo caerá.
Su trabajo se tornará sobre su cabeza, y su agravio descenderá sobre su mollera.
Alabaré yo á Jehová conforme á su justicia, y cantaré al nombre de Jehová el Altísimo.
Pues le has hecho poco menor que los ángeles, y coronástelo de gloria y de lustre.
Hicístelo enseñorear de las obras de tus manos; todo lo pusiste debajo de sus pies:
Las aves de los cielos, y los peces de la mar; todo cuanto pasa por los senderos de la mar.
Por haber sido mis enemigos vueltos atrás: caerán y perecerán delante de ti.
Reprendiste gentes, destruiste al malo, raíste el nombre de ellos para siempre jamás.
Oh enemigo, acabados son para siempre los asolamientos; y las ciudades que derribaste, su memoria pereció con ellas.
Mas Jehová permanecerá para siempre: dispuesto ha su trono para juicio.
Y él juzgará el mundo con justicia; y juzgará los pueblos con rectitud.
Cantad á Jehová, que habita en Sión: noticiad en los pueblos sus obras.
Porque demandando la sangre se acordó de ellos: no se olvidó del clamor de los pobres.
Porque cuente yo todas tus alabanzas en las puertas de la hija de Sión, y me goce en tu salud.
Hundiéronse las gentes en la fosa que hicieron; en la red que escondieron fué tomado su pie.
Los malos serán trasladados al infierno, todas las gentes que se olvidan de Dios.
Porque no para siempre será olvidado el pobre; ni la esperanza de los pobres perecerá perpetuamente.
Levántate, oh Jehová; no se fortalezca el hombre; sean juzgadas las gentes delante de ti.
¿Por qué estás lejos, oh Jehová, y te escondes en el tiempo de la tribulación?
El malo, por la altivez de su rostro, no busca á Dios: no hay Dios en todos sus pensamientos.
Dice en su corazón: No seré movido en ningún tiempo, ni jamás me alcanzará el infortunio.
Llena está su boca de maldición, y de engaños y fraude: debajo de su lengua, vejación y maldad.
Levántate, oh Jehová Dios, alza tu mano, no te olvides de los pobres.
¿Por qué irrita el malo á Dios? En su corazón ha dicho que no lo inquirirás.
Quebranta el brazo del malo: del maligno buscarás su maldad, hasta que ninguna halles.
Jehová, Rey eterno y perpetuo; de su tierra fueron destruídas las gentes.
Si fueren destruídos los fundamentos, ¿qué ha de hacer el justo?
Jehová prueba al justo; empero al malo y al que ama la violencia, su alma aborrece.
Porque el justo Jehová ama la justicia: al recto mirará su rostro.
Mentira habla cada uno con su prójimo; con labios lisonjeros, con corazón doble hablan.
Que dijeron: Por nuestra lengua prevaleceremos; nuestros labios están con nosotros: ¿quién nos es señor?
Las palabras de Jehová, palabras limpias; plata refinada en horno de tierra, purificada siete veces.
Porque no diga mi enemigo, Vencílo: mis enemigos se alegrarán, si yo resbalare.
Mas yo en tu misericordia he confiado: alegraráse mi corazón en tu salud.
Jehová miró desde los cielos sobre los hijos de los hombres, por ver si había algún entendido, que buscara á Dios.
Todos declinaron, juntamente se han corrompido: no hay quien haga bien, no hay ni siquiera uno.
El consejo del pobre habéis escarnecido, por cuanto Jehová es su esperanza.
Salmo de David. Jehová, ¿quién habitará en tu tabernáculo? ¿quién residirá en el monte de tu santidad?
El que anda en integridad, y obra justicia, y habla verdad en su corazón.
El que no detrae con su lengua, ni hace mal á su prójimo, ni contra su prójimo acoge oprobio alguno.
Michtham de David. Guárdame, oh Dios, porque en ti he confiado.
Dijiste, oh alma mía, á Jehová: Tú eres el Señor: mi bien á ti noaprovecha;
Jehová es la porción de mi parte y de mi copa; tú sustentarás mi suerte.
Las cuerdas me cayeron en lugares deleitosos, y es hermosa la heredad que me ha tocado.
Bendeciré á Jehová que me aconseja: aun en las noches me enseñan mis riñones.
A Jehová he puesto siempre delante de mí: porque está á mi diestra no seré conmovido.
Alegróse por tanto mi corazón, y se gozó mi gloria: también mi carne reposará segura.
Oración de David. Oye, oh Jehová, justicia; está atento á mi clamor; escucha mi oración hecha sin labios de engaño.
De delante de tu rostro salga mi juicio; vean tus ojos la rectitud.
Para las obras humanas, por la palabra de tus labios yo me he guardado de las vías del destructor.
Sustenta mis pasos en tus caminos, porque mis pies no resbalen.
Yo te he invocado, por cuanto tú me oirás, oh Dios: inclina á mí tu oído, escucha mi palabra.
Muestra tus estupendas misericordias, tú que salvas á los que en ti confían de los que se levantan contra tu diestra.
De delante de los malos que me oprimen, de mis enemigos que me cercan por la vida.
Cerrados están con su grosura; con su boca hablan soberbiamente.
Nuestros pasos nos han cercado ahora: puestos tienen sus ojos para echarnos por tierra.
Invocaré á Jehová, digno de ser alabado, y seré salvo de mis enemigos.
Cercáronme dolores de muerte, y torrentes de perversidad me atemorizaron.
Y bajó los cielos, y descendió; y oscuridad debajo de sus pies.
Por el resplandor delante de él, sus nubes pasaron; granizo y carbones ardientes.
Y tronó en los cielos Jehová, y el Altísimo dió su voz; granizo y carbones de fuego.
Y envió sus saetas, y desbaratólos; y echó relámpagos, y los destruyó.
Libróme de mi poderoso enemigo, y de los que me aborrecían, aunque eran ellos más fuertes que yo.
Y sacóme á anchura: libróme, porque se agradó de mí.
Pagóme pues Jehová conforme á mi justicia; conforme á la limpieza de mis manos delante de sus ojos.
Con el misericordioso te mostrarás misericordioso, y recto para con el hombre íntegro.
Limpio te mostrarás para con el limpio, y severo serás para con el perverso.
Tú pues alumbrarás mi lámpara: Jehová mi Dios alumbrará mis tinieblas.
Dios, perfecto su camino: es acendrada la palabra de Jehová: escudo es á todos los que en él esperan.
Helos herido, y no podrán levantarse: cayeron debajo de mis pies.
Pues me ceñiste de fortaleza para la pelea; has agobiado mis enemigos debajo de mí.
Clamaron, y no hubo quien salvase: aun á Jehová, mas no los oyó.
Y molílos como polvo delante del viento; esparcílos como lodo de las calles.
Así que hubo oído, me obedeció; los hijos de extraños me mintieron;
Los extraños flaquearon, y tuvieron miedo desde sus encerramientos.
El Dios que me da las venganzas, y sujetó pueblos á mí.
Por tanto yo te confesaré entre las gentes, oh Jehová, y cantaré á tu nombre.
Al Músico principal: Salmo de David. Los cielos cuentan la gloria de Dios, y la expansión denuncia la obra de sus manos.
No hay dicho, ni palabras, ni es oída su voz.
Y él, como un novio que sale de su tálamo, alégrase cual gigante para correr el camino.
La ley de Jehová es perfecta, que vuelve el alma: el testimonio de Jehová, fiel, que hace sabio al pequeño.
El temor de Jehová, limpio, que permanece para siempre; los juicios de Jehová son verdad, todos justos.
Tu siervo es además amonestado con ellos: en guardarlos hay grande galardón.
Los errores, ¿quién los entenderá? Líbrame de los que me son ocultos.
Déte conforme á tu corazón, y cumpla todo tu consejo.
Ellos arrodillaron, y cayeron; mas nosotros nos levantamos, y nos enhestamos.
Salva, Jehová: que el Rey nos oiga el día que lo invocáremos.
Vida te demandó, y dístele largura de días por siglos y siglos.
Grande es su gloria en tu salud: honra y majestad has puesto sobre él.
Porque lo has bendecido para siempre; llenástelo de alegría con tu rostro.
Por cuanto el rey confía en Jehová, y en la misericordia del Altísimo, no será conmovido.
Alcanzará tu mano á todos tus enemigos; tu diestra alcanzará á los que te aborrecen.
Su fruto destruirás de la tierra, y su simiente de entre los hijos de los hombres.
Porque trazaron el mal contra ti: fraguaron maquinaciones, mas no prevalecerán.
Pues tú los pondrás en fuga, cuando aparejares en tus cuerdas las saetas contra sus rostros.
Dios mío, clamo de día, y no oyes; y de noche, y no hay para mí silencio.
Tú empero eres santo, tú que habitas entre las alabanzas de Israel.
En ti esperaron nuestros padres: esperaron, y tú los libraste.
Sobre ti fuí echado desde la matriz: desde el vientre de mi madre, tú eres mi Dios.
No te alejes de mí, porque la angustia está cerca; porque no hay quien ayude.
Hanme rodeado muchos toros; fuertes toros de Basán me han cercado.
Porque perros me han rodeado, hame cercado cuadrilla de malignos: horadaron mis manos y mis pies.
Contar puedo todos mis huesos; ellos miran, considéranme.
Partieron entre sí mis vestidos, y sobre mi ropa echaron suertes.
Mas tú, Jehová, no te alejes; fortaleza mía, apresúrate para mi ayuda.
Libra de la espada mi alma; del poder del perro mi única.
De ti será mi alabanza en la grande congregación; mis votos pagaré delante de los que le temen.
Comerán los pobres, y serán saciados: alabarán á Jehová los que le buscan: vivirá vuestro corazón para siempre.
Porque de Jehová es el reino; y él se enseñoreará de las gentes.
La posteridad le servirá; será ella contada por una generación de Jehová.
Salmo de David. Jehová es mi pastor; nada me faltará.
En lugares de delicados pastos me hará yacer: junto á aguas de reposo me pastoreará.
Aderezarás mesa delante de mí, en presencia de mis angustiadores: ungiste mi cabeza con aceite: mi copa está rebosando.
Salmo de David. De Jehová es la tierra y su plenitud; el mundo, y los que en él habitan.
Porque él la fundó sobre los mares, y afirmóla sobre los ríos.
¿Quién subirá al monte de Jehová? ¿y quién estará en el lugar de su santidad?
El recibirá bendición de Jehová, y justicia del Dios de salud.
¿Quién es este Rey de gloria? Jehová el fuerte y valiente, Jehová el poderoso en batalla.
Salmo de David. A ti, oh Jehová, levantaré mi alma.
Ciertamente ninguno de cuantos en ti esperan será confundido: serán avergonzados los que se rebelan sin causa.
Muéstrame, oh Jehová, tus caminos; enséñame tus sendas.
Encamíname en tu verdad, y enséñame; porque tú eres el Dios de mi salud: en ti he esperado todo el día.
Acuérdate, oh Jehová, de tus conmiseraciones y de tus misericordias, que son perpetuas.
Encaminará á los humildes por el juicio, y enseñará á los mansos su carrera.
Todas las sendas de Jehová son misericordia y verdad, para los que guardan su pacto y sus testimonios.
¿Quién es el hombre que teme á Jehová? El le enseñará el camino que ha de escoger.
Su alma reposará en el bien, y su simiente heredará la tierra.
Guarda mi alma, y líbrame: no sea yo avergonzado, porque en ti confié.
Integridad y rectitud me guarden; porque en ti he esperado.
Redime, oh Dios, á Israel de todas sus angustias.
Pruébame, oh Jehová, y sondéame: examina mis riñones y mi corazón.
Aborrecí la reunión de los malignos, y con los impíos nunca me senté.
Para exclamar con voz de acción de gracias, y para contar todas tus maravillas.
Mi pie ha estado en rectitud: en las congregaciones bendeciré á Jehová.
Oye, oh Jehová, mi voz con que á ti clamo; y ten misericordia de mí, respóndeme.
Aunque mi padre y mi madre me dejaran, Jehová con todo me recogerá.
Oye la voz de mis ruegos cuando clamo á ti, cuando alzo mis manos hacia el templo de tu santidad.
Bendito Jehová, que oyó la voz de mis ruegos.
Salmo de David. Dad á Jehová, oh hijos de fuertes, dad á Jehová la gloria y la fortaleza.
Dad á Jehová la gloria debida á su nombre: humillaos á Jehová en el glorioso santuario.
Voz de Jehová con potencia; voz de Jehová con gloria.
Voz de Jehová que quebranta los cedros; y quebrantó Jehová los cedros del Líbano.
E hízolos saltar como becerros; al Líbano y al Sirión como hijos de unicornios.
Voz de Jehová que derrama llamas de fuego.
Jehová preside en el diluvio, y asentóse Jehová por rey para siempre.
Jehová dará fortaleza á su pueblo: Jehová bendecirá á su pueblo en paz.
Jehová Dios mío, á ti clamé, y me sanaste.
Oh Jehová, hiciste subir mi alma del sepulcro, dísteme vida, para que no descendiese á la sepultura.
Cantad á Jehová, vosotros sus santos, y celebrad la memoria de su santidad.
Y dije yo en mi prosperidad: no seré jamás conmovido;
Oye, oh Jehová, y ten misericordia de mí: Jehová, sé tú mi ayudador.
Por tanto á ti cantaré, gloria mía, y no estaré callado. Jehová Dios mío, te alabaré para siempre.
Inclina á mí tu oído, líbrame presto; séme por roca de fortaleza, por casa fuerte para salvarme.
Porque tú eres mi roca y mi castillo; y por tu nombre me guiarás, y me encaminarás.
En tu mano encomiendo mi espíritu: tú me has redimido, oh Jehová, Dios de verdad.
Aborrecí á los que esperan en vanidades ilusorias; mas yo en Jehová he esperado.
Y no me encerraste en mano del enemigo; hiciste estar mis pies en anchura.
Ten misericordia de mí, oh Jehová, que estoy en angustia: hanse consumido de pesar mis ojos, mi alma, y mis entrañas.
Mas yo en ti confié, oh Jehová: yo dije: Dios mío eres tú.
En tu mano están mis tiempos: líbrame de la mano de mis enemigos, y de mis perseguidores.
Haz resplandecer tu rostro sobre tu siervo: sálvame por tu misericordia.
Enmudezcan los labios mentirosos, que hablan contra el justo cosas duras, con soberbia y menosprecio.
Amad á Jehová todos vosotros sus santos: á los fieles guarda Jehová, y paga abundantemente al que obra con soberbia.
Mientras callé, envejeciéronse mis huesos en mi gemir todo el día.
Te haré entender, y te enseñaré el camino en que debes andar: sobre ti fijaré mis ojos.
Muchos dolores para el impío; mas el que espera en Jehová, lo cercará misericordia.
Alegraos en Jehová, y gozaos, justos: y cantad todos vosotros los rectos de corazón.
Cantadle canción nueva: hacedlo bien tañendo con júbilo.
Porque recta es la palabra de Jehová, y toda su obra con verdadhecha.
El ama justicia y juicio: de la misericordia de Jehová está llena la tierra.
Por la palabra de Jehová fueron hechos los cielos, y todo el ejército de ellos por el espíritu de su boca.
Porque él dijo, y fué hecho; él mandó, y existió.
El consejo de Jehová permanecerá para siempre; los pensamientos de su corazón por todas las generaciones.
Desde los cielos miró Jehová; vió á todos los hijos de los hombres:
El formó el corazón de todos ellos; él considera todas sus obras.
Vanidad es el caballo para salvarse: por la grandeza de su fuerza no librará.
Para librar sus almas de la muerte, y para darles vida en el hambre.
Nuestra alma esperó á Jehová; nuestra ayuda y nuestro escudo es él.
Por tanto en él se alegrará nuestro corazón, porque en su santo nombre hemos confiado.
Sea tu misericordia, oh Jehová, sobre nosotros, como esperamos en ti.
El ángel de Jehová acampa en derredor de los que le temen, y los defiende.
Gustad, y ved que es bueno Jehová: dichoso el hombre que confiará en él.
Venid, hijos, oidme; el temor de Jehová os enseñaré.
¿Quién es el hombre que desea vida, que codicia días para ver bien?
Apártate del mal, y haz el bien; busca la paz, y síguela.
Los ojos de Jehová están sobre los justos, y atentos sus oídos al clamor de ellos.
La ira de Jehová contra los que mal hacen, para cortar de la tierra la memoria de ellos.
Cercano está Jehová á los quebrantados de corazón; y salvará á los contritos de espíritu.
Muchos son los males del justo; mas de todos ellos lo librará Jehová.
El guarda todos sus huesos; ni uno de ellos será quebrantado.
Matará al malo la maldad; y los que aborrecen al justo serán asolados.
Salmo de David. Disputa, oh Jehová, con los que contra mí contienden; pelea con los que me combaten.
Echa mano al escudo y al pavés, y levántate en mi ayuda.
Sean como el tamo delante del viento; y el ángel de Jehoválosacose.
Sea su camino oscuridad y resbaladeros; y el ángel de Jehová los persiga.
Levantáronse testigos falsos; demandáronme lo que no sabía;
Volviéronme mal por bien, para abatir á mi alma.
Con los lisonjeros escarnecedores truhanes, crujiendo sobre mí sus dientes.
Te confesaré en grande congregación; te alabaré entre numeroso pueblo.
Porque no hablan paz; y contra los mansos de la tierra piensan palabras engañosas.
Júzgame conforme á tu justicia, Jehová Dios mío; y no se alegren de mí.
No digan en su corazón: ¡Ea, alma nuestra! No digan: ¡Hémoslo devorado!
Las palabras de su boca son iniquidad y fraude; no quiso entender para bien hacer.
Iniquidad piensa sobre su cama; está en camino no bueno, el mal no aborrece.
Jehová, hasta los cielos es tu misericordia; tu verdad hasta las nubes.
Porque contigo está el manantial de la vida: en tu luz veremos la luz.
No venga contra mí pie de soberbia; y mano de impíos no me mueva.
Allí cayeron los obradores de iniquidad; fueron rempujados, y no pudieron levantarse.
Salmo de David. No te impacientes á causa de los malignos, ni tengas envidia de los que hacen iniquidad.
Espera en Jehová, y haz bien; vivirás en la tierra, y en verdad serás alimentado.
Pon asimismo tu delicia en Jehová, y él te dará las peticiones de tu corazón.
Y exhibirá tu justicia como la luz, y tus derechos como el medio día.
Pues de aquí á poco no será el malo: y contemplarás sobre su lugar, y no parecerá.
Pero los mansos heredarán la tierra, y se recrearán con abundancia de paz.
Maquina el impío contra el justo, y cruje sobre él sus dientes.
El Señor se reirá de él; porque ve que viene su día.
Porque los brazos de los impíos serán quebrados: mas el que sostiene á los justos es Jehová.
El impío toma prestado, y no paga; mas el justo tiene misericordia, y da.
Por Jehová son ordenados los pasos del hombre, y aprueba su camino.
Cuando cayere, no quedará postrado; porque Jehová sostiene su mano.
En todo tiempo tiene misericordia, y presta; y su simiente es para bendición.
Apártate del mal, y haz el bien, y vivirás para siempre.
Los justos heredarán la tierra, y vivirán para siempre sobre ella.
La boca del justo hablará sabiduría; y su lengua proferirá juicio.
La ley de su Dios está en su corazón; por tanto sus pasos no vacilarán.
Mas los transgresores fueron todos á una destruídos: la postrimería de los impíos fué talada.
Pero la salvación de los justos es de Jehová, y él es su fortaleza en el tiempo de angustia.
Porque tus saetas descendieron á mí, y sobre mí ha caído tu mano.
Porque mis iniquidades han pasado mi cabeza: como carga pesada se han agravado sobre mí.
Pudriéronse, corrompiéronse mis llagas, á causa de mi locura.
Estoy encorvado, estoy humillado en gran manera, ando enlutado todo el día.
Estoy debilitado y molido en gran manera; bramo á causa de la conmoción de mi corazón.
Mi corazón está acongojado, hame dejado mi vigor; y aun la misma luz de mis ojos no está conmigo.
Mis amigos y mis compañeros se quitaron de delante de mi plaga; y mis cercanos se pusieron lejos.
Mas yo, como si fuera sordo, no oía; y estaba como un mudo, que no abre su boca.
Fuí pues como un hombre que no oye, y que en su boca no tiene reprensiones.
Porque dije: Que no se alegren de mí: cuando mi pie resbalaba, sobre mí se engrandecían.
Porque mis enemigos están vivos y fuertes: y hanse aumentado los que me aborrecen sin causa:
No me desampares, oh Jehová: Dios mío, no te alejes de mí.
Apresúrate á ayudarme, oh Señor, mi salud.
Enmudecí con silencio, calléme aun respecto de lo bueno: y excitóse mi dolor.
Enardecióse mi corazón dentro de mí; encendióse fuego en mi meditación, y así proferí con mi lengua:
Y ahora, Señor, ¿qué esperaré? Mi esperanza en ti está.
Líbrame de todas mis rebeliones; no me pongas por escarnio del insensato.
Enmudecí, no abrí mi boca; porque tú lo hiciste.
Quita de sobre mí tu plaga; de la guerra de tu mano soy consumido.
Puso luego en mi boca canción nueva, alabanza á nuestro Dios. Verán esto muchos, y temerán, y esperarán en Jehová.
El hacer tu voluntad, Dios mío, hame agradado; y tu ley está en medio de mis entrañas.
Anunciado he justicia en grande congregación: he aquí no detuve mis labios, Jehová, tú lo sabes.
Sean asolados en pago de su afrenta los que me dicen: ¡Ea, ea!
Aunque afligido yo y necesitado, Jehová pensará de mí: mi ayuda y mi libertador eres tú; Dios mío, no te tardes.
Jehová lo sustentará sobre el lecho del dolor: mullirás toda su cama en su enfermedad.
Yo dije: Jehová, ten misericordia de mí; sana mi alma, porque contra ti he pecado.
Mis enemigos dicen mal de mí preguntando: ¿Cuándo morirá, y perecerá su nombre?
Cosa pestilencial de él se ha apoderado; y el que cayó en cama, no volverá á levantarse.
Aun el hombre de mi paz, en quien yo confiaba, el que de mi pan comía, alzó contra mí el calcañar.
Bendito sea Jehová, el Dios de Israel, por siglos de siglos. Amén y Amén.
Mi alma tiene sed de Dios, del Dios vivo: ¡cuándo vendré, y pareceré delante de Dios!
Fueron mis lágrimas mi pan de día y de noche, mientras me dicen todos los días: ¿Dónde está tu Dios?
Envía tu luz y tu verdad: éstas me guiarán, me conducirán al monte de tu santidad, y á tus tabernáculos.
Por medio de ti sacudiremos á nuestros enemigos: en tu nombre atropellaremos á nuestros adversarios.
Porque no confiaré en mi arco, ni mi espada me salvará.
Pues tú nos has guardado de nuestros enemigos, y has avergonzado á los que nos aborrecían.
Empero nos has desechado, y nos has hecho avergonzar; y no sales en nuestros ejércitos.
Nos hiciste retroceder del enemigo, y saqueáronnos para sí los que nos aborrecían.
Pusístenos como á ovejas para comida, y esparcístenos entre las gentes.
Has vendido tu pueblo de balde, y no pujaste en sus precios.
Pusístenos por vergüenza á nuestros vecinos, por escarnio y por burla á los que nos rodean.
Pusístenos por proverbio entre las gentes, por movimiento de cabeza en los pueblos.
Por la voz del que me vitupera y deshonra, por razón del enemigo y del que se venga.
Empero por tu causa nos matan cada día; somos tenidos como ovejas para el matadero.
Porque nuestra alma está agobiada hasta el polvo: nuestro vientre está pegado con la tierra.
Levántate para ayudarnos, y redímenos por tu misericordia.
Tus saetas agudas con que caerán pueblos debajo de ti, penetrarán en el corazón de los enemigos del Rey.
Tu trono, oh Dios, eterno y para siempre: vara de justicia la vara de tu reino.
Hijas de reyes entre tus ilustres: está la reina á tu diestra con oro de Ophir.
Y deseará el rey tu hermosura: é inclínate á él, porque él es tu Señor.
Y las hijas de Tiro vendrán con presente; implorarán tu favor los ricos del pueblo.
En lugar de tus padres serán tus hijos, á quienes harás príncipes en toda la tierra.
Por tanto no temeremos aunque la tierra sea removida; aunque se traspasen los montes al corazón de la mar.
Del río sus conductos alegrarán la ciudad de Dios, el santuario de las tiendas del Altísimo.
Venid, ved las obras de Jehová, que ha puesto asolamientos en la tierra.
Estad quietos, y conoced que yo soy Dios: ensalzado he de ser entre las gentes, ensalzado seré en la tierra.
El sujetará á los pueblos debajo de nosotros, y á las gentes debajo de nuestros pies.
Cantad á Dios, cantad: cantad á nuestro Rey, cantad.
Porque Dios es el Rey de toda la tierra: cantad con inteligencia.
Reinó Dios sobre las gentes: asentóse Dios sobre su santo trono.
Hermosa provincia, el gozo de toda la tierra es el monte de Sión, á los lados del aquilón, la ciudad del gran Rey.
Dios en sus palacios es conocido por refugio.
Tomólos allí temblor; dolor, como á mujer que pare.
Con viento solano quiebras tú las naves de Tharsis.
Andad alrededor de Sión, y rodeadla: contad sus torres.
Porque este Dios es Dios nuestro eternalmente y para siempre: él nos capitaneará hasta la muerte.
Así los plebeyos como los nobles, el rico y el pobre juntamente.
Mi boca hablará sabiduría; y el pensamiento de mi corazón inteligencia.
¿Por qué he de temer en los días de adversidad, cuando la iniquidad de mis insidiadores me cercare?
Pues se ve que mueren los sabios, así como el insensato y el necio perecen, y dejan á otros sus riquezas.
Mas el hombre no permanecerá en honra: es semejante á las bestias que perecen.
Porque en muriendo no llevará nada, ni descenderá tras él su gloria.
Entrará á la generación de sus padres: no verán luz para siempre.
El hombre en honra que no entiende, semejante es á las bestias que perecen.
Vendrá nuestro Dios, y no callará: fuego consumirá delante de él, y en derredor suyo habrá tempestad grande.
Convocará á los cielos de arriba, y á la tierra, para juzgar á su pueblo.
Oye, pueblo mío, y hablaré: escucha, Israel, y testificaré contra ti: yo soy Dios, el Dios tuyo.
No te reprenderé sobre tus sacrificios, ni por tus holocaustos, que delante de mí están siempre.
Porque mía es toda bestia del bosque, y los millares de animales en los collados.
Conozco todas las aves de los montes, y en mi poder están las fieras del campo.
¿Tengo de comer yo carne de toros, ó de beber sangre de machos cabríos?
E invócame en el día de la angustia: te libraré, y tú me honrarás.
Tu boca metías en mal, y tu lengua componía engaño.
Tomabas asiento, y hablabas contra tu hermano; contra el hijo de tu madre ponías infamia.
Entended ahora esto, los que os olvidáis de Dios; no sea que arrebate, sin que nadie libre.
Lávame más y más de mi maldad, y límpiame de mi pecado.
Purifícame con hisopo, y seré limpio: lávame, y seré emblanquecido más que la nieve.
Hazme oir gozo y alegría; y se recrearán los huesos que has abatido.
No me eches de delante de ti; y no quites de mí tu santo espíritu.
Enseñaré á los prevaricadores tus caminos; y los pecadores se convertirán á ti.
Señor, abre mis labios; y publicará mi boca tu alabanza.
Porque no quieres tú sacrificio, que yo daría; no quieres holocausto.
Mas yo estoy como oliva verde en la casa de Dios: en la misericordia de Dios confío perpetua y eternalmente.
Dios desde los cielos miró sobre los hijos de los hombres, por ver si hay algún entendido que busque á Dios.
Cada uno se había vuelto atrás; todos se habían corrompido: no hay quien haga bien, no hay ni aun uno.
Oh Dios, oye mi oración; escucha las razones de mi boca.
Voluntariamente sacrificaré á ti; alabaré tu nombre, oh Jehová, porque es bueno.
Porque me ha librado de toda angustia, y en mis enemigos vieron mis ojos mi deseo.
Y dije: ¡Quién me diese alas como de paloma! volaría yo, y descansaría.
Día y noche la rodean sobre sus muros; é iniquidad y trabajo hay en medio de ella.
Agravios hay en medio de ella, y el fraude y engaño no se apartan de sus plazas.
Que juntos comunicábamos dulcemente los secretos, á la casa de Dios andábamos en compañía.
Condenados sean á muerte, desciendan vivos al infierno: porque maldades hay en su compañía, entre ellos.
Yo á Dios clamaré; y Jehová me salvará.
Tarde y mañana y á medio día oraré y clamaré; y él oirá mi voz.
Extendió sus manos contra sus pacíficos: violó su pacto.
Apúranme mis enemigos cada día; porque muchos son los que pelean contra mí, oh Altísimo.
En el día que temo, yo en ti confío.
En Dios alabaré su palabra: en Dios he confiado, no temeré lo que la carne me hiciere.
Reúnense, escóndense, miran ellos atentamente mis pasos, esperando mi vida.
¿Escaparán ellos por la iniquidad? Oh Dios, derriba en tu furor los pueblos.
Serán luego vueltos atrás mis enemigos el día que yo clamare: en esto conozco que Dios es por mí.
En Dios alabaré su palabra; en Jehová alabaré su palabra.
En Dios he confiado: no temeré lo que me hará el hombre.
Sobre mí, oh Dios, están tus votos: te tributaré alabanzas.
Despierta, oh gloria mía; despierta, salterio y arpa: levantaréme de mañana.
Porque grande es hasta los cielos tu misericordia, y hasta las nubes tu verdad.
Ensálzate sobre los cielos, oh Dios; sobre toda la tierra tu gloria.
Antes con el corazón obráis iniquidades: hacéis pesar la violencia de vuestras manos en la tierra.
Enajenáronse los impíos desde la matriz; descarriáronse desde el vientre, hablando mentira.
Pasen ellos como el caracol que se deslíe: como el abortivo de mujer, no vean el sol.
Líbrame de los que obran iniquidad, y sálvame de hombres sanguinarios.
Sin delito mío corren y se aperciben: despierta para venir á mi encuentro, y mira.
Volveránse á la tarde, ladrarán como perros, y rodearán la ciudad.
He aquí proferirán con su boca; cuchillos están en sus labios, porque dicen: ¿Quién oye?
Mas tú, Jehová, te reirás de ellos, te burlarás de todas las gentes.
De su fuerza esperaré yo en ti: porque Dios es mi defensa.
El Dios de mi misericordia me prevendrá: Dios me hará ver en mis enemigos mi deseo.
Fortaleza mía, á ti cantaré; porque eres Dios de mi amparo, Dios de mi misericordia.
Para que se libren tus amados, salva con tu diestra, y óyeme.
Moab, la vasija de mi lavatorio; sobre Edom echaré mi zapato: haz júbilo sobre mí, oh Palestina.
¿Quién me llevará á la ciudad fortalecida? ¿quién me llevará hasta Idumea?
Ciertamente, tú, oh Dios, que nos habías desechado; y no salías, oh Dios, con nuestros ejércitos.
Danos socorro contra el enemigo, que vana es la salud de los hombres.
Al Músico principal: sobre Neginoth: Salmo de David. Oye, oh Dios, mi clamor; á mi oración atiende.
Desde el cabo de la tierra clamaré á ti, cuando mi corazón desmayare: á la peña más alta que yo me conduzcas.
Porque tú has sido mi refugio, y torre de fortaleza delante del enemigo.
Porque tú, oh Dios, has oído mis votos, has dado heredad á los que temen tu nombre.
Días sobre días añadirás al rey: sus años serán como generación y generación.
Estará para siempre delante de Dios: misericordia y verdad prepara que lo conserven.
Así cantaré tu nombre para siempre, pagando mis votos cada día.
Al Músico principal: á Jeduthún: Salmo de David. En Dios solamente está acallada mi alma: de él viene mi salud.
El solamente es mi fuerte, y mi salud; es mi refugio, no resbalaré mucho.
¿Hasta cuándo maquinaréis contra un hombre? Pereceréis todos vosotros, caeréis como pared acostada, como cerca ruinosa.
Alma mía, en Dios solamente reposa; porque de él es mi esperanza.
El solamente es mi fuerte y mí salud: es mi refugio, no resbalaré.
Y de ti, oh Señor, es la misericordia: porque tú pagas á cada uno conforme á su obra.
Porque mejor es tu misericordia que la vida: mis labios te alabarán.
Así te bendeciré en mi vida: en tu nombre alzaré mis manos.
Cuando me acordaré de ti en mi lecho, cuando meditaré de ti en las velas de la noche.
Porque has sido mi socorro; y así en la sombra de tus alas me regocijaré.
Está mi alma apegada á ti: tu diestra me ha sostenido.
Mas los que para destrucción buscaron mi alma, caerán en los sitios bajos de la tierra.
Destruiránlos á filo de espada; serán porción de las zorras.
Al Músico principal: Salmo de David. Escucha, oh Dios, mi voz en mi oración: guarda mi vida del miedo del enemigo.
Escóndeme del secreto consejo de los malignos; de la conspiración de los que obran iniquidad:
Mas Dios los herirá con saeta; de repente serán sus plagas.
Y harán caer sobre sí sus mismas lenguas: se espantarán todos los que los vieren.
Y temerán todos los hombres, y anunciarán la obra de Dios, y entenderán su hecho.
Al Músico principal: Salmo: Cántico de David. A ti es plácida la alabanza en Sión, oh Dios: y á ti se pagarán los votos.
Palabras de iniquidades me sobrepujaron: mas nuestras rebeliones tú las perdonarás.
Tú, el que afirma los montes con su potencia, ceñido de valentía:
El que amansa el estruendo de los mares, el estruendo de sus ondas, y el alboroto de las gentes.
Haces se empapen sus surcos, haces descender sus canales: ablándasla con lluvias, bendices sus renuevos.
Destilan sobre las estancias del desierto; y los collados se ciñen de alegría.
Vístense los llanos de manadas, y los valles se cubren de grano: dan voces de júbilo, y aun cantan.
Al Músico principal: Cántico: Salmo. Aclamad á Dios con alegría, toda la tierra:
Venid, y ved las obras de Dios, terrible en hechos sobre los hijos de los hombres.
Volvió la mar en seco; por el río pasaron á pie; allí en él nos alegramos.
Porque tú nos probaste, oh Dios: ensayástenos como se afina la plata.
Nos metiste en la red; pusiste apretura en nuestros lomos.
Que pronunciaron mis labios, y habló mi boca, cuando angustiado estaba.
Venid, oid todos los que teméis á Dios, y contaré lo que ha hecho á mi alma.
Bendito Dios, que no echó de sí mi oración, ni de mí su misericordia.
Alábente los pueblos, oh Dios; alábente los pueblos todos.
Alábente los pueblos, oh Dios: todos los pueblos te alaben.
La tierra dará su fruto: nos bendecirá Dios, el Dios nuestro.
Padre de huérfanos y defensor de viudas, es Dios en la morada de su santuario:
Abundante lluvia esparciste, oh Dios, á tu heredad; y cuando se cansó, tú la recreaste.
Los que son de tu grey han morado en ella: por tu bondad, oh Dios, has provisto al pobre.
Cuando esparció el Omnipotente los reyes en ella, emblanquecióse ésta como la nieve en Salmón.
Dios, nuestro Dios ha de salvarnos; y de Dios Jehová es el librar de la muerte.
Ciertamente Dios herirá la cabeza de sus enemigos, la cabelluda mollera del que camina en sus pecados.
Vieron tus caminos, oh Dios; los caminos de mi Dios, de mi Rey, en el santuario.
Tu Dios ha ordenado tu fuerza; confirma, oh Dios, lo que has obrado en nosotros.
Vendrán príncipes de Egipto; Etiopía apresurará sus manos á Dios.
Terrible eres, oh Dios, desde tus santuarios: el Dios de Israel, él da fortaleza y vigor á su pueblo. Bendito Dios.
Estoy hundido en cieno profundo, donde no hay pie: he venido á abismos de aguas, y la corriente me ha anegado.
Cansado estoy de llamar; mi garganta se ha enronquecido; han desfallecido mis ojos esperando á mi Dios.
Dios, tú sabes mi locura; y mis delitos no te son ocultos.
Porque por amor de ti he sufrido afrenta; confusión ha cubierto mi rostro.
He sido extrañado de mis hermanos, y extraño á los hijos de mi madre.
Porque me consumió el celo de tu casa; y los denuestos de los que te vituperaban, cayeron sobre mí.
Y lloré afligiendo con ayuno mi alma; y esto me ha sido por afrenta.
Puse además saco por mi vestido; y vine á serles por proverbio.
Hablaban contra mí los que se sentaban á la puerta, y me zaherían en las canciones de los bebedores de sidra.
No me anegue el ímpetu de las aguas, ni me suerba la hondura, ni el pozo cierre sobre mí su boca.
Oyeme, Jehová, porque apacible es tu misericordia; mírame conforme á la multitud de tus miseraciones.
Y no escondas tu rostro de tu siervo; porque estoy angustiado; apresúrate, óyeme.
Acércate á mi alma, redímela: líbrame á causa de mis enemigos.
Tú sabes mi afrenta, y mi confusión, y mi oprobio: delante de ti están todos mis enemigos.
Pusiéronme además hiel por comida, y en mi sed me dieron á beber vinagre.
Porque persiguieron al que tú heriste; y cuentan del dolor de los que tú llagaste.
Sean raídos del libro de los vivientes, y no sean escritos con los justos.
Alabaré yo el nombre de Dios con cántico, ensalzarélo con alabanza.
Y agradará á Jehová más que sacrificio de buey, ó becerro que echa cuernos y uñas.
Veránlo los humildes, y se gozarán; buscad á Dios, y vivirá vuestro corazón.
Porque Jehová oye á los menesterosos, y no menosprecia á sus prisioneros.
Alábenlo los cielos y la tierra, los mares, y todo lo que se mueve en ellos.
Porque Dios guardará á Sión, y reedificará las ciudades de Judá; y habitarán allí, y la poseerán.
Y la simiente de sus siervos la heredará, y los que aman su nombre habitarán en ella.
Yo estoy afligido y menesteroso; apresúrate á mí, oh Dios: ayuda mía y mi libertador eres tú; oh Jehová, no te detengas.
En ti, oh Jehová, he esperado; no sea yo confuso para siempre.
Dios mío, líbrame de la mano del impío, de la mano del perverso y violento.
Porque tú, oh Señor Jehová, eres mi esperanza: seguridad mía desde mi juventud.
Como prodigio he sido á muchos; y tú mi refugio fuerte.
No me deseches en el tiempo de la vejez; cuando mi fuerza se acabare, no me desampares.
Diciendo: Dios lo ha dejado: perseguid y tomadle, porque no hay quien le libre.
Oh Dios, no te alejes de mí: Dios mío, acude presto á mi socorro.
Mas yo siempre esperaré, y añadiré sobre toda tu alabanza.
Mi boca publicará tu justicia y tu salud todo el día, aunque no sé el número de ellas.
Vendré á las valentías del Señor Jehová: haré memoria de sola tu justicia.
Oh Dios, enseñásteme desde mi mocedad; y hasta ahora he manifestado tus maravillas.
Y tu justicia, oh Dios, hasta lo excelso; porque has hecho grandes cosas: oh Dios, ¿quién como tú?
Aumentarás mi grandeza, y volverás á consolarme.
Para Salomón. Oh Dios, da tus juicios al rey, y tu justicia al hijo del rey.
Juzgará los afligidos del pueblo, salvará los hijos del menesteroso, y quebrantará al violento.
Temerte han mientras duren el sol y la luna, por generación de generaciones.
Descenderá como la lluvia sobre la hierba cortada; como el rocío que destila sobre la tierra.
Florecerá en sus días justicia, y muchedumbre de paz, hasta que no haya luna.
Y dominará de mar á mar, y desde el río hasta los cabos de la tierra.
Delante de él se postrarán los Etiopes; y sus enemigos lamerán la tierra.
Los reyes de Tharsis y de las islas traerán presentes: los reyes de Sheba y de Seba ofrecerán dones.
Y arrodillarse han á él todos los reyes; le servirán todas las gentes.
Tendrá misericordia del pobre y del menesteroso, y salvará las almas de los pobres.
De engaño y de violencia redimirá sus almas; y la sangre de ellos será preciosa en sus ojos.
Acábanse las oraciones de David, hijo de Isaí.
Porque tuve envidia de los insensatos, viendo la prosperidad de los impíos.
Soltáronse, y hablan con maldad de hacer violencia; hablan con altanería.
Ponen en el cielo su boca, y su lengua pasea la tierra.
Si dijera yo, Discurriré de esa suerte; he aquí habría negado la nación de tus hijos:
¡Cómo han sido asolados! ¡cuán en un punto! Acabáronse, fenecieron con turbaciones.
Como sueño del que despierta, así, Señor, cuando despertares, menospreciarás sus apariencias.
Mi carne y mi corazón desfallecen: mas la roca de mi corazón y mi porción es Dios para siempre.
Porque he aquí, los que se alejan de ti perecerán: tú cortarás á todo aquel que fornicando, de ti se aparta.
Han puesto á fuego tus santuarios, han profanado el tabernáculo de tu nombre echándolo á tierra.
¿Hasta cuándo, oh Dios, el angustiador nos afrentará? ¿ha de blasfemar el enemigo perpetuamente tu nombre?
Empero Dios es mi rey ya de antiguo; el que obra saludes en medio de la tierra.
Tú magullaste las cabezas del leviathán; dístelo por comida al pueblo de los desiertos.
Tú estableciste todos los términos de la tierra: el verano y el invierno tú los formaste.
No entregues á las bestias el alma de tu tórtola: y no olvides para siempre la congregación de tus afligidos.
No vuelva avergonzado el abatido: el afligido y el menesteroso alabarán tu nombre.
No olvides las voces de tus enemigos: el alboroto de los que se levantan contra ti sube continuamente.
Cuando yo tuviere tiempo, yo juzgaré rectamente.
Porque ni de oriente, ni de occidente, ni del desierto viene el ensalzamiento.
Mas Dios es el juez: á éste abate, y á aquél ensalza.
Mas yo anunciaré siempre, cantaré alabanzas al Dios de Jacob.
Ilustre eres tú; fuerte, más que los montes de caza.
Los fuertes de corazón fueron despojados, durmieron su sueño; y nada hallaron en sus manos todos los varones fuertes.
A tu reprensión, oh Dios de Jacob, el carro y el caballo fueron entorpecidos.
Ciertamente la ira del hombre te acarreará alabanza: tú reprimirás el resto de las iras.
Tenías los párpados de mis ojos: estaba yo quebrantado, y no hablaba.
Acordábame de mis canciones de noche; meditaba con mi corazón, y mi espíritu inquiría.
¿Desechará el Señor para siempre, y no volverá más á amar?
¿Hase acabado para siempre su misericordia? ¿hase acabado la palabra suya para generación y generación?
Y dije: Enfermedad mía es esta; traeré pues á la memoria los años de la diestra del Altísimo.
Acordaréme de las obras de JAH: sí, haré yo memoria de tus maravillas antiguas.
Oh Dios, en santidad es tu camino: ¿qué Dios grande como el Dios nuestro?
Viéronte las aguas, oh Dios; viéronte las aguas, temieron; y temblaron los abismos.
Las nubes echaron inundaciones de aguas; tronaron los cielos, y discurrieron tus rayos.
Anduvo en derredor el sonido de tus truenos; los relámpagos alumbraron el mundo; estremecióse y tembló la tierra.
En la mar fué tu camino, y tus sendas en las muchas aguas; y tus pisadas no fueron conocidas.
Condujiste á tu pueblo como ovejas, por mano de Moisés y de Aarón.
Los hijos de Ephraim armados, flecheros, volvieron las espaldas el día de la batalla.
No guardaron el pacto de Dios, ni quisieron andar en su ley:
Antes se olvidaron de sus obras, y de sus maravillas que les había mostrado.
Pues tentaron á Dios en su corazón, pidiendo comida á su gusto.
Y hablaron contra Dios, diciendo: ¿Podrá poner mesa en el desierto?
E hizo llover sobre ellos maná para comer, y dióles trigo de los cielos.
Pan de nobles comió el hombre: envióles comida á hartura.
Movió el solano en el cielo, y trajo con su fortaleza el austro.
E hizo llover sobre ellos carne como polvo, y aves de alas como arena de la mar.
Cuando vino sobre ellos el furor de Dios, y mató los más robustos de ellos, y derribó los escogidos de Israel.
Consumió por tanto en nada sus días, y sus años en la tribulación.
Si los mataba, entonces buscaban á Dios; entonces se volvían solícitos en busca suya.
Y acordábanse que Dios era su refugio, y el Dios Alto su redentor.
Mas le lisonjeaban con su boca, y con su lengua le mentían:
Pues sus corazones no eran rectos con él, ni estuvieron firmes en su pacto.
¡Cuántas veces lo ensañaron en el desierto, lo enojaron en la soledad!
Y volvían, y tentaban á Dios, y ponían límite al Santo de Israel.
No se acordaron de su mano, del día que los redimió de angustia;
Y volvió sus ríos en sangre, y sus corrientes, porque no bebiesen.
Envió entre ellos una mistura de moscas que los comían, y ranas que los destruyeron.
Dió también al pulgón sus frutos, y sus trabajos á la langosta.
Envió sobre ellos el furor de su saña, ira y enojo y angustia, con misión de malos ángeles.
Empero hizo salir á su pueblo como ovejas, y llevólos por el desierto, como un rebaño.
Sino que se volvieron, y se rebelaron como sus padres: volviéronse como arco engañoso.
El fuego devoró sus mancebos, y sus vírgenes no fueron loadas en cantos nupciales.
Sus sacerdotes cayeron á cuchillo, y sus viudas no lamentaron.
Entonces despertó el Señor á la manera del que ha dormido, como un valiente que grita excitado del vino:
Sino que escogió la tribu de Judá, el monte de Sión, al cual amó.
Y apacentólos con entereza de su corazón; y pastoreólos con la pericia de sus manos.
Derramaron su sangre como agua en los alrededores de Jerusalem; y no hubo quien los enterrase.
¿Hasta cuándo, oh Jehová? ¿has de estar airado para siempre? ¿arderá como fuego tu celo?
Y torna á nuestros vecinos en su seno siete tantos de su infamia, con que te han deshonrado, oh Jehová.
Despierta tu valentía delante de Ephraim, y de Benjamín, y de Manasés, y ven á salvarnos.
Pusístenos por contienda á nuestros vecinos: y nuestros enemigos se burlan entre sí.
Oh Dios de los ejércitos, haznos tornar; y haz resplandecer tu rostro, y seremos salvos.
Limpiaste sitio delante de ella, é hiciste arraigar sus raíces, y llenó la tierra.
Los montes fueron cubiertos de su sombra; y sus sarmientos como cedros de Dios.
¿Por qué aportillaste sus vallados, y la vendimian todos los que pasan por el camino?
Estropeóla el puerco montés, y pacióla la bestia del campo.
Y la planta que plantó tu diestra, y el renuevo que para ti corroboraste.
Oh Jehová, Dios de los ejércitos, haznos tornar; haz resplandecer tu rostro, y seremos salvos.
Tomad la canción, y tañed el adufe, el arpa deliciosa con el salterio.
Tocad la trompeta en la nueva luna, en el día señalado, en el día de nuestra solemnidad.
Porque estatuto es de Israel, ordenanza del Dios de Jacob.
Aparté su hombro de debajo de la carga; sus manos se quitaron de vasijas de barro.
Yo soy Jehová tu Dios, que te hice subir de la tierra de Egipto: ensancha tu boca, y henchirla he.
Mas mi pueblo no oyó mi voz, é Israel no me quiso á mí.
En una nada habría yo derribado sus enemigos, y vuelto mi mano sobre sus adversarios.
Los aborrecedores de Jehová se le hubieran sometido; y el tiempo de ellos fuera para siempre.
Y Dios lo hubiera mantenido de grosura de trigo: y de miel de la piedra te hubiera saciado.
Salmo de Asaph. Dios está en la reunión de los dioses; en medio de los dioses juzga.
Librad al afligido y al necesitado: libradlo de mano de los impíos.
Yo dije: Vosotros sois dioses, é hijos todos vosotros del Altísimo.
Empero como hombres moriréis, y caeréis como cualquiera de los tiranos.
Levántate, oh Dios, juzga la tierra: porque tú heredarás en todas las gentes.
Sobre tu pueblo han consultado astuta y secretamente, y han entrado en consejo contra tus escondidos.
Por esto han conspirado de corazón á una, contra ti han hecho liga;
Que han dicho: Heredemos para nosotros las moradas de Dios.
Dios mío, ponlos como á torbellinos; como á hojarascas delante del viento.
Y conozcan que tu nombre es JEHOVÁ; tú solo Altísimo sobre toda la tierra.
Bienaventurado el hombre que tiene su fortaleza en ti; en cuyo corazón están tus caminos.
Atravesando el valle de Baca pónenle por fuente, cuando la lluvia llena los estanques.
Mira, oh Dios, escudo nuestro, y pon los ojos en el rostro de tu ungido.
Dejaste toda tu saña: te volviste de la ira de tu furor.
Vuélvenos, oh Dios, salud nuestra, y haz cesar tu ira de sobre nosotros.
¿No volverás tú á darnos vida, y tu pueblo se alegrará en ti?
Muéstranos, oh Jehová, tu misericordia, y danos tu salud.
La misericordia y la verdad se encontraron: la justicia y la paz se besaron.
La verdad brotará de la tierra; y la justicia mirará desde los cielos.
Guarda mi alma, porque soy pío: salva tú, oh Dios mío, á tu siervo que en ti, confía.
Alegra el alma de tu siervo: porque á ti, oh Señor, levanto mi alma.
Porque tú, Señor, eres bueno y perdonador, y grande en misericordia para con todos los que te invocan.
Escucha, oh Jehová, mi oración, y está atento á la voz de mis ruegos.
En el día de mi angustia te llamaré: porque tú me respondes.
Oh Señor, ninguno hay como tú entre los dioses, ni obras que igualen tus obras.
Todas las gentes que hiciste vendrán y se humillarán delante de ti, Señor; y glorificarán tu nombre.
Porque tú eres grande, y hacedor de maravillas: tú solo eres Dios.
Enséñame, oh Jehová, tu camino; caminaré yo en tu verdad: consolida mi corazón para que tema tu nombre.
Te alabaré, oh Jehová Dios mío, con todo mi corazón; y glorificaré tu nombre para siempre.
Porque tu misericordia es grande para conmigo; y has librado mi alma del hoyo profundo.
Mas tú, Señor, Dios misericordioso y clemente, lento para la ira, y grande en misericordia y verdad;
A los hijos de Coré: Salmo: Canción. Su cimiento es en montes de santidad.
Y cantores y tañedoresen ella dirán: Todas mis fuentes estarán en ti.
Entre mi oración en tu presencia: inclina tu oído á mi clamor.
Hasme puesto en el hoyo profundo, en tinieblas, en honduras.
Has alejado de mí mis conocidos: hasme puesto por abominación á ellos: encerrado estoy, y no puedo salir.
¿Será conocida en las tinieblas tu maravilla, ni tu justicia en la tierra del olvido?
Mas yo á ti he clamado, oh Jehová; y de mañana mi oración te previno.
¿Por qué, oh Jehová, desechas mi alma? ¿por qué escondes de mí tu rostro?
Hanme rodeado como aguas de continuo; hanme cercado á una.
Porque dije: Para siempre será edificada misericordia; en los mismos cielos apoyarás tu verdad.
Y celebrarán los cielos tu maravilla, oh Jehová; tu verdad también en la congregación de los santos.
Tú tienes dominio sobre la bravura de la mar: cuando se levantan sus ondas, tú las sosiegas.
Tú quebrantaste á Rahab como á un muerto: con el brazo de tu fortaleza esparciste á tus enemigos.
Al aquilón y al austro tú los criaste: Tabor y Hermón cantarán en tu nombre.
Tuyo el brazo con valentía; fuerte es tu mano, ensalzada tu diestra.
Bienaventurado el pueblo que sabe aclamarte: andarán, oh Jehová, á la luz de tu rostro.
En tu nombre se alegrarán todo el día; y en tu justicia serán ensalzados.
Porque tú eres la gloria de su fortaleza; y por tu buena voluntad ensalzarás nuestro cuerno.
No lo avasallará enemigo, ni hijo de iniquidad lo quebrantará.
Y mi verdad y mi misericordia serán con él; y en mi nombre será ensalzado su cuerno.
El me llamará: Mi padre eres tú, mi Dios, y la roca de mi salud.
Yo también le pondré por primogénito, alto sobre los reyes de la tierra.
Si dejaren sus hijos mi ley, y no anduvieren en mis juicios;
Si profanaren mis estatutos, y no guardaren mis mandamientos;
No olvidaré mi pacto, ni mudaré lo que ha salido de mis labios.
Una vez he jurado por mi santidad, que no mentiré á David.
Su simiente será para siempre, y su trono como el sol delante de mí.
Mas tú desechaste y menospreciaste á tu ungido; y te has airado con él.
Rompiste el pacto de tu siervo; has profanado su corona hasta la tierra.
Embotaste asimismo el filo de su espada, y no lo levantaste en la batalla.
Hiciste cesar su brillo, y echaste su trono por tierra.
Porque tus enemigos, oh Jehová, han deshonrado, porque tus enemigos han deshonrado los pasos de tu ungido.
Bendito Jehová para siempre. Amén, y Amén.
Oración de Moisés varón de Dios. Señor, tú nos has sido refugio en generación y en generación.
Vuelves al hombre hasta ser quebrantado, y dices: Convertíos, hijos de los hombres.
Porque mil años delante de tus ojos, son como el día de ayer, que pasó, y como una de las vigilias de la noche.
Háceslos pasar como avenida de aguas; son como sueño; como la hierba que crece en la mañana:
En la mañana florece y crece; á la tarde es cortada, y se seca.
Pusiste nuestras maldades delante de ti, nuestros yerros á la luz de tu rostro.
¿Quién conoce la fortaleza de tu ira, y tu indignación según que debes ser temido?
Vuélvete, oh Jehová: ¿hasta cuándo? y aplácate para con tus siervos.
Alégranos conforme á los días que nos afligiste, y los años que vimos mal.
El que habita al abrigo del Altísimo, morará bajo la sombra del Omnipotente.
Y él te librará del lazo del cazador: de la peste destruidora.
Ni de pestilencia que ande en oscuridad, ni de mortandad que en medio del día destruya.
Caerán á tu lado mil, y diez mil á tu diestra: mas á ti no llegará.
Ciertamente con tus ojos mirarás, y verás la recompensa de los impíos.
Pues que á sus ángeles mandará acerca de ti, que te guarden en todos tus caminos.
En las manos te llevarán, porque tu pie no tropiece en piedra.
Por cuanto en mí ha puesto su voluntad, yo también lo libraré: pondrélo en alto, por cuanto ha conocido mi nombre.
Me invocará, y yo le responderé: con él estaré yo en la angustia: lo libraré, y le glorificaré.
Saciarélo de larga vida, y mostraréle mi salud.
Por cuanto me has alegrado, oh Jehová, con tus obras; en las obras de tus manos me gozo.
Que brotan los impíos como la hierba, y florecen todos los que obran iniquidad, para ser destruídos para siempre.
Empero tú ensalzarás mi cuerno como el de unicornio: seré ungido con aceite fresco.
Plantados en la casa de Jehová, en los atrios de nuestro Dios florecerán.
Para anunciar que Jehová mi fortaleza es recto, y que en él no hay injusticia.
Alzaron los ríos, oh Jehová, alzaron los ríos su sonido; alzaron los ríos sus ondas.
Jehová, Dios de las venganzas, Dios de las venganzas, muéstrate.
Ensálzate, oh Juez de la tierra: da el pago á los soberbios.
¿Hasta cuándo los impíos, hasta cuándo, oh Jehová, se gozarán los impíos?
Y dijeron: No verá JAH, ni entenderá el Dios de Jacob.
Entended, necios del pueblo; y vosotros fatuos, ¿cuándo seréis sabios?
El que castiga las gentes, ¿no reprenderá? ¿no sabrá el que enseña al hombre la ciencia?
Jehová conoce los pensamientos de los hombres, que son vanidad.
Para tranquilizarle en los días de aflicción, en tanto que para el impío se cava el hoyo.
Porque no dejará Jehová su pueblo, ni desamparará su heredad;
Sino que el juicio será vuelto á justicia, y en pos de ella irán todos los rectos de corazón.
¿Quién se levantará por mí contra los malignos? ¿quién estará por mí contra los que obran iniquidad?
Si no me ayudara Jehová, presto morara mi alma en el silencio.
Cuando yo decía: Mi pie resbala: tu misericordia, oh Jehová, me sustentaba.
¿Juntaráse contigo el trono de iniquidades, que forma agravio en el mandamiento?
Mas Jehová me ha sido por refugio; y mi Dios por roca de mi confianza.
Venid, celebremos alegremente á Jehová: cantemos con júbilo á la roca de nuestra salud.
Porque en su mano están las profundidades de la tierra, y las alturas de los montes son suyas.
Suya también la mar, pues él la hizo; y sus manos formaron la seca.
Donde me tentaron vuestros padres, probáronme, y vieron mi obra.
Por tanto juré en mi furor que no entrarían en mi reposo.
Cantad á Jehová canción nueva; cantad á Jehová, toda la tierra.
Cantad á Jehová, bendecid su nombre: anunciad de día en día su salud.
Contad entre las gentes su gloria, en todos los pueblos sus maravillas.
Porque grande es Jehová, y digno de suprema alabanza; terrible sobre todos los dioses.
Dad á Jehová la honra debida á su nombre: tomad presentes, y venid á sus atrios.
Encorvaos á Jehová en la hermosura de su santuario: temed delante de él, toda la tierra.
Alégrense los cielos, y gócese la tierra: brame la mar y su plenitud.
Jehová reinó: regocíjese la tierra: alégrense las muchas islas.
Nube y oscuridad alrededor de él: justicia y juicio son el asiento de su trono.
Sus relámpagos alumbraron el mundo: la tierra vió, y estremecióse.
Los montes se derritieron como cera delante de Jehová, delante del Señor de toda la tierra.
Los cielos denunciaron su justicia, y todos los pueblos vieron su gloria.
Porque tú, Jehová, eres alto sobre toda la tierra: eres muy ensalzado sobre todos los dioses.
Los que á Jehová amáis, aborreced el mal: guarda él las almas de sus santos; de mano de los impíos los libra.
Alegraos, justos, en Jehová: y alabad la memoria de su santidad.
Cantad alegres á Jehová, toda la tierra; levantad la voz, y aplaudid, y salmead.
Brame la mar y su plenitud; el mundo y los que en él habitan;
Jehová reinó, temblarán los pueblos: él está sentado sobre los querubines, conmoveráse la tierra.
Y la gloria del rey ama el juicio: tú confirmas la rectitud; tú has hecho en Jacob juicio y justicia.
Ensalzad á Jehová nuestro Dios, y encorvaos al monte de su santidad; porque Jehová nuestro Dios es santo.
Salmo de alabanza. Cantad alegres á Dios, habitantes detoda la tierra.
Reconoced que Jehová él es Dios: él nos hizo, y no nosotros á nosotros mismos; pueblo suyo somos, y ovejas de su prado.
No pondré delante de mis ojos cosa injusta: aborrezco la obra de los que se desvían: ninguno de ellos se allegará á mí.
No habitará dentro de mi casa el que hace fraude: el que habla mentiras no se afirmará delante de mis ojos.
Porque mis días se han consumido como humo; y mis huesos cual tizón están quemados.
Soy semejante al pelícano del desierto; soy como el buho de las soledades.
A causa de tu enojo y de tu ira; pues me alzaste, y me has arrojado.
Mas tú, Jehová, permanecerás para siempre, y tu memoria para generación y generación.
Porque tus siervos aman sus piedras, y del polvo de ella tienen compasión.
Entonces temerán las gentes el nombre de Jehová, y todos los reyes de la tierra tu gloria;
Por cuanto Jehová habrá edificado á Sión, y en su gloria será visto;
Cuando los pueblos se congregaren en uno, y los reinos, para servir á Jehová.
Tú fundaste la tierra antiguamente, y los cielos son obra de tus manos.
Mas tú eres el mismo, y tus años no se acabarán.
Los hijos de tus siervos habitarán, y su simiente será afirmada delante de ti.
Salmo de David. Bendice, alma mía, á Jehová; y bendigan todas mis entrañas su santo nombre.
El que sacia de bien tu boca de modo que te rejuvenezcas como el águila.
Jehová el que hace justicia y derecho á todos los que padecen violencia.
No contenderá para siempre, ni para siempre guardará el enojo.
Porque como la altura de los cielos sobre la tierra, engrandeció su misericordia sobre los que le temen.
Cuanto está lejos el oriente del occidente, hizo alejar de nosotros nuestras rebeliones.
Como el padre se compadece de los hijos, se compadece Jehová de los que le temen.
Porque él conoce nuestra condición; acuérdase que somos polvo.
El hombre, como la hierba son sus días: florece como la flor del campo.
Sobre los que guardan su pacto, y los que se acuerdan de sus mandamientos para ponerlos por obra.
Bendecid á Jehová, vosotros todos sus ejércitos, ministros suyos, que hacéis su voluntad.
Bendecid á Jehová, vosotras todas sus obras, en todos los lugares de su señorío. Bendice, alma mía, á Jehová.
El que se cubre de luz como de vestidura, que extiende los cielos como una cortina;
El fundó la tierra sobre sus basas; no será jamás removida.
Con el abismo, como con vestido, la cubriste; sobre los montes estaban las aguas.
A tu reprensión huyeron; al sonido de tu trueno se apresuraron;
Subieron los montes, descendieron los valles, al lugar que tú les fundaste.
Pusísteles término, el cual no traspasarán; ni volverán á cubrir la tierra.
Tú eres el que envías las fuentes por los arroyos; van entre los montes.
Abrevan á todas las bestias del campo: quebrantan su sed los asnos montaraces.
Junto á aquellos habitarán las aves de los cielos; entre las ramas dan voces.
El que riega los montes desde sus aposentos: del fruto de sus obras se sacia la tierra.
Allí anidan las aves; en las hayas hace su casa la cigüeña.
Pone las tinieblas, y es la noche: en ella corretean todas las bestias de la selva.
Los leoncillos braman á la presa, y para buscar de Dios su comida.
Sale el sol, recógense, y échanse en sus cuevas.
Sale el hombre á su hacienda, y á su labranza hasta la tarde.
¡Cuán muchas son tus obras, oh Jehová! Hiciste todas ellas con sabiduría: la tierra está llena de tus beneficios.
Asimismo esta gran mar y ancha de términos: en ella pescados sin número, animales pequeños y grandes.
Allí andan navíos; allí este leviathán que hiciste para que jugase en ella.
Todos ellos esperan en ti, para que les des su comida á su tiempo.
Sea la gloria de Jehová para siempre; alégrese Jehová en sus obras;
Serme ha suave hablar de él: yo me alegraré en Jehová.
Sean consumidos de la tierra los pecadores, y los impíos dejen de ser. Bendice, alma mía, á Jehová. Aleluya.
Gloriaos en su santo nombre: alégrese el corazón de los que buscan á Jehová.
Oh vosotros, simiente de Abraham su siervo, hijos de Jacob, sus escogidos.
El es Jehová nuestro Dios; en toda la tierra son sus juicios.
Diciendo: A ti daré la tierra de Canaán por cordel de vuestra heredad.
Esto siendo ellos pocos hombres en número, y extranjeros en ella.
No toquéis, dijo, á mis ungidos, ni hagáis mal á mis profetas.
Envió un varón delante de ellos, á José, que fué vendido por siervo.
Hasta la hora que llegó su palabra, el dicho de Jehová le probó.
Después entró Israel en Egipto, y Jacob fué extranjero en la tierra de Châm.
Y multiplicó su pueblo en gran manera, é hízolo fuerte más que sus enemigos.
Volvió el corazón de ellos para que aborreciesen á su pueblo, para que contra sus siervos pensasen mal.
Echó tinieblas, é hizo oscuridad; y no fueron rebeldes á su palabra.
Volvió sus aguas en sangre, y mató sus pescados.
Volvió en su tierra sus lluvias en granizo, y en fuego de llamaradas.
Dijo, y vinieron langostas, y pulgón sin número;
Y comieron toda la hierba de su país, y devoraron el fruto de su tierra.
Hirió además á todos los primogénitos en su tierra, el principio de toda su fuerza.
Y sacólos con plata y oro; y no hubo en sus tribus enfermo.
Porque se acordó de su santa palabra, dada á Abraham su siervo.
Para que guardasen sus estatutos, y observasen sus leyes. Aleluya.
Dichosos los que guardan juicio, los que hacen justicia en todo tiempo.
Salvólos empero por amor de su nombre, para hacer notoria su fortaleza.
Y reprendió al mar Bermejo, y secólo; é hízoles ir por el abismo, como por un desierto.
Y cubrieron las aguas á sus enemigos: no quedó uno de ellos.
Entonces creyeron á sus palabras, y cantaron su alabanza.
Y desearon con ansia en el desierto; y tentaron á Dios en la soledad.
Y él les dió lo que pidieron; mas envió flaqueza en sus almas.
Abrióse la tierra, y tragó á Dathán, y cubrió la compañía de Abiram.
Hicieron becerro en Horeb, y encorváronse á un vaciadizo.
Antes murmuraron en sus tiendas, y no oyeron la voz de Jehová.
Y humillar su simiente entre las gentes, y esparcirlos por las tierras.
Allegáronse asimismo á Baal-peor, y comieron los sacrificios de los muertos.
Entonces se levantó Phinees, é hizo juicio; y se detuvo la plaga.
Porque hicieron se rebelase su espíritu, como lo expresó con sus labios.
Y sacrificaron sus hijos y sus hijas á los demonios;
Encendióse por tanto el furor de Jehová sobre su pueblo, y abominó su heredad:
Y entrególos en poder de las gentes, y enseñoreáronse de ellos los que los aborrecían.
Y sus enemigos los oprimieron, y fueron quebrantados debajo de su mano.
El con todo, miraba cuando estaban en angustia, y oía su clamor:
Y acordábase de su pacto con ellos, y arrepentíase conforme á la muchedumbre de sus miseraciones.
Hizo asimismo tuviesen de ellos misericordia todos los que los tenían cautivos.
Bendito Jehová Dios de Israel, desde el siglo y hasta el siglo: y diga todo el pueblo, Amén. Aleluya.
Alabad á Jehová, porque es bueno; porque para siempreessu misericordia.
Y los ha congregado de las tierras, del oriente y del occidente, del aquilón y de la mar.
Hambrientos y sedientos, su alma desfallecía en ellos.
Y dirigiólos por camino derecho, para que viniesen á ciudad de población.
Porque sació al alma menesterosa, y llenó de bien al alma hambrienta.
Por lo que quebrantó él con trabajo sus corazones, cayeron y no hubo quien les ayudase;
Luego que clamaron á Jehová en su angustia, librólos de sus aflicciones.
Su alma abominó toda vianda, y llegaron hasta las puertas de la muerte.
Envió su palabra, y curólos, y librólos de su ruina.
Y sacrifiquen sacrificios de alabanza, y publiquen sus obras con júbilo.
Ellos han visto las obras de Jehová, y sus maravillas en el profundo.
Suben á los cielos, descienden á los abismos: sus almas se derriten con el mal.
Claman empero á Jehová en su angustia, y líbralos de sus aflicciones.
Hace parar la tempestad en sosiego, y se apaciguan sus ondas.
Alégranse luego porque se reposaron; y él los guía al puerto que deseaban.
Alaben la misericordia de Jehová, y sus maravillas para con los hijos de los hombres.
La tierra fructífera en salados, por la maldad de los que la habitan.
Y siembran campos, y plantan viñas, y rinden crecido fruto.
Y luego son menoscabados y abatidos á causa de tiranía, de males y congojas.
El derrama menosprecio sobre los príncipes, y les hace andar errados, vagabundos, sin camino:
Y levanta al pobre de la miseria, y hace multiplicar las familias como rebaños de ovejas.
Vean los rectos, y alégrense; y toda maldad cierre su boca.
¿Quién es sabio y guardará estas cosas, y entenderá las misericordias de Jehová?
Despiértate, salterio y arpa: despertaré al alba.
Porque grande más que los cielos es tu misericordia, y hasta los cielos tu verdad.
Para que sean librados tus amados, salva con tu diestra y respóndeme.
Mío es Galaad, mío es Manasés; y Ephraim es la fortaleza de mi cabeza; Judá es mi legislador;
Moab, la vasija de mi lavatorio: sobre Edom echaré mi calzado; regocijaréme sobre Palestina.
¿Quién me guiará á la ciudad fortalecida? ¿quién me guiará hasta Idumea?
Danos socorro en la angustia: porque mentirosa es la salud del hombre.
En Dios haremos proezas: y él hollará nuestros enemigos.
Pon sobre él al impío: y Satán esté á su diestra.
Cuando fuere juzgado, salga impío; y su oración sea para pecado.
Y anden sus hijos vagabundos, y mendiguen; y procuren su pan lejos de sus desolados hogares.
Enrede el acreedor todo lo que tiene, y extraños saqueen su trabajo.
Su posteridad sea talada; en segunda generación sea raído su nombre.
Estén siempre delante de Jehová, y él corte de la tierra su memoria.
Y amó la maldición, y vínole; y no quiso la bendición, y ella se alejó de él.
Séale como vestido con que se cubra, y en lugar de cinto con que se ciña siempre.
Y tú, Jehová Señor, haz conmigo por amor de tu nombre: líbrame, porque tu misericordia es buena.
Porque yo estoy afligido y necesitado; y mi corazón está herido dentro de mí.
Voime como la sombra cuando declina; soy sacudido como langosta.
Mis rodillas están debilitadas á causa del ayuno, y mi carne desfallecida por falta de gordura.
Yo he sido para ellos objeto de oprobio; mirábanme, y meneaban su cabeza.
Ayúdame, Jehová Dios mío: sálvame conforme á tu misericordia.
Maldigan ellos, y bendice tú: levántense, mas sean avergonzados, y regocíjese tu siervo.
Sean vestidos de ignominia los que me calumnian; y sean cubiertos de su confusión como con manto.
Yo alabaré á Jehová en gran manera con mi boca, y le loaré en medio de muchos.
Porque él se pondrá á la diestra del pobre, para librar su alma de los que le juzgan.
La vara de tu fortaleza enviará Jehová desde Sión: domina en medio de tus enemigos.
Juró Jehová, y no se arrepentirá: Tú eres sacerdote para siempre según el orden de Melchîsedech.
El Señor á tu diestra herirá á los reyes en el día de su furor.
Juzgará en las gentes, llenarálasde cadáveres: herirá las cabezas en muchas tierras.
Del arroyo beberá en el camino: por lo cual levantará cabeza.
Grandes son las obras de Jehová; buscadas de todos los que las quieren.
Gloria y hermosura es su obra; y su justicia permanece para siempre.
Dió mantenimiento á los que le temen; para siempre se acordará de su pacto.
Afirmados por siglo de siglo, hechos en verdad y en rectitud.
Redención ha enviado á su pueblo; para siempre ha ordenado su pacto: santo y terrible es su nombre.
Su simiente será poderosa en la tierra: la generación de los rectos será bendita.
El hombre de bien tiene misericordia y presta; gobierna sus cosas con juicio.
De mala fama no tendrá temor: su corazón está apercibido, confiado en Jehová.
Asentado está su corazón, no temerá, hasta que vea en sus enemigos su deseo.
Esparce, da á los pobres: su justicia permanece para siempre; su cuerno será ensalzado en gloria.
Sea el nombre de Jehová bendito, desde ahora y para siempre.
Para hacerlos sentar con los príncipes, con los príncipes de su pueblo.
El hace habitar en familia á la estéril, gozosa en ser madre de hijos. Aleluya.
Judá fué su consagrada heredad, Israel su señorío.
Los montes saltaron como carneros: los collados como corderitos.
¿Qué tuviste, oh mar, que huiste? ¿y tú, oh Jordán, que te volviste atrás?
Oh montes, ¿por qué saltasteis como carneros, y vosotros, collados, como corderitos?
Por qué dirán las gentes: ¿Dónde está ahora su Dios?
Y nuestro Dios está en los cielos: todo lo que quiso ha hecho.
Sus ídolos son plata y oro, obra de manos de hombres.
Oh Israel, confía en Jehová: él es su ayuda y su escudo.
Casa de Aarón, confiad en Jehová: él es su ayuda y su escudo.
Los que teméis á Jehová, confiad en Jehová: él es su ayuda y su escudo.
Jehová se acordó de nosotros: nos bendecirá: bendecirá á la casa de Israel; bendecirá á la casa de Aarón.
Bendecirá á los que temen á Jehová; á chicos y á grandes.
Acrecentará Jehová bendición sobre vosotros; sobre vosotros y sobre vuestros hijos.
Los cielos son los cielos de Jehová: y ha dado la tierra á los hijos de los hombres.
Mas nosotros bendeciremos á JAH, desde ahora para siempre. Aleluya.
Rodeáronme los dolores de la muerte, me encontraron las angustias del sepulcro: angustia y dolor había yo hallado.
Entonces invoqué el nombre de Jehová, diciendo: Libra ahora, oh Jehová, mi alma.
Clemente es Jehová y justo; sí, misericordioso es nuestro Dios.
Jehová guarda á los sinceros: estaba yo postrado, y salvóme.
Vuelve, oh alma mía, á tu reposo; porque Jehová te ha hecho bien.
Pues tú has librado mi alma de la muerte, mis ojos de lágrimas, y mis pies de desbarrar.
Andaré delante de Jehová en la tierra de los vivientes.
Creí; por tanto hablé, estando afligido en gran manera.
Y dije en mi apresuramiento: Todo hombre es mentiroso.
Ahora pagaré mis votos á Jehová delante de todo su pueblo.
Estimada es en los ojos de Jehová la muerte de sus santos.
Oh Jehová, que yo soy tu siervo, yo tu siervo, hijo de tu sierva: rompiste mis prisiones.
Te ofreceré sacrificio de alabanza, é invocaré el nombre de Jehová.
En los atrios de la casa de Jehová, en medio de ti, oh Jerusalem. Aleluya.
Porque ha engrandecido sobre nosotros su misericordia; y la verdad de Jehováespara siempre. Aleluya.
Diga ahora Israel: Que para siempreessu misericordia.
Diga ahora la casa de Aarón: Que para siempreessu misericordia.
Desde la angustia invoqué á JAH; y respondióme JAH, poniéndomeen anchura.
Jehová está por mí entre los que me ayudan: por tanto yo veré mi deseo en los que me aborrecen.
Mejor es esperar en Jehová que esperar en príncipes.
Cercáronme como abejas; fueron apagados como fuegos de espinos: en nombre de Jehová, que yo los romperé.
No moriré, sino que viviré, y contaré las obras de JAH.
Abridme las puertas de la justicia: entraré por ellas, alabaré á JAH.
La piedra que desecharon los edificadores, ha venido á ser cabeza del ángulo.
Oh Jehová, salva ahora, te ruego: oh Jehová, ruégote hagas prosperar ahora.
Bendito el que viene en nombre de Jehová: desde la casa de Jehová os bendecimos.
Dios es Jehová que nos ha resplandecido: atad víctimas con cuerdas á los cuernos del altar.
Aleph. BIENAVENTURADOS los perfectos de camino; los que andan en la ley de Jehová.
Bienaventurados los que guardan sus testimonios, y con todo el corazón le buscan:
Tú encargaste que sean muy guardados tus mandamientos.
Entonces no sería yo avergonzado, cuando atendiese á todos tus mandamientos.
BETH ¿Con qué limpiará el joven su camino? Con guardar tu palabra.
En mi corazón he guardado tus dichos, para no pecar contra ti.
Bendito tú, oh Jehová: enséñame tus estatutos.
Con mis labios he contado todos los juicios de tu boca.
Heme gozado en el camino de tus testimonios, como sobre toda riqueza.
En tus mandamientos meditaré, consideraré tus caminos.
Recrearéme en tus estatutos: no me olvidaré de tus palabras.
Destruiste á los soberbios malditos, que se desvían de tus mandamientos.
Aparta de mí oprobio y menosprecio; porque tus testimonios he guardado.
DALETH. Pegóse al polvo mi alma: vivifícame según tu palabra.
Mis caminos te conté, y me has respondido: enséñame tus estatutos.
Hazme entender el camino de tus mandamientos, y hablaré de tus maravillas.
Deshácese mi alma de ansiedad: corrobórame según tu palabra.
Escogí el camino de la verdad; he puesto tus juicios delante de mí.
Allegádome he á tus testimonios; oh Jehová, no me avergüences.
Por el camino de tus mandamientos correré, cuando ensanchares mi corazón.
HE. Enséñame, oh Jehová, el camino de tus estatutos, y guardarélo hasta el fin.
Dame entendimiento, y guardaré tu ley; y la observaré de todo corazón.
Inclina mi corazón á tus testimonios, y no á la avaricia.
Aparta mis ojos, que no vean la vanidad; avívame en tu camino.
Quita de mí el oprobio que he temido: porque buenos son tus juicios.
VAU. Y venga á mí tu misericordia, oh Jehová; tu salud, conforme á tu dicho.
Y hablaré de tus testimonios delante de los reyes, y no me avergonzaré.
Alzaré asimismo mis manos á tus mandamientos, que amé; y meditaré en tus estatutos.
ZAIN. Acuérdate de la palabra dada á tu siervo, en la cual me has hecho esperar.
Esta es mi consuelo en mi aflicción: porque tu dicho me ha vivificado.
Los soberbios se burlaron mucho de mí: mas no me he apartado de tu ley.
Acordéme, oh Jehová, de tus juicios antiguos, y consoléme.
Horror se apoderó de mí, á causa de los impíos que dejan tu ley.
Cánticos me fueron tus estatutos en la mansión de mis peregrinaciones.
Esto tuve, porque guardaba tus mandamientos.
CHETH. Mi porción, oh Jehová, dije, será guardar tus palabras.
Consideré mis caminos, y torné mis pies á tus testimonios.
Apresuréme, y no me retardé en guardar tus mandamientos.
A media noche me levantaba á alabarte sobre los juicios de tu justicia.
Compañero soy yo de todos los que te temieren y guardaren tus mandamientos.
TETH. Bien has hecho con tu siervo, oh Jehová, conforme á tu palabra.
Enséñame bondad de sentido y sabiduría; porque tus mandamientos he creído.
Antes que fuera yo humillado, descarriado andaba; mas ahora guardo tu palabra.
Bueno eres tú, y bienhechor: enséñame tus estatutos.
Contra mí forjaron mentira los soberbios: mas yo guardaré de todo corazón tus mandamientos.
Bueno me es haber sido humillado, para que aprenda tus estatutos.
JOD. Tus manos me hicieron y me formaron: hazme entender, y aprenderé tus mandamientos.
Sea ahora tu misericordia para consolarme, conforme á lo que has dicho á tu siervo.
Vengan á mí tus misericordias, y viva; porque tu ley es mi deleite.
Tórnense á mí los que te temen y conocen tus testimonios.
Porque estoy como el odre al humo; mas no he olvidado tus estatutos.
Casi me han echado por tierra: mas yo no he dejado tus mandamientos.
Vivifícame conforme á tu misericordia; y guardaré los testimonios de tu boca.
LAMED. Para siempre, oh Jehová, permanece tu palabra en los cielos.
Por generación y generación es tu verdad: tú afirmaste la tierra, y persevera.
Por tu ordenación perseveran hasta hoy las cosas criadas; porque todas ellas te sirven.
Si tu ley no hubiese sido mis delicias, ya en mi aflicción hubiera perecido.
Nunca jamás me olvidaré de tus mandamientos; porque con ellos me has vivificado.
A toda perfección he visto fin: ancho sobremanera es tu mandamiento.
MEM ¡Cuánto amo yo tu ley! todo el día es ella mi meditación.
Me has hecho más sabio que mis enemigos con tus mandamientos; porque me son eternos.
Más que todos mis enseñadores he entendido: porque tus testimonios son mi meditación.
Más que los viejos he entendido, porque he guardado tus mandamientos.
De todo mal camino contuve mis pies, para guardar tu palabra.
No me aparté de tus juicios; porque tú me enseñaste.
¡Cuán dulces son á mi paladar tus palabras! más que la miel á mi boca.
De tus mandamientos he adquirido inteligencia: por tanto he aborrecido todo camino de mentira.
Afligido estoy en gran manera: oh Jehová, vivifícame conforme á tu palabra.
De continuo está mi alma en mi mano: mas no me he olvidado de tu ley.
Pusiéronme lazo los impíos: empero yo no me desvié de tus mandamientos.
Mi corazón incliné á poner por obra tus estatutos de continuo, hasta el fin.
SAMECH. Los pensamientos vanos aborrezco; mas amo tu ley.
Mi escondedero y mi escudo eres tú: en tu palabra he esperado.
Susténtame conforme á tu palabra, y viviré: y no me avergüences de mi esperanza.
Sostenme, y seré salvo; y deleitaréme siempre en tus estatutos.
Hollaste á todos los que se desvían de tus estatutos: porque mentira es su engaño.
AIN. Juicio y justicia he hecho; no me dejes á mis opresores.
Responde por tu siervo para bien: no me hagan violencia los soberbios.
Mis ojos desfallecieron por tu salud, y por el dicho de tu justicia.
Tiempo es de hacer, oh Jehová; disipado han tu ley.
Por eso todos los mandamientos de todas las cosas estimé rectos: aborrecí todo camino de mentira.
Mi boca abrí y suspiré; porque deseaba tus mandamientos.
Ordena mis pasos con tu palabra; y ninguna iniquidad se enseñoree de mí.
Redímeme de la violencia de los hombres; y guardaré tus mandamientos.
Haz que tu rostro resplandezca sobre tu siervo; y enséñame tus estatutos.
Ríos de agua descendieron de mis ojos, porque no guardaban tu ley.
Tus testimonios, que has recomendado, son rectos y muy fieles.
Mi celo me ha consumido; porque mis enemigos se olvidaron de tus palabras.
Sumamente acendrada es tu palabra; y la ama tu siervo.
Pequeño soy yo y desechado; mas no me he olvidado de tus mandamientos.
Tu justicia es justicia eterna, y tu ley la verdad.
Aflicción y angustia me hallaron: mas tus mandamientos fueron mis deleites.
Justicia eterna son tus testimonios; dame entendimiento, y viviré.
COPH. Clamé con todo mi corazón; respóndeme, Jehová, y guardaré tus estatutos.
Previnieron mis ojos las vigilias de la noche, para meditar en tus dichos.
Oye mi voz conforme á tu misericordia; oh Jehová, vivifícame conforme á tu juicio.
Acercáronse á la maldad los que me persiguen; alejáronse de tu ley.
Cercano estás tú, oh Jehová; y todos tus mandamientos son verdad.
Ya ha mucho que he entendido de tus mandamientos, que para siempre los fundaste.
RESH. Mira mi aflicción, y líbrame; porque de tu ley no me he olvidado.
Aboga mi causa, y redímeme: vivifícame con tu dicho.
Muchos son mis perseguidores y mis enemigos; mas de tus testimonios no me he apartado.
Veía á los prevaricadores, y carcomíame; porque no guardaban tus palabras.
Mira, oh Jehová, que amo tus mandamientos: vivifícame conforme á tu misericordia.
El principio de tu palabra es verdad; y eterno es todo juicio de tu justicia.
SIN. Príncipes me han perseguido sin causa; mas mi corazón tuvo temor de tus palabras.
Gózome yo en tu palabra, como el que halla muchos despojos.
La mentira aborrezco y abomino: tu ley amo.
Siete veces al día te alabo sobre los juicios de tu justicia.
Mucha paz tienen los que aman tu ley; y no hay para ellos tropiezo.
Tu salud he esperado, oh Jehová; y tus mandamientos he puesto por obra.
Mi alma ha guardado tus testimonios, y helos amado en gran manera.
TAU. Acérquese mi clamor delante de ti, oh Jehová: dame entendimiento conforme á tu palabra.
Hablará mi lengua tus dichos; porque todos tus mandamientos son justicia.
Sea tu mano en mi socorro; porque tus mandamientos he escogido.
Deseado he tu salud, oh Jehová; y tu ley es mi delicia.
Viva mi alma y alábete; y tus juicios me ayuden.
Cántico gradual. A Jehová llamé estando en angustia, y él me respondió.
¿Qué te dará, ó qué te aprovechará, oh lengua engañosa?
¡Ay de mí, que peregrino en Mesech, y habito entre las tiendas de Kedar!
Mi socorrovienede Jehová, que hizo los cielos y la tierra.
No dará tu pie al resbaladero; ni se dormirá el que te guarda.
He aquí, no se adormecerá ni dormirá el que guarda á Israel.
Jehová es tu guardador: Jehová es tu sombra á tu mano derecha.
Jehová guardará tu salida y tu entrada, desde ahora y para siempre.
Nuestros pies estuvieron en tus puertas, oh Jerusalem;
Y allá subieron las tribus, las tribus de JAH, conformeal testimoniodadoá Israel, para alabar el nombre de Jehová.
Porque allá están las sillas del juicio, las sillas de la casa de David.
Haya paz en tu antemuro, y descanso en tus palacios.
A causa de la casa de Jehová nuestro Dios, buscaré bien para ti.
Cántico gradual. A ti que habitas en los cielos, alcé mis ojos.
Ten misericordia de nosotros, oh Jehová, ten misericordia de nosotros; porque estamos muy hartos de menosprecio.
Bendito Jehová, que no nos dió por presa á sus dientes.
Nuestra alma escapó cual ave del lazo de los cazadores: quebróse el lazo, y escapamos nosotros.
Nuestro socorro es en el nombre de Jehová, que hizo el cielo y la tierra.
Cántico gradual. Los que confían en Jehová son como el monte de Sión, que no deslizará: estará para siempre.
Grandes cosas ha hecho Jehová con nosotros; estaremos alegres.
Los que sembraron con lágrimas, con regocijo segarán.
Irá andando y llorando el que lleva la preciosa simiente; mas volverá á venir con regocijo, trayendo sus gavillas.
He aquí, heredad de Jehová son los hijos: cosa de estima el fruto del vientre.
Cántico gradual. Bienaventurado todo aquel que teme á Jehová, que anda en sus caminos.
He aquí que así será bendito el hombre que teme á Jehová.
Bendígate Jehová desde Sión, y veas el bien de Jerusalem todos los días de tu vida.
Y veas los hijos de tus hijos, y la paz sobre Israel.
Cántico gradual. Mucho me han angustiado desde mi juventud, puede decir ahora Israel;
Jehová es justo; cortó las coyundas de los impíos.
Serán avergonzados y vueltos atrás todos los que aborrecen á Sión.
De la cual no hinchió segador su mano, ni sus brazos el que hace gavillas.
Ni dijeron los que pasaban: Bendición de Jehová sea sobre vosotros; os bendecimos en el nombre de Jehová.
Cántico gradual. De los profundos, oh Jehová, á ti clamo.
Señor, oye mi voz; estén atentos tus oídos á la voz de mi súplica.
JAH, si mirares á los pecados, ¿quién, oh Señor, podrá mantenerse?
Mi alma espera á Jehová más que los centinelas á la mañana, más que los vigilantes á la mañana.
Espere Israel á Jehová; porque en Jehová hay misericordia, y abundante redención con él.
Y él redimirá á Israel de todos sus pecados.
No entraré en la morada de mi casa, ni subiré sobre el lecho de mi estrado;
He aquí, en Ephrata oímos de ella: hallámosla en los campos del bosque.
Tus sacerdotes se vistan de justicia, y regocíjense tus santos.
Asimismo vestiré á sus sacerdotes de salud, y sus santos darán voces de júbilo.
Cántico gradual: de David. ¡Mirad cuán bueno y cuán delicioso es habitar los hermanos igualmente en uno!
Alzad vuestras manos al santuario, y bendecid á Jehová.
Bendígate Jehová desde Sión, el cual ha hecho los cielos y la tierra.
Alabad á JAH, porque es bueno Jehová: cantad salmos á su nombre, porque es suave.
Todo lo que quiso Jehová, ha hecho en los cielos y en la tierra, en las mares y en todos los abismos.
El es el que hirió los primogénitos de Egipto, desde el hombre hasta la bestia.
Envió señales y prodigios en medio de ti, oh Egipto, sobre Faraón, y sobre todos sus siervos.
Y dió la tierra de ellos en heredad, en heredad á Israel su pueblo.
Oh Jehová, eterno es tu nombre; tu memoria, oh Jehová para generación y generación.
Los ídolos de las gentes son plata y oro, obra de manos de hombres.
Tienen orejas, y no oyen; tampoco hay espíritu en sus bocas.
Casa de Israel, bendecid á Jehová: casa de Aarón, bendecid á Jehová:
Casa de Leví, bendecid á Jehová: los que teméis á Jehová, bendecid á Jehová.
Bendito de Sión Jehová, que mora en Jerusalem. Aleluya.
Al solo que hace grandes maravillas, porque para siempreessu misericordia.
Al que hizo los cielos con entendimiento, porque para siempreessu misericordia.
Al que tendió la tierra sobre las aguas, porque para siempreessu misericordia;
Al que hizo las grandes luminarias, porque para siempre es su misericordia;
El sol para que dominase en el día, porque para siempre es su misericordia;
La luna y las estrellas para que dominasen en la noche, porque para siempre es su misericordia.
Al que hirió á Egipto en sus primogénitos, porque para siempre es su misericordia.
Con mano fuerte, y brazo extendido, porque para siempre es su misericordia.
Al que dividió el mar Bermejo en partes, porque para siempre es su misericordia;
Y arrojó á Faraón y á su ejército en el mar Bermejo, porque para siempre es su misericordia.
Al que pastoreó á su pueblo por el desierto, porque para siempre es su misericordia.
A Sehón rey Amorrheo, porque para siempre es su misericordia;
Y dió la tierra de ellos en heredad, porque para siempre es su misericordia;
En heredad á Israel su siervo, porque para siempre es su misericordia.
Y nos rescató de nuestros enemigos, porque para siempre es su misericordia.
El da mantenimiento á toda carne, porque para siempre es su misericordia.
Alabad al Dios de los cielos: porque para siempre es su misericordia.
Hija de Babilonia destruída, bienaventurado el que te diere el pago de lo que tú nos hiciste.
Confesarte han, oh Jehová, todos los reyes de la tierra, cuando habrán oído los dichos de tu boca.
Y cantarán de los caminos de Jehová: que la gloria de Jehová es grande.
Tú has conocido mi sentarme y mi levantarme, has entendido desde lejos mis pensamientos.
Pues aun no está la palabra en mi lengua, y he aquí, oh Jehová, tú la sabes toda.
Detrás y delante me guarneciste, y sobre mí pusiste tu mano.
Más maravillosa es la ciencia que mi capacidad; alta es, no puedo comprenderla.
¿Adónde me iré de tu espíritu? ¿y adónde huiré de tu presencia?
Si subiere á los cielos, allí estás tú: y si en abismo hiciere mi estrado, he aquí allí tú estás.
Aun allí me guiará tu mano, y me asirá tu diestra.
Si dijere: Ciertamente las tinieblas me encubrirán; aun la noche resplandecerá tocante á mí.
No fué encubierto de ti mi cuerpo, bien que en oculto fuí formado, y compaginado en lo más bajo de la tierra.
Así que ¡cuán preciosos me son, oh Dios, tus pensamientos! ¡cuán multiplicadas son sus cuentas!
Si los cuento, multiplícanse más que la arena: despierto, y aun estoy contigo.
De cierto, oh Dios, matarás al impío; apartaos pues de mí, hombres sanguinarios.
¿No tengo en odio, oh Jehová, á los que te aborrecen, y me conmuevo contra tus enemigos?
Examíname, oh Dios, y conoce mi corazón: pruébame y reconoce mis pensamientos:
Guárdame, oh Jehová, de manos del impío, presérvame del hombre injurioso; que han pensado de trastornar mis pasos.
Jehová Señor, fortaleza de mi salud, tú pusiste á cubierto mi cabeza el día de las armas.
El hombre deslenguado no será firme en la tierra: el mal cazará al hombre injusto para derribarle.
Yo sé que hará Jehová el juicio del afligido, el juicio de los menesterosos.
Ciertamente los justos alabarán tu nombre; los rectos morarán en tu presencia.
Salmo de David. Jehová, á ti he clamado: apresúrate á mí; escucha mi voz, cuando te invocare.
Serán derribados en lugares peñascosos sus jueces, y oirán mis palabras, que son suaves.
Como quien hiende y rompe la tierra, son esparcidos nuestros huesos á la boca de la sepultura.
Guárdame de los lazos que me han tendido, y de los armadijos de los que obran iniquidad.
Delante de él derramaré mi querella; delante de él denunciaré mi angustia.
Clamé á ti, oh Jehová, dije: Tú eres mi esperanza, y mi porción en la tierra de los vivientes.
Salmo de David. Oh Jehová, oye mi oración, escucha mis ruegos: respóndeme por tu verdad, por tu justicia.
Y mi espíritu se angustió dentro de mí; pasmóse mi corazón.
Acordéme de los días antiguos; meditaba en todas tus obras; reflexionaba en las obras de tus manos.
Líbrame de mis enemigos, oh Jehová: á ti me acojo.
Enséñame á hacer tu voluntad, porque tú eres mi Dios: tu buen espíritu me guíe á tierra de rectitud.
Y por tu misericordia disiparás mis enemigos, y destruirás todos los adversarios de mi alma: porque yo soy tu siervo.
Oh Jehová, ¿qué es el hombre, para que de él conozcas? ¿ó el hijo del hombre, para que lo estimes?
El hombre es semejante á la vanidad: sus días son como la sombra que pasa.
Despide relámpagos, y disípalos; envía tus saetas, y contúrbalos.
Cuya boca habla vanidad, y su diestra es diestra de mentira.
Oh Dios, á ti cantaré canción nueva: con salterio, con decacordio cantaré á ti.
Tú, el que da salud á los reyes, el que redime á David su siervo de maligna espada.
Grande es Jehová y digno de suprema alabanza: y su grandeza es inescrutable.
Generación á generación narrará tus obras, y anunciarán tus valentías.
La hermosura de la gloria de tu magnificencia, y tus hechos maravillosos, hablaré.
Reproducirán la memoria de la muchedumbre de tu bondad, y cantarán tu justicia.
Alábente, oh Jehová, todas tus obras; y tus santos te bendigan.
Para notificar á los hijos de los hombres sus valentías, y la gloria de la magnificencia de su reino.
Sostiene Jehová á todos los que caen, y levanta á todos los oprimidos.
Abres tu mano, y colmas de bendición á todo viviente.
Justo es Jehová en todos sus caminos, y misericordioso en todas sus obras.
Cumplirá el deseo de los que le temen; oirá asimismo el clamor de ellos, y los salvará.
Alabaré á Jehová en mi vida: cantaré salmos á mi Dios mientras viviere.
Saldrá su espíritu, tornaráse en su tierra: en aquel día perecerán sus pensamientos.
Que hace derecho á los agraviados; que da pan á los hambrientos: Jehová suelta á los aprisionados;
Jehová abre los ojos á los ciegos; Jehová levanta á los caídos; Jehová ama á los justos.
Reinará Jehová para siempre; tu Dios, oh Sión, por generación y generación. Aleluya.
Jehová edifica á Jerusalem; á los echados de Israel recogerá.
El cuenta el número de las estrellas; á todas ellas llama por sus nombres.
Grande es el Señor nuestro, y de mucha potencia; y de su entendimiento no hay número.
No toma contentamiento en la fortaleza del caballo, ni se complace en las piernas del hombre.
Complácese Jehová en los que le temen, y en los que esperan en su misericordia.
Alaba á Jehová, Jerusalem; alaba á tu Dios, Sión.
Porque fortificó los cerrojos de tus puertas; bendijo á tus hijos dentro de ti.
El pone en tu término la paz; te hará saciar de grosura de trigo.
El da la nieve como lana, derrama la escarcha como ceniza.
El echa su hielo como pedazos: delante de su frío ¿quién estará?
No ha hecho esto con toda gente; y no conocieron sus juicios. Aleluya.
Alabadle, vosotros todos sus ángeles: alabadle, vosotros todos sus ejércitos.
Alabadle, sol y luna: alabadle, vosotras todas, lucientes estrellas.
Alabadle, cielos de los cielos, y las aguas que están sobre los cielos.
Alaben el nombre de Jehová; porque él mandó, y fueron criadas.
Alaben el nombre de Jehová, porque sólo su nombre es elevado; su gloria es sobre tierra y cielos.
Alégrese Israel en su Hacedor: los hijos de Sión se gocen en su Rey.
Gozarse han los píos con gloria: cantarán sobre sus camas.
Para hacer venganza de las gentes, y castigo en los pueblos;
Aleluya. Alabad á Dios en su santuario: alabadle en la extensión de su fortaleza.
Alabadle por sus proezas: alabadle conforme á la muchedumbre de su grandeza.
Alabadle á son de bocina: alabadle con salterio y arpa.
Alabadle con címbalos resonantes: alabadle con címbalos de júbilo.
Los proverbios de Salomón, hijo de David, rey de Israel:
Para entender sabiduría y doctrina; para conocer las razones prudentes;
Para recibir el consejo de prudencia, justicia, y juicio y equidad;
Oirá el sabio, y aumentará el saber; y el entendido adquirirá consejo;
El principio de la sabiduría es el temor de Jehová: los insensatos desprecian la sabiduría y la enseñanza.
Oye, hijo mío, la doctrina de tu padre, y no desprecies la dirección de tu madre:
Porque adorno de gracia serán á tu cabeza, y collares á tu cuello.
Hijo mío, si los pecadores te quisieren engañar, no consientas.
Los tragaremos vivos como el sepulcro, y enteros, como los que caen en sima;
Mas ellos á su propia sangre ponen asechanzas, y á sus almas tienden lazo.
Tales son las sendas de todo el que es dado á la codicia, la cual prenderá el alma de sus poseedores.
La sabiduría clama de fuera, da su voz en las plazas:
Volveos á mi reprensión: he aquí yo os derramaré mi espíritu, y os haré saber mis palabras.
Antes desechasteis todo consejo mío, y mi reprensión no quisisteis:
Ni quisieron mi consejo, y menospreciaron toda reprensión mía:
Comerán pues del fruto de su camino, y se hartarán de sus consejos.
Porque el reposo de los ignorantes los matará, y la prosperidad de los necios los echará á perder.
Haciendo estar atento tu oído á la sabiduría; si inclinares tu corazón á la prudencia;
Si clamares á la inteligencia, y á la prudencia dieres tu voz;
Entonces entenderás el temor de Jehová, y hallarás el conocimiento de Dios.
Porque Jehová da la sabiduría, y de su boca viene el conocimiento y la inteligencia.
Es el que guarda las veredas del juicio, y preserva el camino de sus santos.
Entonces entenderás justicia, juicio, y equidad, y todo buen camino.
Que desampara el príncipe de su mocedad, y se olvida del pacto de su Dios.
Fíate de Jehová de todo tu corazón, y no estribes en tu prudencia.
Reconócelo en todos tus caminos, y él enderezará tus veredas.
Porque será medicina á tu ombligo, y tuétano á tus huesos.
Honra á Jehová de tu sustancia, y de las primicias de todos tus frutos;
No deseches, hijo mío, el castigo de Jehová; ni te fatigues de su corrección:
Porque su mercadería es mejor que la mercadería de la plata, y sus frutos más que el oro fino.
Largura de días está en su mano derecha; en su izquierda riquezas y honra.
Sus caminos son caminos deleitosos, y todas sus veredas paz.
Ella es árbol de vida á los que de ella asen: y bienaventurados son los que la mantienen.
Jehová con sabiduría fundó la tierra; afirmó los cielos con inteligencia.
Con su ciencia se partieron los abismos, y destilan el rocío los cielos.
Y serán vida á tu alma, y gracia á tu cuello.
Entonces andarás por tu camino confiadamente, y tu pie no tropezará.
Cuando te acostares, no tendrás temor; antes te acostarás, y tu sueño será suave.
No detengas el bien de sus dueños, cuando tuvieres poder para hacerlo.
No digas á tu prójimo: Ve, y vuelve, y mañana te daré; cuando tienes contigo qué darle.
No intentes mal contra tu prójimo, estando él confiado de ti.
No envidies al hombre injusto, ni escojas alguno de sus caminos.
Porque el perverso es abominado de Jehová: mas su secreto es con los rectos.
Ciertamente él escarnecerá á los escarnecedores, y á los humildes dará gracia.
Los sabios heredarán honra: mas los necios sostendrán ignominia.
Oid, hijos, la doctrina de un padre, y estad atentos para que conozcáis cordura.
Porque os doy buena enseñanza; no desamparéis mi ley.
Porque yo fuí hijo de mi padre, delicado y único delante de mi madre.
Y él me enseñaba, y me decía: Mantenga tu corazón mis razones, guarda mis mandamientos, y vivirás:
Adquiere sabiduría, adquiere inteligencia; no te olvides ni te apartes de las razones de mi boca;
No la dejes, y ella te guardará; ámala, y te conservará.
Sabiduría ante todo: adquiere sabiduría: y ante toda tu posesión adquiere inteligencia.
Engrandécela, y ella te engrandecerá: ella te honrará, cuando tú la hubieres abrazado.
Adorno de gracia dará á tu cabeza: corona de hermosura te entregará.
Por el camino de la sabiduría te he encaminado, y por veredas derechas te he hecho andar.
Cuando anduvieres no se estrecharán tus pasos; y si corrieres, no tropezarás.
Ten el consejo, no lo dejes; guárdalo, porque eso es tu vida.
No entres por la vereda de los impíos, ni vayas por el camino de los malos.
Desampárala, no pases por ella; apártate de ella, pasa.
Porque no duermen ellos, si no hicieren mal; y pierden su sueño, si no han hecho caer.
El camino de los impíos es como la oscuridad: no saben en qué tropiezan.
Porque son vida á los que las hallan, y medicina á toda su carne.
Sobre toda cosa guardada guarda tu corazón; porque de él mana la vida.
Aparta de ti la perversidad de la boca, y aleja de ti la iniquidad de labios.
No te apartes á diestra, ni á siniestra: aparta tu pie del mal.
Para que guardes consejo, y tus labios conserven la ciencia.
Sus caminos son instables; no los conocerás, si no considerares el camino de vida.
Porque no se harten los extraños de tu fuerza, y tus trabajos estén en casa del extraño;
Y digas: ¡Cómo aborrecí el consejo, y mi corazón menospreció la reprensión;
Y no oí la voz de los que me adoctrinaban, y á los que me enseñaban no incliné mi oído!
Bebe el agua de tu cisterna, y los raudales de tu pozo.
Derrámense por de fuera tus fuentes, en las plazas los ríos de aguas.
Sean para ti solo, y no para los extraños contigo.
Sea bendito tu manantial; y alégrate con la mujer de tu mocedad.
¿Y por qué, hijo mío, andarás ciego con la ajena, y abrazarás el seno de la extraña?
Prenderán al impío sus propias iniquidades, y detenido será con las cuerdas de su pecado.
El morirá por falta de corrección; y errará por la grandeza de su locura.
Enlazado eres con las palabras de tu boca, y preso con las razones de tu boca.
No des sueño á tus ojos, ni á tus párpados adormecimiento.
Escápate como el corzo de la mano del cazador, y como el ave de la mano del parancero.
Perezoso, ¿hasta cuándo has de dormir? ¿cuándo te levantarás de tu sueño?
Así vendrá tu necesidad como caminante, y tu pobreza como hombre de escudo.
Perversidades hay en su corazón, anda pensando mal en todo tiempo; enciende rencillas.
Por tanto su calamidad vendrá de repente; súbitamente será quebrantado, y no habrá remedio.
El testigo falso que habla mentiras, y el que enciende rencillas entre los hermanos.
Guarda, hijo mío, el mandamiento de tu padre, y no dejes la enseñanza de tu madre:
Atalos siempre en tu corazón, enlázalos á tu cuello.
Para que te guarden de la mala mujer, de la blandura de la lengua de la extraña.
No codicies su hermosura en tu corazón, ni ella te prenda con sus ojos:
¿Tomará el hombre fuego en su seno, sin que sus vestidos se quemen?
¿Andará el hombre sobre las brasas, sin que sus pies se abrasen?
Empero tomado, paga las setenas, da toda la sustancia de su casa.
Mas el que comete adulterio con la mujer, es falto de entendimiento: corrompe su alma el que tal hace.
Plaga y vergüenza hallará; y su afrenta nunca será raída.
No tendrá respeto á ninguna redención; ni querrá perdonar, aunque multipliques los dones.
Para que te guarden de la mujer ajena, y de la extraña que ablanda sus palabras.
A la tarde del día, ya que oscurecía, en la oscuridad y tiniebla de la noche.
Unas veces de fuera, ó bien por las plazas, acechando por todas las esquinas.
Y traba de él, y bésalo; desvergonzó su rostro, y díjole:
Sacrificios de paz había prometido, hoy he pagado mis votos;
Por tanto he salido á encontrarte, buscando diligentemente tu rostro, y te he hallado.
He sahumado mi cámara con mirra, áloes, y cinamomo.
Ven, embriaguémonos de amores hasta la mañana; alegrémonos en amores.
Porque el marido no está en casa, hase ido á un largo viaje:
Rindiólo con la mucha suavidad de sus palabras, obligóle con la blandura de sus labios.
Ahora pues, hijos, oidme, y estad atentos á las razones de mi boca.
Porque á muchos ha hecho caer heridos; y aun los más fuertes han sido muertos por ella.
En los altos cabezos, junto al camino, á las encrucijadas de las veredas se para;
Oh hombres, á vosotros clamo; y mi voz es á los hijos de los hombres.
Oid, porque hablaré cosas excelentes; y abriré mis labios para cosas rectas.
Porque mi boca hablará verdad, y la impiedad abominan mis labios.
En justicia son todas las razones de mi boca; no hay en ellas cosa perversa ni torcida.
Todas ellas son rectas al que entiende, y razonables á los que han hallado sabiduría.
Recibid mi enseñanza, y no plata; y ciencia antes que el oro escogido.
El temor de Jehová es aborrecer el mal; la soberbia y la arrogancia, y el mal camino y la boca perversa, aborrezco.
Conmigo está el consejo y el ser; yo soy la inteligencia; mía es la fortaleza.
Por mí reinan los reyes, y los príncipes determinan justicia.
Yo amo á los que me aman; y me hallan los que madrugando me buscan.
Las riquezas y la honra están conmigo; sólidas riquezas, y justicia.
Mejor es mi fruto que el oro, y que el oro refinado; y mi rédito mejor que la plata escogida.
Para hacer heredar á mis amigos el ser, y que yo hincha sus tesoros.
Jehová me poseía en el principio de su camino, ya de antiguo, antes de sus obras.
Eternalmente tuve el principado, desde el principio, antes de la tierra.
Antes de los abismos fuí engendrada; antes que fuesen las fuentes de las muchas aguas.
Antes que los montes fuesen fundados, antes de los collados, era yo engendrada:
No había aún hecho la tierra, ni las campiñas, ni el principio del polvo del mundo.
Huélgome en la parte habitable de su tierra; y mis delicias son con los hijos de los hombres.
Ahora pues, hijos, oidme; y bienaventurados los que guardaren mis caminos.
Bienaventurado el hombre que me oye, velando á mis puertas cada día, guardando los umbrales de mis entradas.
Mas el que peca contra mí, defrauda su alma: todos los que me aborrecen, aman la muerte.
La sabiduría edificó su casa, labró sus siete columnas;
Mató sus víctimas, templó su vino, y puso su mesa.
Venid, comed mi pan, y bebed del vino que yo he templado.
El que corrige al escarnecedor, afrenta se acarrea: el que reprende al impío, se atrae mancha.
No reprendas al escarnecedor, porque no te aborrezca; corrige al sabio, y te amará.
Da al sabio, y será más sabio: enseña al justo, y acrecerá su saber.
El temor de Jehová es el principio de la sabiduría; y la ciencia de los santos es inteligencia.
Las aguas hurtadas son dulces, y el pan comido en oculto es suave.
Los tesoros de maldad no serán de provecho: mas la justicia libra de muerte.
Jehová no dejará hambrear el alma del justo: mas la iniquidad lanzará á los impíos.
La mano negligente hace pobre: mas la mano de los diligentes enriquece.
El que recoge en el estío es hombre entendido: el que duerme en el tiempo de la siega es hombre afrentoso.
La memoria del justo será bendita: mas el nombre de los impíos se pudrirá.
El sabio de corazón recibirá los mandamientos: mas el loco de labios caerá.
Los sabios guardan la sabiduría: mas la boca del loco es calamidad cercana.
Las riquezas del rico son su ciudad fuerte; y el desmayo de los pobres es su pobreza.
La obra del justo es para vida; mas el fruto del impío es para pecado.
Camino á la vida es guardar la corrección: mas el que deja la reprensión, yerra.
En las muchas palabras no falta pecado: mas el que refrena sus labios es prudente.
Plata escogida es la lengua del justo: mas el entendimiento de los impíos es como nada.
Los labios del justo apacientan á muchos: mas los necios por falta de entendimiento mueren.
Hacer abominación es como risa al insensato: mas el hombre entendido sabe.
Como pasa el torbellino, así el malo no permanece: mas el justo, fundado para siempre.
El justo eternalmente no será removido: mas los impíos no habitarán la tierra.
La boca del justo producirá sabiduría: mas la lengua perversa será cortada.
Los labios del justo conocerán lo que agrada: mas la boca de los impíos habla perversidades.
El peso falso abominación es á Jehová: mas la pesa cabal le agrada.
Cuando viene la soberbia, viene también la deshonra: mas con los humildes es la sabiduría.
La integridad de los rectos los encaminará: mas destruirá á los pecadores la perversidad de ellos.
La justicia del perfecto enderezará su camino: mas el impío por su impiedad caerá.
La justicia de los rectos los librará: mas los pecadores en su pecado serán presos.
Cuando muere el hombre impío, perece su esperanza; y la espectativa de los malos perecerá.
En el bien de los justos la ciudad se alegra: mas cuando los impíos perecen, hay fiestas.
El que carece de entendimiento, menosprecia á su prójimo: mas el hombre prudente calla.
Con ansiedad será afligido el que fiare al extraño: mas el que aborreciere las fianzas vivirá confiado.
La mujer graciosa tendrá honra: y los fuertes tendrán riquezas.
Como la justicia es para vida, así el que sigue el mal es para su muerte.
Aunque llegue la mano á la mano, el malo no quedará sin castigo: mas la simiente de los justos escapará.
El alma liberal será engordada: y el que saciare, él también será saciado.
Al que retiene el grano, el pueblo lo maldecirá: mas bendición será sobre la cabeza del que vende.
El que confía en sus riquezas, caerá: mas los justos reverdecerán como ramos.
El fruto del justo es árbol de vida: y el que prende almas, es sabio.
Ciertamente el justo será pagado en la tierra: ¡cuánto más el impío y el pecador!
El bueno alcanzará favor de Jehová: mas él condenará al hombre de malos pensamientos.
El hombre no se afirmará por medio de la impiedad: mas la raíz de los justos no será movida.
La mujer virtuosa corona es de su marido: mas la mala, como carcoma en sus huesos.
Los pensamientos de los justos son rectitud; mas los consejos de los impíos, engaño.
Las palabras de los impíos son para acechar la sangre: mas la boca de los rectos los librará.
Dios trastornará á los impíos, y no serán más: mas la casa de los justos permanecerá.
Según su sabiduría es alabado el hombre: mas el perverso de corazón será en menosprecio.
Mejor es el que es menospreciado y tiene servidores, que el que se precia, y carece de pan.
El justo atiende á la vida de su bestia: mas las entrañas de los impíos son crueles.
El que labra su tierra, se hartará de pan: mas el que sigue los vagabundos es falto de entendimiento.
Desea el impío la red de los malos: mas la raíz de los justos dará fruto.
El hombre será harto de bien del fruto de su boca: y la paga de las manos del hombre le será dada.
El camino del necio es derecho en su opinión: mas el que obedece al consejo es sabio.
El necio luego al punto da á conocer su ira: mas el que disimula la injuria es cuerdo.
El que habla verdad, declara justicia; mas el testigo mentiroso, engaño.
El labio de verdad permanecerá para siempre: mas la lengua de mentira por un momento.
Ninguna adversidad acontecerá al justo: mas los impíos serán llenos de mal.
La mano de los diligentes se enseñoreará: mas la negligencia será tributaria.
El justo hace ventaja á su prójimo: mas el camino de los impíos les hace errar.
En el camino de la justicia está la vida; y la senda de su vereda no es muerte.
El hijo sabiotomael consejo del padre: mas el burlador no escucha las reprensiones.
Del fruto de su boca el hombre comerá bien: mas el alma de los prevaricadoreshallarámal.
El que guarda su boca guarda su alma: mas el que mucho abre sus labios tendrá calamidad.
Desea, y nadaalcanzael alma del perezoso: mas el alma de los diligentes será engordada.
La justicia guarda al de perfecto camino: mas la impiedad trastornará al pecador.
La luz de los justos se alegrará: mas apagaráse la lámpara de los impíos.
Ciertamente la soberbia parirá contienda: mas con los avisados es la sabiduría.
La esperanza que se prolonga, es tormento del corazón: mas árbol de vida es el deseo cumplido.
El que menosprecia la palabra, perecerá por ello: mas el que teme el mandamiento, será recompensado.
La ley del sabio es manantial de vida, para apartarse de los lazos de la muerte.
El buen entendimiento conciliará gracia: mas el camino de los prevaricadores es duro.
Todo hombre cuerdo obra con sabiduría: mas el necio manifestará necedad.
El mal mensajero caerá en mal: mas el mensajero fiel es medicina.
Pobreza y vergüenza tendrá el que menosprecia el consejo: mas el que guarda la corrección, será honrado.
El que anda con los sabios, sabio será; mas el que se allega á los necios, será quebrantado.
El que detiene el castigo, á su hijo aborrece: mas el que lo ama, madruga á castigarlo.
El justo come hasta saciar su alma: mas el vientre de los impíos tendrá necesidad.
La mujer sabia edifica su casa: mas la necia con sus manos la derriba.
El que camina en su rectitud teme á Jehová: mas el pervertido en sus caminos lo menosprecia.
En la boca del necio está la vara de la soberbia: mas los labios de los sabios los guardarán.
Sin bueyes el granero está limpio: mas por la fuerza del buey hay abundancia de pan.
El testigo verdadero no mentirá: mas el testigo falso hablará mentiras.
Busca el escarnecedor la sabiduría, y no la halla: mas la sabiduría al hombre entendido es fácil.
Vete de delante del hombre necio, porque en él no advertirás labios de ciencia.
La ciencia del cuerdo es entender su camino: mas la indiscreción de los necios es engaño.
Los necios se mofan del pecado: mas entre los rectos hay favor.
El corazón conoce la amargura de su alma; y extraño no se entrometerá en su alegría.
La casa de los impíos será asolada: mas florecerá la tienda de los rectos.
El simple cree á toda palabra: mas el avisado entiende sus pasos.
El que presto se enoja, hará locura: y el hombre malicioso será aborrecido.
Los simples heredarán necedad: mas los cuerdos se coronarán de sabiduría.
Los malos se inclinarán delante de los buenos, y los impíos á las puertas del justo.
El pobre es odioso aun á su amigo: pero muchos son los que aman al rico.
Peca el que menosprecia á su prójimo: mas el que tiene misericordia de los pobres, es bienaventurado.
Las riquezas de los sabios son su corona: mas es infatuación la insensatez de los necios.
El testigo verdadero libra las almas: mas el engañoso hablará mentiras.
En el temor de Jehová está la fuerte confianza; y esperanza tendrán sus hijos.
El temor de Jehová es manantial de vida, para apartarse de los lazos de la muerte.
En la multitud de pueblo está la gloria del rey: y en la falta de pueblo la flaqueza del príncipe.
El que tarde se aira, es grande de entendimiento: mas el corto de espíritu engrandece el desatino.
El corazón apacible es vida de las carnes: mas la envidia, pudrimiento de huesos.
Por su maldad será lanzado el impío: mas el justo en su muerte tiene esperanza.
En el corazón del cuerdo reposa la sabiduría; y es conocida en medio de los necios.
La justicia engrandece la nación: mas el pecado es afrenta de las naciones.
La benevolencia del rey es para con el ministro entendido: mas su enojo contra el que lo avergüenza.
La sana lengua es árbol de vida: mas la perversidad en ella es quebrantamiento de espíritu.
El necio menosprecia el consejo de su padre: mas el que guarda la corrección, vendrá á ser cuerdo.
En la casa del justo hay gran provisión; empero turbación en las ganancias del impío.
Los labios de los sabios esparcen sabiduría: mas no así el corazón de los necios.
El infierno y la perdición están delante de Jehová: ¡cuánto más los corazones de los hombres!
El corazón entendido busca la sabiduría: mas la boca de los necios pace necedad.
Mejor es la comida de legumbres donde hay amor, que de buey engordado donde hay odio.
El camino del perezoso es como seto de espinos: mas la vereda de los rectos como una calzada.
El hijo sabio alegra al padre: mas el hombre necio menosprecia á su madre.
La necedad es alegría al falto de entendimiento: mas el hombre entendido enderezará su proceder.
Alégrase el hombre con la respuesta de su boca: y la palabra á su tiempo, ¡cuán buena es!
El camino de la vida es hacia arriba al entendido, para apartarse del infierno abajo.
Jehová asolará la casa de los soberbios: mas él afirmará el término de la viuda.
Alborota su casa el codicioso: mas el que aborrece las dádivas vivirá.
Lejos está Jehová de los impíos: mas él oye la oración de los justos.
El que tiene en poco la disciplina, menosprecia su alma: mas el que escucha la corrección, tiene entendimiento.
El temor de Jehová es enseñanza de sabiduría: y delante de la honra está la humildad.
Encomienda á Jehová tus obras, y tus pensamientos serán afirmados.
Cuando los caminos del hombre son agradables á Jehová, aun á sus enemigos pacificará con él.
Peso y balanzas justas son de Jehová: obra suya son todas las pesas de la bolsa.
Abominación es á los reyes hacer impiedad: porque con justicia será afirmado el trono.
Los labios justos son el contentamiento de los reyes; y aman al que habla lo recto.
En la alegría del rostro del rey está la vida; y su benevolencia es como nube de lluvia tardía.
Antes del quebrantamiento es la soberbia; y antes de la caída la altivez de espíritu.
Mejor es humillar el espíritu con los humildes, que partir despojos con los soberbios.
El entendido en la palabra, hallará el bien: y el que confía en Jehová, él es bienaventurado.
Manantial de vida es el entendimiento al que lo posee: mas la erudición de los necios es necedad.
El corazón del sabio hace prudente su boca; y con sus labios aumenta la doctrina.
Panal de miel son los dichos suaves: suavidad al alma y medicina á los huesos.
Hay camino que parece derecho al hombre, mas su salida son caminos de muerte.
El hombre perverso cava el mal; y en sus labios hay como llama de fuego.
El hombre perverso levanta contienda; y el chismoso aparta los mejores amigos.
El hombre malo lisonjea á su prójimo, y le hace andar por el camino no bueno:
Cierra sus ojos para pensar perversidades; mueve sus labios, efectúa el mal.
Mejor es el que tarde se aira que el fuerte; y el que se enseñorea de su espíritu, que el que toma una ciudad.
La suerte se echa en el seno: mas de Jehová es el juicio de ella.
El crisol para la plata, y la hornaza para el oro: mas Jehová prueba los corazones.
El malo está atento al labio inicuo; y el mentiroso escucha á la lengua detractora.
Corona de los viejos son los hijos de los hijos; y la honra de los hijos, sus padres.
No conviene al necio la altilocuencia: ¡cuánto menos al príncipe el labio mentiroso!
Piedra preciosa es el cohecho en ojos de sus dueños: á donde quiera que se vuelve, da prosperidad.
El que cubre la prevaricación, busca amistad: mas el que reitera la palabra, aparta al amigo.
El rebelde no busca sino mal; y mensajero cruel será contra él enviado.
El que da mal por bien, no se apartará el mal de su casa.
El que comienza la pendencia es como quien suelta las aguas: deja pues la porfía, antes que se enmarañe.
El que justifica al impío, y el que condena al justo, ambos á dos son abominación á Jehová.
¿De qué sirve el precio en la mano del necio para comprar sabiduría, no teniendo entendimiento?
En todo tiempo ama el amigo; y el hermano para la angustia es nacido.
El hombre falto de entendimiento toca la mano, fiando á otro delante de su amigo.
El perverso de corazón nunca hallará bien: y el que revuelve con su lengua, caerá en mal.
El que engendra al necio, para su tristeza lo engendra: y el padre del fatuo no se alegrará.
El impío toma dádiva del seno, para pervertir las sendas del derecho.
En el rostro del entendido aparece la sabiduría: mas los ojos del necio vagan hasta el cabo de la tierra.
El hijo necio es enojo á su padre, y amargura á la que lo engendró.
No toma placer el necio en la inteligencia, sino en lo que su corazón se descubre.
Cuando viene el impío, viene también el menosprecio, y con el deshonrador la afrenta.
Aguas profundas son las palabras de la boca del hombre; y arroyo revertiente, la fuente de la sabiduría.
Tener respeto á la persona del impío, para hacer caer al justo de su derecho, no es bueno.
La boca del necio es quebrantamiento para sí, y sus labios son lazos para su alma.
Las palabras del chismoso parecen blandas, y descienden hasta lo íntimo del vientre.
También el que es negligente en su obra es hermano del hombre disipador.
Torre fuerte es el nombre de Jehová: á él correrá el justo, y será levantado.
Las riquezas del rico son la ciudad de su fortaleza, y como un muro alto en su imaginación.
Antes del quebrantamiento se eleva el corazón del hombre, y antes de la honra es el abatimiento.
El corazón del entendido adquiere sabiduría; y el oído de los sabios busca la ciencia.
El presente del hombre le ensancha el camino, y le lleva delante de los grandes.
La suerte pone fin á los pleitos, y desparte los fuertes.
El hermano ofendido es más tenaz que una ciudad fuerte: y las contiendas de los hermanos son como cerrojos de alcázar.
La muerte y la vida están en poder de la lengua; y el que la ama comerá de sus frutos.
El que halló esposa halló el bien, y alcanzó la benevolencia de Jehová.
El pobre habla con ruegos; mas el rico responde durezas.
El hombre que tiene amigos, ha de mostrarse amigo: y amigo hay más conjunto que el hermano.
Mejor es el pobre que camina en su sencillez, que el de perversos labios y fatuo.
La insensatez del hombre tuerce su camino; y contra Jehová se aira su corazón.
Las riquezas allegan muchos amigos: mas el pobre, de su amigo es apartado.
El que posee entendimiento, ama su alma: el que guarda la inteligencia, hallará el bien.
La cordura del hombre detiene su furor; y su honra es disimular la ofensa.
La casa y las riquezas herencia son de los padres: mas de Jehová la mujer prudente.
La pereza hace caer en sueño; y el alma negligente hambreará.
Castiga á tu hijo en tanto que hay esperanza; mas no se excite tu alma para destruirlo.
El de grande ira llevará la pena: y si usa de violencias, añadirá nuevos males.
Escucha el consejo, y recibe la corrección, para que seas sabio en tu vejez.
Muchos pensamientos hay en el corazón del hombre; mas el consejo de Jehová permanecerá.
Cesa, hijo mío, de oir la enseñanza que induce á divagar de las razones de sabiduría.
El testigo perverso se burlará del juicio; y la boca de los impíos encubrirá la iniquidad.
Aparejados están juicios para los escarnecedores, y azotes para los cuerpos de los insensatos.
El vino es escarnecedor, la cerveza alborotadora; y cualquiera que por ello errare, no será sabio.
Honra es del hombre dejarse de contienda: mas todo insensato se envolverá en ella.
El perezoso no ara á causa del invierno; pedirá pues en la siega, y no hallará.
El rey que se sienta en el trono de juicio, con su mirar disipa todo mal.
Doble pesa y doble medida, abominación son á Jehová ambas cosas.
El oído que oye, y el ojo que ve, ambas cosas ha igualmente hecho Jehová.
No ames el sueño, porque no te empobrezcas; abre tus ojos, y te hartarás de pan.
Quítale su ropa al que salió por fiador del extraño; y tómale prenda al que fía la extraña.
Los pensamientos con el consejo se ordenan: y con industria se hace la guerra.
El que descubre el secreto, en chismes anda: no te entrometas, pues, con el que lisonjea con sus labios.
La herencia adquirida de priesa al principio, aun su postrimería no será bendita.
No digas, yo me vengaré; espera á Jehová, y él te salvará.
Lazo es al hombre el devorar lo santo, y andar pesquisando después de los votos.
El rey sabio esparce los impíos, y sobre ellos hace tornar la rueda.
Candela de Jehová es el alma del hombre, que escudriña lo secreto del vientre.
Misericordia y verdad guardan al rey; y con clemencia sustenta su trono.
Las señales de las heridas son medicina para lo malo: y las llagas llegan á lo más secreto del vientre.
Como los repartimientos de las aguas, así está el corazón del rey en la mano de Jehová: á todo lo que quiere lo inclina.
Hacer justicia y juicio es á Jehová más agradable que sacrificio.
Altivez de ojos, y orgullo de corazón, y el brillo de los impíos, son pecado.
Los pensamientos del solícito ciertamente van á abundancia; mas todo presuroso, indefectiblemente á pobreza.
El camino del hombre perverso es torcido y extraño: mas la obra del limpio es recta.
El alma del impío desea mal: su prójimo no le parece bien.
Considera el justo la casa del impío: cómo los impíos son trastornados por el mal.
El que cierra su oído al clamor del pobre, también él clamará, y no será oído.
El presente en secreto amansa el furor, y el don en el seno, la fuerte ira.
Alegría es al justo hacer juicio; mas quebrantamiento á los que hacen iniquidad.
Hombre necesitado será el que ama el deleite: y el que ama el vino y ungüentos no enriquecerá.
Mejor es morar en tierra del desierto, que con la mujer rencillosa é iracunda.
Tesoro codiciable y pingüe hay en la casa del sabio; mas el hombre insensato lo disipará.
El que sigue la justicia y la misericordia, hallará la vida, la justicia, y la honra.
La ciudad de los fuertes tomó el sabio, y derribó la fuerza en que ella confiaba.
El que guarda su boca y su lengua, su alma guarda de angustias.
Soberbio y presuntuoso escarnecedor es el nombre del que obra con orgullosa saña.
El sacrificio de los impíos es abominación: ¡cuánto más ofreciéndolo con maldad!
El caballo se apareja para el día de la batalla: mas de Jehová es el salvar.
De más estima es la buena fama que las muchas riquezas; y la buena gracia más que la plata y el oro.
El avisado ve el mal, y escóndese: mas los simples pasan, y reciben el daño.
Riquezas, y honra, y vida, son la remuneración de la humildad y del temor de Jehová.
Espinas y lazos hay en el camino del perverso: el que guarda su alma se alejará de ellos.
Instruye al niño en su carrera: aun cuando fuere viejo no se apartará de ella.
El rico se enseñoreará de los pobres; y el que toma prestado, siervo es del que empresta.
Echa fuera al escarnecedor, y saldrá la contienda, y cesará el pleito y la afrenta.
El que ama la limpieza de corazón, por la gracia de sus labios su amigo será el rey.
Los ojos de Jehová miran por la ciencia; mas él trastorna las cosas de los prevaricadores.
Dice el perezoso: El león está fuera; en mitad de las calles seré muerto.
El que oprime al pobre para aumentarse él, y que da al rico, ciertamente será pobre.
Porque es cosa deleitable, si las guardares en tus entrañas; y que juntamente sean ordenadas en tus labios.
Para que tu confianza sea en Jehová, te las he hecho saber hoy á ti también.
No robes al pobre, porque es pobre, ni quebrantes en la puerta al afligido:
Porque no aprendas sus maneras, y tomes lazo para tu alma.
No estés entre los que tocan la mano, entre los que fían por deudas.
Si no tuvieres para pagar, ¿por qué han de quitar tu cama de debajo de ti?
No traspases el término antiguo que pusieron tus padres.
Cuando te sentares á comer con algún señor, considera bien lo que estuviere delante de ti;
No codicies sus manjares delicados, porque es pan engañoso.
No hables á oídos del necio; porque menospreciará la prudencia de tus razones.
Porque el defensor de ellos es el Fuerte, el cual juzgará la causa de ellos contra ti.
Aplica tu corazón á la enseñanza, y tus oídos á las palabras de sabiduría.
No rehuses la corrección del muchacho: porque si lo hirieres con vara, no morirá.
Hijo mío, si tu corazón fuere sabio, también á mí se me alegrará el corazón;
Mis entrañas también se alegrarán, cuando tus labios hablaren cosas rectas.
No tenga tu corazón envidia de los pecadores, antes persevera en el temor de Jehová todo tiempo:
No estés con los bebedores de vino, ni con los comedores de carne:
Porque el bebedor y el comilón empobrecerán: y el sueño hará vestir vestidos rotos.
Oye á tu padre, á aquel que te engendró; y cuando tu madre envejeciere, no la menosprecies.
Compra la verdad, y no la vendas; la sabiduría, la enseñanza, y la inteligencia.
Mucho se alegrará el padre del justo: y el que engendró sabio se gozará con él.
Alégrense tu padre y tu madre, y gócese la que te engendró.
Dame, hijo mío, tu corazón, y miren tus ojos por mis caminos.
Para los que se detienen mucho en el vino, para los que van buscando la mistura.
Mas al fin como serpiente morderá, y como basilisco dará dolor:
Y serás como el que yace en medio de la mar, ó como el que está en la punta de un mastelero.
No tengas envidia de los hombres malos, ni desees estar con ellos:
Porque su corazón piensa en robar, é iniquidad hablan sus labios.
Porque con ingenio harás la guerra: y la salud está en la multitud de consejeros.
Alta está para el insensato la sabiduría: en la puerta no abrirá él su boca.
Al que piensa mal hacer le llamarán hombre de malos pensamientos.
Si dejares de librar los que son tomados para la muerte, y los que son llevados al degolladero;
Oh impío, no aceches la tienda del justo, no saquees su cámara;
Porque siete veces cae el justo, y se torna á levantar; mas los impíos caerán en el mal.
Porque Jehová no lo mire, y le desagrade, y aparte de sobre él su enojo.
No te entrometas con los malignos, ni tengas envidia de los impíos;
Porque para el malo no habrá buen fin, y la candela de los impíos será apagada.
Porque su quebrantamiento se levantará de repente; y el quebrantamiento de ambos, ¿quién lo comprende?
También estas cosas pertenecen á los sabios. Tener respeto á personas en el juicio no es bueno.
Mas los que lo reprenden, serán agradables, y sobre ellos vendrá bendición de bien.
Besados serán los labios del que responde palabras rectas.
Apresta tu obra de afuera, y disponla en tu heredad; y después edificarás tu casa.
No digas: Como me hizo, así le haré; daré el pago al hombre según su obra.
Y yo miré, y púselo en mi corazón: vilo, y tomé consejo.
Así vendrá como caminante tu necesidad, y tu pobreza como hombre de escudo.
Gloria de Dios es encubrir la palabra; mas honra del rey es escudriñar la palabra.
Para la altura de los cielos, y para la profundidad de la tierra, y para el corazón de los reyes, no hay investigación.
Quita las escorias de la plata, y saldrá vaso al fundidor.
Aparta al impío de la presencia del rey, y su trono se afirmará en justicia.
No te alabes delante del rey, ni estés en el lugar de los grandes:
Manzana de oro con figuras de plata es la palabra dicha como conviene.
Como nubes y vientos sin lluvia, así es el hombre que se jacta de vana liberalidad.
Con larga paciencia se aplaca el príncipe; y la lengua blanda quebranta los huesos.
¿Hallaste la miel? come lo que te basta; no sea que te hartes de ella, y la vomites.
Detén tu pie de la casa de tu vecino, porque harto de ti no te aborrezca.
Diente quebrado y pie resbalador, es la confianza en el prevaricador en tiempo de angustia.
Porque ascuas allegas sobre su cabeza, y Jehová te lo pagará.
Mejor es estar en un rincón de casa, que con la mujer rencillosa en espaciosa casa.
Como el agua fría al alma sedienta, así son las buenas nuevas de lejanas tierras.
Como ciudad derribada y sin muro, es el hombre cuyo espíritu no tiene rienda.
Como el gorrión en su vagar, y como la golondrina en su vuelo, así la maldición sin causa nunca vendrá.
El látigo para el caballo, y el cabestro para el asno, y la vara para la espalda del necio.
Responde al necio según su necedad, porque no se estime sabio en su opinión.
Como el que se corta los pies y bebe su daño, así es el que envía algo por mano de un necio.
Alzar las piernas del cojo, así es el proverbio en la boca del necio.
Como quien liga la piedra en la honda, así hace el que al necio da honra.
Como perro que vuelve á su vómito, así el necio que repite su necedad.
Dice el perezoso: El león está en el camino; el león está en las calles.
Las puertas se revuelven en sus quicios: así el perezoso en su cama.
Esconde el perezoso su mano en el seno; cánsase de tornarla á su boca.
Sin leña se apaga el fuego: y donde no hay chismoso, cesa la contienda.
Como escoria de plata echada sobre el tiesto, son los labios enardecidos y el corazón malo.
Otro parece en los labios el que aborrece; mas en su interior pone engaño.
Encúbrese el odio con disimulo; mas su malicia será descubierta en la congregación.
El que cavare sima, caerá en ella: y el que revuelva la piedra, á él volverá.
La falsa lengua atormenta al que aborrece: y la boca lisonjera hace resbaladero.
No te jactes del día de mañana; porque no sabes qué dará de sí el día.
Alábete el extraño, y no tu boca; el ajeno, y no tus labios.
Pesada es la piedra, y la arena pesa; mas la ira del necio es más pesada que ambas cosas.
Cruel es la ira, é impetuoso el furor; mas ¿quién parará delante de la envidia?
Fieles son las heridas del que ama; pero importunos los besos del que aborrece.
El alma harta huella el panal de miel; mas al alma hambrienta todo lo amargo es dulce.
El ungüento y el perfume alegran el corazón: y el amigo al hombre con el cordial consejo.
El avisado ve el mal, y escóndese; mas los simples pasan, y llevan el daño.
Gotera continua en tiempo de lluvia, y la mujer rencillosa, son semejantes:
Hierro con hierro se aguza; y el hombre aguza el rostro de su amigo.
El sepulcro y la perdición nunca se hartan: así los ojos del hombre nunca están satisfechos.
El crisol prueba la plata, y la hornaza el oro: y al hombre la boca del que lo alaba.
Porque las riquezas no son para siempre; ¿y será la corona para perpetuas generaciones?
Saldrá la grama, aparecerá la hierba, y segaránse las hierbas de los montes.
Los corderos para tus vestidos, y los cabritos para el precio del campo:
Por la rebelión de la tierra sus príncipes son muchos: mas por el hombre entendido y sabio permanecerá sin mutación.
El hombre pobre y robador de los pobres, es lluvia de avenida y sin pan.
Los hombres malos no entienden el juicio: mas los que buscan á Jehová, entienden todas las cosas.
Mejor es el pobre que camina en su integridad, que el de perversos caminos, y rico.
El que guarda la ley es hijo prudente: mas el que es compañero de glotones, avergüenza á su padre.
El que aumenta sus riquezas con usura y crecido interés, para que se dé á los pobres lo allega.
El que aparta su oído para no oir la ley, su oración también es abominable.
El hombre rico es sabio en su opinión: mas el pobre entendido lo examinará.
Cuando los justos se alegran, grande es la gloria; mas cuando los impíos son levantados, es buscado el hombre.
Bienaventurado el hombre que siempre está temeroso: mas el que endurece su corazón, caerá en mal.
León rugiente y oso hambriento, es el príncipe impío sobre el pueblo pobre.
El hombre que hace violencia con sangre de persona, huirá hasta el sepulcro, y nadie le detendrá.
El que en integridad camina, será salvo; mas el de perversos caminos caerá en alguno.
El hombre de verdad tendrá muchas bendiciones: mas el que se apresura á enriquecer, no será sin culpa.
Tener acepción de personas, no es bueno: hasta por un bocado de pan prevaricará el hombre.
El que reprende al hombre, hallará después mayor gracia que el que lisonjea con la lengua.
El que roba á su padre ó á su madre, y dice que no es maldad, compañero es del hombre destruidor.
Cuando los impíos son levantados, esconderáse el hombre: mas cuando perecen, los justos se multiplican.
El hombre que lisonjea á su prójimo, red tiende delante de sus pasos.
En la prevaricación del hombre malo hay lazo: mas el justo cantará y se alegrará.
Conoce el justo la causa de los pobres: mas el impío no entiende sabiduría.
Los hombres escarnecedores enlazan la ciudad: mas los sabios apartan la ira.
Si el hombre sabio contendiere con el necio, que se enoje ó que se ría, no tendrá reposo.
Los hombres sanguinarios aborrecen al perfecto: mas los rectos buscan su contentamiento.
El necio da suelta á todo su espíritu; mas el sabio al fin le sosiega.
La vara y la corrección dan sabiduría: mas el muchacho consentido avergonzará á su madre.
Corrige á tu hijo, y te dará descanso, y dará deleite á tu alma.
Sin profecía el pueblo será disipado: mas el que guarda la ley, bienaventurado él.
El siervo no se corregirá con palabras: porque entiende, mas no corresponde.
El que regala á su siervo desde su niñez, á la postre será su hijo.
El hombre iracundo levanta contiendas; y el furioso muchas veces peca.
La soberbia del hombre le abate; pero al humilde de espíritu sustenta la honra.
El aparcero del ladrón aborrece su vida; oirá maldiciones, y no lo denunciará.
El temor del hombre pondrá lazo: mas el que confía en Jehová será levantado.
Ciertamente más rudo soy yo que ninguno, ni tengo entendimiento de hombre.
Yo ni aprendí sabiduría, ni conozco la ciencia del Santo.
Toda palabra de Dios es limpia; es escudo á los que en él esperan.
No añadas á sus palabras, porque no te reprenda, y seas hallado mentiroso.
Dos cosas te he demandado; no me las niegues antes que muera.
No acuses al siervo ante su señor, porque no te maldiga, y peques.
Hay generación limpia en su opinión, si bien no se ha limpiado su inmundicia.
El sepulcro, y la matriz estéril, la tierra no harta de aguas, y el fuego que jamás dice, Basta.
Tres cosas me son ocultas; aun tampoco sé la cuarta:
Por la aborrecida cuando se casare; y por la sierva cuando heredare á su señora.
Las hormigas, pueblo no fuerte, y en el verano preparan su comida;
Las langostas, no tienen rey, y salen todas acuadrilladas;
El león, fuerte entre todos los animales, que no torna atrás por nadie;
El lebrel ceñido de lomos; asimismo el macho cabrío; y un rey contra el cual ninguno se levanta.
Palabras del rey Lemuel; la profecía con que le enseñó su madre.
¿Qué, hijo mío? ¿y qué, hijo de mi vientre? ¿y qué, hijo de mis deseos?
No es de los reyes, oh Lemuel, no es de los reyes beber vino, ni de los príncipes la cerveza.
No sea que bebiendo olviden la ley, y perviertan el derecho de todos los hijos afligidos.
Abre tu boca, juzga justicia, y el derecho del pobre y del menesteroso.
Mujer fuerte, ¿quién la hallará? porque su estima sobrepuja largamente á la de piedras preciosas.
Darále ella bien y no mal, todos los días de su vida.
Levantóse aun de noche, y dió comida á su familia, y ración á sus criadas.
Consideró la heredad, y compróla; y plantó viña del fruto de sus manos.
Ciñó sus lomos de fortaleza, y esforzó sus brazos.
Aplicó sus manos al huso, y sus manos tomaron la rueca.
Alargó su mano al pobre, y extendió sus manos al menesteroso.
No tendrá temor de la nieve por su familia, porque toda su familia está vestida de ropas dobles.
Hizo telas, y vendió; y dió cintas al mercader.
Fortaleza y honor son su vestidura; y en el día postrero reirá.
Considera los caminos de su casa, y no come el pan de balde.
Levantáronse sus hijos, y llamáronla bienaventurada; y su marido también la alabó.
Muchas mujeres hicieron el bien; mas tú las sobrepujaste á todas.
Engañosa es la gracia, y vana la hermosura: la mujer que teme á Jehová, ésa será alabada.
Palabras del Predicador, hijo de David, rey en Jerusalem.
Vanidad de vanidades, dijo el Predicador; vanidad de vanidades, todo vanidad.
¿Qué provecho tiene el hombre de todo su trabajo con que se afana debajo del sol?
Y sale el sol, y pónese el sol, y con deseo vuelve á su lugar donde torna á nacer.
¿Hay algo de que se pueda decir: He aquí esto es nuevo? Ya fué en los siglos que nos han precedido.
Yo miré todas las obras que se hacen debajo del sol; y he aquí, todo ello es vanidad y aflicción de espíritu.
Lo torcido no se puede enderezar; y lo falto no puede contarse.
Porque en la mucha sabiduría hay mucha molestia; y quien añade ciencia, añade dolor.
Dije yo en mi corazón: Ven ahora, te probaré con alegría, y gozarás de bienes. Mas he aquí esto también era vanidad.
A la risa dije: Enloqueces; y al placer: ¿De qué sirve esto?
Híceme estanques de aguas, para regar de ellos el bosque donde los árboles crecían.
Porque ¿qué tiene el hombre de todo su trabajo, y fatiga de su corazón, con que debajo del sol él se afanara?
Tiempo de nacer, y tiempo de morir; tiempo de plantar, y tiempo de arrancar lo plantado;
Tiempo de matar, y tiempo de curar; tiempo de destruir, y tiempo de edificar;
Tiempo de llorar, y tiempo de reir; tiempo de endechar, y tiempo de bailar;
Tiempo de amar, y tiempo de aborrecer; tiempo de guerra, y tiempo de paz.
Y también que es don de Dios que todo hombre coma y beba, y goce el bien de toda su labor.
Aquello que fué, ya es: y lo que ha de ser, fué ya; y Dios restaura lo que pasó.
Todo va á un lugar: todo es hecho del polvo, y todo se tornará en el mismo polvo.
Y tuve por mejor que unos y otros al que no ha sido aún, que no ha visto las malas obras que debajo del sol se hacen.
El necio dobla sus manos y come su carne.
Mas vale el un puño lleno con descanso, que ambos puños llenos con trabajo y aflicción de espíritu.
Mejores son dos que uno; porque tienen mejor paga de su trabajo.
Y si alguno prevaleciere contra el uno, dos estarán contra él; y cordón de tres dobleces no presto se rompe.
Mejor es el muchacho pobre y sabio, que el rey viejo y fatuo que no sabe ser aconsejado.
Porque de la cárcel salió para reinar; mientras el nacido en su reino se hizo pobre.
Vi todos los vivientes debajo del sol caminando con el muchacho sucesor, que estará en lugar de aquél.
Mejor es que no prometas, que no que prometas y no pagues.
Donde los sueños son en multitud, también lo son las vanidades y muchas las palabras; mas tú teme á Dios.
Además el provecho de la tierra es para todos: el rey mismo está sujeto á los campos.
El que ama el dinero, no se hartará de dinero; y el que ama el mucho tener, no sacará fruto. También esto es vanidad.
Hay una trabajosa enfermedad que he visto debajo del sol: las riquezas guardadas de sus dueños para su mal;
Las cuales se pierden en malas ocupaciones, y á los hijos que engendraron nada les queda en la mano.
Porque no se acordará mucho de los días de su vida; pues Dios le responderá con alegría de su corazón.
Porque en vano vino, y á tinieblas va, y con tinieblas será cubierto su nombre.
Aunque no haya visto el sol, ni conocido nada, más reposo tiene éste que aquél.
Porque si viviere aquél mil años dos veces, si no ha gozado del bien, cierto todos van á un lugar.
Todo el trabajo del hombre es para su boca, y con todo eso su alma no se harta.
Porque ¿qué más tiene el sabio que el necio? ¿qué más tiene el pobre que supo caminar entre los vivos?
Ciertamente las muchas palabras multiplican la vanidad. ¿Qué más tiene el hombre?
Mejor es la buena fama que el buen ungüento; y el día de la muerte que el día del nacimiento.
Mejor es el enojo que la risa: porque con la tristeza del rostro se enmendará el corazón.
El corazón de los sabios, en la casa del luto; mas el corazón de los insensatos, en la casa del placer.
No te apresures en tu espíritu á enojarte: porque la ira en el seno de los necios reposa.
Buena es la ciencia con herencia; y más á los que ven el sol.
No hagas mal mucho, ni seas insensato: ¿por qué morirás antes de tu tiempo?
La sabiduría fortifica al sabio más que diez poderosos la ciudad en que fueron.
Ciertamente no hay hombre justo en la tierra, que haga bien y nunca peque.
Tampoco apliques tu corazón á todas las cosas que se hablaren, porque no oigas á tu siervo que dice mal de ti:
Porque tu corazón sabe, como tú también dijiste mal de otros muchas veces.
Lejos está lo que fué; y lo muy profundo ¿quién lo hallará?
He aquí, solamente he hallado esto: que Dios hizo al hombre recto, mas ellos buscaron muchas cuentas.
Yo te aviso que guardes el mandamiento del rey y la palabra del juramento de Dios.
Pues la palabra del rey es con potestad, ¿y quién le dirá, Qué haces?
Porque no sabe lo que ha de ser; y el cuándo haya de ser, ¿quién se lo enseñará?
Aun hay esperanza para todo aquél que está entre los vivos; porque mejor es perro vivo que león muerto.
En todo tiempo sean blancos tus vestidos, y nunca falte ungüento sobre tu cabeza.
También vi esta sabiduría debajo del sol, la cual me parece grande:
Mejor es la sabiduría que las armas de guerra; mas un pecador destruye mucho bien.
Y aun mientras va el necio por el camino, fáltalesu cordura, y dice á todos, quees necio.
Si el espíritu del príncipe se exaltare contra ti, no dejes tu lugar; porque la lenidad hará cesar grandes ofensas.
La necedad está colocada en grandes alturas, y los ricos están sentados en lugar bajo.
El que hiciere el hoyo caerá en él; y el que aportillare el vallado, morderále la serpiente.
El que mudare las piedras, trabajo tendrá en ellas: el que cortare la leña, en ella peligrará.
Muerde la serpiente cuando no está encantada, y el lenguaraz no es mejor.
Las palabras de la boca del sabio son gracia; mas los labios del necio causan su propia ruina.
El necio multiplica palabras: no sabe hombre lo que ha de ser; ¿y quién le hará saber lo que después de él será?
Por la pereza se cae la techumbre, y por flojedad de manos se llueve la casa.
Por el placer se hace el convite, y el vino alegra los vivos: y el dinero responde á todo.
Echa tu pan sobre las aguas; que después de muchos días lo hallarás.
El que al viento mira, no sembrará; y el que mira á las nubes, no segará.
Suave ciertamente es la luz, y agradable á los ojos ver el sol:
Quita pues el enojo de tu corazón, y aparta el mal de tu carne: porque la mocedad y la juventud son vanidad.
Antes que se oscurezca el sol, y la luz, y la luna y las estrellas, y las nubes se tornen tras la lluvia:
Vanidad de vanidades, dijo el Predicador, todo vanidad.
Procuró el Predicador hallar palabras agradables, y escritura recta, palabras de verdad.
¡Oh si él me besara con ósculos de su boca! porque mejores son tus amores que el vino.
Por el olor de tus suaves ungüentos, (ungüento derramado es tu nombre,) por eso las doncellas te amaron.
Morena soy, oh hijas de Jerusalem, mas codiciable; como las cabañas de Cedar, como las tiendas de Salomón.
A yegua de los carros de Faraón te he comparado, amiga mía.
Hermosas son tus mejillas entre los pendientes, tu cuello entre los collares.
Zarcillos de oro te haremos, con clavos de plata.
Racimo de copher en las viñas de Engadi es para mí mi amado.
Yo soy la rosa de Sarón, y el lirio de los valles.
Llevóme á la cámara del vino, y su bandera sobre mí fué amor.
Sustentadme con frascos, corroboradme con manzanas; porque estoy enferma de amor.
¡La voz de mi amado! He aquí él viene saltando sobre los montes, brincando sobre los collados.
Mi amado habló, y me dijo: Levántate, oh amiga mía, hermosa mía, y vente.
Mi amado es mío, y yo suya; él apacienta entre lirios.
Por las noches busqué en mi lecho al que ama mi alma: busquélo, y no lo hallé.
He aquí es la litera de Salomón: sesenta valientes la rodean, de los fuertes de Israel.
Todos ellos tienen espadas, diestros en la guerra; cada uno su espada sobre su muslo, por los temores de la noche.
El rey Salomón se hizo una carroza de madera del Líbano.
Tus dos pechos, como dos cabritos mellizos de gama, que son apacentados entre azucenas.
Huerto cerrado eres, mi hermana, esposa mía; fuente cerrada, fuente sellada.
Fuente de huertos, pozo de aguas vivas, que corren del Líbano.
Heme desnudado mi ropa; ¿cómo la tengo de vestir? He lavado mis pies; ¿cómo los tengo de ensuciar?
Mi amado metió su mano por el agujero, y mis entrañas se conmovieron dentro de mí.
Yo os conjuro, oh doncellas de Jerusalem, si hallareis á mi amado, que le hagáis saber como de amor estoy enferma.
Mi amado es blanco y rubio, señalado entre diez mil.
Sus ojos, como palomas junto á los arroyos de las aguas, que se lavan con leche, y á la perfección colocados.
Sus manos, como anillos de oro engastados de jacintos: su vientre, como claro marfil cubierto de zafiros.
Su paladar, dulcísimo: y todo él codiciable. Tal es mi amado, tal es mi amigo, oh doncellas de Jerusalem.
¿Dónde se ha ido tu amado, oh la más hermosa de todas las mujeres? ¿Adónde se apartó tu amado, y le buscaremos contigo?
Hermosa eres tú, oh amiga mía, como Tirsa; de desear, como Jerusalem; imponente como ejércitos en orden.
Ven, oh amado mío, salgamos al campo, moremos en las aldeas.
Su izquierda esté debajo de mi cabeza, y su derecha me abrace.
Tenemos una pequeña hermana, que no tiene pechos: ¿qué haremos á nuestra hermana cuando de ella se hablare?
Si ella es muro, edificaremos sobre él un palacio de plata: y si fuere puerta, la guarneceremos con tablas de cedro.
Yo soy muro, y mis pechos como torres, desde que fuí en sus ojos como la que halla paz.
Mi viña, que es mía, está delante de mí: las mil serán tuyas, oh Salomón, y doscientas, de los que guardan su fruto.
Huye, amado mío; y sé semejante al gamo, ó al cervatillo, sobre las montañas de los aromas.
El buey conoce á su dueño, y el asno el pesebre de su señor: Israel no conoce, mi pueblo no tiene entendimiento.
Y queda la hija de Sión como choza en viña, y como cabaña en melonar, como ciudad asolada.
Príncipes de Sodoma, oid la palabra de Jehová; escuchad la ley de nuestro Dios, pueblo de Gomorra.
Vuestras lunas nuevas y vuestras solemnidades tiene aborrecidas mi alma: me son gravosas; cansado estoy de llevarlas.
Tu plata se ha tornado escorias, tu vino mezclado está con agua.
Y volveré mi mano sobre ti, y limpiaré hasta lo más puro tus escorias, y quitaré todo tu estaño:
Porque seréis como el olmo que se le cae la hoja, y como huerto que le faltan las aguas.
Y el fuerte será como estopa, y lo que hizo como centella; y ambos serán encendidos juntamente, y no habrá quien apague.
Y quitará totalmente los ídolos.
El capitán de cincuenta, y el hombre de respeto, y el consejero, y el artífice excelente, y el hábil orador.
Y pondréles mozos por príncipes, y muchachos serán sus señores.
Jehová está en pie para litigar, y está para juzgar los pueblos.
Los espejos, los pañizuelos, las gasas, y los tocados.
Sus puertas se entristecerán y enlutarán, y ella, desamparada, sentaráse en tierra.
Ahora pues, vecinos de Jerusalem y varones de Judá, juzgad ahora entre mí y mi viña.
Mas Jehová de los ejércitos será ensalzado en juicio, y el Dios Santo será santificado con justicia.
Y los corderos serán apacentados según su costumbre; y extraños comerán las gruesas desamparadas.
Y los quiciales de las puertas se estremecieron con la voz del que clamaba, y la casa se hinchió de humo.
Pide para ti señal de Jehová tu Dios, demandándola en lo profundo, ó arriba en lo alto.
Y acontecerá en aquel tiempo, que críe un hombre una vaca y dos ovejas;
Con saetas y arco irán allá; porque toda la tierra será espinos y cardos.
Y junté conmigo por testigos fieles á Urías sacerdote, y á Zacarías hijo de Jeberechîas.
Tomad consejo, y será deshecho; proferid palabra, y no será firme: porque Dios con nosotros.
No digáis, Conjuración, á todas las cosas á que este pueblo dice, Conjuración; ni temáis lo que temen, ni tengáis miedo.
A Jehová de los ejércitos, á él santificad: sea él vuestro temor, y él sea vuestro miedo.
Y muchos tropezarán entre ellos, y caerán, y serán quebrantados: enredaránse, y serán presos.
Esperaré pues á Jehová, el cual escondió su rostro de la casa de Jacob, y á él aguardaré.
¡A la ley y al testimonio! Si no dijeren conforme á esto, es porque no les ha amanecido.
El Señor envió palabra á Jacob, y cayó en Israel.
Porque los gobernadores de este pueblo son engañadores; y sus gobernados, perdidos.
Porque él dice: Mis príncipes ¿no son todos reyes?
Como hice á Samaria y á sus ídolos, ¿no haré también así á Jerusalem y á sus ídolos?
Y los árboles que quedaren en su bosque, serán en número que un niño los pueda contar.
Pues el Señor Jehová de los ejércitos hará consumación y fenecimiento en medio de la tierra.
Vino hasta Ajad, pasó hasta Migrón; en Michmas contará su ejército:
Madmena se alborotó: los moradores de Gebim se juntarán.
Y cortará con hierro la espesura del bosque, y el Líbano caerá con fortaleza.
La vaca y la osa pacerán, sus crías se echarán juntas; y el león como el buey comerá paja.
Sacaréis aguas con gozo de las fuentes de la salud.
Cantad salmos á Jehová; porque ha hecho cosas magníficas: sea sabido esto por toda la tierra.
Yo mandé á mis santificados, asimismo llamé á mis valientes para mi ira, á los que se alegran con mi gloria.
Aullad, porque cerca está el día de Jehová; vendrá como asolamiento del Todopoderoso.
Por tanto, se enervarán todas la manos, y desleiráse todo corazón de hombre:
Sus niños serán estrellados delante de ellos; sus casas serán saqueadas, y forzadas sus mujeres.
He aquí que yo despierto contra ellos á los Medos, que no curarán de la plata, ni codiciarán oro.
Todos ellos darán voces, y te dirán: ¿Tú también enfermaste como nosotros, y como nosotros fuiste?
Sobre las alturas de las nubes subiré, y seré semejante al Altísimo.
Mas tú derribado eres en el sepulcro, á los lados de la huesa.
Que puso el mundo como un desierto, que asoló sus ciudades; que á sus presos nunca abrió la cárcel?
Todos los reyes de las gentes, todos ellos yacen con honra cada uno en su casa.
Este es el consejo que está acordado sobre toda la tierra; y ésta, la mano extendida sobre todas las gentes.
En el año que murió el rey Achâz fué esta carga:
Porque el llanto rodeó los términos de Moab; hasta Eglaim llegó su alarido, y hasta Beer-elim su clamor.
Enviad cordero al enseñoreador de la tierra, desde la Piedra del desierto al monte de la hija de Sión.
Esta es la palabra que pronunció Jehová sobre Moab desde aquel tiempo.
Carga de Damasco. He aquí que Damasco dejó de ser ciudad, y será montón de ruina.
Y las aguas de la mar faltarán, y el río se agotará y secará.
Porque todas sus redes serán rotas: y se entristecerán todos los que hacen viveros para peces.
En aquel tiempo habrá altar para Jehová en medio de la tierra de Egipto, y el trofeo de Jehová junto á su término.
Y se turbarán y avergonzarán de Etiopía su esperanza, y de Egipto su gloria.
Pasmóse mi corazón, el horror me ha intimidado; la noche de mi deseo se me tornó en espanto.
Pon la mesa, mira del atalaya, come, bebe: levantaos, príncipes, ungid el escudo.
Porque el Señor me dijo así: Ve, pon centinela que haga saber lo que viere.
Carga de Duma. Danme voces de Seir: Guarda, ¿qué de la noche? Guarda, ¿qué de la noche?
El guarda respondió: La mañana viene, y después la noche: si preguntareis, preguntad; volved, venid.
Carga sobre Arabia. En el monte tendréis la noche en Arabia, oh caminantes de Dedanim.
Salid á encontrar al sediento; llevadle aguas, moradores de tierra de Tema, socorred con su pan al que huye.
Carga del valle de la visión. ¿Qué tienes ahora, que toda tú te has subido sobre los terrados?
Y Elam tomó aljaba en carro de hombres y de caballeros; y Chîr descubrió escudo.
Y acaeció que tus hermosos valles fueron llenos de carros, y los de á caballo acamparon á la puerta.
Y visteis las roturas de la ciudad de David, que se multiplicaron; y recogisteis las aguas de la pesquera de abajo.
Por tanto el Señor Jehová de los ejércitos llamó en este día á llanto y á endechas, á mesar y á vestir saco.
Y arrojarte he de tu lugar, y de tu puesto te empujaré.
Pasaos á Tarsis; aullad, moradores de la isla.
¿No era ésta vuestra ciudad alegre, su antigüedad de muchos días? Sus pies la llevarán á peregrinar lejos.
Pasa cual río de tu tierra, oh hija de Tarsis; porque no tendrás ya más fortaleza.
Aullad, naves de Tarsis; porque destruída es vuestra fortaleza.
He aquí que Jehová vacía la tierra, y la desnuda, y trastorna su haz, y hace esparcir sus moradores.
Del todo será vaciada la tierra, y enteramente saqueada; porque Jehová ha pronunciado esta palabra.
Destruyóse, cayó la tierra; enfermó, cayó el mundo; enfermaron los altos pueblos de la tierra.
Perdióse el vino, enfermó la vid, gimieron todos los que eran alegres de corazón.
Voces sobre el vino en las plazas; todo gozo se oscureció, desterróse la alegría de la tierra.
Glorificad por esto á Jehová en los valles: en islas de la mar sea nombrado Jehová Dios de Israel.
Terror y sima y lazo sobre ti, oh morador de la tierra.
Quebrantaráse del todo la tierra, enteramente desmenuzada será la tierra, en gran manera será la tierra conmovida.
Por esto te dará gloria el pueblo fuerte, te temerá la ciudad de gentes robustas.
Y allanará la fortaleza de tus altos muros: la humillará y echará á tierra, hasta el polvo.
Abrid las puertas, y entrará la gente justa, guardadora de verdades.
Hollarála pie, los pies del afligido, los pasos de los menesterosos.
El camino del justo es rectitud: Tú, Recto, pesas el camino del justo.
Jehová, tú nos depararás paz; porque también obraste en nosotros todas nuestras obras.
Yo Jehová la guardo, cada momento la regaré; guardaréla de noche y de día, porque nadie la visite.
¿O forzará alguien mi fortaleza? Haga conmigo paz, sí, haga paz conmigo.
Días vendrán cuando Jacob echará raíces, florecerá y echará renuevos Israel, y la haz del mundo se henchirá de fruto.
¿Acaso ha sido herido como quien lo hirió? ¿ó ha sido muerto como los que lo mataron?
Con los pies será hollada la corona de soberbia de los borrachos de Ephraim;
Y por espíritu de juicio al que se sentare en juicio, y por fortaleza á los que harán tornar la batalla hasta la puerta.
Porque todas las mesas están llenas de vómito y suciedad, hasta no haber lugar limpio.
Estad atentos, y oid mi voz; estad atentos, y oid mi dicho.
El que ara para sembrar, ¿arará todo el día; romperá y quebrará los terrones de la tierra?
Porque su Dios le instruye, y le enseña á juicio;
También esto salió de Jehová de los ejércitos, para hacer maravilloso el consejo y engrandecer la sabiduría.
¡Ay de Ariel, ciudad donde habitó David! Añadid un año á otro, mátense víctimas.
Y si se diere el libro al que no sabe leer, diciéndole: Lee ahora esto; él dirá: No sé leer.
Y los errados de espíritu aprenderán inteligencia, y los murmuradores aprenderán doctrina.
Ciertamente Egipto en vano é inútilmente dará ayuda; por tanto yo le dí voces, que su fortaleza sería estarse quietos.
Dejad el camino, apartaos de la senda, haced cesar de nuestra presencia al Santo de Israel.
Porque Assur que hirió con palo, con la voz de Jehová será quebrantado.
He aquí que en justicia reinará un rey, y príncipes presidirán en juicio.
No se ofuscarán entonces los ojos de los que ven, y los oídos de los oyentes oirán atentos.
Y el corazón de los necios entenderá para saber, y la lengua de los tartamudos será desenvuelta para hablar claramente.
El mezquino nunca más será llamado liberal, ni será dicho generoso el avariento.
Mas el liberal pensará liberalidades, y por liberalidades subirá.
Mujeres reposadas, levantaos, oid mi voz; confiadas, escuchad mi razón.
Sobre la tierra de mi pueblo subirán espinas y cardos; y aun sobre todas las casas de placer en la ciudad de alegría.
Y el efecto de la justicia será paz; y la labor de justicia, reposo y seguridad para siempre.
Los pueblos huyeron á la voz del estruendo; las gentes fueron esparcidas por tus levantamientos.
Será ensalzado Jehová, el cual mora en las alturas: llenó á Sión de juicio y de justicia.
Concebisteis hojarascas, aristas pariréis: el soplo de vuestro fuego os consumirá.
Oid, los que estáis lejos, lo que he hecho; y vosotros los cercanos, conoced mi potencia.
Porque Jehová es nuestro juez, Jehová es nuestro legislador, Jehová es nuestro Rey, él mismo nos salvará.
Y sus arroyos se tornarán en pez, y su polvo en azufre, y su tierra en pez ardiente.
Llamarán á sus príncipes, príncipes sin reino: y todos sus grandes serán nada.
Confortad á las manos cansadas, roborad las vacilantes rodillas.
El rey dice así: No os engañe Ezechîas, porque no os podrá librar.
Mas callaron, y no le respondieron palabra; porque el rey así lo había mandado, diciendo: No le respondáis.
Vinieron pues los siervos de Ezechîas á Isaías.
¿Dónde está el rey de Amath, y el rey de Arphad, el rey de la ciudad de Sepharvaim, de Henah, y de Hivah?
Por el camino que vino se tornará, y no entrará en esta ciudad, dice Jehová:
Entonces Sennachêrib rey de Asiria partiéndose se fué, y volvióse, é hizo su morada en Nínive.
Yo dije: En el medio de mis días iré á las puertas del sepulcro: privado soy del resto de mis años.
Contaba yo hasta la mañana. Como un león molió todos mis huesos: de la mañana á la noche me acabarás.
El que vive, el que vive, éste te confesará, como yo hoy: el padre hará notoria tu verdad á los hijos.
Y había dicho Isaías: Tomen masa de higos, y pónganla en la llaga, y sanará.
La hierba se seca, y la flor se cae; porque el viento de Jehová sopló en ella: ciertamente hierba es el pueblo.
Como nada son todas las gentes delante de él; y en su comparación serán estimadas en menos que nada, y que lo que no es.
¿A qué pues haréis semejante á Dios, ó qué imagen le compondréis?
El artífice apareja la imagen de talla, el platero le extiende el oro, y le funde cadenas de plata.
¿A qué pues me haréis semejante, ó seré asimilado? dice el Santo.
Siguiólos, pasó en paz por camino por donde sus pies nunca habían entrado.
Las islas vieron, y tuvieron temor; los términos de la tierra se espantaron: congregáronse, y vinieron.
Cada cual ayudó á su cercano; y á su hermano dijo: Esfuérzate.
He aquí que vosotros sois de nada, y vuestras obras de vanidad; abominación el que os escogió.
Yo soy el primero que he enseñado estas cosas á Sión, y á Jerusalem daré un portador de alegres nuevas.
He aquí, todos iniquidad, y las obras de ellos nada: viento y vanidad son sus vaciadizos.
No quebrará la caña cascada, ni apagará el pábilo que humeare: sacará el juicio á verdad.
No se cansará, ni desmayará, hasta que ponga en la tierra juicio; y las islas esperarán su ley.
Yo Jehová: este es mi nombre; y á otro no daré mi gloria, ni mi alabanza á esculturas.
Las cosas primeras he aquí vinieron, y yo anuncio nuevas cosas: antes que salgan á luz, yo os las haré notorias.
Que ve muchas cosas y no advierte, que abre los oídos y no oye?
Jehová se complació por amor de su justicia en magnificar la ley y engrandecerla.
No temas, porque yo soy contigo; del oriente traeré tu generación, y del occidente te recogeré.
Yo, yo Jehová; y fuera de mí no hay quien salve.
Aun antes que hubiera día, yo era; y no hay quien de mi mano libre: si yo hiciere, ¿quién lo estorbará?
Este pueblo crié para mí; mis alabanzas publicará.
Yo, yo soy el que borro tus rebeliones por amor de mí; y no me acordaré de tus pecados.
Tu primer padre pecó, y tus enseñadores prevaricaron contra mí.
Y brotarán entre hierba, como sauces junto á las riberas de las aguas.
¿Quién formó un dios, ó quién fundó una estatua que para nada es de provecho?
Que dice al profundo: Sécate, y tus ríos haré secar;
¡Ay del que dice al padre: ¿Por qué engendraste? y á la mujer: ¿Por qué pariste?
Verdaderamente tú eres Dios que te encubres, Dios de Israel, que salvas.
Confusos y avergonzados serán todos ellos; irán con afrenta todos los fabricadores de imágenes.
En Jehová será justificada y se gloriará toda la generación de Israel.
Acordaos de esto, y tened vergüenza; tornad en vosotros, prevaricadores.
Acordaos de las cosas pasadas desde el siglo; porque yo soy Dios, y no hay más Dios, y nada hay á mí semejante;
Nuestro Redentor, Jehová de los ejércitos es su nombre, el Santo de Israel.
No hay paz para los malos, dijo Jehová.
He aquí que en las palmas te tengo esculpida: delante de mí están siempre tus muros.
El Señor Jehová me abrió el oído, y yo no fuí rebelde, ni me torné atrás.
El preso se da prisa para ser suelto, por no morir en la mazmorra, ni que le falte su pan.
Empero yo Jehová, que parto la mar, y suenan sus ondas, soy tu Dios, cuyo nombre es Jehová de los ejércitos.
Oye pues ahora esto, miserable, ebria, y no de vino:
Por un pequeño momento te dejé; mas te recogeré con grandes misericordias.
Si alguno conspirare contra ti, será sin mí: el que contra ti conspirare, delante de ti caerá.
He aquí, que yo lo dí por testigo á los pueblos, por jefe y por maestro á las naciones.
Buscad á Jehová mientras puede ser hallado, llamadle en tanto que está cercano.
Todas las bestias del campo, todas las bestias del monte, venid á devorar.
Entrará en la paz; descansarán en sus lechos todos los que andan delante de Dios.
Mas vosotros llegaos acá, hijos de la agorera, generación de adúltero y de fornicaria.
Y dirá: Allanad, allanad; barred el camino, quitad los tropiezos del camino de mi pueblo.
No hay paz, dijo mi Dios, para los impíos.
He aquí que no se ha acortado la mano de Jehová para salvar, ni hase agravado su oído para oir:
Levántate, resplandece; que ha venido tu lumbre, y la gloria de Jehová ha nacido sobre ti.
Y andarán las gentes á tu luz, y los reyes al resplandor de tu nacimiento.
Porque la gente ó el reino que no te sirviere, perecerá; y del todo serán asoladas.
El pequeño será por mil, el menor, por gente fuerte. Yo Jehová á su tiempo haré que esto sea presto.
Y estarán extranjeros, y apacentarán vuestras ovejas, y los extraños serán vuestros labradores y vuestros viñadores.
Ni le deis tregua, hasta que confirme, y hasta que ponga á Jerusalem en alabanza en la tierra.
¿Por qué es bermejo tu vestido, y tus ropas como del que ha pisado en lagar?
Porque el día de la venganza está en mi corazón, y el año de mis redimidos es venido.
Por poco tiempo lo poseyó el pueblo de tu santidad: nuestros enemigos han hollado tu santuario.
Hemos venido á ser como aquellos de quienes nunca te enseñoreaste, sobre los cuales nunca fué llamado tu nombre.
Cuando, haciendo terriblezas cuales nunca esperábamos, descendiste, fluyeron los montes delante de ti.
Tus santas ciudades están desiertas, Sión es un desierto, Jerusalem una soledad.
Pueblo que en mi cara me provoca de continuo á ira, sacrificando en huertos, y ofreciendo perfume sobre ladrillos;
Y edificarán casas, y morarán en ellas; plantarán viñas, y comerán el fruto de ellas.
Antes que estuviese de parto, parió; antes que le viniesen dolores parió hijo.
Porque Jehová juzgará con fuego y con su espada á toda carne: y los muertos de Jehová serán multiplicados.
Y tomaré también de ellos para sacerdotes y Levitas, dice Jehová.
La palabra de Jehová que fué á él en los días de Josías hijo de Amón, rey de Judá, en el año décimotercio de su reinado.
Y yo dije: ¡Ah! ¡ah! ¡Señor Jehová! He aquí, no sé hablar, porque soy niño.
Y la palabra de Jehová fué á mí, diciendo: ¿Qué ves tú, Jeremías? Y dije: Yo veo una vara de almendro.
Y díjome Jehová: Bien has visto; porque yo apresuro mi palabra para ponerla por obra.
Y díjome Jehová: Del aquilón se soltará el mal sobre todos los moradores de la tierra.
Oid la palabra de Jehová, casa de Jacob, y todas las familias de la casa de Israel.
Por tanto entraré aún en juicio con vosotros, dijo Jehová, y con los hijos de vuestros hijos pleitearé.
Espantaos, cielos, sobre esto, y horrorizaos; desolaos en gran manera, dijo Jehová.
¿No te acarreó esto tu dejar á Jehová tu Dios, cuando te hacía andar por camino?
¿Para qué discurres tanto, mudando tus caminos? También serás avergonzada de Egipto, como fuiste avergonzada de Asiria.
A lo menos desde ahora, ¿no clamarás á mí, Padre mío, guiador de mi juventud?
Porque así dice Jehová á todo varón de Judá y de Jerusalem: Haced barbecho para vosotros, y no sembréis sobre espinas.
Viento más vehemente que estos vendrá á mí: y ahora yo hablaré juicios con ellos.
Como las guardas de las heredades, estuvieron sobre ella en derredor, porque se rebeló contra mí, dice Jehová.
¿Hasta cuándo tengo de ver bandera, tengo de oir voz de trompeta?
Miré la tierra, y he aquí que estaba asolada y vacía; y los cielos, y no había en ellos luz.
Miré los montes, y he aquí que temblaban, y todos los collados fueron destruídos.
Miré, y no parecía hombre, y todas las aves del cielo se habían ido.
Y si dijeren: Vive Jehová; por tanto jurarán mentira.
Yo empero dije: Por cierto ellos son pobres, enloquecido han, pues no conocen el camino de Jehová, el juicio de su Dios.
¿No había de hacer visitación sobre esto? dijo Jehová. De una gente como ésta ¿no se había de vengar mi alma?
Escalad sus muros, y destruid; mas no hagáis consumación: quitad las almenas de sus muros, porque no son de Jehová.
Porque resueltamente se rebelaron contra mí la casa de Israel y la casa de Judá, dice Jehová.
Antes los profetas serán como viento, y no hay en ellos palabra; así se hará á ellos.
Su aljaba como sepulcro abierto, todos valientes.
Empero en aquellos días, dice Jehová, no os acabaré del todo.
Oid ahora esto, pueblo necio y sin corazón, que tienen ojos y no ven, que tienen oídos y no oyen:
Empero este pueblo tiene corazón falso y rebelde; tornáronse y fuéronse.
Porque fueron hallados en mi pueblo impíos; acechaban como quien pone lazos; pusieron trampa para tomar hombres.
Como jaula llena de pájaros, así están sus casas llenas de engaño: así se hicieron grandes y ricos.
¿No tengo de visitar sobre esto? dice Jehová; ¿y de tal gente no se vengará mi alma?
Cosa espantosa y fea es hecha en la tierra:
Levantaos, y subamos de noche, y destruyamos sus palacios.
Corrígete, Jerusalem, porque no se aparte mi alma de ti, porque no te torne desierta, tierra no habitada.
Y curan el quebrantamiento de la hija de mi pueblo con liviandad, diciendo, Paz, paz; y no hay paz.
Por tanto oid, gentes, y conoce, oh conjunto de ellas.
Su fama oimos, y nuestras manos se descoyuntaron; apoderóse de nosotros angustia, dolor como de mujer que pare.
No salgas al campo, ni andes por camino; porque espada de enemigo y temor hay por todas partes.
Por fortaleza te he puesto en mi pueblo, por torre: conocerás pues, y examinarás el camino de ellos.
Todos ellos príncipes rebeldes, andan con engaño; son cobre y hierro: todos ellos son corruptores.
No fiéis en palabras de mentira, diciendo: Templo de Jehová, templo de Jehová, templo de Jehová es éste.
Os haré morar en este lugar, en la tierra que dí á vuestros padres para siempre.
Que os echaré de mi presencia como eché á todos vuestros hermanos, á toda la generación de Ephraim.
Mas no me oyeron ni inclinaron su oído; antes endurecieron su cerviz, é hicieron peor que sus padres.
Les dirás asimismo: Así ha dicho Jehová: ¿El que cae, no se levanta? ¿el que se desvía, no torna á camino?
Esperamos paz, y no hubo bien; día de cura, y he aquí turbación.
Pasóse la siega, acabóse el verano, y nosotros no hemos sido salvos.
¿No los tengo de visitar sobre estas cosas? dice Jehová. ¿De tal gente no se vengará mi alma?
He aquí que vienen días, dice Jehová, y visitaré sobre todo circuncidado, y sobre todo incircunciso:
Vanidad son, obra de escarnios: en el tiempo de su visitación perecerán.
Recoge de las tierras tus mercaderías, la que moras en lugar fuerte.
Conozco, oh Jehová, que el hombre no es señor de su camino, ni del hombre que camina es ordenar sus pasos.
Castígame, oh Jehová, mas con juicio; no con tu furor, porque no me aniquiles.
Y Jehová me lo hizo saber, y conocílo: entonces me hiciste ver sus obras.
Fué para mí mi heredad como león en breña: contra mí dió su voz; por tanto la aborrecí.
Fué puesta en asolamiento, y lloró sobre mí, asolada: fué asolada toda la tierra, porque no hubo hombre que mirase.
Escuchad y oid; no os elevéis: pues Jehová ha hablado.
Yo pues descubriré también tus faldas delante de tu cara, y se manifestará tu ignominia.
Palabra de Jehová que fué á Jeremías, con motivo de la sequía.
Y aun las ciervas en los campos parían, y dejabanla cría, porque no había hierba.
Y díjome Jehová: No ruegues por este pueblo para bien.
Reconocemos, oh Jehová, nuestra impiedad, la iniquidad de nuestros padres: porque contra ti hemos pecado.
Y librarte he de la mano de los malos, y te redimiré de la mano de los fuertes.
Asimismo no entres en casa de convite, para sentarte con ellos á comer ó á beber.
Engañoso es el corazón más que todas las cosas, y perverso; ¿quién lo conocerá?
Sáname, oh Jehová, y seré sano; sálvame, y seré salvo: porque tú eres mi alabanza.
He aquí que ellos me dicen: ¿Dónde está la palabra de Jehová? venga ahora.
No me seas tú por espanto: esperanza mía eres tú en el día malo.
Levántate, y vete á casa del alfarero, y allí te haré oir mis palabras.
¿Faltará la nieve del Líbano de la piedra del campo? ¿faltarán las aguas frías que corren de lejanas tierras?
Oh Jehová, mira por mí, y oye la voz de los que contienden conmigo.
Porque no me mató en el vientre, y mi madre me hubiera sido mi sepulcro, y su vientre concebimiento perpetuo.
Y Jeremías les dijo: Diréis así á Sedechîas:
Y heriré los moradores de esta ciudad; y los hombres y las bestias morirán de pestilencia grande.
Y á este pueblo dirás: Así ha dicho Jehová: He aquí pongo delante de vosotros camino de vida y camino de muerte.
Mas si no oyereis estas palabras, por mí he jurado, dice Jehová, que esta casa será desierta.
Antes morirá en el lugar adonde lo trasportaren, y no verá más esta tierra.
En sepultura de asno será enterrado, arrastrándole y echándole fuera de las puertas de Jerusalem.
Y hacerte he trasportar, á ti, y á tu madre que te parió, á tierra ajena en que no nacisteis; y allá moriréis.
Y á la tierra á la cual levantan ellos su alma para tornar, allá no volverán.
¡Ay de los pastores que desperdician y derraman las ovejas de mi majada! dice Jehová.
Porque así el profeta como el sacerdote son fingidos: aun en mi casa hallé su maldad, dice Jehová.
No envié yo aquellos profetas, y ellos corrían: yo no les hablé, y ellos profetizaban.
¿Soy yo Dios de poco acá, dice Jehová, y no Dios de mucho ha?
Por tanto, he aquí yo contra los profetas, dice Jehová, que hurtan mis palabras cada uno de su más cercano.
Así dirás al profeta: ¿Qué te respondió Jehová, y qué habló Jehová?
La cual habló Jeremías profeta á todo el pueblo de Judá, y á todos los moradores de Jerusalem, diciendo:
Y tomé el vaso de la mano de Jehová, y dí de beber á todas las gentes á las cuales me envió Jehová:
A Faraón rey de Egipto, y á sus siervos, á sus príncipes, y á todo su pueblo;
A Edom, y Moab, y á los hijos de Ammón;
Y á todos los reyes de Tiro, y á todos los reyes de Sidón, y á los reyes de las islas que están de ese lado de la mar;
Y á Dedán, y Tema, y Buz, y á todos los que están al cabo del mundo;
Y á todos los reyes de Arabia, y á todos los reyes de pueblos mezclados que habitan en el desierto;
Y acabaráse la huída de los pastores, y el escape de los mayorales del rebaño.
¡Voz de la grita de los pastores, y aullido de los mayorales del rebaño! porque Jehová asoló sus majadas.
Y las majadas quietas serán taladas por el furor de la ira de Jehová.
Yo pondré esta casa como Silo, y daré esta ciudad en maldición á todas las gentes de la tierra.
En lo que á mí toca, he aquí estoy en vuestras manos: haced de mí como mejor y más recto os pareciere.
Y el rey Joacim envió hombres á Egipto, á Elnathán hijo de Acbor, y otros hombres con él, á Egipto;
Porque ellos os profetizan mentira, por haceros alejar de vuestra tierra, y para que yo os arroje y perezcáis.
Con todo eso, oye ahora esta palabra que yo hablo en tus oídos y en los oídos de todo el pueblo:
Entonces Hananías profeta quitó el yugo del cuello de Jeremías profeta, y quebrólo.
Edificad casas, y morad; y plantad huertos, y comed del fruto de ellos;
Porque falsamente os profetizan ellos en mi nombre: no los envié, ha dicho Jehová.
Entonces me invocaréis, é iréis y oraréis á mí, y yo os oiré:
Oid pues palabra de Jehová, vosotros todos los trasportados que eché de Jerusalem á Babilonia.
Porque así ha dicho Jehová: Hemos oído voz de temblor: espanto, y no paz.
Sino que servirán á Jehová su Dios, y á David su rey, el cual les levantaré.
Porque así ha dicho Jehová: Desahuciado es tu quebrantamiento, y dificultosa tu llaga.
Y me seréis por pueblo, y yo seré vuestro Dios.
Aun plantarás viñas en los montes de Samaria: plantarán los plantadores, y harán común uso de ellas.
Porque Jehová redimió á Jacob, redimiólo de mano del más fuerte que él.
Esperanza también hay para tu fin, dice Jehová, y los hijos volverán á su término.
En aquellos días no dirán más: Los padres comieron las uvas agraces, y los dientes de los hijos tienen la dentera.
Sino que cada cual morirá por su maldad; los dientes de todo hombre que comiere las uvas agraces, tendrán la dentera.
Y saldrá más adelante el cordel de la medida delante de él sobre el collado de Hareb, y rodeará á Goa.
Y me serán por pueblo, y yo seré á ellos por Dios.
Así ha dicho Jehová que la hizo, Jehová que la formó para afirmarla; Jehová es su nombre:
Y puse delante de los hijos de la familia de los Rechâbitas tazas y copas llenas de vino, y díjeles: Bebed vino.
Moramos pues en tiendas, y hemos obedecido y hecho conforme á todas las cosas que nos mandó Jonadab nuestro padre.
Preguntaron luego á Baruch, diciendo: Cuéntanos ahora cómo escribiste de boca de Jeremías todas estas palabras.
Y Baruch les dijo: El me dictaba de su boca todas estas palabras, y yo escribía con tinta en el libro.
Entonces dijeron los príncipes á Baruch: Ve, y escóndete tú y Jeremías, y nadie sepa dónde estáis.
Y Jeremías entraba y salía en medio del pueblo; porque no lo habían puesto en la casa de la cárcel.
Y tornarán los Caldeos, y combatirán esta ciudad, y la tomarán, y la pondrán á fuego.
Así ha dicho Jehová: De cierto será entregada esta ciudad en mano del ejército del rey de Babilonia, y tomarála.
Y dijo el rey Sedechîas: Helo ahí, en vuestras manos está; que el rey no podrá contra vosotros nada.
Mas si no quisieres salir, esta es la palabra que me ha mostrado Jehová:
Y en el undécimo año de Sedechîas, en el mes cuarto, á los nueve del mes, fué rota la ciudad;
Y los Caldeos pusieron á fuego la casa del rey y las casas del pueblo, y derribaron los muros de Jerusalem.
Para que Jehová tu Dios nos enseñe camino por donde vayamos, y lo que hemos de hacer.
Y entraron en tierra de Egipto; porque no obedecieron á la voz de Jehová: y llegaron hasta Taphnes.
La palabra que nos has hablado en nombre de Jehová, no oímos de ti:
Así ha dicho Jehová Dios de Israel, á ti, oh Baruch:
¿Quién es éste que como río sube, y cuyas aguas se mueven como ríos?
¿Por qué ha sido derribado tu fuerte? no se pudo tener, porque Jehová lo rempujó.
Allí gritaron: Faraón rey de Egipto, rey de revuelta: dejó pasar el tiempo señalado.
Palabra de Jehová que fué á Jeremías profeta acerca de los Palestinos, antes que Faraón hiriese á Gaza.
¡Voz de clamor de Horonaim, destrucción y gran quebrantamiento!
Moab fué quebrantada; hicieron que se oyese el clamor de sus pequeños.
Y avergonzaráse Moab de Chêmos, á la manera que la casa de Israel se avergonzó de Beth-el, su confianza.
¿Cómo diréis: Somos valientes, y robustos hombres para la guerra?
Cercano está el quebrantamiento de Moab para venir, y su mal se apresura mucho.
Y sobre Chêrioth, y sobre Bosra, y sobre todas las ciudades de tierra de Moab, las de lejos y las de cerca.
Cortado es el cuerno de Moab, y su brazo quebrantado, dice Jehová.
Por tanto yo aullaré sobre Moab, y sobre todo Moab haré clamor, y sobre los hombres de Kir-heres gemiré.
Porque en toda cabeza habrá calva, y toda barba será raída; sobre todas manos rasguños, y sacos sobre todos los lomos.
Porque así ha dicho Jehová: He aquí que como águila volará, y extenderá sus alas á Moab.
Y Moab será destruído para dejar de ser pueblo: porque se engrandeció contra Jehová.
Empero haré tornar el cautiverio de Moab en lo postrero de los tiempos, dice Jehová. Hasta aquí es el juicio de Moab.
Deja tus huérfanos, yo los criaré; y en mí se confiarán tus viudas.
Porque he aquí que pequeño te he puesto entre las gentes, menospreciado entre los hombres.
Y será Edom en asolamiento: todo aquel que pasare por ella se espantará, y silbará sobre todas sus plagas.
Del estruendo de la caída de ellos la tierra tembló, y el grito de su voz se oyó en el mar Bermejo.
¡Cómo dejaron á la ciudad de alabanza, ciudad de mi gozo!
Y haré encender fuego en el muro de Damasco, y consumirá las casas de Ben-hadad.
Así ha dicho Jehová de los ejércitos: He aquí que yo quiebro el arco de Elam, principio de su fortaleza.
Mas acontecerá en lo postrero de los días, que haré tornar la cautividad de Elam, dice Jehová.
Huid de en medio de Babilonia, y salid de la tierra de los Caldeos, y sed como los mansos delante del ganado.
Y la Caldea será para presa: todos los que la saquearen, saldrán hartos, dice Jehová.
Estruendo de guerra en la tierra, y quebrantamiento grande.
¡Cómo fué cortado y quebrado el martillo de toda la tierra! ¡cómo se tornó Babilonia en desierto entre las gentes!
Cuchillo sobre los adivinos, y se atontarán; cuchillo sobre sus valientes, y serán quebrantados.
Jehová sacó á luz nuestras justicias: venid, y contemos en Sión la obra de Jehová nuestro Dios.
La que moras entre muchas aguas, rica en tesoros, venido ha tu fin, la medida de tu codicia.
Y nadie tomará de ti piedra para esquina, ni piedra para cimiento; porque perpetuos asolamientos serás, ha dicho Jehová.
Y los vados fueron tomados, y los carrizos fueron quemados á fuego, y consternáronse los hombres de guerra.
A una rugirán como leones; como cachorros de leones bramarán.
Hacerlos he traer como corderos al matadero, como carneros con cabritos.
Subió la mar sobre Babilonia; de la multitud de sus ondas fué cubierta.
Pues que Babilonia fué causa que cayesen muertos de Israel, también de Babilonia caerán muertos de toda la tierra.
¡Sonido de grito de Babilonia, y quebrantamiento grande de la tierra de los Caldeos!
E hizo lo malo en los ojos de Jehová, conforme á todo lo que hizo Joacim.
Mas de los pobres del país dejó Nabuzaradán, capitán de la guardia, para viñadores y labradores.
Tomólos pues Nabuzaradán, capitán de la guardia, y llevólos al rey de Babilonia á Ribla.
Yo soy el hombre que ha visto aflicción en la vara de su enojo.
Guióme y llevóme en tinieblas, mas no en luz.
Ciertamente contra mí volvió y revolvió su mano todo el día.
Edificó contra mí, y cercóme de tósigo y de trabajo.
Asentóme en oscuridades, como los ya muertos de mucho tiempo.
Cercóme por todos lados, y no puedo salir; agravó mis grillos.
Cercó mis caminos con piedra tajada, torció mis senderos.
Como oso que acecha fué para mí, como león en escondrijos.
Fuí escarnio á todo mi pueblo, canción de ellos todos los días.
Quebróme los dientes con cascajo, cubrióme de ceniza.
Y mi alma se alejó de la paz, olvidéme del bien.
Y dije: Pereció mi fortaleza, y mi esperanza de Jehová.
Acuérdate de mi aflicción y de mi abatimiento, del ajenjo y de la hiel.
Esto reduciré á mi corazón, por lo cual esperaré.
Nuevas son cada mañana; grande es tu fidelidad.
Mi parte es Jehová, dijo mi alma; por tanto en él esperaré.
Pondrá su boca en el polvo, por si quizá hay esperanza.
Porque el Señor no desechará para siempre:
Porque no aflige ni congoja de su corazón á los hijos de los hombres.
Trastornar al hombre en su causa, el Señor no lo sabe.
¿Quién será aquel que diga, que vino algo que el Señor no mandó?
¿De la boca del Altísimo no saldrá malo y bueno?
¿Por qué murmura el hombre viviente, el hombre en su pecado?
Desplegaste la ira, y nos perseguiste; mataste, no perdonaste.
Todos nuestros enemigos abrieron sobre nosotros su boca.
Temor y lazo fué para nosotros, asolamiento y quebrantamiento.
Ríos de aguas echan mis ojos, por el quebrantamiento de la hija de mi pueblo.
Hasta que Jehová mire y vea desde los cielos.
Ataron mi vida en mazmorra, pusieron piedra sobre mí.
Aguas de avenida vinieron sobre mi cabeza; yo dije: Muerto soy.
Invoqué tu nombre, oh Jehová, desde la cárcel profunda.
Acercástete el día que te invoqué: dijiste: No temas.
Abogaste, Señor, la causa de mi alma; redimiste mi vida.
Tú has visto, oh Jehová, mi agravio; defiende mi causa.
Tú has visto toda su venganza; todos sus pensamientos contra mí.
Dales el pago, oh Jehová, según la obra de sus manos.
Dales ansia de corazón, tu maldición á ellos.
Persíguelos en tu furor, y quebrántalos de debajo de los cielos, oh Jehová.
Los que comían delicadamente, asolados fueron en las calles; los que se criaron en carmesí, abrazaron los estercoleros.
Titubearon como ciegos en las calles, fueron contaminados en sangre, de modo que no pudiesen tocar á sus vestiduras.
Acuérdate, oh Jehová, de lo que nos ha sucedido: ve y mira nuestro oprobio.
Nuestra heredad se ha vuelto á extraños, nuestras casas á forasteros.
Huérfanos somos sin padre, nuestras madres como viudas.
Nuestra agua bebemos por dinero; nuestra leña por precio compramos.
Siervos se enseñorearon de nosotros; no hubo quien de su mano nos librase.
Con peligro de nuestras vidas traíamos nuestro pan delante del cuchillo del desierto.
Violaron á las mujeres en Sión, á las vírgenes en las ciudades de Judá.
A los príncipes colgaron por su mano; no respetaron el rostro de los viejos.
Llevaron los mozos á moler, y los muchachos desfallecieron en la leña.
Los ancianos cesaron de la puerta, los mancebos de sus canciones.
Cesó el gozo de nuestro corazón; nuestro corro se tornó en luto.
Por el monte de Sión que está asolado; zorras andan en él.
Vuélvenos, oh Jehová, á ti, y nos volveremos: renueva nuestros días como al principio.
Y cada uno tenía cuatro rostros, y cuatro alas.
Con las alas se juntaban el uno al otro. No se volvían cuando andaban; cada uno caminaba en derecho de su rostro.
Cuando andaban, se movían sobre sus cuatro costados: no se volvían cuando andaban.
Y sus cercos eran altos y espantosos, y llenos de ojos alrededor en las cuatro.
Y entró espíritu en mí luego que me habló, y afirmóme sobre mis pies, y oía al que me hablaba.
Les hablarás pues mis palabras, escuchen ó dejen de escuchar; porque son muy rebeldes.
Y miré, y he aquí una mano me fué enviada, y en ella había un rollo de libro.
Y abrí mi boca, é hízome comer aquel rollo.
Díjome luego: Hijo del hombre, ve y entra á la casa de Israel, y habla á ellos con mis palabras.
Y díjome: Hijo del hombre, toma en tu corazón todas mis palabras que yo te hablaré, y oye con tus oídos.
Y fué allí la mano de Jehová sobre mí, y díjome: Levántate, y sal al campo, y allí hablaré contigo.
Y tú, hijo del hombre, tómate un adobe, y ponlo delante de tí, y diseña sobre él la ciudad de Jerusalem:
Y al cerco de Jerusalem afirmarás tu rostro, y descubierto tu brazo, profetizarás contra ella.
Y la comida que has de comer será por peso de veinte siclos al día: de tiempo á tiempo lo comerás.
Y dijo Jehová: Así comerán los hijos de Israel su pan inmundo, entre las gentes á donde los lanzaré yo.
Tomarás también de allí unos pocos por cuenta, y los atarás en el canto de tu ropa.
Así ha dicho el Señor Jehová: Esta es Jerusalem: púsela en medio de las gentes y de las tierras alrededor de ella.
Viene el fin, el fin viene: hase despertado contra ti; he aquí que viene.
Y apartaré de ellos mi rostro, y violarán mi lugar secreto; pues entrarán en él destruidores, y le profanarán.
Haz una cadena: porque la tierra está llena de juicios de sangres, y la ciudad está llena de violencia.
Destrucción viene; y buscarán la paz, y no la habrá.
Y llevóme á la entrada del atrio, y miré, y he aquí en la pared un agujero.
Díjome luego: Entra, y ve las malvadas abominaciones que éstos hacen allí.
Luego me dijo: ¿No ves, hijo del hombre? Vuélvete aún, verás abominaciones mayores que éstas.
Y díjoles: Contaminad la casa, y henchid los atrios de muertos: salid. Y salieron, é hirieron en la ciudad.
Y los querubines estaban á la mano derecha de la casa cuando este varón entró; y la nube henchía el atrio de adentro.
Y apareció en los querubines la figura de una mano humana debajo de sus alas.
Y levantáronse los querubines; este es el animal que vi en el río de Chebar.
Y la gloria de Jehová se salió de sobre el umbral de la casa, y paró sobre los querubines.
Y díjome: Hijo del hombre, estos son los hombres que maquinan perversidad, y dan en esta ciudad mal consejo;
Hijo del hombre, ¿no te ha dicho la casa de Israel, aquella casa rebelde: ¿Qué haces?
Diles: Yo soy vuestra señal: como yo hice, así les harán á ellos: al pasar á otro país irán en cautiverio.
Y sabrán que yo soy Jehová, cuando los esparciere entre las gentes, y los derramare por la tierra.
Hijo del hombre, come tu pan con temblor, y bebe tu agua con estremecimiento y con anhelo;
Porque no habrá más alguna visión vana, ni habrá adivinación de lisonjeros en medio de la casa de Israel.
Como zorras en los desiertos fueron tus profetas, oh Israel.
No habéis subido á los portillos, ni echasteis vallado en la casa de Israel, estando en la batalla en el día de Jehová.
Y he aquí, cuando la pared habrá caído, no os dirán: ¿Dónde está la embarradura con que encostrasteis?
Para tomar á la casa de Israel en su corazón, que se han apartado de mí todos ellos en sus ídolos.
Hijo del hombre, ¿qué es el palo de la vid más que todo palo? ¿qué es el sarmiento entre los maderos del bosque?
Y te lavé con agua, y lavé tus sangres de encima de ti, y ungíte con aceite;
Y tomaste tus vestidos de diversos colores, y cubrístelas; y mi aceite y mi perfume pusiste delante de ellas.
Por tanto, ramera, oye palabra de Jehová:
Tú has llevado tu enormidad y tus abominaciones, dice Jehová.
Y confirmaré mi pacto contigo, y sabrás que yo soy Jehová;
Hijo del hombre, propón una figura, y compón una parábola á la casa de Israel.
Vivo yo, dice el Señor Jehová, que nunca más tendréis por qué usar este refrán en Israel.
E hizo subir uno de sus cachorros: vino á ser leoncillo, y aprendió á prender presa, y á devorar hombres.
Y él andaba entre los leones; hízose leoncillo, aprendió á hacer presa, devoró hombres.
Saquélos pues de la tierra de Egipto, y trájelos al desierto;
Yo soy Jehová vuestro Dios; andad en mis ordenanzas, y guardad mis derechos, y ponedlos por obra:
Y santificad mis sábados, y sean por señal entre mí y vosotros, para que sepáis que yo soy Jehová vuestro Dios.
Por eso yo también les dí ordenanzas no buenas, y derechos por los cuales no viviesen;
Y yo les dije: ¿Qué es ese alto adonde vosotros vais? Y fué llamado su nombre Bamah hasta el día de hoy.
Y os haré pasar bajo de vara y os traeré en vínculo de concierto;
Y verá toda carne que yo Jehová lo encendí; no se apagará.
Y sabrá toda carne que yo Jehová saqué mi espada de su vaina; no volverá más.
Porque está probado. ¿Y qué, si la espada desprecia aun el cetro? El no será más, dice el Señor Jehová.
Y yo también batiré mi mano con mi mano, y haré reposar mi ira. Yo Jehová he hablado.
¿Tornaréla á su vaina? En el lugar donde te criaste, en la tierra donde has vivido, te tengo de juzgar.
He aquí que los príncipes de Israel, cada uno según su poder, fueron en ti para derramar sangre.
Mis santuarios menospreciaste, y mis sábados has profanado.
La desnudez del padre descubrieron en ti; la inmunda de menstruo forzaron en ti.
Y yo te esparciré por las gentes, y te aventaré por las tierras; y haré fenecer de ti tu inmundicia.
Y tomarás heredad en ti á los ojos de las gentes; y sabrás que yo soy Jehová.
Yo os juntaré y soplaré sobre vosotros en el fuego de mi furor, y en medio de él seréis fundidos.
Vestidos de cárdeno, capitanes y príncipes, mancebos todos de codiciar, caballeros que andaban á caballo.
Y vi que se había contaminado: un camino era el de ambas.
Enamoróse de ellos en viéndolos, y envióles mensajeros á la tierra de los Caldeos.
Y te desnudarán de tus vestidos, y tomarán los vasos de tu gloria.
En el camino de tu hermana anduviste: yo pues pondré su cáliz en tu mano.
Y díjome Jehová: Hijo del hombre, ¿no juzgarás tú á Aholah, y á Aholibah, y les denunciarás sus abominaciones?
Hijo del hombre, escríbete el nombre de este día: el rey de Babilonia se puso sobre Jerusalem este mismo día.
Junta sus piezas en ella; todas buenas piezas, pierna y espalda; hínchela de huesos escogidos.
Multiplicando la leña, encendiendo el fuego, para consumir la carne, y hacer la salsa; y los huesos serán quemados:
En fraude se cansó, y no salió de ella su mucha espuma. En fuego será su espuma consumida.
Y díjome el pueblo: ¿No nos enseñarás qué nos significan estas cosas que tú haces?
Y haréis de la manera que yo hice: no os cubriréis con rebozo, ni comeréis pan de hombres;
Este día vendrá á ti un escapado para traer las nuevas.
Hijo del hombre, pon tu rostro hacia los hijos de Ammón, y profetiza sobre ellos.
Así ha dicho el Señor Jehová: Por cuanto dijo Moab y Seir: He aquí la casa de Judá es como todas las gentes;
También en Moab haré juicios; y sabrán que yo soy Jehová.
Y sus hijas que están en el campo, serán muertas á cuchillo; y sabrán que yo soy Jehová.
Y tú, hijo del hombre, levanta endechas sobre Tiro.
En el corazón de las mares están tus términos: los que te edificaron completaron tu belleza.
Los moradores de Sidón y de Arvad fueron tus remeros: tus sabios, oh Tiro, estaban en ti; ellos fueron tus pilotos.
En muchas aguas te engolfaron tus remeros: viento solano te quebrantó en medio de los mares.
Los mercaderes en los pueblos silbarán sobre ti: vendrás á ser espanto, y dejarás de ser para siempre.
¿Hablarás delante de tu matador, diciendo: Yo soy Dios? Tú, hombre eres, y no Dios, en la mano de tu matador.
Hijo del hombre, pon tu rostro contra Faraón rey de Egipto, y profetiza contra él y contra todo Egipto.
No pasará por ella pie de hombre, ni pie de bestia pasará por ella; ni será habitada por cuarenta años.
Hijo del hombre, profetiza, y di: Así ha dicho el Señor Jehová: Aullad: ¡Ay del día!
Porque cerca está el día, cerca está el día del Señor; día de nublado, día de las gentes será.
Y sabrán que yo soy Jehová, cuando pusiere fuego á Egipto, y fueren quebrantados todos sus ayudadores.
Y derramaré mi ira sobre Sin, fortaleza de Egipto, y talaré la multitud de No.
Los mancebos de Avén y de Pibeseth caerán á cuchillo; y ellas irán en cautiverio.
Haré pues juicios en Egipto y sabrán que yo soy Jehová.
Y esparciré los Egipcios entre las gentes, y aventarélos por las tierras.
Hijo del hombre, di á Faraón rey de Egipto, y á su pueblo: ¿A quién te comparaste en tu grandeza?
Hízose, pues, hermoso en su grandeza con la extensión de sus ramas; porque su raíz estaba junto á muchas aguas.
Porque así ha dicho el Señor Jehová: La espada del rey de Babilonia vendrá sobre ti.
Entonces haré asentarse sus aguas, y haré ir sus ríos como aceite, dice el Señor Jehová.
Tú pues serás quebrantado entre los incircuncisos, y yacerás con los muertos á cuchillo.
Luego dirán los hijos de tu pueblo: No es recta la vía del Señor: la vía de ellos es la que no es recta.
Y cuando el impío se apartare de su impiedad, é hiciere juicio y justicia, vivirá por ello.
Coméis la leche, y os vestís de la lana: la gruesa degolláis, no apacentáis las ovejas.
Por tanto, oh pastores, oid palabra de Jehová:
Porque así ha dicho el Señor Jehová: He aquí, yo, yo requeriré mis ovejas, y las reconoceré.
Yo salvaré á mis ovejas, y nunca más serán en rapiña; y juzgaré entre oveja y oveja.
Yo Jehová les seré por Dios, y mi siervo David príncipe en medio de ellos. Yo Jehová he hablado.
A tus ciudades asolaré, y tú serás asolado; y sabrás que yo soy Jehová.
Yo te pondré en asolamientos perpetuos, y tus ciudades nunca más se restaurarán; y sabréis que yo soy Jehová.
Y os engrandecisteis contra mí con vuestra boca, y multiplicasteis contra mí vuestras palabras. Yo lo oí.
Y tú, hijo del hombre, profetiza sobre los montes de Israel, y di: Montes de Israel, oid palabra de Jehová:
Porque heme aquí á vosotros, y á vosotros me volveré, y seréis labrados y sembrados.
Por tanto, no devorarás más hombres, y nunca más matarás los hijos á tus gentes, dice el Señor Jehová.
Y he tenido lástima en atención á mi santo nombre, el cual profanó la casa de Israel entre las gentes á donde fueron.
Y díjome: Hijo del hombre, ¿vivirán estos huesos? Y dije: Señor Jehová, tú lo sabes.
Díjome entonces: Profetiza sobre estos huesos, y diles: Huesos secos, oid palabra de Jehová.
Así ha dicho el Señor Jehová á estos huesos: He aquí, yo hago entrar espíritu en vosotros, y viviréis.
Y sabréis que yo soy Jehová, cuando abriere vuestros sepulcros, y os sacare de vuestras sepulturas, pueblo mío.
Júntalos luego el uno con el otro, para que sean en uno, y serán uno en tu mano.
Y cuando te hablaren los hijos de tu pueblo, diciendo: ¿No nos enseñarás qué te propones con eso?
Y los palos sobre que escribieres, estarán en tu mano delante de sus ojos;
Y sabrán las gentes que yo Jehová santifico á Israel, estando mi santuario entre ellos para siempre.
Y di: Así ha dicho el Señor Jehová: He aquí, yo á ti, oh Gog, príncipe de la cabecera de Mesech y Tubal.
Persia, y Etiopía, y Libia con ellos; todos ellos con escudos y almetes:
Sobre la haz del campo caerás: porque yo he hablado, dice el Señor Jehová.
He aquí, vino y fué, dice el Señor Jehová: este es el día del cual he hablado.
Y la casa de Israel los estará enterrando por siete meses, para limpiar la tierra:
Y también el nombre de la ciudad será Hamonah: y limpiarán la tierra.
Y de aquel día en adelante sabrá la casa de Israel que yo soy Jehová su Dios.
Midió asimismo la entrada de la puerta por de dentro, una caña.
Y los arcos alrededor eran de veinticinco codos de largo, y cinco codos de ancho.
Y sus arcos caían afuera al atrio, con palmas en sus postes; y sus gradas eran de ocho escalones.
Y llevóme al atrio interior hacia el oriente, y midió la puerta conforme á estas medidas.
Y había allí una cámara, y su puerta con postes de portales; allí lavarán el holocausto.
Y dentro, ganchos de un palmo, dispuestos por todo alrededor; y sobre las mesas la carne de la ofrenda.
Y díjome: Esta cámara que mira hacia el mediodía es de los sacerdotes que tienen la guarda del templo.
Y midió el atrio, cien codos de longitud, y la anchura de cien codos cuadrados; y el altar estaba delante de la casa.
Y la anchura de la delantera de la casa, y del apartamiento al oriente, de cien codos.
Desde el suelo hasta encima de la puerta había labrados querubines y palmas, y por toda la pared del templo.
Y en cada portada había dos puertas, dos puertas que se volvían: dos puertas en la una portada, y otras dos en la otra.
Midió al lado del norte, quinientas cañas de la caña de medir alrededor.
Midió al lado del mediodía, quinientas cañas de la caña de medir.
Y la gloria de Jehová entró en la casa por la vía de la puerta que daba cara al oriente.
Y alzóme el espíritu, y metióme en el atrio de adentro; y he aquí que la gloria de Jehová hinchió la casa.
Y el altar, de cuatro codos, y encima del altar, cuatro cuernos.
Y el altar tenía doce codos de largo, y doce de ancho, cuadrado á sus cuatro lados.
Por siete días expiarán el altar, y lo limpiarán, y ellos henchirán sus manos.
Pondrélos, pues, por guardas de la guarda de la casa en todo su servicio, y en todo lo que en ella hubiere de hacerse.
Y no raparán su cabeza, ni dejarán crecer el cabello; sino que lo recortarán trasquilando sus cabezas.
Y ninguno de los sacerdotes beberá vino cuando hubieren de entrar en el atrio interior.
Y después de su purificación, le contarán siete días.
Ninguna cosa mortecina, ni desgarrada, así de aves como de animales, comerán los sacerdotes.
Y el siclo será de veinte geras: veinte siclos, con veinticinco siclos, y quince siclos, os serán una mina.
Mas el día de la nueva luna, un becerro sin tacha de la vacada, y seis corderos, y un carnero: deberán ser sin defecto.
Ofrecerán pues el cordero, y el presente y el aceite, todas las mañanas en holocausto continuo.
Y había una pared alrededor de ellos, alrededor de todos cuatro, y chimeneas hechas abajo alrededor de las paredes.
Y tornando yo, he aquí en la ribera del arroyo había árboles muy muchos de la una parte y de la otra.
Sus charcos y sus lagunas no se sanarán; quedarán para salinas.
Y junto al término de Aser, desde el lado oriental hasta la parte de la mar, Nephtalí, otra.
Y junto al término de Manasés, desde la parte del oriente hasta la parte de la mar, Ephraim, otra.
Y junto al término de Ephraim, desde la parte del oriente hasta la parte de la mar, Rubén, otra.
Y junto al término de Rubén, desde la parte del oriente hasta la parte de la mar, Judá, otra.
La suerte que apartaréis para Jehová, será de longitud de veinticinco mil cañas, y de diez mil de ancho.
Ellos tendrán por suerte, apartada en la partición de la tierra, la parte santísima, junto al término de los Levitas.
Y los que servirán á la ciudad, serán de todas las tribus de Israel.
Y junto al término de Benjamín, desde la parte del oriente hasta la parte de la mar, Simeón, otra.
Y junto al término de Simeón, desde la parte del oriente hasta la parte de la mar, Issachâr, otra.
Y junto al término de Issachâr, desde la parte del oriente hasta la parte de la mar, Zabulón, otra.
Y junto al término de Zabulón, desde la parte del oriente hasta la parte de la mar, Gad, otra.
Y estas son las salidas de la ciudad á la parte del norte, cuatro mil y quinientas cañas por medida.
Prueba, te ruego, tus siervos diez días, y dennos legumbres á comer, y agua á beber.
Así fué que Melsar tomaba la ración de la comida de ellos, y el vino de su beber, y dábales legumbres.
Y fué Daniel hasta el año primero del rey Ciro.
Y el rey les dijo: He soñado un sueño, y mi espíritu se ha perturbado por saber del sueño.
Entonces el arcano fué revelado á Daniel en visión de noche; por lo cual bendijo Daniel al Dios del cielo.
Sus piernas de hierro; sus pies, en parte de hierro, y en parte de barro cocido.
Tú, oh rey, eres rey de reyes; porque el Dios del cielo te ha dado reino, potencia, y fortaleza, y majestad.
Y cualquiera que no se postrare y adorare, en la misma hora será echado dentro de un horno de fuego ardiendo.
Y el que no se postrase y adorase, fuese echado dentro de un horno de fuego ardiendo.
Sadrach, Mesach, y Abed-nego respondieron y dijeron al rey Nabucodonosor: No cuidamos de responderte sobre este negocio.
Y estos tres varones, Sadrach, Mesach, y Abed-nego, cayeron atados dentro del horno de fuego ardiendo.
Entonces el rey engrandeció á Sadrach, Mesach, y Abed-nego en la provincia de Babilonia.
Vi un sueño que me espantó, y las imaginaciones y visiones de mi cabeza me turbaron en mi cama.
Crecía este árbol, y hacíase fuerte, y su altura llegaba hasta el cielo, y su vista hasta el cabo de toda la tierra.
El árbol que viste, que crecía y se hacía fuerte, y que su altura llegaba hasta el cielo, y su vista por toda la tierra;
Esta es la declaración, oh rey, y la sentencia del Altísimo, que ha venido sobre el rey mi señor:
Todo aquesto vino sobre el rey Nabucodonosor.
El rey Belsasar hizo un gran banquete á mil de sus príncipes, y en presencia de los mil bebía vino.
Entonces de su presencia fué enviada la palma de la mano que esculpió esta escritura.
Y la escritura que esculpió es: MENE, MENE, TEKEL, UPHARSIN.
TEKEL: Pesado has sido en balanza, y fuiste hallado falto.
La misma noche fué muerto Belsasar, rey de los Caldeos.
Y Darío de Media tomó el reino, siendo de sesenta y dos años.
Firmó pues el rey Darío la escritura y el edicto.
Entonces se juntaron aquellos hombres, y hallaron á Daniel orando y rogando delante de su Dios.
El rey, por tanto, se levantó muy de mañana, y fué apriesa al foso de los leones:
Entonces habló Daniel con el rey: oh rey, para siempre vive.
Y este Daniel fué prosperado durante el reinado de Darío, y durante el reinado de Ciro, Persa.
Habló Daniel y dijo: Veía yo en mi visión de noche, y he aquí que los cuatro vientos del cielo combatían en la gran mar.
Y cuatro bestias grandes, diferentes la una de la otra, subían de la mar.
Empero se sentará el juez, y quitaránle su señorío, para que sea destruído y arruinado hasta el extremo;
Y él me dijo: Hasta dos mil y trescientos días de tarde y mañana; y el santuario será purificado.
Aquel carnero que viste, que tenía cuernos, son los reyes de Media y de Persia.
Y volví mi rostro al Señor Dios, buscándole en oración y ruego, en ayuno, y cilicio, y ceniza.
E hízome entender, y habló conmigo, y dijo: Daniel, ahora he salido para hacerte entender la declaración.
En aquellos días yo Daniel me contristé por espacio de tres semanas.
Y estando hablando conmigo semejantes palabras, puse mis ojos en tierra, y enmudecí.
Y aquella como semejanza de hombre me tocó otra vez, y me confortó;
Luego volverá su rostro á las fortalezas de su tierra: mas tropezará y caerá, y no parecerá más.
Aun los que comerán su pan, le quebrantarán; y su ejército será destruído, y caerán muchos muertos.
Y en su caer serán ayudados de pequeño socorro: y muchos se juntarán á ellos con lisonjas.
Bienaventurado el que esperare, y llegare hasta mil trescientos treinta y cinco días.
Fué pues, y tomó á Gomer hija de Diblaim, la cual concibió y le parió un hijo.
Y después de haber destetado á Lo-ruhama, concibió y parió un hijo.
Decid á vuestros hermanos, Ammi, y á vuestras hermanas, Ruhama:
Ni tendré misericordia de sus hijos: porque son hijos de fornicaciones.
Y haré cesar todo su gozo, sus fiestas, sus nuevas lunas y sus sábados, y todas sus festividades.
Y será que en aquel tiempo, dice Jehová, me llamarás Marido mío, y nunca más me llamarás Baali.
Y la tierra responderá al trigo, y al vino, y al aceite, y ellos responderán á Jezreel.
Caerás por tanto en el día, y caerá también contigo el profeta de noche; y á tu madre talaré.
Ephraim es dado á ídolos; déjalo.
Su bebida se corrompió; fornicaron pertinazmente: sus príncipes amaron las dádivas, afrenta de ellos.
Atóla el viento en sus alas, y de sus sacrificios serán avergonzados.
Y haciendo víctimas han bajado hasta el profundo: por tanto yo seré la corrección de todos ellos.
Tocad bocina en Gabaa, trompeta en Ramá: sonad tambor en Beth-aven: tras ti, oh Benjamín.
Los príncipes de Judá fueron como los que traspasan mojones: derramaré sobre ellos como agua mi ira.
Darános vida después de dos días: al tercer día nos resucitará, y viviremos delante de él.
También Judá puso en ti una planta, habiendo yo vuelto la cautividad de mi pueblo.
Con su maldad alegran al rey, y á los príncipes con sus mentiras.
El día de nuestro rey los príncipes lo hicieron enfermar con vasos de vino: extendió su mano con los escarnecedores.
Ephraim se envolvió con los pueblos; Ephraim fué torta no vuelta.
Y fué Ephraim como paloma incauta, sin entendimiento: llamarán á Egipto, acudirán al Asirio.
Y yo los ceñí, esforcé sus brazos, y contra mí pensaron mal.
A mí clamará Israel: Dios mío, te hemos conocido.
Israel desamparó el bien: enemigo lo perseguirá.
Tu becerro, oh Samaria, te hizo alejar; encendióse mi enojo contra ellos, hasta que no pudieron alcanzar inocencia.
Escribíle las grandezas de mi ley, y fueron tenidas por cosas ajenas.
La era y el lagar no los mantendrán; les fallará el mosto.
No quedarán en la tierra de Jehová, sino que volverá Ephraim á Egipto, y á Asiria, donde comerán vianda inmunda.
¿Qué haréis el día de la solemnidad, y el día de la fiesta de Jehová?
Ephraim, cual ave volará su gloria desde el nacimiento, aun desde el vientre y desde la concepción.
Mi Dios los desechará, porque ellos no le oyeron; y andarán errantes entre las gentes.
De Samaria fué cortado su rey como la espuma sobre la superficie de las aguas.
Así hará á vosotros Beth-el por la maldad de vuestra maldad: en la mañana será del todo cortado el rey de Israel.
Cuando Israel era muchacho, yo lo amé, y de Egipto llamé á mi hijo.
Como los llamaban, así ellos se iban de su presencia; á los Baales sacrificaban, y á las esculturas ofrecían sahumerios.
No tornará á tierra de Egipto, antes el mismo Assur será su rey, porque no se quisieron convertir.
Pleito tiene Jehová con Judá para visitar á Jacob conforme á sus caminos: pagarále conforme á sus obras.
Mas Jehová es Dios de los ejércitos: Jehová es su memorial.
Yo te conocí en el desierto, en tierra seca.
Por tanto, yo seré para ellos como león; como un leopardo en el camino los espiaré.
Conviértete, oh Israel, á Jehová tu Dios: porque por tu pecado has caído.
Extenderse han sus ramos, y será su gloria como la de la oliva, y olerá como el Líbano.
Llora tú como moza vestida de saco por el marido de su juventud.
Pereció el presente y la libación de la casa de Jehová: los sacerdotes ministros de Jehová hicieron luto.
¡Ay del día! porque cercano está el día de Jehová, y vendrá como destrucción por el Todopoderoso.
¿No es quitado el mantenimiento de delante de nuestros ojos, la alegría y el placer de la casa de nuestro Dios?
Su parecer, como parecer de caballos; y como gente de á caballo correrán.
Delante de él temerán los pueblos, pondránse mustios todos los semblantes.
Irán por la ciudad, correrán por el muro, subirán por las casas, entrarán por las ventanas á manera de ladrones.
Tocad trompeta en Sión, pregonad ayuno, llamad á congregación.
Y Jehová celará su tierra, y perdonará su pueblo.
Tierra, no temas; alégrate y gózate: porque Jehová ha de hacer grandes cosas.
Y las eras se henchirán de trigo, y los lagares rebosarán de vino y aceite.
Y aun también sobre los siervos y sobre las siervas derramaré mi Espíritu en aquellos días.
Y echaron suertes sobre mi pueblo, y á los niños dieron por una ramera, y vendieron las niñas por vino para beber.
He aquí los levantaré yo del lugar donde los vendisteis, y volveré vuestra paga sobre vuestra cabeza:
Haced espadas de vuestros azadones, lanzas de vuestras hoces; diga el flaco: Fuerte soy.
Muchos pueblos en el valle de la decisión: porque cercano está el día de Jehová en el valle de la decisión.
El sol y la luna se oscurecerán, y las estrellas retraerán su resplandor.
Y limpiaré la sangre de los que no limpié; y Jehová morará en Sión.
Y meteré fuego en el muro de Tiro, y consumirá sus palacios.
Y meteré fuego en Temán, y consumirá los palacios de Bosra.
Meteré por tanto fuego en Judá, el cual consumirá los palacios de Jerusalem.
Mas vosotros disteis de beber vino á los Nazareos; y á los profetas mandasteis, diciendo: No profeticéis.
Pues he aquí, yo os apretaré en vuestro lugar, como se aprieta el carro lleno de haces;
Y el que toma el arco no resistirá, ni escapará el ligero de pies, ni el que cabalga en caballo salvará su vida.
¿Bramará el león en el monte sin hacer presa? ¿dará el leoncillo su bramido desde su morada, si no prendiere?
Y no saben hacer lo recto, dice Jehová, atesorando rapiñas y despojos en sus palacios.
Oid y protestad en la casa de Jacob, ha dicho Jehová Dios de los ejércitos:
Oid esta palabra, porque yo levanto endecha sobre vosotros, casa de Israel.
Empero así dice Jehová á la casa de Israel: Buscadme, y viviréis;
Buscad lo bueno, y no lo malo, para que viváis; porque así Jehová Dios de los ejércitos será con vosotros, como decís.
Y en todas las viñas habrá llanto; porque pasaré por medio de ti, dice Jehová.
¡Ay de los que desean el día de Jehová! ¿para qué queréis este día de Jehová? Será de tinieblas, y no luz:
Aborrecí, abominé vuestras solemnidades, y no me darán buen olor vuestras asambleas.
Quita de mí la multitud de tus cantares, que no escucharé las salmodias de tus instrumentos.
Antes corra el juicio como las aguas, y la justicia como impetuoso arroyo.
¿Habéisme ofrecido sacrificios y presentes en el desierto en cuarenta años, casa de Israel?
Y acontecerá que si diez hombres quedaren en una casa, morirán.
Porque he aquí, Jehová mandará, y herirá con hendiduras la casa mayor, y la casa menor con aberturas.
Vosotros que os alegráis en nada, que decís: ¿No nos hemos adquirido potencia con nuestra fortaleza?
Arrepintióse Jehová de esto: No será esto tampoco, dijo el Señor Jehová.
Enseñóme así: he aquí, el Señor estaba sobre un muro hecho á plomo, y en su mano una plomada de albañil.
Porque así ha dicho Amós: Jeroboam morirá á cuchillo, é Israel pasará de su tierra en cautiverio.
Y no profetices más en Beth-el, porque es santuario del rey, y cabecera del reino.
Y Jehová me tomó de tras el ganado, y díjome Jehová: Ve, y profetiza á mi pueblo Israel.
Así me ha mostrado Jehová: y he aquí un canastillo de fruta de verano.
Para comprar los pobres por dinero, y los necesitados por un par de zapatos, y venderemos las aechaduras del trigo?
En aquel tiempo las doncellas hermosas y los mancebos desmayarán de sed.
A cuchillo morirán todos los pecadores de mi pueblo, que dicen: No se acercará, ni nos alcanzará el mal.
¿No haré que perezcan en aquel día, dice Jehová, los sabios de Edom, y la prudencia del monte de Esaú?
Por la injuria de tu hermano Jacob te cubrirá vergüenza, y serás talado para siempre.
Y vendrán salvadores al monte de Sión para juzgar al monte de Esaú; y el reino será de Jehová.
Y él les respondió: Hebreo soy, y temo á Jehová, Dios de los cielos, que hizo la mar y la tierra.
Y dijéronle: ¿Qué te haremos, para que la mar se nos quiete? porque la mar iba á más, y se embravecía.
Y tomaron á Jonás, y echáronlo á la mar; y la mar se quietó de su furia.
Echásteme en el profundo, en medio de los mares, y rodeóme la corriente; todas tus ondas y tus olas pasaron sobre mí.
Y yo dije: Echado soy de delante de tus ojos: mas aun veré tu santo templo.
Levántate, y ve á Nínive, aquella gran ciudad, y publica en ella el pregón que yo te diré.
Y Jehová le dijo: ¿Haces tú bien en enojarte tanto?
Entonces dijo Dios á Jonás: ¿Tanto te enojas por la calabacera? Y él respondió: Mucho me enojo, hasta la muerte.
Porque la moradora de Maroth tuvo dolor por el bien; por cuanto el mal descendió de Jehová hasta la puerta de Jerusalem.
Aun te traeré heredero, oh moradora de Maresah: la gloria de Israel vendrá hasta Adullam.
Por tanto, no tendrás quien eche cordel para suerte en la congregación de Jehová.
No profeticéis, dicen á los que profetizan; no les profeticen que los ha de comprender vergüenza.
Y dije: Oid ahora, príncipes de Jacob, y cabezas de la casa de Israel: ¿No pertenecía á vosotros saber el derecho?
Que edificáis á Sión con sangre, y á Jerusalem con injusticia;
Haré también destruir las ciudades de tu tierra, y arruinaré todas tus fortalezas.
Asimismo destruiré de tu mano las hechicerías, y no se hallarán en ti agoreros.
Y arrancaré tus bosques de en medio de ti, y destruiré tus ciudades.
Por eso yo también te enflaqueceré hiriéndote, asolándote por tus pecados.
El día en que se edificarán tus muros, aquel día será alejado el mandamiento.
Y la tierra con sus moradores será asolada por el fruto de sus obras.
Yo les mostraré maravillas como el día que saliste de Egipto.
Otorgarás á Jacob la verdad, y á Abraham la misericordia, que tú juraste á nuestros padres desde tiempos antiguos.
Mas con inundación impetuosa hará consumación de su lugar, y tinieblas perseguirán á sus enemigos.
¿Qué pensáis contra Jehová? El hará consumación: la tribulación no se levantará dos veces.
Porque ahora quebraré su yugo de sobre ti, y romperé tus coyundas.
Y echaré sobre ti suciedades, y te afrentaré, y te pondré como estiércol.
Etiopía era su fortaleza, y Egipto sin límite; Put y Libia fueron en tu ayuda.
La carga que vió Habacuc profeta.
Toda ella vendrá á la presa: delante de sus caras viento solano; y juntará cautivos como arena.
Y haces que sean los hombres como los peces de la mar, como reptiles que no tienen señor?
¿Vaciará por eso su red, ó tendrá piedad de matar gentes continuamente?
Y Jehová me respondió, y dijo: Escribe la visión, y declárala en tablas, para que corra el que leyere en ella.
Tomaste consejo vergonzoso para tu casa, asolaste muchos pueblos, y has pecado contra tu vida.
¡Ay del que edifica la ciudad con sangres, y del que funda la villa con iniquidad!
¿No es esto de Jehová de los ejércitos? Los pueblos pues trabajarán para el fuego, y las gentes se fatigarán en vano.
Oración de Habacuc profeta, sobre Sigionoth.
Y el resplandor fué como la luz; rayos brillantes salían de su mano; y allí estaba escondida su fortaleza.
Delante de su rostro iba mortandad, y á sus pies salían carbones encendidos.
He visto las tiendas de Cushán en aflicción; las tiendas de la tierra de Madián temblaron.
Viéronte, y tuvieron temor los montes: pasó la inundación de las aguas: el abismo dió su voz, la hondura alzó sus manos.
Con ira hollaste la tierra, con furor trillaste las gentes.
Destruiré del todo todas las cosas de sobre la haz de la tierra, dice Jehová.
Y á los que tornan atrás de en pos de Jehová; y á los que no buscaron á Jehová, ni preguntaron por él.
Y será la parte de la mar por moradas de cabañas de pastores, y corrales de ovejas.
No escuchó la voz, ni recibió la disciplina: no se confió en Jehová, no se acercó á su Dios.
De esa parte de los ríos de Etiopía, mis suplicantes, la hija de mis esparcidos, me traerán ofrenda.
Y dejaré en medio de ti un pueblo humilde y pobre, los cuales esperarán en el nombre de Jehová.
En aquel tiempo se dirá á Jerusalem: No temas: Sión, no se debiliten tus manos.
Pues así ha dicho Jehová de los ejércitos: Pensad bien sobre vuestros caminos.
Así ha dicho Jehová de los ejércitos: Meditad sobre vuestros caminos.
Habla á Zorobabel, gobernador de Judá, diciendo: Yo haré temblar los cielos y la tierra;
Enojóse Jehová con ira contra vuestros padres.
Vuestros padres, ¿dónde están? y los profetas ¿han de vivir para siempre?
Después alcé mis ojos, y miré, y he aquí cuatro cuernos.
Alcé después mis ojos, y miré y he aquí un varón que tenía en su mano un cordel de medir.
Yo seré para ella, dice Jehová, muro de fuego en derredor, y seré por gloria en medio de ella.
Oh Sión, la que moras con la hija de Babilonia, escápate.
Y Jehová poseerá á Judá su heredad en la tierra santa, y escogerá aún á Jerusalem.
Y volvió el ángel que hablaba conmigo, y despertóme como un hombre que es despertado de su sueño.
Y sobre él dos olivas, la una á la derecha del vaso, y la otra á su izquierda.
Y el ángel que hablaba conmigo respondió, y díjome: ¿No sabes qué es esto? Y dije: No, señor mío.
Y él dijo: Estos dos hijos de aceite son los que están delante del Señor de toda la tierra.
Y dije al ángel que hablaba conmigo: ¿A dónde llevan el epha?
Y en el tercer carro caballos blancos, y en el cuarto carro caballos overos ruciorodados.
Respondí entonces, y dije al ángel que conmigo hablaba: Señor mío, ¿qué es esto?
Tomarás pues plata y oro, y harás coronas, y las pondrás en la cabeza del gran sacerdote Josué, hijo de Josadac;
Empero no quisieron escuchar, antes dieron hombro rebelado, y agravaron sus oídos para no oir:
Y FUÉá mípalabra de Jehová de los ejércitos, diciendo:
Y las calles de la ciudad serán llenas de muchachos y muchachas, que jugarán en las calles.
Así tornando he pensado de hacer bien á Jerusalem y á la casa de Judá en estos días: no temáis.
Así ha dicho Jehová de los ejércitos: Aun vendrán pueblos, y moradores de muchas ciudades;
He aquí, el Señor la empobrecerá, y herirá en la mar su fortaleza, y ella será consumida de fuego.
Tornaos á la fortaleza, oh presos de esperanza: hoy también os anuncio que os daré doblado.
Y yo los fortificaré en Jehová, y caminarán en su nombre, dice Jehová.
Oh Líbano, abre tus puertas, y queme fuego tus cedros.
Así ha dicho Jehová mi Dios: Apacienta las ovejas de la matanza;
E hice matar tres pastores en un mes, y mi alma se angustió por ellos, y también el alma de ellos me aborreció á mí.
Tomé luego mi cayado Suavidad, y quebrélo, para deshacer mi pacto que concerté con todos los pueblos.
Y fué deshecho en ese día, y así conocieron los pobres del rebaño que miran á mí, que era palabra de Jehová.
Y será que en aquel día yo procuraré quebrantar todas las gentes que vinieren contra Jerusalem.
Después saldrá Jehová, y peleará con aquellas gentes, como peleó el día de la batalla.
Y Jehová será rey sobre toda la tierra. En aquel día Jehová será uno, y uno su nombre.
Carga de la palabra de Jehová contra Israel, por mano de Malaquías.
Y sabréis que yo os envié este mandamiento, para que fuese mi pacto con Leví, ha dicho Jehová de los ejércitos.
Malditos sois con maldición, porque vosotros, la nación toda, me habéis robado.
Y todas las gentes os dirán bienaventurados; porque seréis tierra deseable, dice Jehová de los ejércitos.
Abraham engendró á Isaac: é Isaac engendró á Jacob: y Jacob engendró á Judas y á sus hermanos:
Y Aram engendró á Aminadab: y Aminadab engendró á Naassón: y Naassón engendró á Salmón:
Y Salmón engendró de Rachâb á Booz, y Booz engendró de Ruth á Obed: y Obed engendró á Jessé:
Y Salomón engendró á Roboam: y Roboam engendró á Abía: y Abía engendró á Asa:
Y Asa engendró á Josaphat: y Josaphat engendró á Joram: y Joram engendró á Ozías:
Y Ozías engendró á Joatam: y Joatam engendró á Achâz: y Achâz engendró á Ezechîas:
Y Josías engendró á Jechônías y á sus hermanos, en la transmigración de Babilonia.
Y Zorobabel engendró á Abiud: y Abiud engendró á Eliachîm: y Eliachîm engendró á Azor:
Y Azor engendró á Sadoc: y Sadoc engendró á Achîm: y Achîm engendró á Eliud:
Y Eliud engendró á Eleazar: y Eleazar engendró á Mathán: y Mathán engendró á Jacob:
Y Jacob engendró á José, marido de María, de la cual nació Jesús, el cual es llamado el Cristo.
Y no la conoció hasta que parió á su hijo primogénito: y llamó su nombre JESUS.
Y vista la estrella, se regocijaron con muy grande gozo.
Entonces él se levantó, y tomó al niño y á su madre, y se vino á tierra de Israel.
Y diciendo: Arrepentíos, que el reino de los cielos se ha acercado.
Entonces salía á él Jerusalem, y toda Judea, y toda la provincia de alrededor del Jordán;
Entonces Jesús vino de Galilea á Juan al Jordán, para ser bautizado de él.
Y he aquí una voz de los cielos que decía: Este es mi Hijo amado, en el cual tengo contentamiento.
Y habiendo ayunado cuarenta días y cuarenta noches, después tuvo hambre.
El diablo entonces le dejó: y he aquí los ángeles llegaron y le servían.
Mas oyendo Jesús que Juan era preso, se volvió á Galilea;
Desde entonces comenzó Jesús á predicar, y á decir: Arrepentíos, que el reino de los cielos se ha acercado.
Y díceles: Venid en pos de mí, y os haré pescadores de hombres.
Y ellos, dejando luego el barco y á su padre, le siguieron.
Y le siguieron muchas gentes de Galilea y de Decápolis y de Jerusalem y de Judea y de la otra parte del Jordán.
Bienaventurados los pobres en espíritu: porque de ellos es el reino de los cielos.
Bienaventurados los mansos: porque ellos recibirán la tierra por heredad.
Bienaventurados los que tienen hambre y sed de justicia: porque ellos serán hartos.
Bienaventurados los misericordiosos: porque ellos alcanzarán misericordia.
Bienaventurados los que padecen persecución por causa de la justicia: porque de ellos es el reino de los cielos.
Bienaventurados sois cuando os vituperaren y os persiguieren, y dijeren de vosotros todo mal por mi causa, mintiendo.
No penséis que he venido para abrogar la ley ó los profetas: no he venido para abrogar, sino á cumplir.
También fué dicho: Cualquiera que repudiare á su mujer, déle carta de divorcio:
Ni por la tierra, porque es el estrado de sus pies; ni por Jerusalem, porque es la ciudad del gran Rey.
Ni por tu cabeza jurarás, porque no puedes hacer un cabello blanco ó negro.
Oísteis que fué dicho á los antiguos: Ojo por ojo, y diente por diente.
Mas yo os digo: No resistáis al mal; antes á cualquiera que te hiriere en tu mejilla diestra, vuélvele también la otra;
Y al que quisiere ponerte á pleito y tomarte tu ropa, déjale también la capa;
Al que te pidiere, dale; y al que quisiere tomar de ti prestado, no se lo rehuses.
Porque si amareis á los que os aman, ¿qué recompensa tendréis? ¿no hacen también lo mismo los publicanos?
Y si abrazareis á vuestros hermanos solamente, ¿qué hacéis de más? ¿no hacen también así los Gentiles?
Sed, pues, vosotros perfectos, como vuestro Padre que está en los cielos es perfecto.
Para que sea tu limosna en secreto: y tu Padre que ve en secreto, él te recompensará en público.
Venga tu reino. Sea hecha tu voluntad, como en el cielo, así también en la tierra.
Danos hoy nuestro pan cotidiano.
Y perdónanos nuestras deudas, como también nosotros perdonamos á nuestros deudores.
Porque si perdonareis á los hombres sus ofensas, os perdonará también á vosotros vuestro Padre celestial.
Porque donde estuviere vuestro tesoro, allí estará vuestro corazón.
Mas ¿quién de vosotros podrá, congojándose, añadir á su estatura un codo?
Mas os digo, que ni aun Salomón con toda su gloria fué vestido así como uno de ellos.
Así que, no os congojéis por el día de mañana; que el día de mañana traerá su fatiga: basta al día su afán.
No juzguéis, para que no seáis juzgados.
Y ¿por qué miras la mota que está en el ojo de tu hermano, y no echas de ver la viga que está en tu ojo?
¿Qué hombre hay de vosotros, á quien si su hijo pidiere pan, le dará una piedra?
Y guardaos de los falsos profetas, que vienen á vosotros con vestidos de ovejas, mas de dentro son lobos rapaces.
Por sus frutos los conoceréis. ¿Cógense uvas de los espinos, ó higos de los abrojos?
Así, todo buen árbol lleva buenos frutos; mas el árbol maleado lleva malos frutos.
Todo árbol que no lleva buen fruto, córtase y échase en el fuego.
Y entonces les protestaré: Nunca os conocí; apartaos de mí, obradores de maldad.
Y como descendió del monte, le seguían muchas gentes.
Y he aquí un leproso vino, y le adoraba, diciendo: Señor, si quisieres, puedes limpiarme.
Y diciendo: Señor, mi mozo yace en casa paralítico, gravemente atormentado.
Y Jesús le dijo: Yo iré y le sanaré.
Y vino Jesús á casa de Pedro, y vió á su suegra echada en cama, y con fiebre.
Y tocó su mano, y la fiebre la dejó: y ella se levantó, y les servía.
Y viendo Jesús muchas gentes alrededor de sí, mandó pasar á la otra parte del lago.
Y llegándose un escriba, le dijo: Maestro, te seguiré á donde quiera que fueres.
Y otro de sus discípulos le dijo: Señor, dame licencia para que vaya primero, y entierre á mi padre.
Y Jesús le dijo: Sígueme; deja que los muertos entierren á sus muertos.
Y entrando él en el barco, sus discípulos le siguieron.
Y llegándose sus discípulos, le despertaron, diciendo: Señor, sálvanos, que perecemos.
Y los hombres se maravillaron, diciendo: ¿Qué hombre es éste, que aun los vientos y la mar le obedecen?
Y estaba lejos de ellos un hato de muchos puercos paciendo.
Y los demonios le rogaron, diciendo: Si nos echas, permítenos ir á aquel hato de puercos.
Y he aquí, toda la ciudad salió á encontrar á Jesús: y cuando le vieron, le rogaban que saliese de sus términos.
Entonces entrando en el barco, pasó á la otra parte, y vino á su ciudad.
Entonces él se levantó y se fué á su casa.
Y las gentes, viéndolo, se maravillaron, y glorificaron á Dios, que había dado tal potestad á los hombres.
Y viendo esto los Fariseos, dijeron á sus discípulos: ¿Por qué come vuestro Maestro con los publicanos y pecadores?
Y oyéndolo Jesús, les dijo: Los que están sanos no tienen necesidad de médico, sino los enfermos.
Y se levantó Jesús, y le siguió, y sus discípulos.
Y he aquí una mujer enferma de flujo de sangre doce años había, llegándose por detrás, tocó la franja de su vestido:
Porque decía entre sí: Si tocare solamente su vestido, seré salva.
Díceles: Apartaos, que la muchacha no es muerta, mas duerme. Y se burlaban de él.
Y salió esta fama por toda aquella tierra.
Y pasando Jesús de allí, le siguieron dos ciegos, dando voces y diciendo: Ten misericordia de nosotros, Hijo de David.
Entonces tocó los ojos de ellos, diciendo: Conforme á vuestra fe os sea hecho.
Mas ellos salidos, divulgaron su fama por toda aquella tierra.
Mas los Fariseos decían: Por el príncipe de los demonios echa fuera los demonios.
Entonces dice á sus discípulos: A la verdad la mies es mucha, mas los obreros pocos.
Mas id antes á las ovejas perdidas de la casa de Israel.
Y yendo, predicad, diciendo: El reino de los cielos se ha acercado.
Sanad enfermos, limpiad leprosos, resucitad muertos, echad fuera demonios: de gracia recibisteis, dad de gracia.
No aprestéis oro, ni plata, ni cobre en vuestras bolsas;
Mas en cualquier ciudad, ó aldea donde entrareis, investigad quién sea en ella digno, y reposad allí hasta que salgáis.
Y entrando en la casa, saludadla.
Y si la casa fuere digna, vuestra paz vendrá sobre ella; mas si no fuere digna, vuestra paz se volverá á vosotros.
He aquí, yo os envío como á ovejas en medio de lobos: sed pues prudentes como serpientes, y sencillos como palomas.
Y guardaos de los hombres: porque os entregarán en concilios, y en sus sinagogas os azotarán;
Y seréis aborrecidos de todos por mi nombre; mas el que soportare hasta el fin, éste será salvo.
¿No se venden dos pajarillos por un cuarto? Con todo, ni uno de ellos cae á tierra sin vuestro Padre.
Pues aun vuestros cabellos están todos contados.
No penséis que he venido para meter paz en la tierra: no he venido para meter paz, sino espada.
Y los enemigos del hombre serán los de su casa.
El que hallare su vida, la perderá; y el que perdiere su vida por causa de mí, la hallará.
Diciendo: ¿Eres tú aquél que había de venir, ó esperaremos á otro?
Y respondiendo Jesús, les dijo: Id, y haced saber á Juan las cosas que oís y veis:
Mas ¿qué salisteis á ver? ¿un profeta? También os digo, y más que profeta.
El que tiene oídos para oir, oiga.
Porque vino Juan, que ni comía ni bebía, y dicen: Demonio tiene.
Por tanto os digo, que á la tierra de los de Sodoma será más tolerable el castigo en el día del juicio, que á ti.
Porque mi yugo es fácil, y ligera mi carga.
Y viéndolo los Fariseos, le dijeron: He aquí tus discípulos hacen lo que no es lícito hacer en sábado.
Y él les dijo: ¿No habéis leído qué hizo David, teniendo él hambre y los que con él estaban:
Pues os digo que uno mayor que el templo está aquí.
Mas si supieseis qué es: Misericordia quiero y no sacrificio, no condenaríais á los inocentes:
Porque Señor es del sábado el Hijo del hombre.
Y partiéndose de allí, vino á la sinagoga de ellos.
Pues ¿cuánto más vale un hombre que una oveja? Así que, lícito es en los sábados hacer bien.
La caña cascada no quebrará, y el pábilo que humea no apagará, hasta que saque á victoria el juicio.
Y si por espíritu de Dios yo echo fuera los demonios, ciertamente ha llegado á vosotros el reino de Dios.
Mas yo os digo, que toda palabra ociosa que hablaren los hombres, de ella darán cuenta en el día del juicio.
Entonces respondieron algunos de los escribas y de los Fariseos, diciendo: Maestro, deseamos ver de ti señal.
Cuando el espíritu inmundo ha salido del hombre, anda por lugares secos, buscando reposo, y no lo halla.
Y estando él aún hablando á las gentes, he aquí su madre y sus hermanos estaban fuera, que le querían hablar.
Y extendiendo su mano hacia sus discípulos, dijo: He aquí mi madre y mis hermanos.
Porque todo aquel que hiciere la voluntad de mi Padre que está en los cielos, ese es mi hermano, y hermana, y madre.
Y aquel día, saliendo Jesús de casa, se sentó junto á la mar.
Y se allegaron á él muchas gentes; y entrándose él en el barco, se sentó, y toda la gente estaba á la ribera.
Mas en saliendo el sol, se quemó; y secóse, porque no tenía raíz.
Y parte cayó en espinas; y las espinas crecieron, y la ahogaron.
Quien tiene oídos para oir, oiga.
Entonces, llegándose los discípulos, le dijeron: ¿Por qué les hablas por parábolas?
Mas bienaventurados vuestros ojos, porque ven; y vuestros oídos, porque oyen.
Mas durmiendo los hombres, vino su enemigo, y sembró cizaña entre el trigo, y se fué.
De manera que como es cogida la cizaña, y quemada al fuego, así será en el fin de este siglo.
Entonces los justos resplandecerán como el sol en el reino de su Padre: el que tiene oídos para oir, oiga.
Que hallando una preciosa perla, fué y vendió todo lo que tenía, y la compró.
Y los echarán en el horno del fuego: allí será el lloro y el crujir de dientes.
Díceles Jesús: ¿Habéis entendido todas estas cosas? Ellos responden: Sí, Señor.
Y aconteció que acabando Jesús estas parábolas, pasó de allí.
Y no hizo allí muchas maravillas, á causa de la incredulidad de ellos.
Y dijo á sus criados: Este es Juan el Bautista: él ha resucitado de los muertos, y por eso virtudes obran en él.
Y prometió él con juramento de darle todo lo que pidiese.
Y enviando, degolló á Juan en la cárcel.
Y fué traída su cabeza en un plato, y dada á la muchacha; y ella la presentó á su madre.
Entonces llegaron sus discípulos, y tomaron el cuerpo, y lo enterraron; y fueron, y dieron las nuevas á Jesús.
Y saliendo Jesús, vió un gran gentío, y tuvo compasión de ellos, y sanó á los que de ellos había enfermos.
Y Jesús les dijo: No tienen necesidad de irse: dadles vosotros de comer.
Y ellos dijeron: No tenemos aquí sino cinco panes y dos peces.
Y él les dijo: Traédmelos acá.
Y comieron todos, y se hartaron; y alzaron lo que sobró de los pedazos, doce cestas llenas.
Y los que comieron fueron como cinco mil hombres, sin las mujeres y los niños.
Y ya el barco estaba en medio de la mar, atormentado de las ondas; porque el viento era contrario.
Mas á la cuarta vela de la noche, Jesús fué á ellos andando sobre la mar.
Entonces le respondió Pedro, y dijo: Señor, si tú eres, manda que yo vaya á ti sobre las aguas.
Y él dijo: Ven. Y descendiendo Pedro del barco, andaba sobre las aguas para ir á Jesús.
Y como ellos entraron en el barco, sosegóse el viento.
Entonces los que estaban en el barco, vinieron y le adoraron, diciendo: Verdaderamente eres Hijo de Dios.
Y llegando á la otra parte, vinieron á la tierra de Genezaret.
¿Por qué tus discípulos traspasan la tradición de los ancianos? porque no se lavan las manos cuando comen pan.
Y él respondiendo, les dijo: ¿Por qué también vosotros traspasáis el mandamiento de Dios por vuestra tradición?
Este pueblo de labios me honra; mas su corazón lejos está de mí.
Mas en vano me honran, enseñando doctrinas y mandamientos de hombres.
Y llamando á sí las gentes, les dijo: Oid, y entended:
Entonces llegándose sus discípulos, le dijeron: ¿Sabes que los Fariseos oyendo esta palabra se ofendieron?
Mas respondiendo él, dijo: Toda planta que no plantó mi Padre celestial, será desarraigada.
Y respondiendo Pedro, le dijo: Decláranos esta parábola.
¿No entendéis aún, que todo lo que entra en la boca, va al vientre, y es echado en la letrina?
Mas lo que sale de la boca, del corazón sale; y esto contamina al hombre.
Y saliendo Jesús de allí, se fué á las partes de Tiro y de Sidón.
Entonces ella vino, y le adoró, diciendo: Señor, socórreme.
Y Jesús les dice: ¿Cuántos panes tenéis? Y ellos dijeron: Siete, y unos pocos pececillos.
Y mandó á las gentes que se recostasen sobre la tierra.
Y eran los que habían comido, cuatro mil hombres, sin las mujeres y los niños.
Y llegándose los Fariseos y los Saduceos para tentarle, le pedían que les mostrase señal del cielo.
El les dice: Y vosotros, ¿quién decís que soy?
Entonces mandó á sus discípulos que á nadie dijesen que él era Jesús el Cristo.
Y se transfiguró delante de ellos; y resplandeció su rostro como el sol, y sus vestidos fueron blancos como la luz.
Y he aquí les aparecieron Moisés y Elías, hablando con él.
Entonces Jesús llegando, los tocó, y dijo: Levantaos, y no temáis.
Y respondiendo Jesús, les dijo: A la verdad, Elías vendrá primero, y restituirá todas las cosas.
Y le matarán; mas al tercer día resucitará. Y ellos se entristecieron en gran manera.
Así que, cualquiera que se humillare como este niño, éste es el mayor en el reino de los cielos.
Porque el Hijo del hombre ha venido para salvar lo que se había perdido.
Porque donde están dos ó tres congregados en mi nombre, allí estoy en medio de ellos.
Jesús le dice: No te digo hasta siete, mas aun hasta setenta veces siete.
Por lo cual, el reino de los cielos es semejante á un hombre rey, que quiso hacer cuentas con sus siervos.
Entonces aquel siervo, postrado, le adoraba, diciendo: Señor, ten paciencia conmigo, y yo te lo pagaré todo.
El señor, movido á misericordia de aquel siervo, le soltó y le perdonó la deuda.
Entonces su consiervo, postrándose á sus pies, le rogaba, diciendo: Ten paciencia conmigo, y yo te lo pagaré todo.
Entonces llamándole su señor, le dice: Siervo malvado, toda aquella deuda te perdoné, porque me rogaste:
¿No te convenía también á ti tener misericordia de tu consiervo, como también yo tuve misericordia de ti?
Entonces su señor, enojado, le entregó á los verdugos, hasta que pagase todo lo que le debía.
Y aconteció que acabando Jesús estas palabras, se pasó de Galilea, y vino á los términos de Judea, pasado el Jordán.
Dícenle: ¿Por qué, pues, Moisés mandó dar carta de divorcio, y repudiarla?
Dícenle sus discípulos: Si así es la condición del hombre con su mujer, no conviene casarse.
Entonces él les dijo: No todos reciben esta palabra, sino aquellos á quienes es dado.
Y habiendo puesto sobre ellos las manos, se partió de allí.
Y he aquí, uno llegándose le dijo: Maestro bueno, ¿qué bien haré para tener la vida eterna?
Honra á tu padre y á tu madre: y, Amarás á tu prójimo como á ti mismo.
Mas sus discípulos, oyendo estas cosas, se espantaron en gran manera, diciendo: ¿Quién pues podrá ser salvo?
Y mirándolos Jesús, les dijo: Para con los hombres imposible es esto; mas para con Dios todo es posible.
Y habiéndose concertado con los obreros en un denario al día, los envió á su viña.
Salió otra vez cerca de las horas sexta y nona, é hizo lo mismo.
Y viniendo los que habían ido cerca de la hora undécima, recibieron cada uno un denario.
Y viniendo también los primeros, pensaron que habían de recibir más; pero también ellos recibieron cada uno un denario.
Y él respondiendo, dijo á uno de ellos: Amigo, no te hago agravio; ¿no te concertaste conmigo por un denario?
Toma lo que es tuyo, y vete; mas quiero dar á este postrero, como á ti.
¿No me es lícito á mí hacer lo que quiero con lo mío? ó ¿es malo tu ojo, porque yo soy bueno?
Y le entregarán á los Gentiles para que le escarnezcan, y azoten, y crucifiquen; mas al tercer día resucitará.
Entonces se llegó á él la madre de los hijos de Zebedeo con sus hijos, adorándole, y pidiéndole algo.
Y como los diez oyeron esto, se enojaron de los dos hermanos.
Mas entre vosotros no será así; sino el que quisiere entre vosotros hacerse grande, será vuestro servidor;
Como el Hijo del hombre no vino para ser servido, sino para servir, y para dar su vida en rescate por muchos.
Entonces saliendo ellos de Jericó, le seguía gran compañía.
Y parándose Jesús, los llamó, y dijo: ¿Qué queréis que haga por vosotros?
Ellos le dicen: Señor, que sean abiertos nuestros ojos.
Y les dice: Escrito está: Mi casa, casa de oración será llamada; mas vosotros cueva de ladrones la habéis hecho.
Y dejándolos, se salió fuera de la ciudad, á Bethania; y posó allí.
Y viendo esto los discípulos, maravillados decían: ¿Cómo se secó luego la higuera?
Y respondiendo él, dijo: No quiero; mas después, arrepentido, fué.
Y llegando al otro, le dijo de la misma manera; y respondiendo él, dijo: Yo, señor, voy. Y no fué.
Y cuando se acercó el tiempo de los frutos, envió sus siervos á los labradores, para que recibiesen sus frutos.
Envió de nuevo otros siervos, más que los primeros; é hicieron con ellos de la misma manera.
Y á la postre les envió su hijo, diciendo: Tendrán respeto á mi hijo.
Pues cuando viniere el señor de la viña, ¿qué hará á aquellos labradores?
Y el que cayere sobre esta piedra, será quebrantado; y sobre quien ella cayere, le desmenuzará.
Mas ellos no se cuidaron, y se fueron, uno á su labranza, y otro á sus negocios;
Y otros, tomando á sus siervos, los afrentaron y los mataron.
Y le dijo: Amigo, ¿cómo entraste aquí no teniendo vestido de boda? Mas él cerró la boca.
Entonces, idos los Fariseos, consultaron cómo le tomarían en alguna palabra.
Mas Jesús, entendida la malicia de ellos, les dice: ¿Por qué me tentáis, hipócritas?
Mostradme la moneda del tributo. Y ellos le presentaron un denario.
Entonces les dice: ¿Cúya es esta figura, y lo que está encima escrito?
Y oyendo esto, se maravillaron; y dejándole se fueron.
De la misma manera también el segundo, y el tercero, hasta los siete.
Y después de todos murió también la mujer.
Y oyendo esto las gentes, estaban atónitas de su doctrina.
Entonces los Fariseos, oyendo que había cerrado la boca á los Saduceos, se juntaron á una.
Este es el primero y el grande mandamiento.
De estos dos mandamientos depende toda la ley y los profetas.
Dijo el Señor á mi Señor: Siéntate á mi diestra, entre tanto que pongo tus enemigos por estrado de tus pies?
Y las salutaciones en las plazas, y ser llamados de los hombres Rabbí, Rabbí.
Mas vosotros, no queráis ser llamados Rabbí; porque uno es vuestro Maestro, el Cristo; y todos vosotros sois hermanos.
Ni seáis llamados maestros; porque uno es vuestro Maestro, el Cristo.
El que es el mayor de vosotros, sea vuestro siervo.
Porque el que se ensalzare, será humillado; y el que se humillare, será ensalzado.
¡Insensatos y ciegos! porque ¿cuál es mayor, el oro, ó el templo que santifica al oro?
Y: Cualquiera que jurare por el altar, es nada; mas cualquiera que jurare por el presente que está sobre él, deudor es.
¡Necios y ciegos! porque, ¿cuál es mayor, el presente, ó el altar que santifica al presente?
Y el que jurare por el templo, jura por él, y por Aquél que habita en él;
¡Fariseo ciego, limpia primero lo de dentro del vaso y del plato, para que también lo de fuera se haga limpio!
¡Vosotros también henchid la medida de vuestros padres!
¡Serpientes, generación de víboras! ¿cómo evitaréis el juicio del infierno?
Y respondiendo Jesús, les dijo: Mirad que nadie os engañe.
Porque vendrán muchos en mi nombre, diciendo: Yo soy el Cristo; y á muchos engañarán.
Y muchos entonces serán escandalizados; y se entregarán unos á otros, y unos á otros se aborrecerán.
Y muchos falsos profetas se levantarán y engañarán á muchos.
Y por haberse multiplicado la maldad, la caridad de muchos se resfriará.
Mas el que perseverare hasta el fin, éste será salvo.
Y el que sobre el terrado, no descienda á tomar algo de su casa;
Mas ¡ay de las preñadas, y de las que crían en aquellos días!
Entonces, si alguno os dijere: He aquí está el Cristo, ó allí, no creáis.
He aquí os lo he dicho antes.
Porque donde quiera que estuviere el cuerpo muerto, allí se juntarán las águilas.
Así también vosotros, cuando viereis todas estas cosas, sabed que está cercano, á las puertas.
Entonces estarán dos en el campo; el uno será tomado, y el otro será dejado:
Velad pues, porque no sabéis á qué hora ha de venir vuestro Señor.
Por tanto, también vosotros estad apercibidos; porque el Hijo del hombre ha de venir á la hora que no pensáis.
Bienaventurado aquel siervo, al cual, cuando su señor viniere, le hallare haciendo así.
De cierto os digo, que sobre todos sus bienes le pondrá.
Entonces el reino de los cielos será semejante á diez vírgenes, que tomando sus lámparas, salieron á recibir al esposo.
Y las cinco de ellas eran prudentes, y las cinco fatuas.
Y tardándose el esposo, cabecearon todas, y se durmieron.
Y á la media noche fué oído un clamor: He aquí, el esposo viene; salid á recibirle.
Entonces todas aquellas vírgenes se levantaron, y aderezaron sus lámparas.
Y las fatuas dijeron á las prudentes: Dadnos de vuestro aceite; porque nuestras lámparas se apagan.
Y después vinieron también las otras vírgenes, diciendo: Señor, Señor, ábrenos.
Porque el reino de los cielos es como un hombre que partiéndose lejos llamó á sus siervos, y les entregó sus bienes.
Asimismo el que había recibido dos, ganó también él otros dos.
Mas el que había recibido uno, fué y cavó en la tierra, y escondió el dinero de su señor.
Y tuve miedo, y fuí, y escondí tu talento en la tierra: he aquí tienes lo que es tuyo.
Quitadle pues el talento, y dadlo al que tiene diez talentos.
Y al siervo inútil echadle en las tinieblas de afuera: allí será el lloro y el crujir de dientes.
¿Y cuándo te vimos huésped, y te recogimos? ¿ó desnudo, y te cubrimos?
¿O cuándo te vimos enfermo, ó en la cárcel, y vinimos á ti?
E irán éstos al tormento eterno, y los justos á la vida eterna.
Sabéis que dentro de dos días se hace la pascua, y el Hijo del hombre es entregado para ser crucificado.
Y tuvieron consejo para prender por engaño á Jesús, y matarle.
Lo cual viendo sus discípulos, se enojaron, diciendo: ¿Por qué se pierde esto?
Porque esto se podía vender por gran precio, y darse á los pobres.
Y entendiéndolo Jesús, les dijo: ¿Por qué dais pena á esta mujer? pues ha hecho conmigo buena obra.
Porque siempre tendréis pobres con vosotros, mas á mí no siempre me tendréis.
Y desde entonces buscaba oportunidad para entregarle.
Y como fué la tarde del día, se sentó á la mesa con los doce.
Y comiendo ellos, dijo: De cierto os digo, que uno de vosotros me ha de entregar.
Y entristecidos ellos en gran manera, comenzó cada uno de ellos á decirle: ¿Soy yo, Señor?
Entonces él respondiendo, dijo: El que mete la mano conmigo en el plato, ése me ha de entregar.
Entonces respondiendo Judas, que le entregaba, dijo: ¿Soy yo, Maestro? Dícele: Tú lo has dicho.
Mas después que haya resucitado, iré delante de vosotros á Galilea.
Y respondiendo Pedro, le dijo: Aunque todos sean escandalizados en ti, yo nunca seré escandalizado.
Jesús le dice: De cierto te digo que esta noche, antes que el gallo cante, me negarás tres veces.
Dícele Pedro: Aunque me sea menester morir contigo, no te negaré. Y todos los discípulos dijeron lo mismo.
Y vino á sus discípulos, y los halló durmiendo, y dijo á Pedro: ¿Así no habéis podido velar conmigo una hora?
Velad y orad, para que no entréis en tentación: el espíritu á la verdad está presto, mas la carne enferma.
Y vino, y los halló otra vez durmiendo; porque los ojos de ellos estaban agravados.
Entonces Jesús le dice: Vuelve tu espada á su lugar; porque todos los que tomaren espada, á espada perecerán.
¿Acaso piensas que no puedo ahora orar á mi Padre, y él me daría más de doce legiones de ángeles?
¿Cómo, pues, se cumplirían las Escrituras, que así conviene que sea hecho?
Que dijeron: Este dijo: Puedo derribar el templo de Dios, y en tres días reedificarlo.
Y levantándose el pontífice, le dijo: ¿No respondes nada? ¿qué testifican éstos contra ti?
¿Qué os parece? Y respondiendo ellos, dijeron: Culpado es de muerte.
Y Pedro estaba sentado fuera en el patio: y se llegó á él una criada, diciendo: Y tú con Jesús el Galileo estabas.
Mas él negó delante de todos, diciendo: No sé lo que dices.
Y negó otra vez con juramento: No conozco al hombre.
Entonces comenzó á hacer imprecaciones, y á jurar, diciendo: No conozco al hombre. Y el gallo cantó luego.
Diciendo: Yo he pecado entregando la sangre inocente. Mas ellos dijeron: ¿Qué se nos da á nosotros? Viéraslo tú.
Y arrojando las piezas de plata en el templo, partióse; y fué, y se ahorcó.
Por lo cual fué llamado aquel campo, Campo de sangre, hasta el día de hoy.
Y las dieron para el campo del alfarero, como me ordenó el Señor.
Pilato entonces le dice: ¿No oyes cuántas cosas testifican contra ti?
Y en el día de la fiesta acostumbraba el presidente soltar al pueblo un preso, cual quisiesen.
Porque sabía que por envidia le habían entregado.
Pilato les dijo: ¿Qué pues haré de Jesús que se dice el Cristo? Dícenle todos: Sea crucificado.
Y el presidente les dijo: Pues ¿qué mal ha hecho? Mas ellos gritaban más, diciendo: Sea crucificado.
Y respondiendo todo el pueblo, dijo: Su sangre sea sobre nosotros, y sobre nuestros hijos.
Y desnudándole, le echaron encima un manto de grana;
Le dieron á beber vinagre mezclado con hiel; y gustando, no quiso beberlo.
Confió en Dios: líbrele ahora si le quiere: porque ha dicho: Soy Hijo de Dios.
Y desde la hora de sexta fueron tinieblas sobre toda la tierra hasta la hora de nona.
Y luego, corriendo uno de ellos, tomó una esponja, y la hinchió de vinagre, y poniéndola en una caña, dábale de beber.
Y los otros decían: Deja, veamos si viene Elías á librarle.
Mas Jesús, habiendo otra vez exclamado con grande voz, dió el espíritu.
Y he aquí, el velo del templo se rompió en dos, de alto á bajo: y la tierra tembló, y las piedras se hendieron;
Y salidos de los sepulcros, después de su resurrección, vinieron á la santa ciudad, y aparecieron á muchos.
Este llegó á Pilato, y pidió el cuerpo de Jesús: entonces Pilato mandó que se le diese el cuerpo.
Diciendo: Señor, nos acordamos que aquel engañador dijo, viviendo aún: Después de tres días resucitaré.
Y Pilato les dijo: Tenéis una guardia: id, aseguradlo como sabéis.
Y yendo ellos, aseguraron el sepulcro, sellando la piedra, con la guardia.
Y su aspecto era como un relámpago, y su vestido blanco como la nieve.
Y de miedo de él los guardas se asombraron, y fueron vueltos como muertos.
Y respondiendo el ángel, dijo á las mujeres: No temáis vosotras; porque yo sé que buscáis á Jesús, que fué crucificado.
Y si esto fuere oído del presidente, nosotros le persuadiremos, y os haremos seguros.
Mas los once discípulos se fueron á Galilea, al monte donde Jesús les había ordenado.
Y llegando Jesús, les habló, diciendo: Toda potestad me es dada en el cielo y en la tierra.
Principio del evangelio de Jesucristo, Hijo de Dios.
Voz del que clama en el desierto: Aparejad el camino del Señor; enderezad sus veredas.
Bautizaba Juan en el desierto, y predicaba el bautismo del arrepentimiento para remisión de pecados.
Yo á la verdad os he bautizado con agua; mas él os bautizará con Espíritu Santo.
Y hubounavoz de los cielosque decía: Tú eres mi Hijo amado; en ti tomo contentamiento.
Y luego el Espíritu le impele al desierto.
Y se admiraban de su doctrina; porque les enseñaba como quien tiene potestad, y no como los escribas.
Y Jesús le riñó, diciendo: Enmudece, y sal de él.
Y el espíritu inmundo, haciéndole pedazos, y clamando á gran voz, salió de él.
Y vino luego su fama por toda la provincia alrededor de Galilea.
Y luego saliendo de la sinagoga, vinieron á casa de Simón y de Andrés, con Jacobo y Juan.
Y toda la ciudad se juntó á la puerta.
Y le siguió Simón, y los que estaban con él;
Y hallándole, le dicen: Todos te buscan.
Y predicaba en las sinagogas de ellos en toda Galilea, y echaba fuera los demonios.
Y un leproso vino á él, rogándole; é hincada la rodilla, le dice: Si quieres, puedes limpiarme.
Y Jesús, teniendo misericordia de él, extendió su mano, y le tocó, y le dice: Quiero, sé limpio.
Y así que hubo él hablado, la lepra se fué luego de aquél, y fué limpio.
Y entró otra vez en Capernaum después de algunos días, y se oyó que estaba en casa.
Y viendo Jesús la fe de ellos, dice al paralítico: Hijo, tus pecados te son perdonados.
Decían: ¿Por qué habla éste así? Blasfemias dice. ¿Quién puede perdonar pecados, sino solo Dios?
¿Qué es más fácil, decir al paralítico: Tus pecados te son perdonados, ó decirle: Levántate, y toma tu lecho y anda?
Y volvió á salir á la mar, y toda la gente venía á él, y los enseñaba.
Mas vendrán días, cuando el esposo les será quitado, y entonces en aquellos días ayunarán.
Entonces los Fariseos le dijeron: He aquí, ¿por qué hacen en sábado lo que no es lícito?
Así que el Hijo del hombre es Señor aun del sábado.
Entonces dijo al hombre que tenía la mano seca: Levántate en medio.
Entonces saliendo los Fariseos, tomaron consejo con los Herodianos contra él, para matarle.
Y los espíritus inmundos, al verle, se postraban delante de él, y daban voces, diciendo: Tú eres el Hijo de Dios.
Y subió al monte, y llamó á sí á los que él quiso; y vinieron á él.
Y que tuviesen potestad de sanar enfermedades, y de echar fuera demonios:
Y á Jacobo, hijo de Zebedeo, y á Juan hermano de Jacobo; y les apellidó Boanerges, que es, Hijos del trueno;
Y á Judas Iscariote, el que le entregó. Y vinieron á casa.
Y como lo oyeron los suyos, vinieron para prenderle: porque decían: Está fuera de sí.
Y habiéndolos llamado, les decía en parábolas: ¿Cómo puede Satanás echar fuera á Satanás?
Y si algún reino contra sí mismo fuere dividido, no puede permanecer el tal reino.
Y si Satanás se levantare contra sí mismo, y fuere dividido, no puede permanecer; antes tiene fin.
Mas cualquiera que blasfemare contra el Espíritu Santo, no tiene jamás perdón, mas está expuesto á eterno juicio.
Porque decían: Tiene espíritu inmundo.
Vienen después sus hermanos y su madre, y estando fuera, enviaron á él llamándole.
Y mirando á los que estaban sentados alrededor de él, dijo: He aquí mi madre y hermanos.
Y otra parte cayó en espinas; y subieron las espinas, y la ahogaron, y no dió fruto.
Y cuando estuvo solo, le preguntaron los que estaban cerca de él con los doce, sobre la parábola.
Y les dijo: ¿No sabéis esta parábola? ¿Cómo, pues, entenderéis todas las parábolas?
El que siembra es el que siembra la palabra.
Y duerme, y se levanta de noche y de día, y la simiente brota y crece como él no sabe.
Porque de suyo fructifica la tierra, primero hierba, luego espiga, después grano lleno en la espiga;
Y decía: ¿A qué haremos semejante el reino de Dios? ¿ó con qué parábola le compararemos?
Y les dijo aquel día cuando fué tarde: Pasemos de la otra parte.
Y se levantó una grande tempestad de viento, y echaba las olas en el barco, de tal manera que ya se henchía.
Y siempre, de día y de noche, andaba dando voces en los montes y en los sepulcros, é hiriéndose con las piedras.
Porque le decía: Sal de este hombre, espíritu inmundo.
Y le preguntó: ¿Cómo te llamas? Y respondió diciendo: Legión me llamo; porque somos muchos.
Y le rogaba mucho que no le enviase fuera de aquella provincia.
Y estaba allí cerca del monte una grande manada de puercos paciendo.
Y le rogaron todos los demonios, diciendo: Envíanos á los puercos para que entremos en ellos.
Y les contaron los que lo habían visto, cómo había acontecido al que había tenido el demonio, y lo de los puercos.
Y comenzaron á rogarle que se fuese de los términos de ellos.
Y entrando él en el barco, le rogaba el que había sido fatigado del demonio, para estar con él.
Y se fué, y comenzó á publicar en Decápolis cuán grandes cosas Jesús había hecho con él: y todos se maravillaban.
Porque decía: Si tocare tan solamente su vestido, seré salva.
Y él miraba alrededor para ver á la que había hecho esto.
Y él le dijo: Hija, tu fe te ha hecho salva: ve en paz, y queda sana de tu azote.
Y no permitió que alguno viniese tras él sino Pedro, y Jacobo, y Juan hermano de Jacobo.
Y entrando, les dice: ¿Por qué alborotáis y lloráis? La muchacha no es muerta, mas duerme.
Y luego la muchacha se levantó, y andaba; porque tenía doce años. Y se espantaron de grande espanto.
Mas él les mandó mucho que nadie lo supiese, y dijo que le diesen de comer.
Y salió de allí, y vino á su tierra, y le siguieron sus discípulos.
Y estaba maravillado de la incredulidad de ellos. Y rodeaba las aldeas de alrededor, enseñando.
Y les decía: Donde quiera que entréis en una casa, posad en ella hasta que salgáis de allí.
Y saliendo, predicaban que los hombres se arrepintiesen.
Otros decían: Elías es. Y otros decían: Profeta es, ó alguno de los profetas.
Porque Juan decía á Herodes: No te es lícito tener la mujer de tu hermano.
Y le juró: Todo lo que me pidieres te daré, hasta la mitad de mi reino.
Y saliendo ella, dijo á su madre: ¿Qué pediré? Y ella dijo: La cabeza de Juan Bautista.
Y el rey se entristeció mucho; mas á causa del juramento, y de los que estaban con él á la mesa, no quiso desecharla.
Y oyéndolo sus discípulos, vinieron y tomaron su cuerpo, y le pusieron en un sepulcro.
Y se fueron en un barco al lugar desierto aparte.
Y él les dice: ¿Cuántos panes tenéis? Id, y vedlo. Y sabiéndolo, dijeron: Cinco, y dos peces.
Y se recostaron por partidas, de ciento en ciento, y de cincuenta en cincuenta.
Y comieron todos, y se hartaron.
Y alzaron de los pedazos doce cofines llenos, y de los peces.
Y los que comieron eran cinco mil hombres.
Y después que los hubo despedido, se fué al monte á orar.
Y como fué la tarde, el barco estaba en medio de la mar, y él solo en tierra.
Y subió á ellos en el barco, y calmó el viento: y ellos en gran manera estaban fuera de sí, y se maravillaban:
Porque aun no habían considerado lo de los panes, por cuanto estaban ofuscados sus corazones.
Los cuales, viendo á algunos de sus discípulos comer pan con manos comunes, es á saber, no lavadas, loscondenaban.
Y en vano me honran, enseñando como doctrinas mandamientos de hombres.
Y llamando á toda la multitud, les dijo: Oidme todos, y entended:
Si alguno tiene oídos para oir, oiga.
Y apartado de la multitud, habiendo entrado en casa, le preguntaron sus discípulos sobre la parábola.
Todas estas maldades de dentro salen, y contaminan al hombre.
Porque una mujer, cuya hija tenía un espíritu inmundo, luego que oyó de él, vino y se echó á sus pies.
Y la mujer era Griega, Sirofenisa de nación; y le rogaba que echase fuera de su hija al demonio.
Y respondió ella, y le dijo: Sí, Señor; pero aun los perrillos debajo de la mesa, comen de las migajas de los hijos.
Y le traen un sordo y tartamudo, y le ruegan que le ponga la mano encima.
Y mirando al cielo, gimió, y le dijo: Ephphatha: que es decir: Sé abierto.
Tengo compasión de la multitud, porque ya hace tres días que están conmigo, y no tienen qué comer:
Y les preguntó: ¿Cuántos panes tenéis? Y ellos dijeron: Siete.
Tenían también unos pocos pececillos: y los bendijo, y mandó que también los pusiesen delante.
Y comieron, y se hartaron: y levantaron de los pedazos que habían sobrado, siete espuertas.
Y vinieron los Fariseos, y comenzaron á altercar con él, pidiéndole señal del cielo, tentándole.
Y se habían olvidado de tomar pan, y no tenían sino un pan consigo en el barco.
¿Teniendo ojos no veis, y teniendo oídos no oís? ¿y no os acordáis?
Y vino á Bethsaida; y le traen un ciego, y le ruegan que le tocase.
Y envióle á su casa, diciendo: No entres en la aldea, ni lo digas á nadie en la aldea.
Y ellos respondieron: Juan Bautista; y otros, Elías; y otros, Alguno de los profetas.
Y claramente decía esta palabra. Entonces Pedro le tomó, y le comenzó á reprender.
¿O qué recompensa dará el hombre por su alma?
Y les apareció Elías con Moisés, que hablaban con Jesús.
Y vino una nube que les hizo sombra, y una voz de la nube, que decía: Este es mi Hijo amado: á él oid.
Y luego, como miraron, no vieron más á nadie consigo, sino á Jesús solo.
Y retuvieron la palabra en sí, altercando qué sería aquéllo: Resucitar de los muertos.
Mas Jesús tomándole de la mano, enderezóle; y se levantó.
Y les dijo: Este género con nada puede salir, sino con oración y ayuno.
Y llegó á Capernaum; y así que estuvo en casa, les preguntó: ¿Qué disputabais entre vosotros en el camino?
Mas ellos callaron; porque los unos con los otros habían disputado en el camino quién había de ser el mayor.
Donde el gusano de ellos no muere, y el fuego nunca se apaga.
Porque todos serán salados con fuego, y todo sacrificio será salado con sal.
Y llegándose los Fariseos, le preguntaron, para tentarle, si era lícito al marido repudiar á su mujer.
Mas él respondiendo, les dijo: ¿Qué os mandó Moisés?
Y los que eran dos, serán hechos una carne: así que no son más dos, sino una carne.
Pues lo que Dios juntó, no lo aparte el hombre.
Y les dice: Cualquiera que repudiare á su mujer, y se casare con otra, comete adulterio contra ella:
De cierto os digo, que el que no recibiere el reino de Dios como un niño, no entrará en él.
Y tomándolos en los brazos, poniendo las manos sobre ellos, los bendecía.
El entonces respondiendo, le dijo: Maestro, todo esto he guardado desde mi mocedad.
Más fácil es pasar un camello por el ojo de una aguja, que el rico entrar en el reino de Dios.
Entonces Pedro comenzó á decirle: He aquí, nosotros hemos dejado todas las cosas, y te hemos seguido.
Empero muchos primeros serán postreros, y postreros primeros.
Y le escarnecerán, y le azotarán, y escupirán en él, y le matarán; mas al tercer día resucitará.
Y él les dijo: ¿Qué queréis que os haga?
Mas que os sentéis á mi diestra y á mi siniestra, no es mío darlo, sino á quienes está aparejado.
Y como lo oyeron los diez, comenzaron á enojarse de Jacobo y de Juan.
Porque el Hijo del hombre tampoco vino para ser servido, mas para servir, y dar su vida en rescate por muchos.
Y oyendo que era Jesús el Nazareno, comenzó á dar voces y decir: Jesús, Hijo de David, ten misericordia de mí.
Entonces Jesús parándose, mandó llamarle: y llaman al ciego, diciéndole: Ten confianza: levántate, te llama.
Y respondiendo Jesús, le dice: ¿Qué quieres que te haga? Y el ciego le dice: Maestro, que cobre la vista.
Y si alguien os dijere: ¿Por qué hacéis eso? decid que el Señor lo ha menester: y luego lo enviará acá.
Y fueron, y hallaron el pollino atado á la puerta fuera, entre dos caminos; y le desataron.
Y unos de los que estaban allí, les dijeron: ¿Qué hacéis desatando el pollino?
Ellos entonces les dijeron como Jesús había mandado: y los dejaron.
Y trajeron el pollino á Jesús, y echaron sobre él sus vestidos, y se sentó sobre él.
Bendito el reino de nuestro padre David que viene: ¡Hosanna en las alturas!
Y el día siguiente, como salieron de Bethania, tuvo hambre.
Y no consentía que alguien llevase vaso por el templo.
Entonces Pedro acordándose, le dice: Maestro, he aquí la higuera que maldijiste, se ha secado.
Porque si vosotros no perdonareis, tampoco vuestro Padre que está en los cielos os perdonará vuestras ofensas.
El bautismo de Juan, ¿era del cielo, ó de los hombres? Respondedme.
Y si dijéremos, de los hombres, tememos al pueblo: porque todos juzgaban de Juan, que verdaderamente era profeta.
Y volvió á enviar otro, y á aquél mataron; y á otros muchos, hiriendo á unos y matando á otros.
Teniendo pues aún un hijo suyo amado, enviólo también á ellos el postrero, diciendo: Tendrán en reverencia á mi hijo.
Mas aquellos labradores dijeron entre sí: Este es el heredero; venid, matémosle, y la heredad será nuestra.
¿Ni aun esta Escritura habéis leído: La piedra que desecharon los que edificaban, ésta es puesta por cabeza de esquina;
Y envían á él algunos de los Fariseos y de los Herodianos, para que le sorprendiesen en alguna palabra.
Y la tomó el segundo, y murió, y ni aquél tampoco dejó simiente; y el tercero, de la misma manera.
Y la tomaron los siete, y tampoco dejaron simiente: á la postre murió también la mujer.
No es Dios de muertos, mas Dios de vivos; así que vosotros mucho erráis.
Y Jesús le respondió: El primer mandamiento de todos es: Oye, Israel, el Señor nuestro Dios, el Señor uno es.
Y el segundo es semejante á él: Amarás á tu prójimo como á ti mismo. No hay otro mandamiento mayor que éstos.
Y respondiendo Jesús decía, enseñando en el templo: ¿Cómo dicen los escribas que el Cristo es hijo de David?
Que devoran las casas de las viudas, y por pretexto hacen largas oraciones. Estos recibirán mayor juicio.
Y como vino una viuda pobre, echó dos blancas, que son un maravedí.
Porque todos han echado de lo que les sobra; mas ésta, de su pobreza echó todo lo que tenía, todo su alimento.
Dinos, ¿cuándo serán estas cosas? ¿y qué señal habrá cuando todas estas cosas han de cumplirse?
Y Jesús respondiéndoles, comenzó á decir: Mirad, que nadie os engañe;
Y á todas las gentes conviene que el evangelio sea predicado antes.
Y el que esté sobre el terrado, no descienda á la casa, ni entre para tomar algo de su casa;
Y entonces si alguno os dijere: He aquí, aquí está el Cristo; ó, He aquí, allí está, no le creáis.
Mas vosotros mirad; os lo he dicho antes todo.
Y las estrellas caerán del cielo, y las virtudes que están en los cielos serán conmovidas;
Y entonces verán al Hijo del hombre, que vendrá en las nubes con mucha potestad y gloria.
De cierto os digo que no pasará esta generación, que todas estas cosas no sean hechas.
Mirad, velad y orad: porque no sabéis cuándo será el tiempo.
Y las cosas que á vosotros digo, á todos las digo: Velad.
Y decían: No en el día de la fiesta, porque no se haga alboroto del pueblo.
Y hubo algunos que se enojaron dentro de sí, y dijeron: ¿Para qué se ha hecho este desperdicio de ungüento?
Porque podía esto ser vendido por más de trescientos denarios, y darse á los pobres. Y murmuraban contra ella.
Mas Jesús dijo: Dejadla; ¿por qué la fatigáis? buena obra me ha hecho;
Esta ha hecho lo que podía; porque se ha anticipado á ungir mi cuerpo para la sepultura.
Y ellos oyéndolo se holgaron, y prometieron que le darían dineros. Y buscaba oportunidad cómo le entregaría.
Y llegada la tarde, fué con los doce.
Y él respondiendo les dijo: Es uno de los doce que moja conmigo en el plato.
Y como hubieron cantado el himno, se salieron al monte de las Olivas.
Entonces Pedro le dijo: Aunque todos sean escandalizados, mas no yo.
Mas él con mayor porfía decía: Si me fuere menester morir contigo, no te negaré. También todos decían lo mismo.
Y vienen al lugar que se llama Gethsemaní, y dice á sus discípulos: Sentaos aquí, entre tanto que yo oro.
Y les dice: Está muy triste mi alma, hasta la muerte: esperad aquí y velad.
Y vino y los halló durmiendo; y dice á Pedro: ¿Simón, duermes? ¿No has podido velar una hora?
Velad y orad, para que no entréis en tentación: el espíritu á la verdad es presto, mas la carne enferma.
Y volviéndose á ir, oró, y dijo las mismas palabras.
Y vuelto, los halló otra vez durmiendo, porque los ojos de ellos estaban cargados; y no sabían qué responderle.
Y como vino, se acercó luego á él, y le dice: Maestro, Maestro. Y le besó.
Entonces ellos echaron en él sus manos, y le prendieron.
Y uno de los que estaban allí, sacando la espada, hirió al siervo del sumo sacerdote, y le cortó la oreja.
Y respondiendo Jesús, les dijo: ¿Como á ladrón habéis salido con espadas y con palos á tomarme?
Mas él, dejando la sábana, se huyó de ellos desnudo.
Porque muchos decían falso testimonio contra él; mas sus testimonios no concertaban.
Oído habéis la blasfemia: ¿qué os parece? Y ellos todos le condenaron ser culpado de muerte.
Y él comenzó á maldecir y á jurar: No conozco á este hombre de quien habláis.
Y Pilato le preguntó: ¿Eres tú el Rey de los Judíos? Y respondiendo él, le dijo: Tú lo dices.
Y los príncipes de los sacerdotes le acusaban mucho.
Y le preguntó otra vez Pilato, diciendo: ¿No respondes algo? Mira de cuántas cosas te acusan.
Mas Jesús ni aun con eso respondió; de modo que Pilato se maravillaba.
Empero en el día de la fiesta les soltaba un preso, cualquiera que pidiesen.
Y había uno, que se llamaba Barrabás, preso con sus compañeros de motín que habían hecho muerte en una revuelta.
Y Pilato les respondió, diciendo: ¿Queréis que os suelte al Rey de los Judíos?
Y ellos volvieron á dar voces: Crucifícale.
Comenzaron luego á saludarle: ¡Salve, Rey de los Judíos!
Y le herían en la cabeza con una caña, y escupían en él, y le adoraban hincadas las rodillas.
Y le llevan al lugar de Gólgotha, que declarado quiere decir: Lugar de la Calavera.
Y le dieron á beber vino mezclado con mirra; mas él no lo tomó.
Y cuando le hubieron crucificado, repartieron sus vestidos, echando suertes sobre ellos, qué llevaría cada uno.
Y era la hora de las tres cuando le crucificaron.
Y el título escrito de su causa era: EL REY DE LOS JUDIOS.
Y se cumplió la Escritura, que dice: Y con los inicuos fué contado.
Sálvate á ti mismo, y desciende de la cruz.
Y cuando vino la hora de sexta, fueron hechas tinieblas sobre toda la tierra hasta la hora de nona.
Y oyéndole unos de los que estaban allí, decían: He aquí, llama á Elías.
Mas Jesús, dando una grande voz, espiró.
Y enterado del centurión, dió el cuerpo á José:
Mas id, decid á sus discípulos y á Pedro, que él va antes que vosotros á Galilea: allí le veréis, como os dijo.
Y ellos como oyeron que vivía, y que había sido visto de ella, no lo creyeron.
Mas después apareció en otra forma á dos de ellos que iban caminando, yendo al campo.
Y ellos fueron, y lo hicieron saber á los otros; y ni aun á ellos creyeron.
Y les dijo: Id por todo el mundo; predicad el evangelio á toda criatura.
Y el Señor, después que les habló, fué recibido arriba en el cielo, y sentóse á la diestra de Dios.
Para que conozcas la verdad de las cosas en las cuales has sido enseñado.
Y eran ambos justos delante de Dios, andando sin reprensión en todos los mandamientos y estatutos del Señor.
Y toda la multitud del pueblo estaba fuera orando á la hora del incienso.
Y se le apareció el ángel del Señor puesto en pie á la derecha del altar del incienso.
Y se turbó Zacarías viéndole, y cayó temor sobre él.
Y fué, que cumplidos los días de su oficio, se vino á su casa.
Porque el Señor me ha hecho así en los días en que miró para quitar mi afrenta entre los hombres.
A una virgen desposada con un varón que se llamaba José, de la casa de David: y el nombre de la virgen era María.
Mas ella, cuando le vió, se turbó de sus palabras, y pensaba qué salutación fuese ésta.
Entonces el ángel le dijo: María, no temas, porque has hallado gracia cerca de Dios.
Y reinará en la casa de Jacob por siempre; y de su reino no habrá fin.
Entonces María dijo al ángel: ¿Cómo será esto? porque no conozco varón.
Porque ninguna cosa es imposible para Dios.
Y entró en casa de Zacarías, y saludó á Elisabet.
¿Y de dónde esto á mí, que la madre de mi Señor venga á mí?
Porque he aquí, como llegó la voz de tu salutación á mis oídos, la criatura saltó de alegría en mi vientre.
Y bienaventurada la que creyó, porque se cumplirán las cosas que le fueron dichas de parte del Señor.
Porque ha mirado á la bajeza de su criada; porque he aquí, desde ahora me dirán bienaventurada todas las generaciones.
Porque me ha hecho grandes cosas el Poderoso; y santo es su nombre.
Y su misericordia de generación á generación á los que le temen.
Quitó los poderosos de los tronos, y levantó á los humildes.
A los hambrientos hinchió de bienes; y á los ricos envió vacíos.
Y se quedó María con ella como tres meses: después se volvió á su casa.
Y á Elisabet se le cumplió el tiempo de parir, y parió un hijo.
Y hablaron por señas á su padre, cómo le quería llamar.
En santidad y en justicia delante de él, todos los días nuestros.
Para dar luz á los que habitan en tinieblas y en sombra de muerte; para encaminar nuestros pies por camino de paz.
Este empadronamiento primero fué hecho siendo Cirenio gobernador de la Siria.
E iban todos para ser empadronados, cada uno á su ciudad.
Para ser empadronado con María su mujer, desposada con él, la cual estaba en cinta.
Y había pastores en la misma tierra, que velaban y guardaban las vigilias de la noche sobre su ganado.
Y esto os será por señal: hallaréis al niño envuelto en pañales, echado en un pesebre.
Y viéndolo, hicieron notorio lo que les había sido dicho del niño.
Y todos los que oyeron, se maravillaron de lo que los pastores les decían.
Mas María guardaba todas estas cosas, confiriéndolas en su corazón.
Y había recibido respuesta del Espíritu Santo, que no vería la muerte antes que viese al Cristo del Señor.
Ahora despides, Señor, á tu siervo, conforme á tu palabra, en paz;
La cual has aparejado en presencia de todos los pueblos;
Y una espada traspasará tu alma de ti misma, para que sean manifestados los pensamientos de muchos corazones.
Y el niño crecía, y fortalecíase, y se henchía de sabiduría; y la gracia de Dios era sobre él.
Y cuando fué de doce años, subieron ellos á Jerusalem conforme á la costumbre del día de la fiesta.
Mas como no le hallasen, volvieron á Jerusalem buscándole.
Y todos los que le oían, se pasmaban de su entendimiento y de sus respuestas.
Y Jesús crecía en sabiduría, y en edad, y en gracia para con Dios y los hombres.
Y verá toda carne la salvación de Dios.
Y las gentes le preguntaban, diciendo: ¿Pues qué haremos?
Y respondiendo, les dijo: El que tiene dos túnicas, dé al que no tiene; y el que tiene qué comer, haga lo mismo.
Y él les dijo: No exijáis más de lo que os está ordenado.
Añadió también esto sobre todo, que encerró á Juan en la cárcel.
Entonces el diablo le dijo: Si eres Hijo de Dios, di á esta piedra que se haga pan.
Y Jesús respondiéndole, dijo: Escrito está: Que no con pan solo vivirá el hombre, mas con toda palabra de Dios.
Porque escrito está: Que á sus ángeles mandará de ti, que te guarden;
Y en las manos te llevarán, porque no dañes tu pie en piedra.
Y respondiendo Jesús, le dijo: Dicho está: No tentarás al Señor tu Dios.
Y acabada toda tentación, el diablo se fué de él por un tiempo.
Y Jesús volvió en virtud del Espíritu á Galilea, y salió la fama de él por toda la tierra de alrededor.
Para predicar el año agradable del Señor.
Y rollando el libro, lo dió al ministro, y sentóse: y los ojos de todos en la sinagoga estaban fijos en él.
Y comenzó á decirles: Hoy se ha cumplido esta Escritura en vuestros oídos.
Pero á ninguna de ellas fué enviado Elías, sino á Sarepta de Sidón, á una mujer viuda.
Mas él, pasando por medio de ellos, se fué.
Y se maravillaban de su doctrina, porque su palabra era con potestad.
Y la fama de él se divulgaba de todas partes por todos los lugares de la comarca.
E inclinándose hacia ella, riñó á la fiebre; y la fiebre la dejó; y ella levantándose luego, les servía.
Y predicaba en las sinagogas de Galilea.
Y habiéndolo hecho, encerraron gran multitud de pescado, que su red se rompía.
Lo cual viendo Simón Pedro, se derribó de rodillas á Jesús, diciendo: Apártate de mí, Señor, porque soy hombre pecador.
Porque temor le había rodeado, y á todos los que estaban con él, de la presa de los peces que habían tomado;
Entonces, extendiendo la mano, le tocó diciendo: Quiero: sé limpio. Y luego la lepra se fué de él.
Mas él se apartaba á los desiertos, y oraba.
Jesús entonces, conociendo los pensamientos de ellos, respondiendo les dijo: ¿Qué pensáis en vuestros corazones?
Y respondiendo Jesús, les dijo: Los que están sanos no necesitan médico, sino los que están enfermos.
No he venido á llamar justos, sino pecadores á arrepentimiento.
Y él les dijo: ¿Podéis hacer que los que están de bodas ayunen, entre tanto que el esposo está con ellos?
Empero vendrán días cuando el esposo les será quitado: entonces ayunarán en aquellos días.
Mas el vino nuevo en cueros nuevos se ha de echar; y lo uno y lo otro se conserva.
Y ninguno que bebiere del añejo, quiere luego el nuevo; porque dice: El añejo es mejor.
Y algunos de los Fariseos les dijeron: ¿Por qué hacéis lo que no es lícito hacer en los sábados?
Y les decía: El Hijo del hombre es Señor aun del sábado.
Y ellos se llenaron de rabia; y hablaban los unos á los otros qué harían á Jesús.
Y como fué de día, llamó á sus discípulos, y escogió doce de ellos, á los cuales también llamó apóstoles:
Y los que habían sido atormentados de espíritus inmundos: y estaban curados.
Y toda la gente procuraba tocarle; porque salía de él virtud, y sanaba á todos.
¡Ay de vosotros, cuando todos los hombres dijeren bien de vosotros! porque así hacían sus padres á los falsos profetas.
Y á cualquiera que te pidiere, da; y al que tomare lo que es tuyo, no vuelvas á pedir.
Porque si amáis á los que os aman, ¿qué gracias tendréis? porque también los pecadores aman á los que los aman.
Sed pues misericordiosos, como también vuestro Padre es misericordioso.
No juzguéis, y no seréis juzgados: no condenéis, y no seréis condenados: perdonad, y seréis perdonados.
Y les decía una parábola: ¿Puede el ciego guiar al ciego? ¿No caerán ambos en el hoyo?
El discípulo no es sobre su maestro; mas cualquiera que fuere como el maestro, será perfecto.
¿Por qué miras la paja que está en el ojo de tu hermano, y la viga que está en tu propio ojo no consideras?
Porque no es buen árbol el que da malos frutos; ni árbol malo el que da buen fruto.
¿Por qué me llamáis, Señor, Señor, y no hacéis lo que digo?
Todo aquel que viene á mí, y oye mis palabras, y las hace, os enseñaré á quién es semejante:
Y el siervo de un centurión, al cual tenía él en estima, estaba enfermo y á punto de morir.
Por lo cual ni aun me tuve por digno de venir á ti; mas di la palabra, y mi siervo será sano.
Y vueltos á casa los que habían sido enviados, hallaron sano al siervo que había estado enfermo.
Y aconteció después, que él iba á la ciudad que se llama Naín, é iban con él muchos de sus discípulos, y gran compañía.
Y acercándose, tocó el féretro: y los que lo llevaban, pararon. Y dice: Mancebo, á ti digo, levántate.
Entonces se incorporó el que había muerto, y comenzó á hablar. Y dióle á su madre.
Y en la misma hora sanó á muchos de enfermedades y plagas, y de espíritus malos; y á muchos ciegos dió la vista.
Y bienaventurado es el que no fuere escandalizado en mí.
Mas ¿qué salisteis á ver? ¿un profeta? También os digo, y aun más que profeta.
Este es de quien está escrito: He aquí, envío mi mensajero delante de tu faz, el cual aparejará tu camino delante de ti.
Mas los Fariseos y los sabios de la ley, desecharon el consejo de Dios contra sí mismos, no siendo bautizados de él.
Y dice el Señor: ¿A quién, pues, compararé los hombres de esta generación, y á qué son semejantes?
Porque vino Juan el Bautista, que ni comía pan, ni bebía vino, y decís: Demonio tiene.
Mas la sabiduría es justificada de todos sus hijos.
Entonces respondiendo Jesús, le dijo: Simón, una cosa tengo que decirte. Y él dice: Di, Maestro.
Y no teniendo ellos de qué pagar, perdonó á ambos. Di, pues, ¿cuál de éstos le amará más?
Y respondiendo Simón, dijo: Pienso que aquél al cual perdonó más. Y él le dijo: Rectamente has juzgado.
No ungiste mi cabeza con óleo; mas ésta ha ungido con ungüento mis pies.
Y á ella dijo: Los pecados te son perdonados.
Y Juana, mujer de Chuza, procurador de Herodes, y Susana, y otras muchas que le servían de sus haciendas.
Y como se juntó una grande compañía, y los que estaban en cada ciudad vinieron á él, dijo por una parábola:
Y otra parte cayó entre las espinas; y naciendo las espinas juntamente, la ahogaron.
Y sus discípulos le preguntaron, diciendo, qué era esta parábola.
Es pues ésta la parábola: La simiente es la palabra de Dios.
Y vinieron á él su madre y hermanos; y no podían llegar á él por causa de la multitud.
El entonces respondiendo, les dijo: Mi madre y mis hermanos son los que oyen la palabra de Dios, y la ejecutan.
Y navegaron á la tierra de los Gadarenos, que está delante de Galilea.
Y le preguntó Jesús, diciendo: ¿Qué nombre tienes? Y él dijo: Legión. Porque muchos demonios habían entrado en él.
Y los pastores, como vieron lo que había acontecido, huyeron, y yendo dieron aviso en la ciudad y por las heredades.
Y les contaron los que lo habían visto, cómo había sido salvado aquel endemoniado.
Y él le dijo: Hija, tu fe te ha salvado: ve en paz.
Y oyéndolo Jesús, le respondió: No temas: cree solamente, y será salva.
Y lloraban todos, y la plañían. Y él dijo: No lloréis; no es muerta, sino que duerme.
Y sus padres estaban atónitos; á los cuales él mandó, que á nadie dijesen lo que había sido hecho.
Y juntando á sus doce discípulos, les dió virtud y potestad sobre todos los demonios, y que sanasen enfermedades.
Y en cualquiera casa en que entrareis, quedad allí, y de allí salid.
Y saliendo, rodeaban por todas las aldeas, anunciando el evangelio, y sanando por todas partes.
Y otros: Elías ha aparecido; y otros: Algún profeta de los antiguos ha resucitado.
Y dijo Herodes: A Juan yo degollé: ¿quién pues será éste, de quien yo oigo tales cosas? Y procuraba verle.
Y eran como cinco mil hombres. Entonces dijo á sus discípulos: Hacedlos sentar en ranchos, de cincuenta en cincuenta.
Porque ¿qué aprovecha al hombre, si granjeare todo el mundo, y se pierda él á sí mismo, ó corra peligro de sí?
Y estando él hablando esto, vino una nube que los cubrió; y tuvieron temor, entrando ellos en la nube.
Y vino una voz de la nube, que decía: Este es mi Hijo amado; á él oid.
Y envió mensajeros delante de sí, los cuales fueron y entraron en una ciudad de los Samaritanos, para prevenirle.
Mas no le recibieron, porque era su traza de ir á Jerusalem.
Entonces volviéndose él, los reprendió, diciendo: Vosotros no sabéis de qué espíritu sois;
Entonces también dijo otro: Te seguiré, Señor; mas déjame que me despida primero de los que están en mi casa.
Andad, he aquí yo os envío como corderos en medio de lobos.
En cualquiera casa donde entrareis, primeramente decid: Paz sea á esta casa.
Y si hubiere allí algún hijo de paz, vuestra paz reposará sobre él; y si no, se volverá á vosotros.
Y en cualquier ciudad donde entrareis, y os recibieren, comed lo que os pusieren delante;
Y os digo que los de Sodoma tendrán más remisión aquel día, que aquella ciudad.
Por tanto, Tiro y Sidón tendrán más remisión que vosotras en el juicio.
Y les dijo: Yo veía á Satanás, como un rayo, que caía del cielo.
Y él le dijo: ¿Qué está escrito en la ley? ¿cómo lees?
Y díjole: Bien has respondido: haz esto, y vivirás.
Mas él, queriéndose justificar á sí mismo, dijo á Jesús: ¿Y quién es mi prójimo?
Y aconteció, que descendió un sacerdote por aquel camino, y viéndole, se pasó de un lado.
Y asimismo un Levita, llegando cerca de aquel lugar, y viéndole, se pasó de un lado.
¿Quién, pues, de estos tres te parece que fué el prójimo de aquél que cayó en manos de los ladrones?
Y él dijo: El que usó con él de misericordia. Entonces Jesús le dijo: Ve, y haz tú lo mismo.
Y ésta tenía una hermana que se llamaba María, la cual sentándose á los pies de Jesús, oía su palabra.
Empero una cosa es necesaria; y María escogió la buena parte, la cual no le será quitada.
El pan nuestro de cada día, dánoslohoy.
Porque un amigo mío ha venido á mí de camino, y no tengo qué ponerle delante;
Porque todo aquel que pide, recibe; y el que busca, halla; y al que llama, se abre.
O, si le pidiere un huevo, ¿le dará un escorpión?
Y otros, tentando, pedían de él señal del cielo.
El que no es conmigo, contra mí es; y el que conmigo no recoge, desparrama.
Y él dijo: Antes bienaventurados los que oyen la palabra de Dios, y la guardan.
Porque como Jonás fué señal á los Ninivitas, así también será el Hijo del hombre á esta generación.
Y luego que hubo hablado, rogóle un Fariseo que comiese con él: y entrado Jesús, se sentó á la mesa.
Y el Fariseo, como lo vió, maravillóse de que no se lavó antes de comer.
Empero de lo que os resta, dad limosna; y he aquí todo os será limpio.
¡Ay de vosotros, Fariseos! que amáis las primeras sillas en las sinagogas, y las salutaciones en las plazas.
Y respondiendo uno de los doctores de la ley, le dice: Maestro, cuando dices esto, también nos afrentas á nosotros.
¡Ay de vosotros! que edificáis los sepulcros de los profetas, y los mataron vuestros padres.
Acechándole, y procurando cazar algo de su boca para acusarle.
Mas os digo, amigos míos: No temáis de los que matan el cuerpo, y después no tienen más que hacer.
¿No se venden cinco pajarillos por dos blancas? pues ni uno de ellos está olvidado delante de Dios.
Mas el que me negare delante de los hombres, será negado delante de los ángeles de Dios.
Porque el Espíritu Santo os enseñará en la misma hora lo que será necesario decir.
Mas él le dijo: Hombre, ¿quién me puso por juez ó partidor sobre vosotros?
Y refirióles una parábola, diciendo: La heredad de un hombre rico había llevado mucho;
Y él pensaba dentro de sí, diciendo: ¿Qué haré, porque no tengo donde juntar mis frutos?
Y diré á mi alma: Alma, muchos bienes tienes almacenados para muchos años; repósate, come, bebe, huélgate.
¿Y quién de vosotros podrá con afán añadir á su estatura un codo?
Pues si no podéis aun lo que es menos, ¿para qué estaréis afanosos de lo demás?
Vosotros, pues, no procuréis qué hayáis de comer, ó qué hayáis de beber; ni estéis en ansiosa perplejidad.
Mas procurad el reino de Dios, y todas estas cosas os serán añadidas.
Vosotros pues también, estad apercibidos; porque á la hora que no pensáis, el Hijo del hombre vendrá.
Entonces Pedro le dijo: Señor, ¿dices esta parábola á nosotros, ó también á todos?
Bienaventurado aquel siervo, al cual, cuando el señor viniere, hallare haciendo así.
En verdad os digo, que él le pondrá sobre todos sus bienes.
Fuego vine á meter en la tierra: ¿y qué quiero, si ya está encendido?
Empero de bautismo me es necesario ser bautizado: y ¡cómo me angustio hasta que sea cumplido!
Porque estarán de aquí adelante cinco en una casa divididos; tres contra dos, y dos contra tres.
Y cuando sopla el austro, decís: Habrá calor; y lo hay.
¿Y por qué aun de vosotros mismos no juzgáis lo que es justo?
Te digo que no saldrás de allá, hasta que hayas pagado hasta el último maravedí.
No, os digo; antes si no os arrepintiereis, todos pereceréis igualmente.
Y puso las manos sobre ella; y luego se enderezó, y glorificaba á Dios.
Y otra vez dijo: ¿A qué compararé el reino de Dios?
Y pasaba por todas las ciudades y aldeas, enseñando, y caminando á Jerusalem.
Entonces comenzaréis á decir: Delante de ti hemos comido y bebido, y en nuestras plazas enseñaste;
Y he aquí, son postreros los que eran los primeros; y son primeros los que eran los postreros.
Aquel mismo día llegaron unos de los Fariseos, diciéndole: Sal, y vete de aquí, porque Herodes te quiere matar.
Y he aquí un hombre hidrópico estaba delante de él.
Y no le podían replicar á estas cosas.
Mas cuando haces banquete, llama á los pobres, los mancos, los cojos, los ciegos;
El entonces le dijo: Un hombre hizo una grande cena, y convidó á muchos.
Y á la hora de la cena envió á su siervo á decir á los convidados: Venid, que ya está todo aparejado.
Y dijo el siervo: Señor, hecho es como mandaste, y aun hay lugar.
Porque os digo que ninguno de aquellos hombres que fueron llamados, gustará mi cena.
De otra manera, cuando aun el otro está lejos, le ruega por la paz, enviándole embajada.
Así pues, cualquiera de vosotros que no renuncia á todas las cosas que posee, no puede ser mi discípulo.
Ni para la tierra, ni para el muladar es buena; fuera la arrojan. Quien tiene oídos para oir, oiga.
Y se llegaban á él todos los publicanos y pecadores á oirle.
Y murmuraban los Fariseos y los escribas, diciendo: Este á los pecadores recibe, y con ellos come.
Y cuando todo lo hubo malgastado, vino una grande hambre en aquella provincia, y comenzóle á faltar.
Me levantaré, é iré á mi padre, y le diré: Padre, he pecado contra el cielo, y contra ti;
Mas cuando vino éste tu hijo, que ha consumido tu hacienda con rameras, has matado para él el becerro grueso.
El entonces le dijo: Hijo, tú siempre estás conmigo, y todas mis cosas son tuyas.
Y llamando á cada uno de los deudores de su señor, dijo al primero: ¿Cuánto debes á mi señor?
Y él dijo: Cien barriles de aceite. Y le dijo: Toma tu obligación, y siéntate presto, y escribe cincuenta.
Y si en lo ajeno no fuisteis fieles, ¿quién os dará lo que es vuestro?
Y oían también todas estas cosas los Fariseos, los cuales eran avaros, y se burlaban de él.
Había un hombre rico, que se vestía de púrpura y de lino fino, y hacía cada día banquete con esplendidez.
Porque tengo cinco hermanos; para que les testifique, porque no vengan ellos también á este lugar de tormento.
Mirad por vosotros: si pecare contra ti tu hermano, repréndele; y si se arrepintiere, perdónale.
Y dijeron los apóstoles al Señor: Auméntanos la fe.
¿Da gracias al siervo porque hizo lo que le había sido mandado? Pienso que no.
Y aconteció que yendo él á Jerusalem, pasaba por medio de Samaria y de Galilea.
Y alzaron la voz, diciendo: Jesús, Maestro, ten misericordia de nosotros.
Y como él los vió, les dijo: Id, mostraos á los sacerdotes. Y aconteció, que yendo ellos, fueron limpios.
Entonces uno de ellos, como se vió que estaba limpio, volvió, glorificando á Dios á gran voz;
Y respondiendo Jesús, dijo: ¿No son diez los que fueron limpios? ¿Y los nueve dónde están?
¿No hubo quien volviese y diese gloria á Dios sino este extranjero?
Y díjole: Levántate, vete; tu fe te ha salvado.
Asimismo también como fué en los días de Lot; comían, bebían, compraban, vendían, plantaban, edificaban;
Como esto será el día en que el Hijo del hombre se manifestará.
Cualquiera que procurare salvar su vida, la perderá; y cualquiera que la perdiere, la salvará.
Os digo que en aquella noche estarán dos en una cama; el uno será tomado, y el otro será dejado.
Diciendo: Había un juez en una ciudad, el cual ni temía á Dios, ni respetaba á hombre.
Os digo que los defenderá presto. Empero cuando el Hijo del hombre viniere, ¿hallará fe en la tierra?
Dos hombres subieron al templo á orar: el uno Fariseo, el otro publicano.
Ayuno dos veces á la semana, doy diezmos de todo lo que poseo.
Y traían á él los niños para que los tocase; lo cual viendo los discípulos les reñían.
De cierto os digo, que cualquiera que no recibiere el reino de Dios como un niño, no entrará en él.
Y preguntóle un príncipe, diciendo: Maestro bueno, ¿qué haré para poseer la vida eterna?
Entonces él, oídas estas cosas, se puso muy triste, porque era muy rico.
Y él les dijo: Lo que es imposible para con los hombres, posible es para Dios.
Entonces Pedro dijo: He aquí, nosotros hemos dejado las posesiones nuestras, y te hemos seguido.
Porque será entregado á las gentes, y será escarnecido, é injuriado, y escupido.
Y aconteció que acercándose él á Jericó, un ciego estaba sentado junto al camino mendigando;
El cual como oyó la gente que pasaba, preguntó qué era aquello.
Y dijéronle que pasaba Jesús Nazareno.
Entonces dió voces, diciendo: Jesús, Hijo de David, ten misericordia de mí.
Y he aquí un varón llamado Zaqueo, el cual era el principal de los publicanos, y era rico;
Y procuraba ver á Jesús quién fuese; mas no podía á causa de la multitud, porque era pequeño de estatura.
Y Jesús le dijo: Hoy ha venido la salvación á esta casa; por cuanto él también es hijo de Abraham.
Porque el Hijo del hombre vino á buscar y á salvar lo que se había perdido.
Dijo pues: Un hombre noble partió á una provincia lejos, para tomar para sí un reino, y volver.
Mas llamados diez siervos suyos, les dió diez minas, y díjoles: Negociad entre tanto que vengo.
Y vino el primero, diciendo: Señor, tu mina ha ganado diez minas.
Y vino otro, diciendo: Señor, tu mina ha hecho cinco minas.
Y dijo á los que estaban presentes: Quitadle la mina, y dadla al que tiene las diez minas.
Y ellos le dijeron: Señor, tiene diez minas.
Y también á aquellos mis enemigos que no querían que yo reinase sobre ellos, traedlos acá, y degolladlos delante de mí.
Y fueron los que habían sido enviados, y hallaron como les dijo.
Y ellos dijeron: Porque el Señor lo ha menester.
Y trajéronlo á Jesús; y habiendo echado sus vestidos sobre el pollino, pusieron á Jesús encima.
Y yendo él tendían sus capas por el camino.
Diciendo: ¡Bendito el rey que viene en el nombre del Señor: paz en el cielo, y gloria en lo altísimo!
Entonces algunos de los Fariseos de la compañía, le dijeron: Maestro, reprende á tus discípulos.
Y él respondiendo, les dijo: Os digo que si éstos callaren, las piedras clamarán.
Y no hallaban qué hacerle, porque todo el pueblo estaba suspenso oyéndole.
Respondiendo entonces Jesús, les dijo: Os preguntaré yo también una palabra; respondedme:
Entonces Jesús les dijo: Ni yo os digo con qué potestad hago estas cosas.
Y volvió á enviar al tercer siervo; mas ellos también á éste echaron herido.
Cualquiera que cayere sobre aquella piedra, será quebrantado; mas sobre el que la piedra cayere, le desmenuzará.
¿Nos es lícito dar tributo á César, ó no?
Mas él, entendiendo la astucia de ellos, les dijo: ¿Por qué me tentáis?
Mostradme la moneda. ¿De quién tiene la imagen y la inscripción? Y respondiendo dijeron: De César.
Y no pudieron reprender sus palabras delante del pueblo: antes maravillados de su respuesta, callaron.
Fueron, pues, siete hermanos: y el primero tomó mujer, y murió sin hijos.
Y la tomó el tercero: asimismo también todos siete: y murieron sin dejar prole.
En la resurrección, pues, ¿mujer de cuál de ellos será? porque los siete la tuvieron por mujer.
Entonces respondiendo Jesús, les dijo: Los hijos de este siglo se casan, y son dados en casamiento:
Porque Dios no es Dios de muertos, mas de vivos: porque todos viven á él.
Y no osaron más preguntarle algo.
Y mirando, vió á los ricos que echaban sus ofrendas en el gazofilacio.
Porque yo os daré boca y sabiduría, á la cual no podrán resistir ni contradecir todos los que se os opondrán.
Y seréis aborrecidos de todos por causa de mi nombre.
Mas un pelo de vuestra cabeza no perecerá.
Porque estos son días de venganza: para que se cumplan todas las cosas que están escritas.
Y cuando estas cosas comenzaren á hacerse, mirad, y levantad vuestras cabezas, porque vuestra redención está cerca.
Y díjoles una parábola: Mirad la higuera y todos los árboles:
Cuando ya brotan, viéndolo, de vosotros mismos entendéis que el verano está ya cerca.
Así también vosotros, cuando viereis hacerse estas cosas, entended que está cerca el reino de Dios.
De cierto os digo, que no pasará esta generación hasta que todo sea hecho.
El cielo y la tierra pasarán; mas mis palabras no pasarán.
Y estaba cerca el día de la fiesta de los ázimos, que se llama la Pascua.
Y vino el día de los ázimos, en el cual era necesario matar la pascua.
Y envió á Pedro y á Juan, diciendo: Id, aparejadnos la pascua para que comamos.
Y ellos le dijeron: ¿Dónde quieres que aparejemos?
Entonces él os mostrará un gran cenáculo aderezado; aparejad allí.
Fueron pues, y hallaron como les había dicho; y aparejaron la pascua.
Porque os digo que no comeré más de ella, hasta que se cumpla en el reino de Dios.
Porque os digo, que no beberé más del fruto de la vid, hasta que el reino de Dios venga.
Con todo eso, he aquí la mano del que me entrega, conmigo en la mesa.
Y á la verdad el Hijo del hombre va, según lo que está determinado; empero ¡ay de aquel hombre por el cual es entregado!
Ellos entonces comenzaron á preguntar entre sí, cuál de ellos sería el que había de hacer esto.
Y hubo entre ellos una contienda, quién de ellos parecía ser el mayor.
Empero vosotros sois los que habéis permanecido conmigo en mis tentaciones:
Para que comáis y bebáis en mi mesa en mi reino, y os sentéis sobre tronos juzgando á las doce tribus de Israel.
Mas yo he rogado por ti que tu fe no falte: y tú, una vez vuelto, confirma á tus hermanos.
Y á ellos dijo: Cuando os envié sin bolsa, y sin alforja, y sin zapatos, ¿os faltó algo? Y ellos dijeron: Nada.
Entonces ellos dijeron: Señor, he aquí dos espadas. Y él les dijo: Basta.
Y saliendo, se fué, como solía, al monte de las Olivas; y sus discípulos también le siguieron.
Diciendo: Padre, si quieres, pasa este vaso de mí; empero no se haga mi voluntad, sino la tuya.
Y le apareció un ángel del cielo confortándole.
Y estando en agonía, oraba más intensamente: y fué su sudor como grandes gotas de sangre que caían hasta la tierra.
Y les dijo: ¿Por qué dormís? Levantaos, y orad que no entréis en tentación.
Entonces Jesús le dijo: Judas, ¿con beso entregas al Hijo del hombre?
Y viendo los que estaban con él lo que había de ser, le dijeron: Señor, ¿heriremos á cuchillo?
Y uno de ellos hirió á un siervo del príncipe de los sacerdotes, y le quitó la oreja derecha.
Y prendiéndole trajéronle, y metiéronle en casa del príncipe de los sacerdotes. Y Pedro le seguía de lejos.
Entonces él lo negó, diciendo: Mujer, no le conozco.
Y un poco después, viéndole otro, dijo: Y tú de ellos eras. Y Pedro dijo: Hombre, no soy.
Y los hombres que tenían á Jesús, se burlaban de él hiriéndole;
Y cubriéndole, herían su rostro, y preguntábanle, diciendo: Profetiza quién es el que te hirió.
Mas después de ahora el Hijo del hombre se asentará á la diestra de la potencia de Dios.
Y dijeron todos: ¿Luego tú eres Hijo de Dios? Y él les dijo: Vosotros decís que yo soy.
Entonces ellos dijeron: ¿Qué más testimonio deseamos? porque nosotros lo hemos oído de su boca.
Levantándose entonces toda la multitud de ellos, lleváronle á Pilato.
Y Pilato dijo á los príncipes de los sacerdotes, y á las gentes: Ninguna culpa hallo en este hombre.
Y le preguntaba con muchas palabras; mas él nada le respondió:
Mas Herodes con su corte le menospreció, y escarneció, vistiéndole de una ropa rica; y volvióle á enviar á Pilato.
Y fueron hechos amigos entre sí Pilato y Herodes en el mismo día; porque antes eran enemigos entre sí.
Y ni aun Herodes; porque os remití á él, y he aquí, ninguna cosa digna de muerte ha hecho.
Y tenía necesidad de soltarles uno en cada fiesta.
Entonces Pilato juzgó que se hiciese lo que ellos pedían;
Entonces comenzarán á decir á los montes: Caed sobre nosotros: y á los collados: Cubridnos.
Y diciendo: Si tú eres el Rey de los Judíos, sálvate á ti mismo.
Y respondiendo el otro, reprendióle, diciendo: ¿Ni aun tú temes á Dios, estando en la misma condenación?
Entonces Jesús le dijo: De cierto te digo, que hoy estarás conmigo en el paraíso.
Y cuando era como la hora de sexta, fueron hechas tinieblas sobre toda la tierra hasta la hora de nona.
Y el sol se obscureció: y el velo del templo se rompió por medio.
Y como el centurión vió lo que había acontecido, dió gloria á Dios, diciendo: Verdaderamente este hombre era justo.
Mas todos sus conocidos, y las mujeres que le habían seguido desde Galilea, estaban lejos mirando estas cosas.
Y era día de la víspera de la Pascua; y estaba para rayar el sábado.
Y las mujeres que con él habían venido de Galilea, siguieron también y vieron el sepulcro, y cómo fué puesto su cuerpo.
Y hallaron la piedra revuelta del sepulcro.
Y entrando, no hallaron el cuerpo del Señor Jesús.
Y volviendo del sepulcro, dieron nuevas de todas estas cosas á los once, y á todos los demás.
E iban hablando entre sí de todas aquellas cosas que habían acaecido.
Mas los ojos de ellos estaban embargados, para que no le conociesen.
Y díjoles: ¿Qué pláticas son estas que tratáis entre vosotros andando, y estáis tristes?
Y cómo le entregaron los príncipes de los sacerdotes y nuestros príncipes á condenación de muerte, y le crucificaron.
Y fueron algunos de los nuestros al sepulcro, y hallaron así como las mujeres habían dicho; mas á él no le vieron.
Entonces él les dijo: ¡Oh insensatos, y tardos de corazón para creer todo lo que los profetas han dicho!
Y aconteció, que estando sentado con ellos á la mesa, tomando el pan, bendijo, y partió, y dióles.
Entonces fueron abiertos los ojos de ellos, y le conocieron; mas él se desapareció de los ojos de ellos.
Y vosotros sois testigos de estas cosas.
Y sacólos fuera hasta Bethania, y alzando sus manos, los bendijo.
Y aconteció que bendiciéndolos, se fué de ellos; y era llevado arriba al cielo.
Todas las cosas por él fueron hechas; y sin él nada de lo que es hecho, fué hecho.
En él estaba la vida, y la vida era la luz de los hombres.
Y la luz en las tinieblas resplandece; mas las tinieblas no la comprendieron.
Fué un hombre enviado de Dios, el cual se llamaba Juan.
Este vino por testimonio, para que diese testimonio de la luz, para que todos creyesen por él.
No era él la luz, sino para que diese testimonio de la luz.
Aquélera la luz verdadera, que alumbra á todo hombre que viene á este mundo.
En el mundo estaba, y el mundo fué hecho por él; y el mundo no le conoció.
A lo suyo vino, y los suyos no le recibieron.
Mas á todos los que le recibieron, dióles potestad de ser hechos hijos de Dios, á los que creen en su nombre:
Porque la ley por Moisés fué dada: mas la gracia y la verdad por Jesucristo fué hecha.
A Dios nadie le vió jamás: el unigénito Hijo, que está en el seno del Padre, él le declaró.
Y confesó, y no negó; mas declaró: No soy yo el Cristo.
Y le preguntaron: ¿Qué pues? ¿Eres tú Elías? Dijo: No soy. ¿Eres tú el profeta? Y respondió: No.
Y los que habían sido enviados eran de los Fariseos.
Y Juan les respondió, diciendo: Yo bautizo con agua; mas en medio de vosotros ha estado á quien vosotros no conocéis.
Este es el que ha de venir tras mí, el cual es antes de mí: del cual yo no soy digno de desatar la correa del zapato.
Estas cosas acontecieron en Betábara, de la otra parte del Jordán, donde Juan bautizaba.
El siguiente día ve Juan á Jesús que venía á él, y dice: He aquí el Cordero de Dios, que quita el pecado del mundo.
Este es del que dije: Tras mí viene un varón, el cual es antes de mí: porque era primero que yo.
Y yo no le conocía; más para que fuese manifestado á Israel, por eso vine yo bautizando con agua.
Y yo le vi, y he dado testimonio que éste es el Hijo de Dios.
Y oyéronle los dos discípulos hablar, y siguieron á Jesús.
Y era Felipe de Bethsaida, la ciudad de Andrés y de Pedro.
Jesús vió venir á sí á Natanael, y dijo de él: He aquí un verdadero Israelita, en el cual no hay engaño.
Respondió Natanael, y díjole: Rabbí, tú eres el Hijo de Dios; tú eres el Rey de Israel.
Y fué también llamado Jesús y sus discípulos á las bodas.
Y faltando el vino, la madre de Jesús le dijo: Vino no tienen.
Su madre dice á los que servían: Haced todo lo que os dijere.
Díceles Jesús: Henchid estas tinajuelas de agua. E hinchiéronlas hasta arriba.
Y halló en el templo á los que vendían bueyes, y ovejas, y palomas, y á los cambiadores sentados.
Entonces se acordaron sus discípulos que está escrito: El celo de tu casa me comió.
Y los Judíos respondieron, y dijéronle: ¿Qué señal nos muestras de que haces esto?
Respondió Jesús, y díjoles: Destruid este templo, y en tres días lo levantaré.
Dijeron luego los Judíos: En cuarenta y seis años fué este templo edificado, ¿y tú en tres días lo levantarás?
Y no tenía necesidad que alguien le diese testimonio del hombre; porque él sabía lo que había en el hombre.
Y había un hombre de los Fariseos que se llamaba Nicodemo, príncipe de los Judíos.
Respondió Jesús, y díjole: De cierto, de cierto te digo, que el que no naciere otra vez, no puede ver el reino de Dios.
Lo que es nacido de la carne, carne es; y lo que es nacido del Espíritu, espíritu es.
Respondió Jesús, y díjole: ¿Tú eres el maestro de Israel, y no sabes esto?
Para que todo aquel que en él creyere, no se pierda, sino que tenga vida eterna.
Mas el que obra verdad, viene á la luz, para que sus obras sean manifestadas que son hechas en Dios.
Y bautizaba también Juan en Enón junto á Salim, porque había allí muchas aguas; y venían, y eran bautizados.
Y hubo cuestión entre los discípulos de Juan y los Judíos acerca de la purificación.
Respondió Juan, y dijo: No puede el hombre recibir algo, si no le fuere dado del cielo.
Vosotros mismos me sois testigos que dije: Yo no soy el Cristo, sino que soy enviado delante de él.
A él conviene crecer, mas á mí menguar.
Y lo que vió y oyó, esto testifica: y nadie recibe su testimonio.
El que recibe su testimonio, éste signó que Dios es verdadero.
Porque el que Dios envió, las palabras de Dios habla: porque no da Dios el Espíritu por medida.
El Padre ama al Hijo, y todas las cosas dió en su mano.
Y era menester que pasase por Samaria.
Vino, pues, á una ciudad de Samaria que se llamaba Sichâr, junto á la heredad que Jacob dió á José su hijo.
Vino una mujer de Samaria á sacar agua: yJesús le dice: Dame de beber.
La mujer le dice: Señor, dame esta agua, para que no tenga sed, ni venga acá á sacarla.
Respondió la mujer, y dijo: No tengo marido. Dícele Jesús: Bien has dicho, No tengo marido;
Porque cinco maridos has tenido: y el que ahora tienes no es tu marido; esto has dicho con verdad.
Dícele la mujer: Señor, paréceme que tú eres profeta.
Vosotros adoráis lo que no sabéis; nosotros adoramos lo que sabemos: porque la salud viene de los Judíos.
Dícele Jesús: Yo soy, que hablo contigo.
Venid, ved un hombre que me ha dicho todo lo que he hecho: ¿si quizás es éste el Cristo?
Entonces salieron de la ciudad, y vinieron á él.
Entre tanto los discípulos le rogaban, diciendo: Rabbí, come.
Entonces los discípulos decían el uno al otro: ¿Si le habrá traído alguien de comer?
Díceles Jesús: Mi comida es que haga la voluntad del que me envió, y que acabe su obra.
Yo os he enviado á segar lo que vosotros no labrasteis: otros labraron, y vosotros habéis entrado en sus labores.
Viniendo pues los Samaritanos á él, rogáronle que se quedase allí: y se quedó allí dos días.
Y creyeron muchos más por la palabra de él.
Y dos días después, salió de allí, y fuése á Galilea.
Entonces Jesús le dijo: Si no viereis señales y milagros no creeréis.
Dícele Jesús: Ve, tu hijo vive. Y el hombre creyó á la palabra que Jesús le dijo, y se fué.
Y cuando ya él descendía, los siervos le salieron á recibir, y le dieron nuevas, diciendo: Tu hijo vive.
Después de estas cosas, era un día de fiesta de los Judíos, y subió Jesús á Jerusalem.
En éstos yacía multitud de enfermos, ciegos, cojos, secos, que estaban esperando el movimiento del agua.
Y estaba allí un hombre que había treinta y ocho años que estaba enfermo.
Y luego aquel hombre fué sano, y tomó su lecho, é íbase. Y era sábado aquel día.
Entonces los Judíos decían á aquel que había sido sanado: Sábado es: no te es lícito llevar tu lecho.
Respondióles: El que me sanó, él mismo me dijo: Toma tu lecho y anda.
Preguntáronle entonces: ¿Quién es el que te dijo: Toma tu lecho y anda?
Y el que había sido sanado, no sabía quién fuese; porque Jesús se había apartado de la gente que estaba en aquel lugar.
Y por esta causa los Judíos perseguían á Jesús, y procuraban matarle, porque hacía estas cosas en sábado.
Porque como el Padre levanta los muertos, y les da vida, así también el Hijo á los que quiere da vida.
Porque como el Padre tiene vida en sí mismo, así dió también al Hijo que tuviese vida en sí mismo:
Vosotros enviasteis á Juan, y él dió testimonio á la verdad.
Empero yo no tomo el testimonio de hombre; mas digo esto, para que vosotros seáis salvos.
El era antorcha que ardía y alumbraba: y vosotros quisisteis recrearos por un poco á su luz.
Y no queréis venir á mí, para que tengáis vida.
Gloria de los hombres no recibo.
Mas yo os conozco, que no tenéis amor de Dios en vosotros.
¿Cómo podéis vosotros creer, pues tomáis la gloria los unos de los otros, y no buscáis la gloria que de sólo Dios viene?
Porque si vosotros creyeseis á Moisés, creeríais á mí; porque de mí escribió él.
Y si á sus escritos no creéis, ¿cómo creeréis á mis palabras?
Y seguíale grande multitud, porque veían sus señales que hacía en los enfermos.
Y subió Jesús á un monte, y se sentó allí con sus discípulos.
Un muchacho está aquí que tiene cinco panes de cebada y dos pececillos; ¿mas qué es esto entre tantos?
Y como se hizo tarde, descendieron sus discípulos á la mar;
Y levantábase la mar con un gran viento que soplaba.
Mas él les dijo: Yo soy; no tengáis miedo.
Ellos entonces gustaron recibirle en el barco: y luego el barco llegó á la tierra donde iban.
Y hallándole de la otra parte de la mar, dijéronle: Rabbí, ¿cuándo llegaste acá?
Y dijéronle: ¿Qué haremos para que obremos las obras de Dios?
Respondió Jesús, y díjoles: Esta es la obra de Dios, que creáis en el que él ha enviado.
Dijéronle entonces: ¿Qué señal pues haces tú, para que veamos, y te creamos? ¿Qué obras?
Nuestros padres comieron el maná en el desierto, como está escrito: Pan del cielo les dió á comer.
Todo lo que el Padre me da, vendrá á mí; y al que á mí viene, no le hecho fuera.
Murmuraban entonces de él los Judíos, porque había dicho: Yo soy el pan que descendí del cielo.
No que alguno haya visto al Padre, sino aquel que vino de Dios, éste ha visto al Padre.
De cierto, de cierto os digo: El que cree en mí, tiene vida eterna.
Yo soy el pan de vida.
Vuestros padres comieron el maná en el desierto, y son muertos.
El que come mi carne y bebe mi sangre, tiene vida eterna: y yo le resucitaré en el día postrero.
Como me envió el Padre viviente, y yo vivo por el Padre, asimismo el que me come, él también vivirá por mí.
Estas cosas dijo en la sinagoga, enseñando en Capernaum.
¿Pues qué, si viereis al Hijo del hombre que sube donde estaba primero?
Desde esto, muchos de sus discípulos volvieron atrás, y ya no andaban con él.
Dijo entonces Jesús á los doce: ¿Queréis vosotros iros también?
Y respondióle Simón Pedro: Señor, ¿á quién iremos? tú tienes palabras de vida eterna.
Jesús le respondió: ¿No he escogido yo á vosotros doce, y uno de vosotros es diablo?
Y pasadas estas cosas andaba Jesús en Galilea: que no quería andar en Judea, porque los Judíos procuraban matarle.
Y estaba cerca la fiesta de los Judíos, lade los tabernáculos.
Porque ni aun sus hermanos creían en él.
Díceles entonces Jesús: Mi tiempo aun no ha venido; mas vuestro tiempo siempre está presto.
Vosotros subid á esta fiesta; yo no subo aún á esta fiesta, porque mi tiempo aun no es cumplido.
Y habiéndoles dicho esto, quedóse en Galilea.
Mas como sus hermanos hubieron subido, entonces él también subió á la fiesta, no manifiestamente, sino como en secreto.
Y buscábanle los Judíos en la fiesta, y decían: ¿Dónde está aquél?
Mas ninguno hablaba abiertamente de él, por miedo de los Judíos.
Y maravillábanse los Judíos, diciendo: ¿Cómo sabe éste letras, no habiendo aprendido?
Respondióles Jesús, y dijo: Mi doctrina no es mía, sino de aquél que me envió.
¿No os dió Moisés la ley, y ninguno de vosotros hace la ley? ¿Por qué me procuráis matar?
Respondió la gente, y dijo: Demonio tienes: ¿quién te procura matar?
Cierto, Moisés os dió la circuncisión (no porque sea de Moisés, mas de los padres); y en sábado circuncidáis al hombre.
No juzguéis según lo que parece, mas juzgad justo juicio.
Decían entonces unos de los de Jerusalem: ¿No es éste al que buscan para matarlo?
Yo le conozco, porque de él soy, y él me envió.
Y Jesús dijo: Aun un poco de tiempo estaré con vosotros, é iré al que me envió.
Me buscaréis, y no me hallaréis; y donde yo estaré, vosotros no podréis venir.
El que cree en mí, como dice la Escritura, ríos de agua viva correrán de su vientre.
Entonces algunos de la multitud, oyendo este dicho, decían: Verdaderamente éste es el profeta.
Entonces los Fariseos les respondieron: ¿Estáis también vosotros engañados?
¿Ha creído en él alguno de los príncipes, ó de los Fariseos?
Mas estos comunales que no saben la ley, malditos son.
Respondieron y dijéronle: ¿Eres tú también Galileo? Escudriña y ve que de Galilea nunca se levantó profeta.
Y Jesús se fué al monte de las Olivas.
Y en la ley Moisés nos mandó apedrear á las tales: tú pues, ¿qué dices?
Y volviéndose á inclinar hacia abajo, escribía en tierra.
Vosotros según la carne juzgáis; mas yo no juzgo á nadie.
Y si yo juzgo, mi juicio es verdadero; porque no soy solo, sino yo y el que me envió, el Padre.
Y en vuestra ley está escrito que el testimonio de dos hombres es verdadero.
Yo soy el que doy testimonio de mí mismo: y da testimonio de mí el que me envió, el Padre.
Decían entonces los Judíos: ¿Hase de matar á sí mismo, que dice: A donde yo voy, vosotros no podéis venir?
Por eso os dije que moriréis en vuestros pecados; porque si no creyereis que yo soy, en vuestros pecados moriréis.
Y decíanle: ¿Tú quién eres? Entonces Jesús les dijo: El que al principio también os he dicho.
Mas no entendieron que él les hablaba del Padre.
Porque el que me envió, conmigo está; no me ha dejado solo el Padre; porque yo, lo que á él agrada, hago siempre.
Hablando él estas cosas, muchos creyeron en él.
Jesús les respondió: De cierto, de cierto os digo, que todo aquel que hace pecado, es siervo de pecado.
Así que, si el Hijo os libertare, seréis verdaderamente libres.
Yo hablo lo que he visto cerca del Padre; y vosotros hacéis lo que habéis oído cerca de vuestro padre.
¿Quién de vosotros me redarguye de pecado? Pues si digo verdad, ¿por qué vosotros no me creéis?
El que es de Dios, las palabras de Dios oye: por esto no las oís vosotros, porque no sois de Dios.
Respondieron entonces los Judíos, y dijéronle: ¿No decimos bien nosotros, que tú eres Samaritano, y tienes demonio?
Y no busco mi gloria: hay quien la busque, y juzgue.
Abraham vuestro padre se gozó por ver mi día; y lo vió, y se gozó.
Dijéronle entonces los Judíos: Aun no tienes cincuenta años, ¿y has visto á Abraham?
Díjoles Jesús: De cierto, de cierto os digo: Antes que Abraham fuese, yo soy.
Y PASANDOJesús, vió un hombre ciego desde su nacimiento.
Entre tanto que estuviere en el mundo, luz soy del mundo.
Entonces los vecinos, y los que antes le habían visto que era ciego, decían: ¿No es éste el que se sentaba y mendigaba?
Llevaron á los Fariseos al que antes había sido ciego.
Y era sábado cuando Jesús había hecho el lodo, y le había abierto los ojos.
Y preguntáronles, diciendo: ¿Es éste vuestro hijo, el que vosotros decís que nació ciego? ¿Cómo, pues, ve ahora?
Respondiéronles sus padres y dijeron: Sabemos que éste es nuestro hijo, y que nació ciego:
Y volviéronle á decir: ¿Qué te hizo? ¿Cómo te abrió los ojos?
Si éste no fuera de Dios, no pudiera hacer nada.
Respondieron, y dijéronle: En pecados eres nacido todo, ¿y tú nos enseñas? Y echáronle fuera.
Oyó Jesús que le habían echado fuera; y hallándole, díjole: ¿Crees tú en el Hijo de Dios?
Y él dice: Creo, Señor; y adoróle.
Mas el que entra por la puerta, el pastor de las ovejas es.
Y como ha sacado fuera todas las propias, va delante de ellas; y las ovejas le siguen, porque conocen su voz.
Mas al extraño no seguirán, antes huirán de él: porque no conocen la voz de los extraños.
Esta parábola les dijo Jesús; mas ellos no entendieron qué era lo que les decía.
Volvióles, pues, Jesús á decir: De cierto, de cierto os digo: Yo soy la puerta de las ovejas.
Todos los que antes de mí vinieron, ladrones son y robadores; mas no los oyeron las ovejas.
Yo soy la puerta: el que por mí entrare, será salvo; y entrará, y saldrá, y hallará pastos.
Así que, el asalariado, huye, porque es asalariado, y no tiene cuidado de las ovejas.
Yo soy el buen pastor; y conozco mis ovejas, y las mías me conocen.
Como el Padre me conoce, y yo conozco al Padre; y pongo mi vida por las ovejas.
Y volvió á haber disensión entre los Judíos por estas palabras.
Y muchos de ellos decían: Demonio tiene, y está fuera de sí; ¿para qué le oís?
Y Jesús andaba en el templo por el portal de Salomón.
Mas vosotros no creéis, porque no sois de mis ovejas, como os he dicho.
Y yo les doy vida eterna: y no perecerán para siempre, ni nadie las arrebatará de mi mano.
Entonces volvieron á tomar piedras los Judíos para apedrearle.
Respondióles Jesús: Muchas buenas obras os he mostrado de mi Padre; ¿por cuál obra de esas me apedreáis?
Respondióles Jesús: ¿No está escrito en vuestra ley: Yo dije, Dioses sois?
Si no hago obras de mi Padre, no me creáis.
Y procuraban otra vez prenderle; mas él se salió de sus manos;
Y volvióse tras el Jordán, á aquel lugar donde primero había estado bautizando Juan; y estúvose allí.
Y muchos venían á él, y decían: Juan, á la verdad, ninguna señal hizo; mas todo lo que Juan dijo de éste, era verdad.
Enviaron, pues, sus hermanas á él, diciendo: Señor, he aquí, el que amas está enfermo.
Y amaba Jesús á Marta, y á su hermana, y á Lázaro.
Luego, después de esto, dijo á los discípulos: Vamos á Judea otra vez.
Mas el que anduviere de noche, tropieza, porque no hay luz en él.
Entonces, pues, Jesús les dijo claramente: Lázaro es muerto;
Y huélgome por vosotros, que yo no haya estado allí, para que creáis: mas vamos á él.
Vino pues Jesús, y halló que había ya cuatro días que estaba en el sepulcro.
Y muchos de los Judíos habían venido á Marta y á María, á consolarlas de su hermano.
Entonces Marta, como oyó que Jesús venía, salió á encontrarle; mas María se estuvo en casa.
Y Marta dijo á Jesús: Señor, si hubieses estado aquí, mi hermano no fuera muerto;
Mas también sé ahora, que todo lo que pidieres de Dios, te dará Dios.
Y todo aquel que vive y cree en mí, no morirá eternamente. ¿Crees esto?
Dícele: Sí, Señor; yo he creído que tú eres el Cristo, el Hijo de Dios, que has venido al mundo.
Dijeron entonces los Judíos: Mirad cómo le amaba.
Jesús le dice: ¿No te he dicho que, si creyeres, verás la gloria de Dios?
Y habiendo dicho estas cosas, clamó á gran voz: Lázaro, ven fuera.
Entonces muchos de los Judíos que habían venido á María, y habían visto lo que había hecho Jesús, creyeron en él.
Mas algunos de ellos fueron á los Fariseos, y dijéronles lo que Jesús había hecho.
Así que, desde aquel día consultaban juntos de matarle.
E hiciéronle allí una cena: y Marta servía, y Lázaro era uno de los que estaban sentados á la mesa juntamente con él.
Entonces Jesús dijo: Déjala: para el día de mi sepultura ha guardado esto;
Porque á los pobres siempre los tenéis con vosotros, mas á mí no siempre me tenéis.
No temas, hija de Sión: he aquí tu Rey viene, sentado sobre un pollino de asna.
Por lo cual también había venido la gente á recibirle, porque había oído que él había hecho esta señal;
Mas los Fariseos dijeron entre sí: ¿Veis que nada aprovecháis? he aquí, el mundo se va tras de él.
Estos pues, se llegaron á Felipe, que era de Bethsaida de Galilea, y rogáronle, diciendo: Señor, querríamos ver á Jesús.
Vino Felipe, y díjolo á Andrés: Andrés entonces, y Felipe, lo dicen á Jesús.
Entonces Jesús les respondió, diciendo: La hora viene en que el Hijo del hombre ha de ser glorificado.
El que ama su vida, la perderá; y el que aborrece su vida en este mundo, para vida eterna la guardará.
Ahora está turbada mi alma; ¿y qué diré? Padre, sálvame de esta hora. Mas por esto he venido en esta hora.
Respondió Jesús, y dijo: No ha venido esta voz por mi causa, mas por causa de vosotros.
Ahora es el juicio de este mundo: ahora el príncipe de este mundo será echado fuera.
Y esto decía dando á entender de qué muerte había de morir.
Por esto no podían creer, porque otra vez dijo Isaías:
Estas cosas dijo Isaías cuando vió su gloria, y habló de él.
Porque amaban más la gloria de los hombres que la gloria de Dios.
Mas Jesús clamó y dijo: El que cree en mí, no cree en mí, sino en el que me envió;
Levántase de la cena, y quítase su ropa, y tomando una toalla, ciñóse.
Entonces vino á Simón Pedro; y Pedro le dice: ¿Señor, tú me lavas los pies?
Respondió Jesús, y díjole: Lo que yo hago, tú no entiendes ahora; mas lo entenderás después.
Dícele Pedro: No me lavarás los pies jamás. Respondióle Jesús: Si no te lavare, no tendrás parte conmigo.
Dícele Simón Pedro: Señor, no sólo mis pies, mas aun las manos y la cabeza.
Porque sabía quién le había de entregar; por eso dijo: No estáis limpios todos.
Vosotros me llamáis, Maestro, y, Señor: y decís bien; porque lo soy.
Pues si yo, el Señor y el Maestro, he lavado vuestros pies, vosotros también debéis lavar los pies los unos á los otros.
Porque ejemplo os he dado, para que como yo os he hecho, vosotros también hagáis.
Desde ahora os lo digo antes que se haga, para que cuando se hiciere, creáis que yo soy.
A éste, pues, hizo señas Simón Pedro, para que preguntase quién era aquél de quien decía.
Y tras el bocado Satanás entró en él. Entonces Jesús le dice: Lo que haces, hazlo más presto.
Como él pues hubo tomado el bocado, luego salió: y era ya noche.
Entonces como él salió, dijo Jesús: Ahora es glorificado el Hijo del hombre, y Dios es glorificado en él.
Si Dios es glorificado en él, Dios también le glorificará en sí mismo, y luego le glorificará.
Un mandamiento nuevo os doy: Que os améis unos á otros: como os he amado, que también os améis los unos á los otros.
En esto conocerán todos que sois mis discípulos, si tuviereis amor los unos con los otros.
Dícele Pedro: Señor, ¿por qué no te puedo seguir ahora? mi alma pondré por ti.
Dícele Tomás: Señor, no sabemos á dónde vas: ¿cómo, pues, podemos saber el camino?
Si me conocieseis, también á mi Padre conocierais: y desde ahora le conocéis, y le habéis visto.
Dícele Felipe: Señor, muéstranos el Padre, y nos basta.
Y todo lo que pidiereis al Padre en mi nombre, esto haré, para que el Padre sea glorificado en el Hijo.
Si algo pidiereis en mi nombre, yo lo haré.
Si me amáis, guardad mis mandamientos;
Aun un poquito, y el mundo no me verá más; empero vosotros me veréis; porque yo vivo, y vosotros también viviréis.
En aquel día vosotros conoceréis que yo estoy en mi Padre, y vosotros en mí, y yo en vosotros.
El que no me ama, no guarda mis palabras: y la palabra que habéis oído, no es mía, sino del Padre que me envió.
Y ahora os lo he dicho antes que se haga; para que cuando se hiciere, creáis.
Ya no hablaré mucho con vosotros: porque viene el príncipe de este mundo; mas no tiene nada en mí.
Yo soy la vid verdadera, y mi Padre es el labrador.
En esto es glorificado mi Padre, en que llevéis mucho fruto, y seáis así mis discípulos.
Como el Padre me amó, también yo os he amado: estad en mi amor.
Este es mi mandamiento: Que os améis los unos á los otros, como yo os he amado.
Vosotros sois mis amigos, si hiciereis las cosas que yo os mando.
Esto os mando: Que os améis los unos á los otros.
Si el mundo os aborrece, sabed que á mí me aborreció antes que á vosotros.
Si no hubiera venido, ni les hubiera hablado, no tendrían pecado, mas ahora no tienen excusa de su pecado.
El que me aborrece, también á mi Padre aborrece.
Mas para que se cumpla la palabra que está escrita en su ley: Que sin causa me aborrecieron.
Y vosotros daréis testimonio, porque estáis conmigo desde el principio.
Y estas cosas os harán, porque no conocen al Padre ni á mí.
Antes, porque os he hablado estas cosas, tristeza ha henchido vuestro corazón.
De pecado ciertamente, por cuanto no creen en mí;
Y de justicia, por cuanto voy al Padre, y no me veréis más;
Aun tengo muchas cosas que deciros, mas ahora no las podéis llevar.
Un poquito, y no me veréis; y otra vez un poquito, y me veréis: porque yo voy al Padre.
Decían pues: ¿Qué es esto que dice: Un poquito? No entendemos lo que habla.
Hasta ahora nada habéis pedido en mi nombre: pedid, y recibiréis, para que vuestro gozo sea cumplido.
Pues el mismo Padre os ama, porque vosotros me amasteis, y habéis creído que yo salí de Dios.
Esta empero es la vida eterna: que te conozcan el solo Dios verdadero, y á Jesucristo, al cual has enviado.
Ahora pues, Padre, glorifícame tú cerca de ti mismo con aquella gloria que tuve cerca de ti antes que el mundo fuese.
Yo les he dado tu palabra; y el mundo los aborreció, porque no son del mundo, como tampoco yo soy del mundo.
No ruego que los quites del mundo, sino que los guardes del mal.
Santifícalos en tu verdad: tu palabra es verdad.
Como tú me enviaste al mundo, también los he enviado al mundo.
Padre justo, el mundo no te ha conocido, mas yo te he conocido; y éstos han conocido que tú me enviaste;
Y como les dijo, Yo soy, volvieron atrás, y cayeron en tierra.
Volvióles, pues, á preguntar: ¿A quién buscáis? Y ellos dijeron: A Jesús Nazareno.
Y lleváronle primeramente á Anás; porque era suegro de Caifás, el cual era pontífice de aquel año.
Y era Caifás el que había dado el consejo á los Judíos, que era necesario que un hombre muriese por el pueblo.
Entonces la criada portera dijo á Pedro: ¿No eres tú también de los discípulos de este hombre? Dice él: No soy.
Y el pontífice preguntó á Jesús acerca de sus discípulos y de su doctrina.
Y negó Pedro otra vez: y luego el gallo cantó.
Entonces salió Pilato á ellos fuera, y dijo: ¿Qué acusación traéis contra este hombre?
Respondieron y dijéronle: Si éste no fuera malhechor, no te le habríamos entregado.
Respondióle Jesús: ¿Dices tú esto de ti mismo, ó te lo han dicho otros de mí?
Entonces todos dieron voces otra vez, diciendo: No á éste, sino á Barrabás. Y Barrabás era ladrón.
Así que, entonces tomó Pilato á Jesús, y le azotó.
Respondiéronle los Judíos: Nosotros tenemos ley, y según nuestra ley debe morir, porque se hizo Hijo de Dios.
Y como Pilato oyó esta palabra, tuvo más miedo.
Y escribió también Pilato un título, que puso encima de la cruz. Y el escrito era: JESUS NAZARENO, REY DE LOS JUDIOS.
Respondió Pilato: Lo que he escrito, he escrito.
Y estaban junto á la cruz de Jesús su madre, y la hermana de su madre, María mujer de Cleofas, y María Magdalena.
Y como Jesús tomó el vinagre, dijo: Consumado es. Y habiendo inclinado la cabeza, dió el espíritu.
Y vinieron los soldados, y quebraron las piernas al primero, y asimismo al otro que había sido crucificado con él.
Mas cuando vinieron á Jesús, como le vieron ya muerto, no le quebraron las piernas:
Empero uno de los soldados le abrió el costado con una lanza, y luego salió sangre y agua.
Porque estas cosas fueron hechas para que se cumpliese la Escritura: Hueso no quebrantaréis de él.
Y también otra Escritura dice: Mirarán al que traspasaron.
Tomaron pues el cuerpo de Jesús, y envolviéronlo en lienzos con especias, como es costumbre de los Judíos sepultar.
Allí, pues, por causa de la víspera de la Pascua de los Judíos, porque aquel sepulcro estaba cerca, pusieron á Jesús.
Y salió Pedro, y el otro discípulo, y vinieron al sepulcro.
Y corrían los dos juntos; mas el otro discípulo corrió más presto que Pedro, y llegó primero al sepulcro.
Y volvieron los discípulos á los suyos.
Entonces les dijo Jesús otra vez: Paz á vosotros; como me envió el Padre, así también yo os envío.
Y como hubo dicho esto, sopló, y díjoles: Tomad el Espíritu Santo:
Empero Tomás, uno de los doce, que se dice el Dídimo, no estaba con ellos cuando Jesús vino.
Entonces Tomás respondió, y díjole: ¡Señor mío, y Dios mío!
Dícele Jesús: Porque me has visto, Tomás, creiste: bienaventurados los que no vieron y creyeron.
Y también hizo Jesús muchas otras señales en presencia de sus discípulos, que no están escritas en este libro.
Después se manifestó Jesús otra vez á sus discípulos en la mar de Tiberias; y manifestóse de esta manera.
Y venida la mañana, Jesús se puso á la ribera: mas los discípulos no entendieron que era Jesús.
Y díjoles: Mozos, ¿tenéis algo de comer? Respondiéronle: No.
Díceles Jesús: Traed de los peces que cogisteis ahora.
Así que Pedro vió á éste, dice á Jesús: Señor, ¿y éste, qué?
Entonces los que se habían juntado le preguntaron, diciendo: Señor, ¿restituirás el reino á Israel en este tiempo?
Y les dijo: No toca á vosotros saber los tiempos ó las sazones que el Padre puso en su sola potestad;
Y habiendo dicho estas cosas, viéndolo ellos, fué alzado; y una nube le recibió y le quitó de sus ojos.
Para que tome el oficio de este ministerio y apostolado, del cual cayó Judas por transgresión, para irse á su lugar.
Y les echaron suertes, y cayó la suerte sobre Matías; y fué contado con los once apóstoles.
Moraban entonces en Jerusalem Judíos, varones religiosos, de todas las naciones debajo del cielo.
Y estaban atónitos y maravillados, diciendo: He aquí ¿no son Galileos todos estos que hablan?
¿Cómo, pues, les oímos nosotros hablar cada uno en nuestra lengua en que somos nacidos?
Y estaban todos atónitos y perplejos, diciendo los unos á los otros: ¿Qué quiere ser esto?
Porque éstos no están borrachos, como vosotros pensáis, siendo la hora tercia del día;
Mas esto es lo que fué dicho por el profeta Joel:
Y daré prodigios arriba en el cielo, y señales abajo en la tierra, sangre y fuego y vapor de humo:
El sol se volverá en tinieblas, y la luna en sangre, antes que venga el día del Señor, grande y manifiesto;
Y será que todo aquel que invocare el nombre del Señor, será salvo.
Que no dejarás mi alma en el infierno, ni darás á tu Santo que vea corrupción.
A este Jesús resucitó Dios, de lo cual todos nosotros somos testigos.
Hasta que ponga á tus enemigos por estrado de tus pies.
Y con otras muchas palabras testificaba y exhortaba, diciendo: Sed salvos de esta perversa generación.
Así que, los que recibieron su palabra, fueron bautizados: y fueron añadidas á ellos aquel día como tres mil personas.
Y toda persona tenía temor: y muchas maravillas y señales eran hechas por los apóstoles.
Y todos los que creían estaban juntos; y tenían todas las cosas comunes;
Y vendían las posesiones, y las haciendas, y repartíanlas á todos, como cada uno había menester.
Pedro y Juan subían juntos al templo á la hora de oración, la de nona.
Y Pedro, con Juan, fijando los ojos en él, dijo: Mira á nosotros.
Y tomándole por la mano derecha le levantó: y luego fueron afirmados sus pies y tobillos;
Y todo el pueblo le vió andar y alabar á Dios.
Y matasteis al Autor de la vida, al cual Dios ha resucitado de los muertos; de lo que nosotros somos testigos.
Empero Dios ha cumplido así lo que había antes anunciado por boca de todos sus profetas, que su Cristo había de padecer.
Y todos los profetas desde Samuel y en adelante, todos los que han hablado, han anunciado estos días.
Resentidos de que enseñasen al pueblo, y anunciasen en Jesús la resurrección de los muertos.
Y aconteció al día siguiente, que se juntaron en Jerusalem los príncipes de ellos, y los ancianos, y los escribas;
Y viendo al hombre que había sido sanado, que estaba con ellos, no podían decir nada en contra.
Y llamándolos, les intimaron que en ninguna manera hablasen ni enseñasen en el nombre de Jesús.
Para hacer lo que tu mano y tu consejo habían antes determinado que había de ser hecho.
Y los apóstoles daban testimonio de la resurrección del Señor Jesús con gran esfuerzo; y gran gracia era en todos ellos.
Y lo ponían á los pies de los apóstoles; y era repartido á cada uno según que había menester.
Entonces Ananías, oyendo estas palabras, cayó y espiró. Y vino un gran temor sobre todos los que lo oyeron.
Entonces Pedro le dijo: Dime: ¿vendisteis en tanto la heredad? Y ella dijo: Sí, en tanto.
Y vino un gran temor en toda la iglesia, y en todos los que oyeron estas cosas.
Y los que creían en el Señor se aumentaban más, gran número así de hombres como de mujeres;
Y echaron mano á los apóstoles, y pusiéronlos en la cárcel pública.
Id, y estando en el templo, hablad al pueblo todas las palabras de esta vida.
Y respondiendo Pedro y los apóstoles, dijeron: Es menester obedecer á Dios antes que á los hombres.
El Dios de nuestros padres levantó á Jesús, al cual vosotros matasteis colgándole en un madero.
Y nosotros somos testigos suyos de estas cosas, y también el Espíritu Santo, el cual ha dado Dios á los que le obedecen.
Ellos, oyendo esto, regañaban, y consultaban matarlos.
Y les dijo: Varones Israelitas, mirad por vosotros acerca de estos hombres en lo que habéis de hacer.
Mas si es de Dios, no la podréis deshacer; no seáis tal vez hallados resistiendo á Dios.
Y todos los días, en el templo y por las casas, no cesaban de enseñar y predicar á Jesucristo.
Y nosotros persistiremos en la oración, y en el ministerio de la palabra.
Empero Esteban, lleno de gracia y de potencia, hacía prodigios y milagros grandes en el pueblo.
Mas no podían resistir á la sabiduría y al Espíritu con que hablaba.
Entonces sobornaron á unos que dijesen que le habían oído hablar palabras blasfemas contra Moisés y Dios.
El príncipe de los sacerdotes dijo entonces: ¿Es esto así?
Y le dijo: Sal de tu tierra y de tu parentela, y ven á la tierra que te mostraré.
Y como oyese Jacob que había trigo en Egipto, envió á nuestros padres la primera vez.
Y enviando José, hizo venir á su padre Jacob, y á toda su parentela, en número de setenta y cinco personas.
Y fué enseñado Moisés en toda la sabiduría de los egipcios; y era poderoso en sus dichos y hechos.
Y cuando hubo cumplido la edad de cuarenta años, le vino voluntad de visitar á sus hermanos los hijos de Israel.
Y como vió á uno que era injuriado, defendióle, é hiriendo al Egipcio, vengó al injuriado.
¿Quieres tú matarme, como mataste ayer al Egipcio?
A esta palabra Moisés huyó, y se hizo extranjero en tierra de Madián, donde engendró dos hijos.
Y le dijo el Señor: Quita los zapatos de tus pies, porque el lugar en que estás es tierra santa.
El cual halló gracia delante de Dios, y pidió hallar tabernáculo para el Dios de Jacob.
Mas Salomón le edificó casa.
¿No hizo mi mano todas estas cosas?
Que recibisteis la ley por disposición de ángeles, y no la guardasteis.
Y oyendo estas cosas, regañaban de sus corazones, y crujían los dientes contra él.
Y dijo: He aquí, veo los cielos abiertos, y al Hijo del hombre que está á la diestra de Dios.
Entonces dando grandes voces, se taparon sus oídos, y arremetieron unánimes contra él;
Y apedrearon á Esteban, invocando él y diciendo: Señor Jesús, recibe mi espíritu.
Entonces Saulo asolaba la iglesia, entrando por las casas: y trayendo hombres y mujeres, los entregaba en la cárcel.
Mas los que fueron esparcidos, iban por todas partes anunciando la palabra.
Así que había gran gozo en aquella ciudad.
Al cual oían todos atentamente desde el más pequeño hasta el más grande, diciendo: Este es la gran virtud de Dios.
Y le estaban atentos, porque con sus artes mágicas los había embelesado mucho tiempo.
Los cuales venidos, oraron por ellos, para que recibiesen el Espíritu Santo;
Entonces les impusieron las manos, y recibieron el Espíritu Santo.
Diciendo: Dadme también á mí esta potestad, que á cualquiera que pusiere las manos encima, reciba el Espíritu Santo.
No tienes tú parte ni suerte en este negocio; porque tu corazón no es recto delante de Dios.
Arrepiéntete pues de esta tu maldad, y ruega á Dios, si quizás te será perdonado el pensamiento de tu corazón.
Porque en hiel de amargura y en prisión de maldad veo que estás.
Y acudiendo Felipe, le oyó que leía el profeta Isaías, y dijo: Mas ¿entiendes lo que lees?
En su humillación su juicio fué quitado: mas su generación, ¿quién la contará? porque es quitada de la tierra su vida.
Y respondiendo el eunuco á Felipe, dijo: Ruégote ¿de quién el profeta dice esto? ¿de sí, ó de otro alguno?
Felipe empero se halló en Azoto: y pasando, anunciaba el evangelio en todas las ciudades, hasta que llegó á Cesarea.
Y yendo por el camino, aconteció que llegando cerca de Damasco, súbitamente le cercó un resplandor de luz del cielo;
Y cayendo en tierra, oyó una voz que le decía: Saulo, Saulo, ¿por qué me persigues?
Donde estuvo tres días sin ver, y no comió, ni bebió.
Y ha visto en visión un varón llamado Ananías, que entra y le pone la mano encima, para que reciba la vista.
Y aun aquí tiene facultad de los príncipes de los sacerdotes de prender á todos los que invocan tu nombre.
Porque yo le mostraré cuánto le sea menester que padezca por mi nombre.
Y luego le cayeron de los ojos como escamas, y recibió al punto la vista: y levantándose, fué bautizado.
Y como comió, fué confortado. Y estuvo Saulo por algunos días con los discípulos que estaban en Damasco.
Y luego en las sinagogas predicaba á Cristo, diciendo que éste era el Hijo de Dios.
Empero Saulo mucho más se esforzaba, y confundía á los Judíos que moraban en Damasco, afirmando que éste es el Cristo.
Entonces los discípulos, tomándole de noche, le bajaron por el muro en una espuerta.
Y aconteció que Pedro, andándolos á todos, vino también á los santos que habitaban en Lydda.
Y halló allí á uno que se llamaba Eneas, que hacía ocho años que estaba en cama, que era paralítico.
Y le dijo Pedro: Eneas, Jesucristo te sana; levántate, y hazte tu cama. Y luego se levantó.
Y aconteció en aquellos días que enfermando, murió; á la cual, después de lavada, pusieron en una sala.
Y él le dió la mano, y levantóla: entonces llamando á los santos y las viudas, la presentó viva.
Esto fué notorio por toda Joppe; y creyeron muchos en el Señor.
Y aconteció que se quedó muchos días en Joppe en casa de un cierto Simón, curtidor.
Envía pues ahora hombres á Joppe, y haz venir á un Simón, que tiene por sobrenombre Pedro.
Este posa en casa de un Simón, curtidor, que tiene su casa junto á la mar: él te dirá lo que te conviene hacer.
A los cuales, después de habérselo contado todo, los envió á Joppe.
Y aconteció que le vino una grande hambre, y quiso comer; pero mientras disponían, sobrevínole un éxtasis;
En el cual había de todos los animales cuadrúpedos de la tierra, y reptiles, y aves del cielo.
Y le vino una voz: Levántate, Pedro, mata y come.
Entonces Pedro dijo: Señor, no; porque ninguna cosa común é inmunda he comido jamás.
Y volvió la voz hacia él la segunda vez: Lo que Dios limpió, no lo llames tú común.
Y esto fué hecho por tres veces; y el vaso volvió á ser recogido en el cielo.
Y llamando, preguntaron si un Simón que tenía por sobrenombre Pedro, posaba allí.
Levántate, pues, y desciende, y no dudes ir con ellos; porque yo los he enviado.
Y como Pedro entró, salió Cornelio á recibirle; y derribándose á sus pies, adoró.
Por lo cual, llamado, he venido sin dudar. Así que pregunto: ¿por qué causa me habéis hecho venir?
Y dijo: Cornelio, tu oración es oída, y tus limosnas han venido en memoria en la presencia de Dios.
Entonces Pedro, abriendo su boca, dijo: Por verdad hallo que Dios no hace acepción de personas;
Entonces la voz me respondió del cielo segunda vez: Lo que Dios limpió, no lo llames tú común.
Y he aquí, luego sobrevinieron tres hombres á la casa donde yo estaba, enviados á mí de Cesarea.
El cual te hablará palabras por las cuales serás salvo tú, y toda tu casa.
Y como comencé á hablar, cayó el Espíritu Santo sobre ellos también, como sobre nosotros al principio.
Y la mano del Señor era con ellos: y creyendo, gran número se convirtió al Señor.
Y en aquellos días descendieron de Jerusalem profetas á Antioquía.
Y en el mismo tiempo el rey Herodes echó mano á maltratar algunos de la iglesia.
Así que, Pedro era guardado en la cárcel; y la iglesia hacía sin cesar oración á Dios por él.
Y tocando Pedro á la puerta del patio, salió una muchacha, para escuchar, llamada Rhode:
Y ellos le dijeron: Estás loca. Mas ella afirmaba que así era. Entonces ellos decían: Su ángel es.
Mas Pedro perseveraba en llamar: y cuando abrieron, viéronle, y se espantaron.
Y un día señalado, Herodes vestido de ropa real, se sentó en el tribunal, y arengóles.
Y el pueblo aclamaba: Voz de Dios, y no de hombre.
Mas la palabra del Señor crecía y era multiplicada.
Entonces habiendo ayunado y orado, y puesto las manos encima de ellos, despidiéronlos.
Y ellos, enviados así por el Espíritu Santo, descendieron á Seleucia; y de allí navegaron á Cipro.
Y sin hallar en él causa de muerte, pidieron á Pilato que le matasen.
Y habiendo cumplido todas las cosas que de él estaban escritas, quitándolo del madero, lo pusieron en el sepulcro.
Por eso dice también en otro lugar: No permitirás que tu Santo vea corrupción.
Mirad, pues, que no venga sobre vosotros lo que está dicho en los profetas;
Y un hombre de Listra, impotente de los pies, estaba sentado, cojo desde el vientre de su madre, que jamás había andado.
Dijo á gran voz: Levántate derecho sobre tus pies. Y saltó, y anduvo.
Y diciendo estas cosas, apenas apaciguaron el pueblo, para que no les ofreciesen sacrificio.
Y pasando por Pisidia vinieron á Pamphylia.
Y se quedaron allí mucho tiempo con los discípulos.
Y se juntaron los apóstoles y los ancianos para conocer de este negocio.
Y ninguna diferencia hizo entre nosotros y ellos, purificando con la fe sus corazones.
Y después que hubieron callado, Jacobo respondió, diciendo: Varones hermanos, oidme:
Simón ha contado cómo Dios primero visitó á los Gentiles, para tomar de ellos pueblo para su nombre;
Conocidas son á Dios desde el siglo todas sus obras.
Hombres que han expuesto sus vidas por el nombre de nuestro Señor Jesucristo.
Así que, enviamos á Judas y á Silas, los cuales también por palabra os harán saber lo mismo.
Y Bernabé quería que tomasen consigo á Juan, el que tenía por sobrenombre Marcos;
Y Pablo escogiendo á Silas, partió encomendado de los hermanos á la gracia del Señor.
Y anduvo la Siria y la Cilicia, confirmando á las iglesias.
Y como vinieron á Misia, tentaron de ir á Bithynia; mas el Espíritu no les dejó.
Partidos pues de Troas, vinimos camino derecho á Samotracia, y el día siguiente á Neápolis;
Y predican ritos, los cuales no nos es lícito recibir ni hacer, pues somos Romanos.
El cual, recibido este mandamiento, los metió en la cárcel de más adentro; y les apretó los pies en el cepo.
Mas á media noche, orando Pablo y Silas, cantaban himnos á Dios: y los que estaban presos los oían.
Y le hablaron la palabra del Señor, y á todos los que estaban en su casa.
Y alborotaron al pueblo y á los gobernadores de la ciudad, oyendo estas cosas.
Mas recibida satisfacción de Jasón y de los demás, los soltaron.
Así que creyeron muchos de ellos; y mujeres Griegas de distinción, y no pocos hombres.
Empero luego los hermanos enviaron á Pablo que fuese como á la mar; y Silas y Timoteo se quedaron allí.
Y esperándolos Pablo en Atenas, su espíritu se deshacía en él viendo la ciudad dada á idolatría.
Porque pones en nuestros oídos unas nuevas cosas: queremos pues saber qué quiere ser esto.
Y así Pablo se salió de en medio de ellos.
Pasadas estas cosas, Pablo partió de Atenas, y vino á Corinto.
Y porque era de su oficio, posó con ellos, y trabajaba; porque el oficio de ellos era hacer tiendas.
Y disputaba en la sinagoga todos los sábados, y persuadía á Judíos y á Griegos.
Entonces el Señor dijo de noche en visión á Pablo: No temas, sino habla, y no calles:
Y se detuvo allí un año y seis meses, enseñándoles la palabra de Dios.
Y los echó del tribunal.
Oído que hubieron esto, fueron bautizados en el nombre del Señor Jesús.
Y eran en todos como unos doce hombres.
Y respondiendo el espíritu malo, dijo: A Jesús conozco, y sé quién es Pablo: mas vosotros ¿quiénes sois?
Así crecía poderosamente la palabra del Señor, y prevalecía.
Entonces hubo un alboroto no pequeño acerca del Camino.
Oídas estas cosas, llenáronse de ira, y dieron alarido, diciendo: ¡Grande es Diana de los Efesios!
Pues habéis traído á estos hombres, sin ser sacrílegos ni blasfemadores de vuestra diosa.
Y si demandáis alguna otra cosa, en legítima asamblea se pueda decidir.
Estos yendo delante, nos esperaron en Troas.
Y había muchas lámparas en el aposento alto donde estaban juntos.
Entonces descendió Pablo, y derribóse sobre él, y abrazándole, dijo: No os alborotéis, que su alma está en él.
Y como se juntó con nosotros en Assón, tomándole vinimos á Mitilene.
Y enviando desde Mileto á Efeso, hizo llamar á los ancianos de la iglesia.
Testificando á los Judíos y á los Gentiles arrepentimiento para con Dios, y la fe en nuestro Señor Jesucristo.
Porque no he rehuído de anunciaros todo el consejo de Dios.
Y de vosotros mismos se levantarán hombres que hablen cosas perversas, para llevar discípulos tras sí.
La plata, ó el oro, ó el vestido de nadie he codiciado.
Y hallando un barco que pasaba á Fenicia, nos embarcamos, y partimos.
Y éste tenía cuatro hijas, doncellas, que profetizaban.
Y parando nosotros allí por muchos días, descendió de Judea un profeta, llamado Agabo;
Y después de estos días, apercibidos, subimos á Jerusalem.
Y cuando llegamos á Jerusalem, los hermanos nos recibieron de buena voluntad.
Y al día siguiente Pablo entró con nosotros á Jacobo, y todos los ancianos se juntaron;
¿Qué hay pues? La multitud se reunirá de cierto: porque oirán que has venido.
Haz pues esto que te decimos: Hay entre nosotros cuatro hombres que tienen voto sobre sí:
Y como llegó á las gradas, aconteció que fué llevado de los soldados á causa de la violencia del pueblo;
Porque multitud de pueblo venía detrás, gritando: Mátale.
Varones hermanos y padres, oid la razón que ahora os doy.
Mas aconteció que yendo yo, y llegando cerca de Damasco, como á medio día, de repente me rodeó mucha luz del cielo:
Yo entonces respondí: ¿Quién eres, Señor? Y me dijo: Yo soy Jesús de Nazaret, á quien tú persigues.
Y como yo no viese por causa de la claridad de la luz, llevado de la mano por los que estaban conmigo, vine á Damasco.
Viniendo á mí, y acercándose, me dijo: Hermano Saulo, recibe la vista. Y yo en aquella hora le miré.
Porque has de ser testigo suyo á todos los hombres, de lo que has visto y oído.
Y me dijo: Ve, porque yo te tengo que enviar lejos á los Gentiles.
Y respondió el tribuno: Yo con grande suma alcancé esta ciudadanía. Entonces Pablo dijo: Pero yo lo soy de nacimiento.
El príncipe de los sacerdotes, Ananías, mandó entonces á los que estaban delante de él, que le hiriesen en la boca.
Y como hubo dicho esto, fué hecha disensión entre los Fariseos y los Saduceos; y la multitud fué dividida.
Porque los Saduceos dicen que no hay resurrección, ni ángel, ni espíritu; mas los Fariseos confiesan ambas cosas.
Y eran más de cuarenta los que habían hecho esta conjuración;
Entonces un hijo de la hermana de Pablo, oyendo las asechanzas, fué, y entró en la fortaleza, y dió aviso á Pablo.
Entonces el tribuno despidió al mancebo, mandándole que á nadie dijese que le había dado aviso de esto.
Y que aparejasen cabalgaduras en que poniendo á Pablo, le llevasen en salvo á Félix el Presidente.
Y escribió una carta en estos términos:
Claudio Lisias al excelentísimo gobernador Félix: Salud.
Y los soldados, tomando á Pablo como les era mandado, lleváronle de noche á Antipatris.
Y al día siguiente, dejando á los de á caballo que fuesen con él, se volvieron á la fortaleza.
Te oiré, dijo, cuando vinieren tus acusadores. Y mandó que le guardasen en el pretorio de Herodes.
Porque tú puedes entender que no hace más de doce días que subí á adorar á Jerusalem;
Ni te pueden probar las cosas de que ahora me acusan.
Cuando me hallaron purificado en el templo (no con multitud ni con alboroto) unos Judíos de Asia;
Los cuales debieron comparecer delante de ti, y acusarme, si contra mí tenían algo.
Festo pues, entrado en la provincia, tres días después subió de Cesarea á Jerusalem.
Y estando presentes los acusadores, ningún cargo produjeron de los que yo sospechaba:
Entonces Agripa dijo á Festo: Yo también quisiera oir á ese hombre. Y él dijo: Mañana le oirás.
Porque fuera de razón me parece enviar un preso, y no informar de las causas.
Yo ciertamente había pensado deber hacer muchas cosas contra el nombre de Jesús de Nazaret:
Yo entonces dije: ¿Quién eres, Señor? Y el Señor dijo: Yo soy Jesús, á quien tú persigues.
Mas él dijo: No estoy loco, excelentísimo Festo, sino que hablo palabras de verdad y de templanza.
¿Crees, rey Agripa, á los profetas? Yo sé que crees.
Y como hubo dicho estas cosas, se levantó el rey, y el presidente, y Bernice, y los que se habían sentado con ellos;
Y Agripa dijo á Festo: Podía este hombre ser suelto, si no hubiera apelado á César.
Y habiendo pasado la mar de Cilicia y Pamphylia, arribamos á Mira, ciudad de Licia.
Mas no mucho después dió en ella un viento repentino, que se llama Euroclidón.
Y siendo arrebatada la nave, y no pudiendo resistir contra el viento, la dejamos, y éramos llevados.
Y habiendo corrido á sotavento de una pequeña isla que se llama Clauda, apenas pudimos ganar el esquife:
Y al tercer día nosotros con nuestras manos arrojamos los aparejos de la nave.
Si bien es menester que demos en una isla.
Y habiendo temor de dar en lugares escabrosos, echando cuatro anclas de la popa, deseaban que se hiciese de día.
Entonces los soldados cortaron los cabos del esquife, y dejáronlo perder.
Entonces todos teniendo ya mejor ánimo, comieron ellos también.
Y éramos todas las personas en la nave doscientas setenta y seis.
Y satisfechos de comida, aliviaban la nave, echando el grano á la mar.
Y cuando escapamos, entonces supimos que la isla se llamaba Melita.
Mas él, sacudiendo la víbora en el fuego, ningún mal padeció.
Y esto hecho, también los otros que en la isla tenían enfermedades, llegaban, y eran sanados:
Los cuales, habiéndome examinado, me querían soltar, por no haber en mí ninguna causa de muerte.
Séaos pues notorio que á los Gentiles es enviada esta salud de Dios: y ellos oirán.
Y habiendo dicho esto, los Judíos salieron, teniendo entre sí gran contienda.
Predicando el reino de Dios y enseñando lo que es del Señor Jesucristo con toda libertad, sin impedimento.
Rogando, si al fin algún tiempo haya de tener, por la voluntad de Dios, próspero viaje para ir á vosotros.
Es á saber, para ser juntamente consolado con vosotros por la común fe vuestra y juntamente mía.
A Griegos y á bárbaros, á sabios y á no sabios soy deudor.
Así que, cuanto á mí, presto estoy á anunciar el evangelio también á vosotros que estáis en Roma.
Mas sabemos que el juicio de Dios es según verdad contra los que hacen tales cosas.
El cual pagará á cada uno conforme á sus obras:
A los que perseverando en bien hacer, buscan gloria y honra é inmortalidad, la vida eterna.
Tribulación y angustia sobre toda persona humana que obra lo malo, el Judío primeramente, y también el Griego:
Mas gloria y honra y paz á cualquiera que obra el bien, al Judío primeramente, y también al Griego.
En el día que juzgará el Señor lo encubierto de los hombres, conforme á mi evangelio, por Jesucristo.
Enseñador de los que no saben, maestro de niños, que tienes la forma de la ciencia y de la verdad en la ley:
¿Tú, que dices que no se ha de adulterar, adulteras? ¿Tú, que abominas los ídolos, cometes sacrilegio?
¿Tú, que te jactas de la ley, con infracción de la ley deshonras á Dios?
Porque el nombre de Dios es blasfemado por causa de vosotros entre los Gentiles, como está escrito.
De manera que, si el incircunciso guardare las justicias de la ley, ¿no será tenida su incircuncisión por circuncisión?
Porque no es Judío el que lo es en manifiesto; ni la circuncisión es la que es en manifiesto en la carne:
¿Qué, pues, tiene más el Judío? ¿ó qué aprovecha la circuncisión?
¿Pues qué si algunos de ellos han sido incrédulos? ¿la incredulidad de ellos habrá hecho vana la verdad de Dios?
En ninguna manera: de otra suerte ¿cómo juzgaría Dios el mundo?
Como está escrito: No hay justo, ni aun uno;
Sepulcro abierto es su garganta; con sus lenguas tratan engañosamente; veneno de áspides está debajo de sus labios;
Quebrantamiento y desventura hay en sus caminos;
No hay temor de Dios delante de sus ojos.
Mas ahora, sin la ley, la justicia de Dios se ha manifestado, testificada por la ley y por los profetas:
Por cuanto todos pecaron, y están destituídos de la gloria de Dios;
¿Luego deshacemos la ley por la fe? En ninguna manera; antes establecemos la ley.
¿Qué, pues, diremos que halló Abraham nuestro padre según la carne?
Que si Abraham fué justificado por la obras, tiene de qué gloriarse; mas no para con Dios.
Porque ¿qué dice la Escritura? Y creyó Abraham á Dios, y le fué atribuído á justicia.
Empero al que obra, no se le cuenta el salario por merced, sino por deuda.
Diciendo: Bienaventurados aquellos cuyas iniquidades son perdonadas, y cuyos pecados son cubiertos.
Bienaventurado el varón al cual el Señor no imputó pecado.
Porque si los que son de la ley son los herederos, vana es la fe, y anulada es la promesa.
Plenamente convencido de que todo lo que había prometido, era también poderoso para hacerlo.
Y no sólo esto, mas aun nos gloriamos en las tribulaciones, sabiendo que la tribulación produce paciencia;
Porque Cristo, cuando aun éramos flacos, á su tiempo murió por los impíos.
Ciertamente apenas muere alguno por un justo: con todo podrá ser que alguno osara morir por el bueno.
Mas Dios encarece su caridad para con nosotros, porque siendo aún pecadores, Cristo murió por nosotros.
Luego mucho más ahora, justificados en su sangre, por él seremos salvos de la ira.
Porque hasta la ley, el pecado estaba en el mundo; pero no se imputa pecado no habiendo ley.
En ninguna manera. Porque los que somos muertos al pecado, ¿cómo viviremos aún en él?
Sabiendo que Cristo, habiendo resucitado de entre los muertos, ya no muere: la muerte no se enseñoreará más de él.
Porque el haber muerto, al pecado murió una vez; mas el vivir, á Dios vive.
Así también vosotros, pensad que de cierto estáis muertos al pecado, mas vivos á Dios en Cristo Jesús Señor nuestro.
No reine, pues, el pecado en vuestro cuerpo mortal, para que le obedezcáis en sus concupiscencias;
Y libertados del pecado, sois hechos siervos de la justicia.
Porque cuando fuisteis siervos del pecado, erais libres acerca de la justicia.
Porque la paga del pecado es muerte: mas la dádiva de Dios es vida eterna en Cristo Jesús Señor nuestro.
Porque el pecado, tomando ocasión, me engañó por el mandamiento, y por él me mató.
De manera que la ley á la verdad es santa, y el mandamiento santo, y justo, y bueno.
Porque lo que hago, no lo entiendo; ni lo que quiero, hago; antes lo que aborrezco, aquello hago.
Y si lo que no quiero, esto hago, apruebo que la ley es buena.
Porque no hago el bien que quiero; mas el mal que no quiero, éste hago.
Y si hago lo que no quiero, ya no lo obro yo, sino el pecado que mora en mí.
¡Miserable hombre de mí! ¿quién me librará del cuerpo de esta muerte?
Porque la ley del Espíritu de vida en Cristo Jesús me ha librado de la ley del pecado y de la muerte.
Por cuanto la intención de la carne es enemistad contra Dios; porque no se sujeta á la ley de Dios, ni tampoco puede.
Porque todos los que son guiados por el Espíritu de Dios, los tales son hijos de Dios.
Porque el mismo Espíritu da testimonio á nuestro espíritu que somos hijos de Dios.
Porque sabemos que todas las criaturas gimen á una, y á una están de parto hasta ahora.
Empero si lo que no vemos esperamos, por paciencia esperamos.
¿Pues qué diremos á esto? Si Dios por nosotros, ¿quién contra nosotros?
¿Quién acusará á los escogidos de Dios? Dios es el que justifica.
Como está escrito: Por causa de ti somos muertos todo el tiempo: somos estimados como ovejas de matadero.
Antes, en todas estas cosas hacemos más que vencer por medio de aquel que nos amó.
Que tengo gran tristeza y continuo dolor en mi corazón.
Le fué dicho que el mayor serviría al menor.
Como está escrito: A Jacob amé, mas á Esaú aborrecí.
¿Pues qué diremos? ¿Que hay injusticia en Dios? En ninguna manera.
Así que no es del que quiere, ni del que corre, sino de Dios que tiene misericordia.
Me dirás pues: ¿Por qué, pues, se enoja? porque ¿quién resistirá á su voluntad?
Los cuales también ha llamado, es á saber, á nosotros, no sólo de los Judíos, mas también de los Gentiles?
Porque palabra consumadora y abreviadora en justicia, porque palabra abreviada, hará el Señor sobre la tierra.
Mas Israel que seguía la ley de justicia, no ha llegado á la ley de justicia.
Hermanos, ciertamente la voluntad de mi corazón y mi oración á Dios sobre Israel, es para salud.
Porque yo les doy testimonio que tienen celo de Dios, mas no conforme á ciencia.
Porque Moisés describe la justicia que es por la ley: Que el hombre que hiciere estas cosas, vivirá por ellas.
Porque la Escritura dice: Todo aquel que en él creyere, no será avergonzado.
Porque todo aquel que invocare el nombre del Señor, será salvo.
Mas acerca de Israel dice: Todo el día extendí mis manos á un pueblo rebelde y contradictor.
Y David dice: Séales vuelta su mesa en lazo, y en red, y en tropezadero, y en paga:
Y si el primer fruto es santo, también lo es el todo, y si la raíz es santa, también lo son las ramas.
Pues las ramas, dirás, fueron quebradas para que yo fuese ingerido.
Que si Dios no perdonó á las ramas naturales, á ti tampoco no perdone.
Porque sin arrepentimiento son las mercedes y la vocación de Dios.
¿O quién le dió á él primero, para que le sea pagado?
O si ministerio, en servir; ó el que enseña, en doctrina;
El amor sea sin fingimiento: aborreciendo lo malo, llegándoos á lo bueno;
Comunicando á las necesidades de los santos; siguiendo la hospitalidad.
Gozaos con los que se gozan: llorad con los que lloran.
No paguéis á nadie mal por mal; procurad lo bueno delante de todos los hombres.
Si se puede hacer, cuanto está en vosotros, tened paz con todos los hombres.
No debáis á nadie nada, sino amaros unos á otros; porque el que ama al prójimo, cumplió la ley.
Mas vestíos del Señor Jesucristo, y no hagáis caso de la carne en sus deseos.
Porque ninguno de nosotros vive para sí, y ninguno muere para sí.
De manera que, cada uno de nosotros dará á Dios razón de sí.
Así que, sigamos lo que hace á la paz, y á la edificación de los unos á los otros.
Bueno es no comer carne, ni beber vino, ni nada en que tu hermano tropiece, ó se ofenda, ó sea debilitado.
¿Tienes tú fe? Tenla para contigo delante de Dios. Bienaventurado el que no se condena á sí mismo con lo que aprueba.
Cada uno de nosotros agrade á su prójimo en bien, á edificación.
Para que concordes, á una boca glorifiquéis al Dios y Padre de nuestro Señor Jesucristo.
Y otra vez dice: Alegraos, Gentiles, con su pueblo.
Y otra vez: Alabad al Señor todos los Gentiles, y magnificadle, todos los pueblos.
Tengo, pues, de qué gloriarme en Cristo Jesús en lo que mira á Dios.
Sino, como está escrito: A los que no fué anunciado de él, verán: y los que no oyeron, entenderán.
Mas ahora parto para Jerusalem á ministrar á los santos.
Así que, cuando hubiere concluído esto, y les hubiere consignado este fruto, pasaré por vosotros á España.
Y sé que cuando llegue á vosotros, llegaré con abundancia de la bendición del evangelio de Cristo.
Para que con gozo llegue á vosotros por la voluntad de Dios, y que sea recreado juntamente con vosotros.
Y el Dios de paz sea con todos vosotros. Amén.
Asimismo á la iglesia de su casa. Saludad á Epeneto, amado mío, que es las primicias de Acaya en Cristo.
Saludad á Urbano, nuestro ayudador en Cristo Jesús, y á Stachîs, amado mío.
Saludad á Herodión, mi pariente. Saludad á los que son dela casa deNarciso, los que están en el Señor.
Saludad á Rufo, escogido en el Señor, y á su madre y mía.
Saludad á Asíncrito, y á Flegonte, á Hermas, á Patrobas, á Hermes, y á los hermanos que están con ellos.
Fiel es Dios, por el cual sois llamados á la participación de su Hijo Jesucristo nuestro Señor.
Porque está escrito: Destruiré la sabiduría de los sabios, y desecharé la inteligencia de los entendidos.
Porque lo loco de Dios es más sabio que los hombres; y lo flaco de Dios es más fuerte que los hombres.
Para que ninguna carne se jacte en su presencia.
Para que, como está escrito: El que se gloría, gloríese en el Señor.
Porque no me propuse saber algo entre vosotros, sino á Jesucristo, y á éste crucificado.
Para que vuestra fe no esté fundada en sabiduría de hombres, mas en poder de Dios.
Empero Dios nos lo reveló á nosotros por el Espíritu: porque el Espíritu todo lo escudriña, aun lo profundo de Dios.
Porque ¿quién conoció la mente del Señor? ¿quién le instruyó? Mas nosotros tenemos la mente de Cristo.
De manera que yo, hermanos, no pude hablaros como á espirituales, sino como á carnales, como á niños en Cristo.
Porque diciendo el uno: Yo cierto soy de Pablo; y el otro: Yo de Apolos; ¿no sois carnales?
Yo planté, Apolos regó: mas Dios ha dado el crecimiento.
Así que, ni el que planta es algo, ni el que riega; sino Dios, que da el crecimiento.
Y el que planta y el que riega son una misma cosa; aunque cada uno recibirá su recompensa conforme á su labor.
Porque nosotros, coadjutores somos de Dios; y vosotros labranza de Dios sois, edificio de Dios sois.
Porque nadie puede poner otro fundamento que el que está puesto, el cual es Jesucristo.
Si la obra de alguno fuere quemada, será perdida: él empero será salvo, mas así como por fuego.
¿No sabéis que sois templo de Dios, y que el Espíritu de Dios mora en vosotros?
Téngannos los hombres por ministros de Cristo, y dispensadores de los misterios de Dios.
Mas ahora se requiere en los dispensadores, que cada uno sea hallado fiel.
Y trabajamos, obrando con nuestras manos: nos maldicen, y bendecimos: padecemos persecución, y sufrimos:
No escribo esto para avergonzaros: mas amonéstoos como á mis hijos amados.
Por tanto, os ruego que me imitéis.
Mas algunos están envanecidos, como si nunca hubiese yo de ir á vosotros.
Porque el reino de Dios no consiste en palabras, sino en virtud.
¿Qué queréis? ¿iré á vosotros con vara, ó con caridad y espíritu de mansedumbre?
No es buena vuestra jactancia. ¿No sabéis que un poco de levadura leuda toda la masa?
Os he escrito por carta, que no os envolváis con los fornicarios:
Porque ¿qué me va á mí en juzgar á los que están fuera? ¿No juzgáis vosotros á los que están dentro?
Porque á los que están fuera, Dios juzgará: quitad pues á ese malo de entre vosotros.
¿Osa alguno de vosotros, teniendo algo con otro, ir á juicio delante de los injustos, y no delante de los santos?
Sino que el hermano con el hermano pleitea en juicio, y esto ante los infieles?
Empero vosotros hacéis la injuria, y defraudáis, y esto á los hermanos.
Ni los ladrones, ni los avaros, ni los borrachos, ni los maldicientes, ni los robadores, heredarán el reino de Dios.
¿O no sabéis que el que se junta con una ramera, es hecho con ella un cuerpo? porque serán, dice, los dos en una carne.
Cuanto á las cosas de que me escribisteis, bien es al hombre no tocar mujer.
Mas esto digo por permisión, no por mandamiento.
Y la mujer que tiene marido infiel, y él consiente en habitar con ella, no lo deje.
Cada uno en la vocación en que fué llamado, en ella se quede.
¿Eres llamado siendo siervo? no se te dé cuidado: mas también si puedes hacerte libre, procúralo más.
Tengo, pues, esto por bueno á causa de la necesidad que apremia, que bueno es al hombre estarse así.
¿Estás ligado á mujer? no procures soltarte. ¿Estás suelto de mujer? no procures mujer.
Así que, el que la da en casamiento, bien hace; y el que no la da en casamiento, hace mejor.
Empero más venturosa será si se quedare así, según mi consejo; y pienso que también yo tengo Espíritu de Dios.
Mas si alguno ama á Dios, el tal es conocido de él.
De esta manera, pues, pecando contra los hermanos, é hiriendo su flaca conciencia, contra Cristo pecáis.
Qué, ¿no tenemos potestad de comer y de beber?
Si nosotros os sembramos lo espiritual, ¿es gran cosa si segáremos lo vuestro carnal?
Así también ordenó el Señor á los que anuncian el evangelio, que vivan del evangelio.
Por lo cual, si lo hago de voluntad, premio tendré; mas si por fuerza, la dispensación me ha sido encargada.
Por lo cual, siendo libre para con todos, me he hecho siervo de todos por ganar á más.
Porque no quiero, hermanos, que ignoréis que nuestros padres todos estuvieron bajo la nube, y todos pasaron la mar;
Mas de muchos de ellos no se agradó Dios; por lo cual fueron postrados en el desierto.
Empero estas cosas fueron en figura de nosotros, para que no codiciemos cosas malas, como ellos codiciaron.
Ni forniquemos, como algunos de ellos fornicaron, y cayeron en un día veinte y tres mil.
Ni murmuréis, como algunos de ellos murmuraron, y perecieron por el destructor.
Así que, el que piensa estar firme, mire no caiga.
Porque un pan, es que muchos somos un cuerpo; pues todos participamos de aquel un pan.
¿Qué pues digo? ¿Que el ídolo es algo? ¿ó que sea algo lo que es sacrificado á los ídolos?
¿O provocaremos á celo al Señor? ¿Somos más fuertes que él?
Porque del Señor es la tierra y lo que la hinche.
Y si yo con agradecimiento participo, ¿por qué he de ser blasfemado por lo que doy gracias?
Sed sin ofensa á Judíos, y á Gentiles, y á la iglesia de Dios:
Sed imitadores de mí, así como yo de Cristo.
Todo varón que ora ó profetiza cubierta la cabeza, afrenta su cabeza.
Porque tampoco el varón fué criado por causa de la mujer, sino la mujer por causa del varón.
Mas ni el varón sin la mujer, ni la mujer sin el varón, en el Señor.
Por el contrario, á la mujer criar el cabello le es honroso; porque en lugar de velo le es dado el cabello.
Con todo eso, si alguno parece ser contencioso, nosotros no tenemos tal costumbre, ni las iglesias de Dios.
Esto empero os denuncio, que no alabo, que no por mejor sino por peor os juntáis.
Cuando pues os juntáis en uno, esto no es comer la cena del Señor:
Porque cada uno toma antes para comer su propia cena; y el uno tiene hambre, y el otro está embriagado.
Que si nos examinásemos á nosotros mismos, cierto no seríamos juzgados.
Mas siendo juzgados, somos castigados del Señor, para que no seamos condenados con el mundo.
Así, que, hermanos míos, cuando os juntáis á comer, esperaos unos á otros.
Y acerca de losdonesespirituales, no quiero, hermanos, que ignoréis.
Sabéis que cuando erais Gentiles, ibais, como erais llevados, á los ídolos mudos.
Empero hay repartimiento de dones; mas el mismo Espíritues.
Y hay repartimiento de ministerios; mas el mismo Señores.
Empero á cada uno le es dada manifestación del Espíritu para provecho.
Mas todas estas cosas obra uno y el mismo Espíritu, repartiendo particularmente á cada uno como quiere.
Pues ni tampoco el cuerpo es un miembro, sino muchos.
Y si dijere la oreja: Porque no soy ojo, no soy del cuerpo: ¿por eso no será del cuerpo?
Si todo el cuerpo fuese ojo, ¿dónde estaría el oído? Si todo fuese oído, ¿dónde estaría el olfato?
Mas ahora muchos miembros son á la verdad, empero un cuerpo.
Para que no haya desavenencia en el cuerpo, sino que los miembros todos se interesen los unos por los otros.
Pues vosotros sois el cuerpo de Cristo, y miembros en parte.
¿Tienen todos dones de sanidad? ¿hablan todos lenguas? ¿interpretan todos?
Empero procurad los mejores dones: mas aun yo os muestro un camino más excelente.
No es injuriosa, no busca lo suyo, no se irrita, no piensa el mal;
Porque en parte conocemos, y en parte profetizamos;
Seguid la caridad; y procurad losdonesespirituales, mas sobre todo que profeticéis.
El que habla lengua extraña, á sí mismo se edifica; mas el que profetiza, edifica á la iglesia.
Y si la trompeta diere sonido incierto, ¿quién se apercibirá á la batalla?
Tantos géneros de voces, por ejemplo, hay en el mundo, y nada hay mudo;
Así también vosotros; pues que anheláis espirituales dones, procurad ser excelentes para la edificación de la iglesia.
Por lo cual, el que habla lengua extraña, pida que la interprete.
Porque tú, á la verdad, bien haces gracias; mas el otro no es edificado.
Doy gracias á Dios que hablo lenguas más que todos vosotros:
Hermanos, no seáis niños en el sentido, sino sed niños en la malicia: empero perfectos en el sentido.
Mas si todos profetizan, y entra algún infiel ó indocto, de todos es convencido, de todos es juzgado;
Si hablare alguno en lengua extraña, sea esto por dos, ó á lo más tres, y por turno; mas uno interprete.
Y si no hubiere intérprete, calle en la iglesia, y hable á sí mismo y á Dios.
Asimismo, los profetas hablen dos ó tres, y los demás juzguen.
Porque podéis todos profetizar uno por uno, para que todos aprendan, y todos sean exhortados.
Porque Dios no es Dios de disensión, sino de paz; como en todas las iglesias de los santos.
Empero hágase todo decentemente y con orden.
Y que apareció á Cefas, y después á los doce.
Después apareció á más de quinientos hermanos juntos; de los cuales muchos viven aún, y otros son muertos.
Porque, ó sea yo ó sean ellos, así predicamos, y así habéis creído.
Y si Cristo no resucitó, vana es entonces nuestra predicación, vana es también vuestra fe.
Porque si los muertos no resucitan, tampoco Cristo resucitó:
Y si Cristo no resucitó, vuestra fe es vana; aun estáis en vuestros pecados.
Si en esta vida solamente esperamos en Cristo, los más miserables somos de todos los hombres.
Mas ahora Cristo ha resucitado de los muertos; primicias de los que durmieron es hecho.
Porque por cuanto la muerte entró por un hombre, también por un hombre la resurrección de los muertos.
Porque así como en Adam todos mueren, así también en Cristo todos serán vivificados.
Porque es menester que él reine, hasta poner á todos sus enemigos debajo de sus pies.
Y el postrer enemigo que será deshecho, será la muerte.
¿Y por qué nosotros peligramos á toda hora?
Sí, por la gloria que en orden á vosotros tengo en Cristo Jesús Señor nuestro, cada día muero.
Velad debidamente, y no pequéis; porque algunos no conocen á Dios: para vergüenza vuestra hablo.
Mas dirá alguno: ¿Cómo resucitarán los muertos? ¿Con qué cuerpo vendrán?
Necio, lo que tú siembras no se vivifica, si no muriere antes.
Y lo que siembras, no siembras el cuerpo que ha de salir, sino el grano desnudo, acaso de trigo, ó de otro grano:
Así también es la resurrección de los muertos. Se siembra en corrupción, se levantará en incorrupción;
Se siembra en vergüenza, se levantará con gloria; se siembra en flaqueza, se levantará con potencia;
Así también está escrito: Fué hecho el primer hombre Adam en ánima viviente; el postrer Adam en espíritu vivificante.
Mas lo espiritual no es primero, sino lo animal; luego lo espiritual.
El primer hombre, es de la tierra, terreno: el segundo hombre, que es el Señor, es del cielo.
Y como trajimos la imagen del terreno, traeremos también la imagen del celestial.
Porque es menester que esto corruptible sea vestido de incorrupción, y esto mortal sea vestido de inmortalidad.
¿Dónde está, oh muerte, tu aguijón? ¿dónde, oh sepulcro, tu victoria?
Mas á Dios gracias, que nos da la victoria por el Señor nuestro Jesucristo.
Cuanto á la colecta para los santos, haced vosotros también de la manera que ordené en las iglesias de Galacia.
Y si fuere digno el negocio de que yo también vaya, irán conmigo.
Y á vosotros iré, cuando hubiere pasado por Macedonia, porque por Macedonia tengo de pasar:
Porque no os quiero ahora ver de paso; porque espero estar con vosotros algún tiempo, si el Señor lo permitiere.
Y si llegare Timoteo, mirad que esté con vosotros seguramente; porque la obra del Señor hace también como yo.
Velad, estad firmes en la fe; portaos varonilmente, y esforzaos.
Todas vuestras cosas sean hechas con caridad.
Que vosotros os sujetéis á los tales, y á todos los que ayudan y trabajan.
Huélgome de la venida de Estéfanas y de Fortunato y de Achâico: porque éstos suplieron lo que á vosotros faltaba.
Os saludan todos los hermanos. Saludaos los unos á los otros con ósculo santo.
El que no amare al Señor Jesucristo, sea anatema. Maranatha.
La gracia del Señor Jesucristo sea con vosotros.
Antes, Dios fiel sabe que nuestra palabra para con vosotros no es Sí y No.
El cual también nos ha sellado, y dado la prenda del Espíritu en nuestros corazones.
Mas yo llamo á Dios por testigo sobre mi alma, que por ser indulgente con vosotros no he pasado todavía á Corinto.
Esto pues determiné para conmigo, no venir otra vez á vosotros con tristeza.
Porque si yo os contristo, ¿quién será luego el que me alegrará, sino aquel á quien yo contristare?
Que si alguno me contristó, no me contristó á mí, sino en parte, por no cargaros, á todos vosotros.
Por lo cual os ruego que confirméis el amor para con él.
Porque también por este fin os escribí, para tener experiencia de vosotros si sois obedientes en todo.
Porque no seamos engañados de Satanás: pues no ignoramos sus maquinaciones.
Porque para Dios somos buen olor de Cristo en los que se salvan, y en los que se pierden:
¿Cómo no será más bien con gloria el ministerio del espíritu?
Porque si el ministerio de condenación fué con gloria, mucho más abundará en gloria el ministerio de justicia.
Porque si lo que perece tuvo gloria, mucho más será en gloria lo que permanece.
Y aun hasta el día de hoy, cuando Moisés es leído, el velo está puesto sobre el corazón de ellos.
Estando atribulados en todo, mas no angustiados; en apuros, mas no desesperamos;
Perseguidos, mas no desamparados; abatidos, mas no perecemos;
Puesto que en verdad habremos sido hallados vestidos, y no desnudos.
Mas el que nos hizo para esto mismo, es Dios; el cual nos ha dado la prenda del Espíritu.
Al que no conoció pecado, hizo pecado por nosotros, para que nosotros fuésemos hechos justicia de Dios en él.
Nuestra boca está abierta á vosotros, oh Corintios: nuestro corazón es ensanchado.
No estáis estrechos en nosotros, mas estáis estrechos en vuestras propias entrañas.
¿Y qué concordia Cristo con Belial? ¿ó qué parte el fiel con el infiel?
Y seré á vosotros Padre, y vosotros me seréis á mí hijos é hijas, dice el Señor Todopoderoso.
Admitidnos: á nadie hemos injuriado, á nadie hemos corrompido, á nadie hemos engañado.
No para condenaroslo digo; que ya he dicho antes que estáis en nuestros corazones, para morir y para vivir juntamente.
Me gozo de que en todo estoy confiado de vosotros.
Pidiéndonos con muchos ruegos, que aceptásemos la gracia y la comunicación del servicio para los santos.
Porque si primero hay la voluntad pronta, será acepta por lo que tiene, no por lo que no tiene.
Y enviamos juntamente con él al hermano cuya alabanza en el evangelio es por todas las iglesias;
Evitando que nadie nos vitupere en esta abundancia que ministramos;
Procurando las cosas honestas, no sólo delante del Señor, mas aun delante de los hombres.
Como está escrito: Derramó, dió á los pobres; su justicia permanece para siempre.
Para que estéis enriquecidos en todo para toda bondad, la cual obra por nosotros hacimiento de gracias á Dios.
Gracias á Dios por su don inefable.
Porque no parezca como que os quiero espantar por cartas.
Mas el que se gloría, gloríese en el Señor.
Ojalá toleraseis un poco mi locura; empero toleradme.
Cierto pienso que en nada he sido inferior á aquellos grandes apóstoles.
He despojado las otras iglesias, recibiendo salario para ministraros á vosotros.
¿Por qué? ¿porque no os amo? Dios lo sabe.
Y no es maravilla, porque el mismo Satanás se transfigura en ángel de luz.
Lo que hablo, no lo hablo según el Señor, sino como en locura, con esta confianza de gloria.
Pues que muchos se glorían según la carne, también yo me gloriaré.
El Dios y Padre del Señor nuestro Jesucristo, que es bendito por siglos, sabe que no miento.
Y fuí descolgado del muro en un serón por una ventana, y escapé de sus manos.
Que fué arrebatado al paraíso, donde oyó palabras secretas que el hombre no puede decir.
De este tal me gloriaré, mas de mí mismo nada me gloriaré, sino en mis flaquezas.
Mas sea así, yo no os he agravado: sino que, como soy astuto, os he tomado por engaño.
¿Acaso os he engañado por alguno de los que he enviado á vosotros?
Esta tercera vez voy á vosotros. En la boca de dos ó de tres testigos consistirá todo negocio.
Pues buscáis una prueba de Cristo que habla en mí, el cual no es flaco para con vosotros, antes es poderoso en vosotros.
Mas espero que conoceréis que nosotros no somos reprobados.
Porque ninguna cosa podemos contra la verdad, sino por la verdad.
Por lo cual nos gozamos que seamos nosotros flacos, y que vosotros estéis fuertes; y aun deseamos vuestra perfección.
Y todos los hermanos que están conmigo, á las iglesias de Galacia:
No que hay otro, sino que hay algunos que os inquietan, y quieren pervertir el evangelio de Cristo.
Mas os hago saber, hermanos, que el evangelio que ha sido anunciado por mí, no es según hombre;
Pues ni yo lo recibí, ni lo aprendí de hombre, sino por revelación de Jesucristo.
Después, pasados tres años, fuí á Jerusalem á ver á Pedro, y estuve con él quince días.
Y en esto que os escribo, he aquí, delante de Dios, no miento.
Después fuí á las partes de Siria y de Cilicia;
Mas ni aun Tito, que estaba conmigo, siendo Griego, fué compelido á circuncidarse.
Solamente nos pidieron que nos acordásemos de los pobres; lo mismo que fuí también solícito en hacer.
Empero viniendo Pedro á Antioquía, le resistí en la cara, porque era de condenar.
Porque si las cosas que destruí, las mismas vuelvo á edificar, transgresor me hago.
No desecho la gracia de Dios: porque si por la ley fuese la justicia, entonces por demás murió Cristo.
Esto solo quiero saber de vosotros: ¿Recibisteis el Espíritu por las obras de la ley, ó por el oir de la fe?
¿Tan necios sois? ¿habiendo comenzado por el Espíritu, ahora os perfeccionáis por la carne?
Luego los de la fe son benditos con el creyente Abraham.
Mas por cuanto por la ley ninguno se justifica para con Dios, queda manifiesto: Que el justo por la fe vivirá.
La ley también no es de la fe; sino, El hombre que los hiciere, vivirá en ellos.
Y el mediador no es de uno, pero Dios es uno.
De manera que la ley nuestro ayo fué para llevarnos á Cristo, para que fuésemos justificados por la fe.
Porque todos los que habéis sido bautizados en Cristo, de Cristo estáis vestidos.
Mas está debajo de tutores y curadores hasta el tiempo señalado por el padre.
Así también nosotros, cuando éramos niños, éramos siervos bajo los rudimentos del mundo.
Y por cuanto sois hijos, Dios envió el Espíritu de su Hijo en vuestros corazones, el cual clama: Abba, Padre.
Así que ya no eres más siervo, sino hijo; y si hijo, también heredero de Dios por Cristo.
Antes, en otro tiempo, no conociendo á Dios, servíais á los que por naturaleza no son dioses:
Temo de vosotros, que no haya trabajado en vano en vosotros.
¿Heme pues hecho vuestro enemigo, diciéndoos la verdad?
Tienen celos de vosotros, pero no bien: antes os quieren echar fuera para que vosotros los celéis á ellos.
Bueno es ser celosos en bien siempre; y no solamente cuando estoy presente con vosotros.
Querría cierto estar ahora con vosotros, y mudar mi voz; porque estoy perplejo en cuanto á vosotros.
Decidme, los que queréis estar debajo de la ley, ¿no habéis oído la ley?
Mas la Jerusalem de arriba libre es; la cual es la madre de todos nosotros.
De manera, hermanos, que no somos hijos de la sierva, mas de la libre.
He aquí yo Pablo os digo, que si os circuncidareis, Cristo no os aprovechará nada.
Vacíos sois de Cristo los que por la ley os justificáis; de la gracia habéis caído.
Porque nosotros por el Espíritu esperamos la esperanza de la justicia por la fe.
Vosotros corríais bien: ¿quién os embarazó para no obedecer á la verdad?
Ojalá fuesen también cortados los que os inquietan.
Porque toda la ley en aquesta sola palabra se cumple: Amarás á tu prójimo como á ti mismo.
Mansedumbre, templanza: contra tales cosas no hay ley.
Porque los que son de Cristo, han crucificado la carne con los afectos y concupiscencias.
Si vivimos en el Espíritu, andemos también en el Espíritu.
No seamos codiciosos de vana gloria, irritando los unos á los otros, envidiándose los unos á los otros.
Sobrellevad los unos las cargas de los otros; y cumplid así la ley de Cristo.
Porque el que estima de sí que es algo, no siendo nada, á sí mismo se engaña.
Así que cada uno examine su obra, y entonces tendrá gloria sólo respecto de sí mismo, y no en otro.
Y el que es enseñado en la palabra, comunique en todos los bienes al que lo instruye.
Mirad en cuán grandes letras os he escrito de mi mano.
Porque en Cristo Jesús, ni la circuncisión vale nada, ni la incircuncisión, sino la nueva criatura.
Y todos los que anduvieren conforme á esta regla, paz sobre ellos, y misericordia, y sobre el Israel de Dios.
De aquí adelante nadie me sea molesto; porque yo traigo en mi cuerpo las marcas del Señor Jesús.
Hermanos, la gracia de nuestro Señor Jesucristo sea con vuestro espíritu. Amén. Enviada de Roma á los Gálatas.
Para alabanza de la gloria de su gracia, con la cual nos hizo aceptos en el Amado:
Para que seamos para alabanza de su gloria, nosotros que antes esperamos en Cristo.
Que es las arras de nuestra herencia, para la redención de la posesión adquirida para alabanza de su gloria.
No por obras, para que nadie se gloríe.
Y reconciliar por la cruz con Dios á ambos en un mismo cuerpo, matando en ella las enemistades.
Que por él los unos y los otros tenemos entrada por un mismo Espíritu al Padre.
Edificados sobre el fundamento de los apóstoles y profetas, siendo la principal piedra del ángulo Jesucristo mismo;
En el cual, compaginado todo el edificio, va creciendo para ser un templo santo en el Señor:
En el cual vosotros también sois juntamente edificados, para morada de Dios en Espíritu.
En el cual tenemos seguridad y entrada con confianza por la fe de él.
Por tanto, pido que no desmayéis á causa de mis tribulaciones por vosotros, las cuales son vuestra gloria.
A él sea gloria en la iglesia por Cristo Jesús, por todas edades del siglo de los siglos. Amén.
Un Dios y Padre de todos, el cual es sobre todas las cosas, y por todas las cosas, y en todos vosotros.
Empero á cada uno de nosotros es dada la gracia conforme á la medida del don de Cristo.
Por lo cual dice: Subiendo á lo alto, llevó cautiva la cautividad, y dió dones á los hombres.
Y él mismo dió unos, ciertamente apóstoles; y otros, profetas; y otros, evangelistas; y otros, pastores y doctores;
Y vestir el nuevo hombre que es criado conforme á Dios en justicia y en santidad de verdad.
Ni deis lugar al diablo.
Sed, pues, imitadores de Dios como hijos amados:
Pero fornicación y toda inmundicia, ó avaricia, ni aun se nombre entre vosotros, como conviene á santos;
No seáis pues aparceros con ellos;
Aprobando lo que es agradable al Señor.
Mas todas las cosas cuando son redargüidas, son manifestadas por la luz; porque lo que manifiesta todo, la luz es.
Por lo cual dice: Despiértate, tú que duermes, y levántate de los muertos, y te alumbrará Cristo.
Redimiendo el tiempo, porque los días son malos.
Sujetados los unos á los otros en el temor de Dios.
Así que, como la iglesia está sujeta á Cristo, así también las casadas lo estén á sus maridos en todo.
Porque somos miembros de su cuerpo, de su carne y de sus huesos.
Este misterio grande es: mas yo digo esto con respecto á Cristo y á la iglesia.
Hijos, obedeced en el Señor á vuestros padres; porque esto es justo.
Para que te vaya bien, y seas de larga vida sobre la tierra.
Por lo demás, hermanos míos, confortaos en el Señor, y en la potencia de su fortaleza.
Vestíos de toda la armadura de Dios, para que podáis estar firmes contra las asechanzas del diablo.
Por el cual soy embajador en cadenas; que resueltamente hable de él, como debo hablar.
Paz sea á los hermanos y amor con fe, de Dios Padre y del Señor Jesucristo.
Por vuestra comunión en el evangelio, desde el primer día hasta ahora:
Estando confiado de esto, que el que comenzó en vosotros la buena obra, la perfeccionará hasta el día de Jesucristo;
Porque Dios me es testigo de cómo os amo á todos vosotros en las entrañas de Jesucristo.
Llenos de frutos de justicia, que son por Jesucristo, á gloria y loor de Dios.
Porque para mí el vivir es Cristo, y el morir es ganancia.
No mirando cada uno á lo suyo propio, sino cada cual también á lo de los otros.
Sin embargo, se anonadó á sí mismo, tomando forma de siervo, hecho semejante á los hombres;
Así que á éste espero enviaros, luego que yo viere cómo van mis negocios;
Guardaos de los perros, guardaos de los malos obreros, guardaos del cortamiento.
Cuanto al celo, perseguidor de la iglesia; cuanto á la justicia que es en la ley, irreprensible.
Pero las cosas que para mí eran ganancias, helas reputado pérdidas por amor de Cristo.
Si en alguna manera llegase á la resurrección de los muertos.
Prosigo al blanco, al premio de la soberana vocación de Dios en Cristo Jesús.
Empero en aquello á que hemos llegado, vamos por la misma regla, sintamos una misma cosa.
Cuyo fin será perdición, cuyo dios es el vientre, y su gloria es en confusión; que sienten lo terreno.
Así que, hermanos míos amados y deseados, gozo y corona mía, estad así firmes en el Señor, amados.
Vuestra modestia sea conocida de todos los hombres. El Señor está cerca.
Lo que aprendisteis y recibisteis y oísteis y visteis en mí, esto haced; y el Dios de paz será con vosotros.
No lo digo en razón de indigencia, pues he aprendido á contentarme con lo que tengo.
Todo lo puedo en Cristo que me fortalece.
Sin embargo, bien hicisteis que comunicasteis juntamente á mi tribulación.
No porque busque dádivas; mas busco fruto que abunde en vuestra cuenta.
Saludad á todos los santos en Cristo Jesús. Los hermanos que están conmigo os saludan.
Todos los santos os saludan, y mayormente los que son de casa de César.
La gracia de nuestro Señor Jesucristo sea con todos vosotros. Amén. Escrita de Roma con Epafrodito.
El cual también nos ha declarado vuestro amor en el Espíritu.
En el cual tenemos redención por su sangre, la remisión de pecados:
El cual es la imagen del Dios invisible, el primogénito de toda criatura.
Y él es antes de todas las cosas, y por él todas las cosas subsisten:
En lo cual aun trabajo, combatiendo según la operación de él, la cual obra en mí poderosamente.
En el cual están escondidos todos los tesoros de sabiduría y conocimiento.
Y esto digo, para que nadie os engañe con palabras persuasivas.
Y en él estáis cumplidos, el cual es la cabeza de todo principado y potestad:
Lo cual es la sombra de lo por venir; mas el cuerpo es de Cristo.
(Las cuales cosas son todas para destrucción en el uso mismo), en conformidad á mandamientos y doctrinas de hombres?
Poned la mira en las cosas de arriba, no en las de la tierra.
Porque muertos sois, y vuestra vida está escondida con Cristo en Dios.
Cuando Cristo, vuestra vida, se manifestare, entonces vosotros también seréis manifestados con él en gloria.
Por las cuales cosas la ira de Dios viene sobre los hijos de rebelión.
Mas ahora, dejad también vosotros todas estas cosas: ira, enojo, malicia, maledicencia, torpes palabras de vuestra boca.
Y sobre todas estas cosas vestíos de caridad, la cual es el vínculo de la perfección.
Y la paz de Dios gobierne en vuestros corazones, á la cual asimismo sois llamados en un cuerpo; y sed agradecidos.
Maridos, amad á vuestras mujeres, y no seáis desapacibles con ellas.
Padres, no irritéis á vuestros hijos, porque no se hagan de poco ánimo.
Sabiendo que del Señor recibiréis la compensación de la herencia: porque al Señor Cristo servís.
Mas el que hace injuria, recibirá la injuria que hiciere; que no hay acepción de personas.
Amos, haced lo que es justo y derecho con vuestros siervos, sabiendo que también vosotros tenéis amo en los cielos.
Para que lo manifieste como me conviene hablar.
Andad en sabiduría para con los extraños, redimiendo el tiempo.
Sea vuestra palabra siempre con gracia, sazonada con sal; para que sepáis cómo os conviene responder á cada uno.
Porque le doy testimonio, que tiene gran celo por vosotros, y por los que están en Laodicea, y los que en Hierápolis.
Saludad á los hermanos que están en Laodicea, y á Nimfas, y á la iglesia que está en su casa.
En tal manera que habéis sido ejemplo á todos los que han creído en Macedonia y en Acaya.
Porque nuestra exhortación no fué de error, ni de inmundicia, ni por engaño;
Antes fuimos blandos entre vosotros como la que cría, que regala á sus hijos:
Por lo cual quisimos ir á vosotros, yo Pablo á la verdad, una vez y otra; mas Satanás nos embarazó.
Que vosotros sois nuestra gloria y gozo.
Orando de noche y de día con grande instancia, que veamos vuestro rostro, y que cumplamos lo que falta á vuestra fe?
Mas el mismo Dios y Padre nuestro, y el Señor nuestro Jesucristo, encamine nuestro viaje á vosotros.
Porque ya sabéis qué mandamientos os dimos por el Señor Jesús.
A fin de que andéis honestamente para con los extraños, y no necesitéis de nada.
Porque si creemos que Jesús murió y resucitó, así también traerá Dios con él á los que durmieron en Jesús.
Mas vosotros, hermanos, no estáis en tinieblas, para que aquel día os sobrecoja como ladrón;
Por tanto, no durmamos como los demás; antes velemos y seamos sobrios.
Porque los que duermen, de noche duermen; y los que están borrachos, de noche están borrachos.
Por lo cual, consolaos los unos á los otros, y edificaos los unos á los otros, así como lo hacéis.
Y que los tengáis en mucha estima por amor de su obra. Tened paz los unos con los otros.
Mirad que ninguno dé á otro mal por mal; antes seguid lo bueno siempre los unos para con los otros, y para con todos.
Estad siempre gozosos.
Dad gracias en todo; porque esta es la voluntad de Dios para con vosotros en Cristo Jesús.
No apaguéis el Espíritu.
No menospreciéis las profecías.
Examinadlo todo; retened lo bueno.
Apartaos de toda especie de mal.
Fiel es el que os ha llamado; el cual también lo hará.
Hermanos, orad por nosotros.
Gracia y paz á vosotros de Dios nuestro Padre y del Señor Jesucristo.
¿No os acordáis que cuando estaba todavía con vosotros, os decía esto?
Y ahora vosotros sabéis lo que impide, para que á su tiempo se manifieste.
Para que sean condenados todos los que no creyeron á la verdad, antes consintieron á la iniquidad.
A lo cual os llamó por nuestro evangelio, para alcanzar la gloria de nuestro Señor Jesucristo.
Y que seamos librados de hombres importunos y malos; porque no es de todos la fe.
Mas fiel es el Señor, que os confirmará y guardará del mal.
Y tenemos confianza de vosotros en el Señor, que hacéis y haréis lo que os hemos mandado.
Y el Señor enderece vuestros corazones en el amor de Dios, y en la paciencia de Cristo.
No porque no tuviésemos potestad, sino por daros en nosotros un dechado, para que nos imitaseis.
Porque aun estando con vosotros, os denunciábamos esto: Que si alguno no quisiere trabajar, tampoco coma.
Porque oímos que andan algunos entre vosotros fuera de orden, no trabajando en nada, sino ocupados en curiosear.
Mas no lo tengáis como á enemigo, sino amonestadle como á hermano.
Y el mismo Señor de paz os dé siempre paz en toda manera. El Señor sea con todos vosotros.
Salud de mi mano, Pablo, que es mi signo en toda carta mía: así escribo.
Según el evangelio de la gloria del Dios bendito, el cual á mí me ha sido encargado.
Mas la gracia de nuestro Señor fué más abundante con la fe y amor queesen Cristo Jesús.
De los cuales son Himeneo y Alejandro, los cuales entregué á Satanás, para que aprendan á no blasfemar.
Sino de buenas obras, como conviene á mujeres que profesan piedad.
Porque no permito á la mujer enseñar, ni tomar autoridad sobre el hombre, sino estar en silencio.
Porque Adam fué formado el primero, después Eva;
Y Adam no fué engañado, sino la mujer, siendo seducida, vino á ser envuelta en transgresión:
No amador del vino, no heridor, no codicioso de torpes ganancias, sino moderado, no litigioso, ajeno de avaricia;
Que gobierne bien su casa, que tenga sus hijos en sujeción con toda honestidad;
No un neófito, porque inflándose no caiga en juicio del diablo.
Que tengan el misterio de la fe con limpia conciencia.
Y éstos también sean antes probados; y así ministren, si fueren sin crimen.
Las mujeres asimismo, honestas, no detractoras, templadas, fieles en todo.
Los diáconos sean maridos de una mujer, que gobiernen bien sus hijos y sus casas.
Porque todo lo que Dios crió es bueno, y nada hay que desechar, tomándose con hacimiento de gracias:
Mas las fábulas profanas y de viejas desecha, y ejercítate para la piedad.
Entre tanto que voy, ocúpate en leer, en exhortar, en enseñar.
No descuides el don que está en ti, que te es dado por profecía con la imposición de las manos del presbiterio.
Medita estas cosas; ocúpate en ellas; para que tu aprovechamiento sea manifiesto á todos.
Honra á las viudas que en verdad son viudas.
Pero la que vive en delicias, viviendo está muerta.
Denuncia pues estas cosas, para que sean sin reprensión.
A los que pecaren, repréndelos delante de todos, para que los otros también teman.
No impongas de ligero las manos á ninguno, ni comuniques en pecados ajenos: consérvate en limpieza.
Los pecados de algunos hombres, antes que vengan ellos á juicio, son manifiestos; mas á otros les vienen después.
Asimismo las buenas obras antes son manifiestas; y las que son de otra manera, no pueden esconderse.
Empero grande granjería es la piedad con contentamiento.
Porque nada hemos traído á este mundo, y sin duda nada podremos sacar.
Así que, teniendo sustento y con qué cubrirnos, seamos contentos con esto.
La cual á su tiempo mostrará el Bienaventurado y solo Poderoso, Rey de reyes, y Señor de señores;
Que hagan bien, que sean ricos en buenas obras, dadivosos, que con facilidad comuniquen;
A Timoteo, amado hijo: Gracia, misericordia, ypaz de Dios el Padre y de Jesucristo nuestro Señor.
Deseando verte, acordándome de tus lágrimas, para ser lleno de gozo;
Por lo cual te aconsejo que despiertes el don de Dios, que está en ti por la imposición de mis manos.
Retén la forma de las sanas palabras que de mí oíste, en la fe y amor que es en Cristo Jesús.
Guarda el buen depósito por el Espíritu Santo que habita en nosotros.
Yasabes esto, que me han sido contrarios todos los que son en Asia, de los cuales son Figello y Hermógenes.
Pues tú, hijo mío, esfuérzate en la gracia que es en Cristo Jesús.
Y aun también el que lidia, no es coronado si no lidiare legítimamente.
El labrador, para recibir los frutos, es menester que trabaje primero.
En el que sufro trabajo, hasta las prisiones á modo de malhechor; mas la palabra de Dios no está presa.
Si sufrimos, también reinaremos con él: si negáremos, él también nos negará:
Si fuéremos infieles, él permanece fiel: no se puede negar á sí mismo.
Y la palabra de ellos carcomerá como gangrena: de los cuales es Himeneo y Fileto;
Empero las cuestiones necias y sin sabiduría desecha, sabiendo que engendran contiendas.
Y se zafen del lazo del diablo, en que están cautivos á voluntad de él.
Esto también sepas, que en los postreros días vendrán tiempos peligrosos:
Teniendo apariencia de piedad, mas habiendo negado la eficacia de ella: y á éstos evita.
Que siempre aprenden, y nunca pueden acabar de llegar al conocimiento de la verdad.
Y también todos los que quieren vivir píamente en Cristo Jesús, padecerán persecución.
Mas los malos hombres y los engañadores, irán de mal en peor, engañando y siendo engañados.
Y apartarán de la verdad el oído, y se volverán á las fábulas.
Porque yo ya estoy para ser ofrecido, y el tiempo de mi partida está cercano.
Lucas solo está conmigo. Toma á Marcos, y tráele contigo; porque me es útil para el ministerio.
A Tychîco envié á Efeso.
Trae, cuando vinieres, el capote que dejé en Troas en casa de Carpo: y los libros, mayormente los pergaminos.
Alejandro el calderero me ha causado muchos males: el Señor le pague conforme á sus hechos.
En mi primera defensa ninguno me ayudó, antes me desampararon todos: no les sea imputado.
Erasto se quedó en Corinto; y á Trófimo dejé en Mileto enfermo.
Dijo uno de ellos, propio profeta de ellos: Los Cretenses, siempre mentirosos, malas bestias, vientres perezosos.
No defraudando, antes mostrando toda buena lealtad, para que adornen en todo la doctrina de nuestro Salvador Dios.
Para que, justificados por su gracia, seamos hechos herederos según la esperanza de la vida eterna.
Estando cierto que el tal es trastornado, y peca, siendo condenado de su propio juicio.
Cuando enviare á ti á Artemas, ó á Tichîco, procura venir á mí, á Nicópolis: porque allí he determinado invernar.
A Zenas doctor de la ley, y á Apolos, envía delante, procurando que nada les falte.
Y aprendan asimismo los nuestros á gobernarse en buenas obras para los usos necesarios, para que no sean sin fruto.
Ruégote más bien por amor, siendo tal cual soy, Pablo viejo, y aun ahora prisionero de Jesucristo:
El cual en otro tiempo te fué inútil, mas ahora á ti y á mí es útil;
Mas nada quise hacer sin tu consejo, porque tu beneficio no fuese como de necesidad, sino voluntario.
Así que, si me tienes por compañero, recíbele como á mí.
Te he escrito confiando en tu obediencia, sabiendo que aun harás más de lo que digo.
Y asimismo prepárame también alojamiento; porque espero que por vuestras oraciones os tengo de ser concedido.
Y ciertamente de los ángeles dice: El que hace á sus ángeles espíritus, y á sus ministros llama de fuego.
Y: Tú, oh Señor, en el principio fundaste la tierra; y los cielos son obras de tus manos:
¿No son todos espíritus administradores, enviados para servicio á favor de los que serán herederos de salud?
Por tanto, es menester que con más diligencia atendamos á las cosas que hemos oído, porque acaso no nos escurramos.
Tú le hiciste un poco menor que los ángeles, coronástele de gloria y de honra, y pusístele sobre las obras de tus manos;
Y otra vez: Yo confiaré en él. Y otra vez: He aquí, yo y los hijos que me dió Dios.
Porque toda casa es edificada de alguno: mas el que crió todas las cosas es Dios.
Donde me tentaron vuestros padres; me probaron, y vieron mis obras cuarenta años.
Juré, pues, en mi ira: No entrarán en mi reposo.
Entre tanto que se dice: Si oyereis hoy su voz, no endurezcáis vuestros corazones, como en la provocación.
Y vemos que no pudieron entrar á causa de incredulidad.
Temamos, pues, que quedando aún la promesa de entrar en su reposo, parezca alguno de vosotros haberse apartado.
Y otra vez aquí: No entrarán en mi reposo.
Por tanto, queda un reposo para el pueblo de Dios.
Porque el que ha entrado en su reposo, también él ha reposado de sus obras, como Dios de las suyas.
Y por causa de ella debe, como por sí mismo, así también por el pueblo, ofrecer por los pecados.
Ni nadie toma para sí la honra, sino el que es llamado de Dios, como Aarón.
Y aunque era Hijo, por lo que padeció aprendió la obediencia;
Nombrado de Dios pontífice según el orden de Melchîsedec.
Del cual tenemos mucho que decir, y dificultoso de declarar, por cuanto sois flacos para oir.
Que cualquiera que participa de la leche, es inhábil para la palabra de la justicia, porque es niño;
De la doctrina de bautismos, y de la imposición de manos, y de la resurrección de los muertos, y del juicio eterno.
Mas la que produce espinas y abrojos, es reprobada, y cercana de maldición; cuyo fin será el ser abrasada.
Que no os hagáis perezosos, mas imitadores de aquellos que por la fe y la paciencia heredan las promesas.
Diciendo: De cierto te bendeciré bendiciendo, y multiplicando te multiplicaré.
Y así, esperando con largura de ánimo, alcanzó la promesa.
Mirad pues cuán grande fué éste, al cual aun Abraham el patriarca dió diezmos de los despojos.
Y sin contradicción alguna, lo que es menos es bendecido de lo que es más.
Y aquí ciertamente los hombres mortales toman los diezmos: mas allí, aquel del cual está dado testimonio que vive.
Porque aun estaba en los lomos de su padre cuando Melchîsedec le salió al encuentro.
Porque aquel del cual esto se dice, de otra tribu es, de la cual nadie asistió al altar.
Porque nada perfeccionó la ley; mas hízolo la introducción de mejor esperanza, por la cual nos acercamos á Dios.
Mas éste, por cuanto permanece para siempre, tiene un sacerdocio inmutable:
Ministro del santuario, y de aquel verdadero tabernáculo que el Señor asentó, y no hombre.
Porque si aquel primero fuera sin falta, cierto no se hubiera procurado lugar de segundo.
Tenía empero también el primerpactoreglamentos del culto, y santuario mundano.
Porque donde hay testamento, necesario es que intervenga muerte del testador.
De donde vino que ni aun el primero fué consagrado sin sangre.
Y además de esto roció también con la sangre el tabernáculo y todos los vasos del ministerio.
Y casi todo es purificado según la ley con sangre; y sin derramamiento de sangre no se hace remisión.
Empero en estos sacrificios cada año se hace conmemoración de los pecados.
Holocaustos y expiaciones por el pecado no te agradaron.
En la cual voluntad somos santificados por la ofrenda del cuerpo de Jesucristo hecha una sola vez.
Porque con una sola ofrenda hizo perfectos para siempre á los santificados.
Añade: Y nunca más me acordaré de sus pecados é iniquidades.
No perdáis pues vuestra confianza, que tiene grande remuneración de galardón:
Porque aun un poquito, y el que ha de venir vendrá, y no tardará.
Ahora el justo vivirá por fe; mas si se retirare, no agradará á mi alma.
Pero nosotros no somos tales que nos retiremos para perdición, sino fieles para ganancia del alma.
Es pues la fe la sustancia de las cosas que se esperan, la demostración de las cosas que no se ven.
Que si se acordaran de aquella de donde salieron, cierto tenían tiempo para volverse:
Habiéndole sido dicho: En Isaac te será llamada simiente:
Por fe bendijo Isaac á Jacob y á Esaú respecto á cosas que habían de ser.
Por fe Jacob, muriéndose, bendijo á cada uno de los hijos de José, y adoró estribando sobre la punta de su bordón.
Por fe dejó á Egipto, no temiendo la ira del rey; porque se sostuvo como viendo al Invisible.
Por fe pasaron el mar Bermejo como por tierra seca: lo cual probando los Egipcios, fueron sumergidos.
Por fe cayeron los muros de Jericó con rodearlos siete días.
Otros experimentaron vituperios y azotes; y á más de esto prisiones y cárceles;
Que aun no habéis resistido hasta la sangre, combatiendo contra el pecado:
Porque el Señor al que ama castiga, y azota á cualquiera que recibe por hijo.
Mas si estáis fuera del castigo, del cual todos han sido hechos participantes, luego sois bastardos, y no hijos.
Y tan terrible cosa era lo que se veía, que Moisés dijo: Estoy asombrado y temblando.
No olvidéis la hospitalidad, porque por ésta algunos, sin saberlo, hospedaron ángeles.
Salgamos pues á él fuera del real, llevando su vituperio.
Y de hacer bien y de la comunicación no os olvidéis: porque de tales sacrificios se agrada Dios.
Y más os ruego que lo hagáis así, para que yo os sea más presto restituído.
Sabed que nuestro hermano Timoteo está suelto; con el cual, si viniere más presto, os iré á ver.
Saludad á todos vuestros pastores, y á todos los santos. Los de Italia os saludan.
Jacobo, siervo de Dios y del Señor Jesucristo, á las doce tribus que están esparcidas, salud.
Mas tenga la paciencia perfectasuobra, para que seáis perfectos y cabales, sin faltar en alguna cosa.
No piense pues el tal hombre que recibirá ninguna cosa del Señor.
El hombre de doblado ánimo es inconstante en todos sus caminos.
El hermano que es de baja suerte, gloríese en su alteza:
Mas el que es rico, en su bajeza; porque él se pasará como la flor de la hierba.
Sino que cada uno es tentado, cuando de su propia concupiscencia es atraído, y cebado.
Y la concupiscencia, después que ha concebido, pare el pecado: y el pecado, siendo cumplido, engendra muerte.
El, de su voluntad nos ha engendrado por la palabra de verdad, para que seamos primicias de sus criaturas.
Mas sed hacedores de la palabra, y no tan solamente oidores, engañándoos á vosotros mismos.
Porque él se consideró á sí mismo, y se fué, y luego se olvidó qué tal era.
¿No blasfeman ellos el buen nombre que fué invocado sobre vosotros?
Mas si hacéis acepción de personas, cometéis pecado, y sois reconvenidos de la ley como transgresores.
Así hablad, y así obrad, como los que habéis de ser juzgados por la ley de libertad.
Hermanos míos, ¿qué aprovechará si alguno dice que tiene fe, y no tiene obras? ¿Podrá la fe salvarle?
Así también la fe, si no tuviere obras, es muerta en sí misma.
¿No fué justificado por las obras Abraham nuestro padre, cuando ofreció á su hijo Isaac sobre el altar?
¿No ves que la fe obró con sus obras, y que la fe fué perfecta por las obras?
Porque como el cuerpo sin espíritu está muerto, así también la fe sin obras es muerta.
He aquí nosotros ponemos frenos en las bocas de los caballos para que nos obedezcan, y gobernamos todo su cuerpo.
Pero ningún hombre puede domar la lengua, que es un mal que no puede ser refrenado; llena de veneno mortal.
Con ella bendecimos al Dios y Padre, y con ella maldecimos á los hombres, los cuales son hechos á la semejanza de Dios.
De una misma boca proceden bendición y maldición. Hermanos míos, no conviene que estas cosas sean así hechas.
¿Echa alguna fuente por una misma abertura agua dulce y amarga?
Que esta sabiduría no es la que desciende de lo alto, sino terrena, animal, diabólica.
Porque donde hay envidia y contención, allí hay perturbación y toda obra perversa.
Y el fruto de justicia se siembra en paz para aquellos que hacen paz.
¿Pensáis que la Escritura dice sin causa: El espíritu que mora en nosotros codicia para envidia?
Mas él da mayor gracia. Por esto dice: Dios resiste á los soberbios, y da gracia á los humildes.
Afligíos, y lamentad, y llorad. Vuestra risa se convierta en lloro, y vuestro gozo en tristeza.
El pecado, pues, está en aquel que sabe hacer lo bueno, y no lo hace.
Vuestras riquezas están podridas: vuestras ropas están comidas de polilla.
Habéis condenadoymuerto al justo; yél no os resiste.
Hermanos, no os quejéis unos contra otros, porque no seáis condenados; he aquí, el juez está delante de la puerta.
¿Está alguno entre vosotros afligido? haga oración. ¿Está alguno alegre? cante salmos.
Y otra vez oró, y el cielo dió lluvia, y la tierra produjo su fruto.
Obteniendo el fin de vuestra fe, que esla salud de vuestras almas.
Porque escrito está: Sed santos, porque yo soy santo.
Ya á los gobernadores, como de él enviados para venganza de los malhechores, y para loor de los que hacen bien.
Porque esta es la voluntad de Dios; que haciendo bien, hagáis callar la ignorancia de los hombres vanos:
Como libres, y no como teniendo la libertad por cobertura de malicia, sino como siervos de Dios.
Siervos, sed sujetos con todo temor á vuestros amos; no solamente á los buenos y humanos, sino también á los rigurosos.
Porque esto es agradable, si alguno á causa de la conciencia delante de Dios, sufre molestias padeciendo injustamente.
Considerando vuestra casta conversación, que es en temor.
Porque el que quiere amar la vida, y ver días buenos, refrene su lengua de mal, y sus labios no hablen engaño;
¿Y quién es aquel que os podrá dañar, si vosotros seguís el bien?
Porque mejor es que padezcáis haciendo bien, si la voluntad de Dios así lo quiere, que haciendo mal.
Para que ya el tiempo que queda en carne, viva, no á las concupiscencias de los hombres, sino á la voluntad de Dios.
Los cuales darán cuenta al que está aparejado para juzgar los vivos y los muertos.
Mas el fin de todas las cosas se acerca: sed pues templados, y velad en oración.
Así que, ninguno de vosotros padezca como homicida, ó ladrón, ó malhechor, ó por meterse en negocios ajenos.
Pero si alguno padece como Cristiano, no se avergüence; antes glorifique á Dios en esta parte.
Y si el justo con dificultad se salva, ¿á dónde aparecerá el infiel y el pecador?
A él sea gloria é imperio para siempre. Amén.
La iglesia que está en Babilonia, juntamente elegida con vosotros, os saluda, y Marcos mi hijo.
Sabiendo que brevemente tengo de dejar mi tabernáculo, como nuestro Señor Jesucristo me ha declarado.
Y nosotros oímos esta voz enviada del cielo, cuando estábamos juntamente con él en el monte santo.
Entendiendo primero esto, que ninguna profecía de la Escritura es de particular interpretación;
Y muchos seguirán sus disoluciones, por los cuales el camino de la verdad será blasfemado;
Por lo cual el mundo de entonces pereció anegado en agua:
Y estas cosas os escribimos, para que vuestro gozo sea cumplido.
Si dijéremos que no tenemos pecado, nos engañamos á nosotros mismos, y no hay verdad en nosotros.
Si dijéremos que no hemos pecado, lo hacemos á él mentiroso, y su palabra no está en nosotros.
Y él es la propiciación por nuestros pecados: y no solamente por los nuestros, sino también por los de todo el mundo.
Y en esto sabemos que nosotros le hemos conocido, si guardamos sus mandamientos.
El que dice, Yo le he conocido, y no guarda sus mandamientos, el tal es mentiroso, y no hay verdad en él;
El que dice que está en él, debe andar como él anduvo.
El que dice que está en luz, y aborrece á su hermano, el tal aun está en tinieblas todavía.
El que ama á su hermano, está en luz, y no hay tropiezo en él.
Os escribo á vosotros, hijitos, porque vuestros pecados os son perdonados por su nombre.
Y el mundo se pasa, y su concupiscencia; mas el que hace la voluntad de Dios, permanece para siempre.
Mas vosotros tenéis la unción del Santo, y conocéis todas las cosas.
No os he escrito como si ignoraseis la verdad, sino como á los que la conocéis, y que ninguna mentira es de la verdad.
Cualquiera que niega al Hijo, este tal tampoco tiene al Padre. Cualquiera que confiese al Hijo tiene también al Padre.
Os he escrito esto sobre los que os engañan.
Si sabéis que él es justo, sabed también que cualquiera que hace justicia, es nacido de él.
Y cualquiera que tiene esta esperanza en él, se purifica, como él también es limpio.
Hijitos, no os engañe ninguno: el que hace justicia, es justo, como él también es justo.
Porque si nuestro corazón nos reprendiere, mayor es Dios que nuestro corazón, y conoce todas las cosas.
Ellos son del mundo; por eso hablan del mundo, y el mundo los oye.
Carísimos, amémonos unos á otros; porque el amor es de Dios. Cualquiera que ama, es nacido de Dios, y conoce á Dios.
En esto conocemos que estamos en él, y él en nosotros, en que nos ha dado de su Espíritu.
Y nosotros hemos visto y testificamos que el Padre ha enviado al Hijo para ser Salvador del mundo.
Cualquiera que confesare que Jesús es el Hijo de Dios, Dios está en él, y él en Dios.
Nosotros le amamos á él, porque él nos amó primero.
Y nosotros tenemos este mandamiento de él: Que el que ama á Dios, ame también á su hermano.
En esto conocemos que amamos á los hijos de Dios, cuando amamos á Dios, y guardamos sus mandamientos.
Porque todo aquello que es nacido de Dios vence al mundo: y esta es la victoria que vence al mundo, nuestra fe.
¿Quién es el que vence al mundo, sino el que cree que Jesús es el Hijo de Dios?
Y este es el testimonio: Que Dios nos ha dado vida eterna; y esta vida está en su Hijo.
Y esta es la confianza que tenemos en él, que si demandáremos alguna cosa conforme á su voluntad, él nos oye.
Por la verdad que está en nosotros, y será perpetuamente con nosotros:
Mirad por vosotros mismos, porque no perdamos las cosas que hemos obrado, sino que recibamos galardón cumplido.
Los hijos de tu hermana elegida te saludan. Amén.
Estos son los que hacen divisiones, sensuales, no teniendo el Espíritu.
Conservaos en el amor de Dios, esperando la misericordia de nuestro Señor Jesucristo, para vida eterna.
Al Dios solo sabio, nuestro Salvador, sea gloria y magnificencia, imperio y potencia, ahora y en todos los siglos. Amén.
El cual ha dado testimonio de la palabra de Dios, y del testimonio de Jesucristo, y de todas las cosas que ha visto.
Y su cabeza y sus cabellos eran blancos como la lana blanca, como la nieve; y sus ojos como llama de fuego;
Y sus pies semejantes al latón fino, ardientes como en un horno; y su voz como ruido de muchas aguas.
Escribe las cosas que has visto, y las que son, y las que han de ser después de éstas:
Y has sufrido, y has tenido paciencia, y has trabajado por mi nombre, y no has desfallecido.
Mas tienes esto, que aborreces los hechos de los Nicolaítas; los cuales yo también aborrezco.
Arrepiéntete, porque de otra manera vendré á ti presto, y pelearé contra ellos con la espada de mi boca.
Y las regirá con vara de hierro, y serán quebrantados como vaso de alfarero, como también yo he recibido de mi Padre:
El que tiene oído, oiga lo que el Espíritu dice á las iglesias.
He aquí, yo vengo presto; retén lo que tienes, para que ninguno tome tu corona.
Mas porque eres tibio, y no frío ni caliente, te vomitaré de mi boca.
Yo reprendo y castigo á todos los que amo: sé pues celoso, y arrepiéntete.
Y yo lloraba mucho, porque no había sido hallado ninguno digno de abrir el libro, ni de leerlo, ni de mirarlo.
Y él vino, y tomó el libro de la mano derecha de aquel que estaba sentado en el trono.
Y nos has hecho para nuestro Dios reyes y sacerdotes, y reinaremos sobre la tierra.
Y cuando él abrió el segundo sello, oí al segundo animal, que decía: Ven y ve.
Y cuando él abrió el cuarto sello, oí la voz del cuarto animal, que decía: Ven y ve.
Y las estrellas del cielo cayeron sobre la tierra, como la higuera echa sus higos cuando es movida de gran viento.
Y el cielo se apartó como un libro que es envuelto; y todo monte y las islas fueron movidas de sus lugares.
Y vi los siete ángeles que estaban delante de Dios; y les fueron dadas siete trompetas.
El primer ¡Ay! es pasado: he aquí, vienen aún dos ayes después de estas cosas.
Y el número del ejército de los de á caballo era doscientos millones. Y oí el número de ellos.
Y tenía en su mano un librito abierto: y puso su pie derecho sobre el mar, y el izquierdo sobre la tierra;
Y él me dice: Necesario es que otra vez profetices á muchos pueblos y gentes y lenguas y reyes.
Estas son las dos olivas, y los dos candeleros que están delante del Dios de la tierra.
El segundo ¡Ay! es pasado: he aquí, el tercer ¡Ay! vendrá presto.
Y abrió su boca en blasfemias contra Dios, para blasfemar su nombre, y su tabernáculo, y á los que moran en el cielo.
Si alguno tiene oído, oiga.
Y salió otro ángel del templo que está en el cielo, teniendo también una hoz aguda.
Y el tercer ángel derramó su copa sobre los ríos, y sobre las fuentes de las aguas, y se convirtieron en sangre.
Y oí á otro del altar, que decía: Ciertamente, Señor Dios Todopoderoso, tus juicios son verdaderos y justos.
Y blasfemaron del Dios del cielo por sus dolores, y por sus plagas, y no se arrepintieron de sus obras.
Y los congregó en el lugar que en hebreo se llama Armagedón.
Y toda isla huyó, y los montes no fueron hallados.
Y la bestia que era, y no es, es también el octavo, y es de los siete, y va á perdición.
Estos tienen un consejo, y darán su potencia y autoridad á la bestia.
Y él me dice: Las aguas que has visto donde la ramera se sienta, son pueblos y muchedumbres y naciones y lenguas.
Y la mujer que has visto, es la grande ciudad que tiene reino sobre los reyes de la tierra.
Y los mercaderes de la tierra lloran y se lamentan sobre ella, porque ninguno compra más sus mercaderías:
Y viendo el humo de su incendio, dieron voces, diciendo: ¿Qué ciudad era semejante á esta gran ciudad?
Y en ella fué hallada la sangre de los profetas y de los santos, y de todos los que han sido muertos en la tierra.
Y estaba vestido de una ropa teñida en sangre: y su nombre es llamado EL VERBO DE DIOS.
Y los ejércitos que están en el cielo le seguían en caballos blancos, vestidos de lino finísimo, blanco y limpio.
Y vi un ángel descender del cielo, que tenía la llave del abismo, y una grande cadena en su mano.
Mas los otros muertos no tornaron á vivir hasta que sean cumplidos mil años. Esta es la primera resurrección.
Y el que no fué hallado escrito en el libro de la vida, fué lanzado en el lago de fuego.
Y vi un cielo nuevo, y una tierra nueva: porque el primer cielo y la primera tierra se fueron, y el mar ya no es.
El que venciere, poseerá todas las cosas; y yo seré su Dios, y él será mi hijo.
Al oriente tres puertas; al norte tres puertas; al mediodía tres puertas; al poniente tres puertas.
Y el muro de la ciudad tenía doce fundamentos, y en ellos los doce nombres de los doce apóstoles del Cordero.
Y midió su muro, ciento cuarenta y cuatro codos, de medida de hombre, la cual es del ángel.
Y he aquí, vengo presto. Bienaventurado el que guarda las palabras de la profecía de este libro.
Y he aquí, yo vengo presto, y mi galardón conmigo, para recompensar á cada uno según fuere su obra.
Yo soy Alpha y Omega, principio y fin, el primero y el postrero.
El que da testimonio de estas cosas, dice: Ciertamente, vengo en breve. Amén, sea así. Ven, Señor Jesús.

Y el hombre respondió: La mujer que me diste por compañera me dió del árbol, y yo comí.
Y él le dijo: ¿Qué has hecho? La voz de la sangre de tu hermano clama á mí desde la tierra.
Y le dijeron: ¿Dónde está Sara tu mujer? Y él respondió: Aquí en la tienda.
Entonces los varones alargaron la mano, y metieron á Lot en casa con ellos, y cerraron las puertas.
Y dijo más Abimelech á Abraham: ¿Qué viste para que hicieses esto?
Y fué la vida de Sara ciento veintisiete años: tantos fueron los años de la vida de Sara.
Y aconteció, cuando Rachêl hubo parido á José, que Jacob dijo á Labán: Envíame, é iré á mi lugar, y á mi tierra.
Y fuése de él Dios, del lugar donde con él había hablado.
Bela, hijo de Beor, reinó en Edom: y el nombre de su ciudad fué Dinaba.
Y concibió otra vez, y parió un hijo, y llamó su nombre Onán.
Y viendo que yo alzaba la voz y gritaba, dejó junto á mí su ropa, y huyó, y salióse fuera.
Y viendo Jacob que en Egipto había alimentos, dijo á sus hijos: ¿Por qué os estáis mirando?
Y vinieron también sus hermanos, y postráronse delante de él, y dijeron: Henos aquí por tus siervos.
Jehová reinará por los siglos de los siglos.
Y dijeron á Moisés: Habla tú con nosotros, que nosotros oiremos; mas no hable Dios con nosotros, porque no muramos.
Y matarás el becerro delante de Jehová á la puerta del tabernáculo del testimonio.
Cualquiera que pasare por la cuenta, de veinte años arriba, dará la ofrenda á Jehová.
Tres veces en el año será visto todo varón tuyo delante del Señoreador Jehová, Dios de Israel.
Finalmente pondrás el atrio en derredor, y el pabellón de la puerta del atrio.
La desnudez de la mujer de tu hermano no descubrirás: es la desnudez de tu hermano.
Y lo santificado de cualquiera será suyo: asimismo lo que cualquiera diere al sacerdote, suyo será.
E hízolo Moisés: como le mandó Jehová, así hizo.
Y pondrás de tu dignidad sobre él, para que toda la congregación de los hijos de Israel le obedezcan.
Y la décima de un epha de flor de harina, amasada con una cuarta de un hin de aceite molido, en presente.
Y todas las niñas entre las mujeres, que no hayan conocido ayuntamiento de varón, os reservaréis vivas.
Y por término al oriente os señalaréis desde Hasar-enán hasta Sepham;
¿Ha oído pueblo la voz de Dios, que hablase de en medio del fuego, como tú la has oído, y vivido?
Y los que quedaren oirán, y temerán, y no volverán más á hacer una mala cosa como ésta, en medio de ti.
Aun amó los pueblos; todos sus santos en tu mano: ellos también se llegaron á tus pies: recibieron de tus dichos.
Y habían combatido los hijos de Judá á Jerusalem, y la habían tomado, y metido á cuchillo, y puesto á fuego la ciudad.
Los hijos pues de Israel se acercaron el siguiente día á los hijos de Benjamín.
Y corriendo de la batalla un hombre de Benjamín, vino aquel día á Silo, rotos sus vestidos y tierra sobre su cabeza:
Y Samuel dijo: Juntad á todo Israel en Mizpa, y yo oraré por vosotros á Jehová.
Y sobre sus piernas traía grebas de hierro, y escudo de acero á sus hombros.
Puso tinieblas alrededor de sí á modo de pabellones; aguas negras y espesas nubes.
En el cuarto año, en el mes de Ziph, se echaron los cimientos de la casa de Jehová:
Asimismo los cuatro hombrillos á las cuatro esquinas de cada basa: y los hombrillos eran de la misma basa.
Entonces el rey, y todo Israel con él, sacrificaron víctimas delante de Jehová.
Y el profeta se fué, y púsose delante del rey en el camino, y disfrazóse con un velo sobre los ojos.
Y dijo á su padre: ¡Mi cabeza, mi cabeza! Y él dijo á un criado: Llévalo á su madre.
Y ella dijo: ¿Pedí yo hijo á mi señor? ¿No dije yo, que no me burlases?
Y como entraba Jehú por la puerta, ella dijo: ¿Sucedió bien á Zimri, que mató á su señor?
Dió por tanto Ezechîas toda la plata que fué hallada en la casa de Jehová, y en los tesoros de la casa real.
Y estos son á los que David dió cargo de las cosas de la música de la casa de Jehová, después que el arca tuvo reposo:
Mas el territorio de la ciudad y sus aldeas se dieron á Caleb, hijo de Jephone.
Los hijos de Issachâr, cuatro: Thola, Phúa, Jabsub, y Simrón.
Los hijos de Helem su hermano: Sopha, Imna, Selles, y Amal.
Y agravóse la batalla sobre Saúl, y le alcanzaron los flecheros, y fué de los flecheros herido.
Y David iba adelantando y creciendo, y Jehová de los ejércitos era con él.
Y como David hubo acabado de ofrecer el holocausto y los pacíficos, bendijo al pueblo en el nombre de Jehová.
Los hijos de Coath: Amram, Ishar, Hebrón, y Uzziel, ellos cuatro.
Y de los hijos de Rehabía, Isias el principal.
Los hijos de Merari: Mahali y Musi; hijo de Jaazia, Benno.
Y sus hechos, primeros y postreros, he aquí está escrito en el libro de los reyes de Israel y de Judá.
Los órdenes, tres de piedra de mármol, y un orden de madera nueva: y que el gasto sea dado de la casa del rey.
Y Sabethai y Jozabad, de los principales de los Levitas, sobrestantes de la obra exterior de la casa de Dios;
Los Judíos tuvieron luz y alegría, y gozo y honra.
Y el rey Assuero impuso tributo sobre la tierra y las islas de la mar.
Y respondiendo Satán dijo á Jehová: Piel por piel, todo lo que el hombre tiene dará por su vida.
El bramido del león, y la voz del león, y los dientes de los leoncillos son quebrantados.
No tornará más á su casa, ni su lugar le conocerá más.
Porque no es hombre como yo, para que yo le responda, y vengamos juntamente á juicio.
He aquí, él detendrá las aguas, y se secarán; él las enviará, y destruirán la tierra.
Y habitó las ciudades asoladas, las casas inhabitadas, que estaban puestas en montones.
Edificó su casa como la polilla, y cual cabaña que el guarda hizo.
Si he visto que pereciera alguno sin vestido, y al menesteroso sin cobertura;
Empero los hipócritas de corazón lo irritarán más, y no clamarán cuando él los atare.
¿Hará él estima de tus riquezas, ni del oro, ni de todas las fuerzas del poder?
Encórvanse, hacen salir sus hijos, pasan sus dolores.
Porque le privó Dios de sabiduría, y no le dió inteligencia.
¿Quién me ha anticipado, para que yo restituya? Todo lo que hay debajo del cielo es mío.
Y llamó el nombre de la una, Jemimah, y el nombre de la segunda, Cesiah, y el nombre de la tercera, Keren-happuch.
Porque Jehová conoce el camino de los justos; mas la senda de los malos perecerá.
Porque en la muerte no hay memoria de ti: ¿quién te loará en el sepulcro?
Cantaré á Jehová, porque me ha hecho bien.
Mis ojos están siempre hacia Jehová; porque él sacará mis pies de la red.
A él miraron y fueron alumbrados: y sus rostros no se avergonzaron.
Jehová redime el alma de sus siervos; y no serán asolados cuantos en él confían.
Y ensancharon sobre mí su boca; dijeron: ¡Ea, ea, nuestros ojos lo han visto!
Jehová no lo dejará en sus manos, ni lo condenará cuando le juzgaren.
Cíñete tu espada sobre el muslo, oh valiente, con tu gloria y con tu majestad.
Pronto está mi corazón, oh Dios, mi corazón está dispuesto: cantaré, y trovaré salmos.
Para asaetear á escondidas al íntegro: de improviso lo asaetean, y no temen.
Tú oyes la oración: á ti vendrá toda carne.
Decid á Dios: ¡Cuán terribles tus obras! Por lo grande de tu fortaleza te mentirán tus enemigos.
Bendíganos Dios, y témanlo todos los fines de la tierra.
Sea su mesa delante de ellos por lazo, y lo que es para bien por tropiezo.
Salmo de Asaph. Ciertamente bueno es Dios á Israel, á los limpios de corazón.
No levantéis en alto vuestro cuerno; no habléis con cerviz erguida.
Dísteles á comer pan de lágrimas, y dísteles á beber lágrimas en gran abundancia.
Gebal, y Ammón, y Amalec; los Filisteos con los habitadores de Tiro.
Enséñanos de tal modo á contar nuestros días, que traigamos al corazón sabiduría.
Maravillas en la tierra de Châm, cosas formidables sobre el mar Bermejo.
Y ensañaron á Dios con sus obras, y desarrollóse la mortandad en ellos.
Alaben la misericordia de Jehová, y sus maravillas para con los hijos de los hombres:
Alto sobre todas las naciones es Jehová; sobre los cielos su gloria.
Manos tienen, mas no palparán; tienen pies, mas no andarán; no hablarán con su garganta.
Mejor me es la ley de tu boca, que millares de oro y plata.
Al que sacó á Israel de en medio de ellos, porque para siempre es su misericordia;
El denuncia sus palabras á Jacob, sus estatutos y sus juicios á Israel.
Porque sus pies correrán al mal, é irán presurosos á derramar sangre.
No se aparten de tus ojos; guárdalas en medio de tu corazón.
El temor de Jehová aumentará los días: mas los años de los impíos serán acortados.
La esperanza de los justos es alegría; mas la esperanza de los impíos perecerá.
El que ama la corrección ama la sabiduría: mas el que aborrece la reprensión, es ignorante.
Hay quienes hablan como dando estocadas de espada: mas la lengua de los sabios es medicina.
El justo aborrece la palabra de mentira: mas el impío se hace odioso é infame.
Aun en la risa tendrá dolor el corazón; y el término de la alegría es congoja.
El perezoso esconde su mano en el seno: aun á su boca no la llevará.
Abominación son á Jehová las pesas dobles; y el peso falso no es bueno.
La gloria de los jóvenes es su fortaleza, y la hermosura de los viejos la vejez.
Tú lo herirás con vara, y librarás su alma del infierno.
Sé sabio, hijo mío, y alegra mi corazón, y tendré qué responder al que me deshonrare.
El rey con el juicio afirma la tierra: mas el hombre de presentes la destruirá.
El pobre y el usurero se encontraron: Jehová alumbra los ojos de ambos.
Para todas las cosas hay sazón, y todo lo que se quiere debajo del cielo, tiene su tiempo:
Mejor es el fin del negocio que su principio: mejor es el sufrido de espíritu que el altivo de espíritu.
Anda, y come tu pan con gozo, y bebe tu vino con alegre corazón: porque tus obras ya son agradables á Dios.
Si quisiereis y oyereis, comeréis el bien de la tierra:
Comerá manteca y miel, para que sepa desechar lo malo y escoger lo bueno.
Grita en alta voz, hija de Galim; haz que se oiga hacia Lais, pobrecilla Anathoth.
Días y años tendréis espanto, oh confiadas; porque la vendimia faltará, y la cosecha no acudirá.
Consolaos, consolaos, pueblo mío, dice vuestro Dios.
Sacad al pueblo ciego que tiene ojos, y á los sordos que tienen oídos.
Porque así dijo Jehová: Toda la tierra será asolada; mas no haré consumación.
Cantad á Jehová, load á Jehová: porque librado ha el alma del pobre de mano de los malignos.
Vanidad son, obra de irrisiones; en el tiempo de su visitación perecerán.
Había noventa y seis granadas en cada orden: todas ellas eran ciento sobre la red alrededor.
¿Por qué te olvidarás para siempre de nosotros, y nos dejarás por largos días?
Y hablé á los trasportados todas las palabras de Jehová que él me había mostrado.
Aparéjate, y apercíbete, tú, y toda tu multitud que se ha reunido á ti, y séles por guarda.
Y el príncipe, cuando ellos entraren, él entrará en medio de ellos: y cuando ellos salieren, él saldrá.
Mas ellos, cual Adam, traspasaron el pacto: allí prevaricaron contra mí.
Porque multiplicó Ephraim altares para pecar, tuvo altares para pecar.
Te perdiste, oh Israel, mas en mí está tu ayuda.
De esto contaréis á vuestros hijos, y vuestros hijos á sus hijos, y sus hijos á la otra generación.
Y daré prodigios en el cielo y en la tierra, sangre, y fuego, y columnas de humo.
¡Cómo fueron escudriñadas las cosas de Esaú! sus cosas escondidas fueron buscadas.
Levántate, y ve á Nínive, ciudad grande, y pregona contra ella; porque su maldad ha subido delante de mí.
Hiciste camino en la mar á tus caballos, por montón de grandes aguas.
Calle toda carne delante de Jehová; porque él se ha despertado de su santa morada.
Porque yo Jehová, no me mudo; y así vosotros, hijos de Jacob, no habéis sido consumidos.
Y llegándose á él el tentador, dijo: Si eres Hijo de Dios, di que estas piedras se hagan pan.
Bienaventurados los pacificadores: porque ellos serán llamados hijos de Dios.
Mas sea vuestro hablar: Sí, sí; No, no; porque lo que es más de esto, de mal procede.
¿Y si le pidiere un pez, le dará una serpiente?
Y dicen: Os tañimos flauta, y no bailasteis; os endechamos, y no lamentasteis.
Estas cosas son las que contaminan al hombre: que comer con las manos por lavar no contamina al hombre.
Y viniendo sus discípulos de la otra parte del lago, se habían olvidado de tomar pan.
Y respondiendo Simón Pedro, dijo: Tú eres el Cristo, el Hijo del Dios viviente.
Mas este linaje no sale sino por oración y ayuno.
Entonces dice á sus siervos: Las bodas á la verdad están aparejadas; mas los que eran llamados no eran dignos.
Porque muchos son llamados, y pocos escogidos.
Porque os digo que desde ahora no me veréis, hasta que digáis: Bendito el que viene en el nombre del Señor.
Porque tuve hambre, y no me disteis de comer; tuve sed, y no me disteis de beber;
Levantaos, vamos: he aquí ha llegado el que me ha entregado.
Y vinieron de la otra parte de la mar á la provincia de los Gadarenos.
Y ellos se espantaban más, diciendo dentro de sí: ¿Y quién podrá salvarse?
Y como miraron, ven la piedra revuelta; que era muy grande.
Y José y su madre estaban maravillados de las cosas que se decían de él.
Judas hermano de Jacobo, y Judas Iscariote, que también fué el traidor.
Y otra parte cayó sobre la piedra; y nacida, se secó, porque no tenía humedad.
Mas si por el dedo de Dios echo yo fuera los demonios, cierto el reino de Dios ha llegado á vosotros.
Porque nada hay encubierto, que no haya de ser descubierto; ni oculto, que no haya de ser sabido.
El entonces respondiendo, le dijo: Señor, déjala aún este año, hasta que la excave, y estercole.
Y llamando á uno de los criados, preguntóle qué era aquello.
¿No era necesario que el Cristo padeciera estas cosas, y que entrara en su gloria?
Y entre tanto que ellos hablaban estas cosas, él se puso en medio de ellos, y les dijo: Paz á vosotros.
Y díceles: Sacad ahora, y presentad al maestresala. Y presentáronle.
Y estaba cerca la Pascua de los Judíos; y subió Jesús á Jerusalem.
Porque todo aquel que hace lo malo, aborrece la luz y no viene á la luz, porque sus obras no sean redargüidas.
Dejó á Judea, y fuése otra vez á Galilea.
Si yo doy testimonio de mí mismo, mi testimonio no es verdadero.
Unos decían: Este es; y otros: A él se parece. El decía: Yo soy.
Y díjole Jesús: Y le has visto, y el que habla contigo, él es.
Y también Judas, el que le entregaba, sabía aquel lugar; porque muchas veces Jesús se juntaba allí con sus discípulos.
Y Anás le había enviado atado á Caifás pontífice.
Porque el hombre en quien había sido hecho este milagro de sanidad, era de más de cuarenta años.
Y en la segunda, José fué conocido de sus hermanos, y fué sabido de Faraón el linaje de José.
Entonces Felipe, descendiendo á la ciudad de Samaria, les predicaba á Cristo.
Lo cual asimismo hicieron, enviándolo á los ancianos por mano de Bernabé y de Saulo.
Y como no le pudimos persuadir, desistimos, diciendo: Hágase la voluntad del Señor.
Empero si la verdad de Dios por mi mentira creció á gloria suya, ¿por qué aun así yo soy juzgado como pecador?
Para que ninguno diga que habéis sido bautizados en mi nombre.
Mas á causa de las fornicaciones, cada uno tenga su mujer, y cada una tenga su marido.
Ni tentemos á Cristo, como también algunos de ellosletentaron, y perecieron por las serpientes.
Mas ahora Dios ha colocado los miembros cada uno de ellos en el cuerpo, como quiso.
Y si á otro que estuviere sentado, fuere revelado, calle el primero.
Por tanto procuramos también, ó ausentes, ó presentes, serle agradables:
Empero yo de muy buena gana despenderé y seré despendido por vuestras almas, aunque amándoos más, sea amado menos.
Y toda lengua confiese que Jesucristo es el Señor, á la gloria de Dios Padre.
Y confío en el Señor que yo también iré presto á vosotros.
Y os protestábamos que anduvieseis como es digno de Dios, que os llamó á su reino y gloria.
Palabra fiel: Si alguno apetece obispado, buena obra desea.
Exhorta asimismo á los mancebos á que sean comedidos;
Y á la amada Apphia, y á Archîpo, compañero de nuestra milicia, y á la iglesia que está en tu casa:
Pues donde hay remisión de éstos, no hay más ofrenda por pecado.
El que menospreciare la ley de Moisés, por el testimonio de dos ó de tres testigos muere sin ninguna misericordia:
Por lo cual también Jesús, para santificar al pueblo por su propia sangre, padeció fuera de la puerta.
Y aquí hay mente que tiene sabiduría. Las siete cabezas son siete montes, sobre los cuales se asienta la mujer.

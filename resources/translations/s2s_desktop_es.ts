<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>Trains and runs translation models on this computer: your text never leaves it.</source>
        <translation>Entrena y ejecuta modelos de traducción en este equipo: el texto nunca sale de él.</translation>
    </message>
    <message>
        <source>About s2s-desktop</source>
        <translation>Acerca de s2s-desktop</translation>
    </message>
</context>
<context>
    <name>AlternativesMenu</name>
    <message>
        <source>Alternatives for {word}</source>
        <translation>Alternativas para {word}</translation>
    </message>
    <message>
        <source>Other words for “{word}”</source>
        <translation>Otras palabras para “{word}”</translation>
    </message>
    <message>
        <source>The model sees no other word here.</source>
        <translation>El modelo no ve ninguna otra palabra aquí.</translation>
    </message>
    <message>
        <source>Other translations of the sentence</source>
        <translation>Otras traducciones de la oración</translation>
    </message>
    <message>
        <source>No other translation.</source>
        <translation>No hay otra traducción.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>for the last sentence, {source} → {target}</source>
        <translation>para la última oración, {source} → {target}</translation>
    </message>
    <message>
        <source>for {source} → {target}</source>
        <translation>para {source} → {target}</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>Translate something to see which source words each output word looked at.</source>
        <translation>Al traducir algo, aquí se ve en qué palabras de origen se fijó cada palabra de salida.</translation>
    </message>
    <message>
        <source>darker: the output piece (row) looked more at that input piece (column)</source>
        <translation>más oscuro: la pieza de salida (fila) se fijó más en esa pieza de entrada (columna)</translation>
    </message>
    <message>
        <source>brighter: the output piece (row) looked more at that input piece (column)</source>
        <translation>más claro: la pieza de salida (fila) se fijó más en esa pieza de entrada (columna)</translation>
    </message>
    <message>
        <source>Attention heatmap</source>
        <translation>Mapa de calor de la atención</translation>
    </message>
    <message>
        <source>Each output piece and the input piece it looked at most: {pieces}</source>
        <translation>Cada pieza de salida y la pieza de entrada en la que más se fijó: {pieces}</translation>
    </message>
</context>
<context>
    <name>ClipboardPopup</name>
    <message>
        <source>Translation of the clipboard</source>
        <translation>Traducción del portapapeles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Put the translation on the clipboard in place of the text: paste it (Ctrl+V) over the selection.</source>
        <translation>Poner la traducción en el portapapeles en lugar del texto: pegarla (Ctrl+V) sobre la selección.</translation>
    </message>
</context>
<context>
    <name>ClusterCommandDialog</name>
    <message>
        <source>Train on a cluster</source>
        <translation>Entrenar en un clúster</translation>
    </message>
    <message>
        <source>Run this command where the corpus is and s2s-desktop is installed ({install}). PyTorch&apos;s {torchrun} starts one training process per GPU; together they train this one model.</source>
        <translation>Ejecutar este comando donde estén el corpus y s2s-desktop instalado ({install}). {torchrun} de PyTorch inicia un proceso de entrenamiento por GPU; juntos entrenan este único modelo.</translation>
    </message>
    <message>
        <source>Machines that train together; run the command on each.</source>
        <translation>Máquinas que entrenan juntas; ejecutar el comando en cada una.</translation>
    </message>
    <message>
        <source>Processes per machine: gpu starts one per GPU; on machines without GPUs, give a number (each process then uses its share of the CPU cores).</source>
        <translation>Procesos por máquina: gpu inicia uno por GPU; en máquinas sin GPU, indicar un número (cada proceso usa entonces su parte de los núcleos de la CPU).</translation>
    </message>
    <message>
        <source>Where the corpus folder is on the cluster (every machine).</source>
        <translation>Dónde está la carpeta del corpus en el clúster (en todas las máquinas).</translation>
    </message>
    <message>
        <source>the first machine&apos;s host name</source>
        <translation>nombre de host de la primera máquina</translation>
    </message>
    <message>
        <source>The machines meet at this host (port 29500).</source>
        <translation>Las máquinas se coordinan en este host (puerto 29500).</translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation>&amp;Máquinas</translation>
    </message>
    <message>
        <source>&amp;Processes per machine</source>
        <translation>&amp;Procesos por máquina</translation>
    </message>
    <message>
        <source>C&amp;orpus folder there</source>
        <translation>&amp;Carpeta del corpus allí</translation>
    </message>
    <message>
        <source>&amp;First machine</source>
        <translation>Pr&amp;imera máquina</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>With several machines, run it on each, with the corpus at the same path on all. Batch tokens ({batch}) is the batch of the whole run, split over the processes: with more GPUs, raise it to keep each one busy. The run stops and resumes like one on this desktop (add {resume}).</source>
        <translation>Con varias máquinas, ejecutarlo en cada una, con el corpus en la misma ruta en todas. Los tokens por lote ({batch}) son el lote de todo el entrenamiento, repartido entre los procesos: con más GPU, aumentarlo para mantener ocupada cada una. El entrenamiento se detiene y se reanuda como uno en este equipo (añadir {resume}).</translation>
    </message>
    <message>
        <source>on the cluster, {export}; copy {archive} here and choose {import_} in the Models tab.</source>
        <translation>en el clúster, {export}; copiar {archive} aquí y elegir {import_} en la pestaña Modelos.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Bringing the model back:</source>
        <translation>Traer el modelo de vuelta:</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copiar comando</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>This folder holds several language pairs: choose the source and target.</source>
        <translation>Esta carpeta contiene varios pares de idiomas: elegir el origen y el destino.</translation>
    </message>
    <message>
        <source>The .tsv files here do not say which languages they hold: type the source and target language codes (like en and de).</source>
        <translation>Los archivos .tsv de esta carpeta no indican qué idiomas contienen: escribir los códigos de los idiomas de origen y destino (como en y de).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>A folder of parallel text (or drop one here)</source>
        <translation>Una carpeta de texto paralelo (o soltar una aquí)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Moses file pairs (train.en + train.de), tab-separated .tsv files or .tmx translation memories, anywhere below the folder.</source>
        <translation>Pares de archivos de Moses (train.en + train.de), archivos .tsv separados por tabulaciones o memorias de traducción .tmx, en cualquier lugar dentro de la carpeta.</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Idioma de origen</translation>
    </message>
    <message>
        <source>Source language code: found in the data, or typed (en, de, …).</source>
        <translation>Código del idioma de origen: detectado en los datos o escrito (en, de, …).</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <source>Target language code: found in the data, or typed (en, de, …).</source>
        <translation>Código del idioma de destino: detectado en los datos o escrito (en, de, …).</translation>
    </message>
    <message>
        <source>Text encoding of the data files: UTF-8 unless they were saved otherwise (latin-1, cp1252, shift_jis, …).</source>
        <translation>Codificación de texto de los archivos de datos: UTF-8, salvo que se hayan guardado de otro modo (latin-1, cp1252, shift_jis, …).</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>Codi&amp;ficación</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Scanning the folder…</source>
        <translation>Examinando la carpeta…</translation>
    </message>
    <message>
        <source>Choose a language pair this folder holds.</source>
        <translation>Elegir uno de los pares de idiomas de esta carpeta.</translation>
    </message>
    <message>
        <source>Reading the folder for {src} → {tgt} once the languages are typed…</source>
        <translation>La carpeta se leerá para {src} → {tgt} cuando se escriban los idiomas…</translation>
    </message>
    <message>
        <source>Choose the source and target languages.</source>
        <translation>Elegir los idiomas de origen y destino.</translation>
    </message>
    <message>
        <source>The folder has no usable data: choose another.</source>
        <translation>La carpeta no tiene datos utilizables: elegir otra.</translation>
    </message>
    <message>
        <source>Choose a folder of parallel text to start.</source>
        <translation>Elegir una carpeta de texto paralelo para empezar.</translation>
    </message>
    <message>
        <source>The resumed run&apos;s own data, {src} → {tgt} (the log counts its pairs)</source>
        <translation>Los datos propios de la ejecución reanudada, {src} → {tgt} (el registro cuenta sus pares)</translation>
    </message>
    <message>
        <source>Choose the folder of parallel text</source>
        <translation>Elegir la carpeta de texto paralelo</translation>
    </message>
    <message>
        <source>{code} is not a language code: type a code like en or de.</source>
        <translation>{code} no es un código de idioma: escribir un código como en o de.</translation>
    </message>
    <message>
        <source>This folder has no data in {code}: choose one of {found}.</source>
        <translation>Esta carpeta no tiene datos en {code}: elegir uno de estos: {found}.</translation>
    </message>
    <message>
        <source>{code} pairs with {partners} here: choose the target.</source>
        <translation>Aquí {code} forma pares con {partners}: elegir el destino.</translation>
    </message>
    <message>
        <source>{code} pairs with {partners} here: choose the source.</source>
        <translation>Aquí {code} forma pares con {partners}: elegir el origen.</translation>
    </message>
    <message>
        <source>Language pairs found: {pairs}</source>
        <translation>Pares de idiomas encontrados: {pairs}</translation>
    </message>
    <message>
        <source>{train} training pairs, {valid} validation pairs, {src} → {tgt}</source>
        <translation>{train} pares de entrenamiento, {valid} pares de validación, {src} → {tgt}</translation>
    </message>
    <message>
        <source> ({count} lines skipped: see the log)</source>
        <translation> ({count} líneas omitidas: ver el registro)</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>{name} is still being translated; wait for it or cancel it.</source>
        <translation>{name} aún se está traduciendo; esperar a que termine o cancelarlo.</translation>
    </message>
    <message>
        <source>There is no model to translate with yet: train one in the Train tab, or import one in the Models tab.</source>
        <translation>Todavía no hay ningún modelo con el que traducir: entrene uno en la pestaña Entrenar o importe uno en la pestaña Modelos.</translation>
    </message>
    <message>
        <source>{name} will be translated once the model has loaded.</source>
        <translation>{name} se traducirá en cuanto se haya cargado el modelo.</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>Traduciendo {name}…</translation>
    </message>
    <message>
        <source>{folder} cannot be written in: save the translation elsewhere</source>
        <translation>No se puede escribir en {folder}: guarde la traducción en otro lugar</translation>
    </message>
    <message>
        <source>Translate a document</source>
        <translation>Traducir un documento</translation>
    </message>
    <message>
        <source>Replace the translation?</source>
        <translation>¿Reemplazar la traducción?</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>Translated {name} → {output} (in {folder}).</source>
        <translation>Traducido: {name} → {output} (en {folder}).</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
    <message>
        <source>File translation cancelled.</source>
        <translation>Traducción del archivo cancelada.</translation>
    </message>
    <message>
        <source>File not translated.</source>
        <translation>Archivo no traducido.</translation>
    </message>
    <message>
        <source>Choose the text encoding</source>
        <translation>Elegir la codificación de texto</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text. Which encoding is it in?</source>
        <translation>{name} no es texto {encoding}. ¿En qué codificación está?</translation>
    </message>
    <message>
        <source>Drop one document at a time; {count} were dropped.</source>
        <translation>Suelte un documento cada vez; se soltaron {count}.</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Beam</source>
        <translation>Haz</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Evaluate on a test set</source>
        <translation>Evaluar en un conjunto de prueba</translation>
    </message>
    <message>
        <source>Each model translates the test set&apos;s sentences and is compared with their reference translations (BLEU and chrF, sacrebleu). The score is saved with the model, in place of an earlier one on the same test set with the same beam.</source>
        <translation>Cada modelo traduce las oraciones del conjunto de prueba y se compara con sus traducciones de referencia (BLEU y chrF, sacrebleu). La puntuación se guarda con el modelo, en lugar de una anterior en el mismo conjunto de prueba con el mismo haz.</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>ninguno elegido</translation>
    </message>
    <message>
        <source>a folder, a .tsv or .tmx file, or test.en + test.de</source>
        <translation>una carpeta, un archivo .tsv o .tmx, o test.en + test.de</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Conjunto de prueba</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <source>Choose test files</source>
        <translation>Elegir archivos de prueba</translation>
    </message>
    <message>
        <source>A .tsv or .tmx file, or a file pair like test.en + test.de (choose one side or both)</source>
        <translation>Un archivo .tsv o .tmx, o un par de archivos como test.en + test.de (elegir un lado o ambos)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Choose a test folder</source>
        <translation>Elegir una carpeta de prueba</translation>
    </message>
    <message>
        <source>A folder whose test files (test.*, newstest*) are scored</source>
        <translation>Una carpeta cuyos archivos de prueba (test.*, newstest*) se puntúan</translation>
    </message>
    <message>
        <source>each model&apos;s own</source>
        <translation>el de cada modelo</translation>
    </message>
    <message>
        <source>Beam width</source>
        <translation>Ancho de haz</translation>
    </message>
    <message>
        <source>Beam search width for every model (1: greedy); by default each model&apos;s own, the beam its BLEU was measured with</source>
        <translation>Ancho de la búsqueda en haz para todos los modelos (1: voraz); por defecto, el de cada modelo, es decir, el haz con el que se midió su BLEU</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>&amp;Test set:</source>
        <translation>&amp;Conjunto de prueba:</translation>
    </message>
    <message>
        <source>&amp;Beam:</source>
        <translation>&amp;Haz:</translation>
    </message>
    <message>
        <source>Evaluation progress</source>
        <translation>Progreso de la evaluación</translation>
    </message>
    <message>
        <source>Choose a test set, then Evaluate.</source>
        <translation>Elegir un conjunto de prueba y luego pulsar Evaluar.</translation>
    </message>
    <message>
        <source>Test scores</source>
        <translation>Puntuaciones de prueba</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Evaluate the models</source>
        <translation>Evaluar los modelos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the evaluation</source>
        <translation>Detener la evaluación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the test set: one .tsv or .tmx file, or a file pair (test.en + test.de)</source>
        <translation>Elegir el conjunto de prueba: un archivo .tsv o .tmx, o un par de archivos (test.en + test.de)</translation>
    </message>
    <message>
        <source>Test sets (*.tsv *.tab *.tmx *.*);;All files (*)</source>
        <translation>Conjuntos de prueba (*.tsv *.tab *.tmx *.*);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a folder with test files</source>
        <translation>Elegir una carpeta con archivos de prueba</translation>
    </message>
    <message>
        <source>Reading the test set…</source>
        <translation>Leyendo el conjunto de prueba…</translation>
    </message>
    <message>
        <source>Scoring {model} ({number} of {models}): {done} of {total} sentences</source>
        <translation>Puntuando {model} ({number} de {models}): {done} de {total} oraciones</translation>
    </message>
    <message>
        <source>Scored on {test_set} and saved with each model.</source>
        <translation>Puntuado en {test_set} y guardado con cada modelo.</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>Nada que puntuar.</translation>
    </message>
    <message>
        <source>Stopped: {scored} of {models} scored.</source>
        <translation>Detenido: {scored} de {models} puntuados.</translation>
    </message>
    <message>
        <source>{scored} of {models} scored.</source>
        <translation>{scored} de {models} puntuados.</translation>
    </message>
</context>
<context>
    <name>FileJobRow</name>
    <message>
        <source>File translation progress</source>
        <translation>Progreso de la traducción del archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>Traduciendo {name}…</translation>
    </message>
    <message>
        <source>{done} of {total} sentences, {left} left</source>
        <translation>{done} de {total} frases, faltan {left}</translation>
    </message>
    <message>
        <source>{done} of {total} sentences</source>
        <translation>{done} de {total} frases</translation>
    </message>
    <message>
        <source>Translating {name}</source>
        <translation>Traduciendo {name}</translation>
    </message>
    <message>
        <source>Cancelling {name}…</source>
        <translation>Cancelando {name}…</translation>
    </message>
</context>
<context>
    <name>FineTuning</name>
    <message>
        <source>{name} is no longer stored under that name: choose what to start from again.</source>
        <translation>{name} ya no está guardado con ese nombre: volver a elegir el modelo de partida.</translation>
    </message>
    <message>
        <source>Wait until this run ends to fine-tune a model.</source>
        <translation>Esperar a que termine este entrenamiento para hacer el ajuste fino de un modelo.</translation>
    </message>
    <message>
        <source>{name} cannot be fine-tuned.</source>
        <translation>{name} no admite ajuste fino.</translation>
    </message>
    <message>
        <source>The model you start from translates other languages.</source>
        <translation>El modelo de partida traduce otros idiomas.</translation>
    </message>
    <message>
        <source>{name} is the model you start from; give the fine-tuned model a new name (the base stays as it is).</source>
        <translation>{name} es el modelo del que parte; dé un nombre nuevo al modelo ajustado (el modelo base queda como está).</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <source>No model yet. Train one on your own parallel text in the Train tab, or try the sample corpus: English → Spanish Bible verses, a few minutes on a laptop CPU.</source>
        <translation>Aún no hay ningún modelo. Se puede entrenar uno con texto paralelo propio en la pestaña Entrenar, o probar el corpus de ejemplo: versículos de la Biblia inglés → español, unos minutos en la CPU de un portátil.</translation>
    </message>
    <message>
        <source>Train on the sample corpus</source>
        <translation>Entrenar con el corpus de ejemplo</translation>
    </message>
    <message>
        <source>Train a small English → Spanish model on the bundled public-domain Bible verses, then translate with it here.</source>
        <translation>Entrenar un modelo pequeño inglés → español con los versículos de la Biblia de dominio público incluidos y luego traducir con él aquí.</translation>
    </message>
    <message>
        <source>Go to Train tab</source>
        <translation>Ir a la pestaña Entrenar</translation>
    </message>
    <message>
        <source>Choose a folder of your own parallel text and train on it.</source>
        <translation>Elegir una carpeta de texto paralelo propio y entrenar con ella.</translation>
    </message>
    <message>
        <source>Training {name}.</source>
        <translation>Entrenando {name}.</translation>
    </message>
    <message>
        <source>It is ready to use here when the run ends; follow it in the Train tab.</source>
        <translation>Estará listo aquí cuando termine el entrenamiento; síguelo en la pestaña Entrenar.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>No glossary terms yet.</source>
        <translation>Aún no hay términos en el glosario.</translation>
    </message>
    <message>
        <source>A glossary makes translations use your words for your terms: when a source term appears in a sentence, in any case or inflection, the translation is built around its target term, and a term the model cannot place is flagged.</source>
        <translation>Un glosario hace que las traducciones usen las palabras elegidas para cada término: cuando un término de origen aparece en una oración, con cualquier combinación de mayúsculas o flexión, la traducción se construye en torno a su término de destino, y se marca el término que el modelo no puede colocar.</translation>
    </message>
    <message>
        <source>Click {add} to type one, or {import_} a TSV or CSV file (source, target, optional note) or a TBX termbase.</source>
        <translation>Pulsar {add} para escribir uno, o {import_} un archivo TSV o CSV (origen, destino, nota opcional) o una base terminológica TBX.</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Añadir término</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt *.tbx);;All files (*)</source>
        <translation>Glosarios (*.tsv *.csv *.txt *.tbx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Tab-separated (*.tsv);;Comma-separated (*.csv)</source>
        <translation>Separado por tabulaciones (*.tsv);;Separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Términos del glosario</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Source term ({language})</source>
        <translation>Término de origen ({language})</translation>
    </message>
    <message>
        <source>Target term ({language})</source>
        <translation>Término de destino ({language})</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{error} Nothing is changed until it can be read.</source>
        <translation>{error} No se cambia nada hasta que se pueda leer.</translation>
    </message>
    <message>
        <source>Row {rows} is saved once it has both a source and a target term.</source>
        <translation>Fila {rows}: se guardará cuando tenga un término de origen y uno de destino.</translation>
    </message>
    <message>
        <source>Line {lines} was skipped: each term needs a source and a target.</source>
        <translation>Se omitió la línea {lines}: cada término necesita un origen y un destino.</translation>
    </message>
    <message>
        <source>Lines {lines} were skipped: each term needs a source and a target.</source>
        <translation>Se omitieron las líneas {lines}: cada término necesita un origen y un destino.</translation>
    </message>
    <message>
        <source>Imported 1 new term from {name}, {updated} updated.</source>
        <translation>Se importó 1 término nuevo de {name}, {updated} actualizados.</translation>
    </message>
    <message>
        <source>Imported 1 new term from {name}.</source>
        <translation>Se importó 1 término nuevo de {name}.</translation>
    </message>
    <message>
        <source>Imported {added} new terms from {name}, {updated} updated.</source>
        <translation>Se importaron {added} términos nuevos de {name}, {updated} actualizados.</translation>
    </message>
    <message>
        <source>Imported {added} new terms from {name}.</source>
        <translation>Se importaron {added} términos nuevos de {name}.</translation>
    </message>
    <message>
        <source>1 row that repeats a term was skipped (the first row counts).</source>
        <translation>Se omitió 1 fila que repite un término (cuenta la primera).</translation>
    </message>
    <message>
        <source>{repeats} rows that repeat a term were skipped (the first row counts).</source>
        <translation>Se omitieron {repeats} filas que repiten un término (cuenta la primera).</translation>
    </message>
    <message>
        <source>Exported {count} terms to {name}.</source>
        <translation>Se exportaron {count} términos a {name}.</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importar un glosario</translation>
    </message>
    <message>
        <source>Export the glossary</source>
        <translation>Exportar el glosario</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>&amp;Keep a history</source>
        <translation>&amp;Conservar historial</translation>
    </message>
    <message>
        <source>Off: nothing more is kept (what is kept stays until cleared).</source>
        <translation>Desactivado: no se guarda nada más (lo ya guardado permanece hasta que se borre).</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Borrar historial…</translation>
    </message>
    <message>
        <source>Translation history</source>
        <translation>Historial de traducciones</translation>
    </message>
    <message>
        <source>Nothing in the history matches.</source>
        <translation>Nada del historial coincide.</translation>
    </message>
    <message>
        <source>New translations are kept in the history.</source>
        <translation>Las traducciones nuevas se guardan en el historial.</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>El historial está desactivado.</translation>
    </message>
    <message>
        <source>The history file was damaged: it is kept as {path}, and a new history is started.</source>
        <translation>El archivo del historial estaba dañado: se conserva como {path} y se empieza un historial nuevo.</translation>
    </message>
    <message>
        <source>The history cannot be read. Move its file aside and start a new, empty history?</source>
        <translation>No se puede leer el historial. ¿Apartar su archivo y empezar un historial nuevo y vacío?</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Borrar el historial</translation>
    </message>
    <message>
        <source>Forget all {count} translations in the history? This cannot be undone.</source>
        <translation>¿Olvidar las {count} traducciones del historial? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Translations you make appear here, newest first; double-click one to bring it back.</source>
        <translation>Sus traducciones aparecen aquí, la más reciente primero; haga doble clic en una para recuperarla.</translation>
    </message>
    <message>
        <source>The history is cleared.</source>
        <translation>El historial se ha borrado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>detecting…</source>
        <translation>detectando…</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Dispositivo: {device}</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
    <message>
        <source>A model is training. Stop it and quit? A checkpoint is saved, and you can resume the run later from the Train tab.</source>
        <translation>Se está entrenando un modelo. ¿Detenerlo y salir? Se guarda un punto de control y el entrenamiento se puede reanudar más tarde desde la pestaña Entrenar.</translation>
    </message>
    <message>
        <source>A document is being translated</source>
        <translation>Se está traduciendo un documento</translation>
    </message>
    <message>
        <source>{name} is being translated. Cancel it and quit? Nothing of it is written; translate it again later.</source>
        <translation>Se está traduciendo {name}. ¿Cancelarlo y salir? No se escribe nada de él; traducirlo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Stopping the training run and saving a checkpoint…</source>
        <translation>Deteniendo el entrenamiento y guardando un punto de control…</translation>
    </message>
</context>
<context>
    <name>MemoryCursor</name>
    <message>
        <source>Used the memory&apos;s translation.</source>
        <translation>Se usó la traducción de la memoria.</translation>
    </message>
    <message>
        <source>Translate the text first, then use the memory&apos;s sentence.</source>
        <translation>Traduzca primero el texto y luego use la frase de la memoria.</translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <source>Translation memory</source>
        <translation>Memoria de traducción</translation>
    </message>
    <message>
        <source>No memory matches ≥ {threshold} %</source>
        <translation>No hay coincidencias en la memoria ≥ {threshold} %</translation>
    </message>
    <message>
        <source>From {origin}</source>
        <translation>De {origin}</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Put this translation in the output</source>
        <translation>Poner esta traducción en la salida</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this translation to the clipboard</source>
        <translation>Copiar esta traducción al portapapeles</translation>
    </message>
</context>
<context>
    <name>MemorySection</name>
    <message>
        <source>Add &amp;TMX…</source>
        <translation>Añadir &amp;TMX…</translation>
    </message>
    <message>
        <source>Add a translation memory exported from a CAT tool.</source>
        <translation>Añadir una memoria de traducción exportada desde una herramienta TAO.</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>The memory is being indexed; wait for it or press Stop.</source>
        <translation>Se está indexando la memoria; esperar a que termine o pulsar Detener.</translation>
    </message>
    <message>
        <source>Adding {name} to the memory…</source>
        <translation>Añadiendo {name} a la memoria…</translation>
    </message>
    <message>
        <source>Add a translation memory</source>
        <translation>Añadir una memoria de traducción</translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>Archivos TMX (*.tmx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The memory is empty: add a TMX file, or train a model on your own data.</source>
        <translation>La memoria está vacía: añadir un archivo TMX o entrenar un modelo con datos propios.</translation>
    </message>
    <message>
        <source>Memory: {count} pairs from {names}</source>
        <translation>Memoria: {count} pares de {names}</translation>
    </message>
    <message>
        <source>Indexing the memory: {count} pairs read…</source>
        <translation>Indexando la memoria: {count} pares leídos…</translation>
    </message>
    <message>
        <source>Memory: stopped after {count} pairs.</source>
        <translation>Memoria: detenida tras {count} pares.</translation>
    </message>
    <message>
        <source>Memory: added no pairs.</source>
        <translation>Memoria: no se añadió ningún par.</translation>
    </message>
    <message>
        <source>Memory: added 1 pair.</source>
        <translation>Memoria: 1 par añadido.</translation>
    </message>
    <message>
        <source>Memory: added {count} pairs.</source>
        <translation>Memoria: {count} pares añadidos.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
</context>
<context>
    <name>MetricsPlot</name>
    <message>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <source>Validation loss (per token)</source>
        <translation>Pérdida de validación (por token)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Training loss (label-smoothed)</source>
        <translation>Pérdida de entrenamiento (suavizado de etiquetas)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <source>Tokens seen</source>
        <translation>Tokens procesados</translation>
    </message>
    <message>
        <source>Training time (hours)</source>
        <translation>Tiempo de entrenamiento (horas)</translation>
    </message>
    <message>
        <source>Training time (minutes)</source>
        <translation>Tiempo de entrenamiento (minutos)</translation>
    </message>
    <message>
        <source>Training time (seconds)</source>
        <translation>Tiempo de entrenamiento (segundos)</translation>
    </message>
    <message>
        <source>Tokens seen (billions)</source>
        <translation>Tokens procesados (miles de millones)</translation>
    </message>
    <message>
        <source>Tokens seen (millions)</source>
        <translation>Tokens procesados (millones)</translation>
    </message>
    <message>
        <source>Tokens seen (thousands)</source>
        <translation>Tokens procesados (miles)</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>Paso de entrenamiento</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>Historial de entrenamiento</translation>
    </message>
    <message>
        <source>{metric} at each evaluation</source>
        <translation>{metric} en cada evaluación</translation>
    </message>
    <message>
        <source>{metric}, averaged over each logged stretch of steps</source>
        <translation>{metric}, media de cada tramo de pasos registrado</translation>
    </message>
    <message>
        <source>Horizontal axis of the training history</source>
        <translation>Eje horizontal del historial de entrenamiento</translation>
    </message>
    <message>
        <source>What the horizontal axis counts. Steps of runs with different batch sizes train on different amounts of text: compare such runs by training time or by tokens seen (source + target tokens trained on so far).</source>
        <translation>Lo que cuenta el eje horizontal. Los pasos de entrenamientos con distintos tamaños de lote abarcan cantidades de texto diferentes: esos entrenamientos se comparan mejor por tiempo de entrenamiento o por tokens procesados (tokens de origen + destino entrenados hasta el momento).</translation>
    </message>
    <message>
        <source>b&amp;y</source>
        <translation>po&amp;r</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Training curves of the selected models</source>
        <translation>Curvas de entrenamiento de los modelos seleccionados</translation>
    </message>
    <message>
        <source>Select models to see their curves.</source>
        <translation>Seleccionar modelos para ver sus curvas.</translation>
    </message>
    <message>
        <source>No evaluations are recorded for {names}.</source>
        <translation>No hay evaluaciones registradas de {names}.</translation>
    </message>
    <message>
        <source>No training steps are logged for {names}.</source>
        <translation>No hay pasos de entrenamiento registrados de {names}.</translation>
    </message>
    <message>
        <source>The evaluations of {names} do not record their step.</source>
        <translation>Las evaluaciones de {names} no indican su paso.</translation>
    </message>
    <message>
        <source>The evaluations of {names} do not record their training time.</source>
        <translation>Las evaluaciones de {names} no indican su tiempo de entrenamiento.</translation>
    </message>
    <message>
        <source>The evaluations of {names} do not record the tokens seen.</source>
        <translation>Las evaluaciones de {names} no indican los tokens vistos.</translation>
    </message>
    <message>
        <source>The training steps of {names} do not record their step.</source>
        <translation>Los pasos de entrenamiento de {names} no indican su número de paso.</translation>
    </message>
    <message>
        <source>The training steps of {names} do not record their training time.</source>
        <translation>Los pasos de entrenamiento de {names} no indican su tiempo de entrenamiento.</translation>
    </message>
    <message>
        <source>The training steps of {names} do not record the tokens seen.</source>
        <translation>Los pasos de entrenamiento de {names} no indican los tokens vistos.</translation>
    </message>
</context>
<context>
    <name>ModelEdits</name>
    <message>
        <source>Rename model</source>
        <translation>Renombrar modelo</translation>
    </message>
    <message>
        <source>New name for {name!r} (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;):</source>
        <translation>Nuevo nombre para {name!r} (letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;):</translation>
    </message>
    <message>
        <source>Renamed {old!r} to {new!r}.</source>
        <translation>Se cambió el nombre de {old!r} a {new!r}.</translation>
    </message>
    <message>
        <source>Delete models</source>
        <translation>Eliminar modelos</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Deleted {name!r}.</source>
        <translation>Se eliminó {name!r}.</translation>
    </message>
    <message>
        <source>Deleted {count} models.</source>
        <translation>Se eliminaron {count} modelos.</translation>
    </message>
    <message>
        <source>Delete the model {name!r}?</source>
        <translation>¿Eliminar el modelo {name!r}?</translation>
    </message>
    <message>
        <source>Its files are removed from this computer. This cannot be undone.</source>
        <translation>Sus archivos se eliminarán de este equipo. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete {count} models ({listed} and {more} more)?</source>
        <translation>¿Eliminar {count} modelos ({listed} y {more} más)?</translation>
    </message>
    <message>
        <source>Delete {count} models ({listed})?</source>
        <translation>¿Eliminar {count} modelos ({listed})?</translation>
    </message>
    <message>
        <source>Their files are removed from this computer. This cannot be undone.</source>
        <translation>Sus archivos se eliminarán de este equipo. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Export {name!r}</source>
        <translation>Exportar {name!r}</translation>
    </message>
    <message>
        <source>Exporting {name!r} to {file}…</source>
        <translation>Exportando {name!r} a {file}…</translation>
    </message>
    <message>
        <source>Exported {name!r} to {file}.</source>
        <translation>Se exportó {name!r} a {file}.</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>a new model</source>
        <translation>un modelo nuevo</translation>
    </message>
    <message>
        <source>auto sizes the model to your corpus, your time and your device once a folder is chosen.</source>
        <translation>auto ajusta el tamaño del modelo al corpus, al tiempo y al dispositivo en cuanto se elige una carpeta.</translation>
    </message>
    <message>
        <source>Voc&amp;abulary</source>
        <translation>Voca&amp;bulario</translation>
    </message>
    <message>
        <source>Sentencepiece pieces per language (INPUT_DIM / OUTPUT_DIM). 512 is small; larger vocabularies suit larger corpora. A small corpus may yield fewer pieces.</source>
        <translation>Piezas de sentencepiece por idioma (INPUT_DIM / OUTPUT_DIM). 512 es poco; los vocabularios más grandes convienen a corpus más grandes. Un corpus pequeño puede dar menos piezas.</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>&amp;Capas</translation>
    </message>
    <message>
        <source>ENC_LAYERS / DEC_LAYERS: stacked blocks.</source>
        <translation>ENC_LAYERS / DEC_LAYERS: bloques apilados.</translation>
    </message>
    <message>
        <source>Hea&amp;ds</source>
        <translation>Cabe&amp;zas</translation>
    </message>
    <message>
        <source>ENC_HEADS / DEC_HEADS: attention heads; the width must be divisible by them.</source>
        <translation>ENC_HEADS / DEC_HEADS: cabezas de atención; el ancho debe ser divisible entre su número.</translation>
    </message>
    <message>
        <source>Feed-forward</source>
        <translation>Feed-forward</translation>
    </message>
    <message>
        <source>ENC_PF_DIM / DEC_PF_DIM: width of each block&apos;s position-wise feed-forward layer.</source>
        <translation>ENC_PF_DIM / DEC_PF_DIM: ancho de la capa feed-forward por posición de cada bloque.</translation>
    </message>
    <message>
        <source>Dropo&amp;ut</source>
        <translation>Dr&amp;opout</translation>
    </message>
    <message>
        <source>ENC_DROPOUT / DEC_DROPOUT.</source>
        <translation>ENC_DROPOUT / DEC_DROPOUT.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>auto: sized to the corpus, the time given and the device (the reasons show below). tutorial: the founding tutorial&apos;s exact constants. tiny: small and fast, for a quick try on a laptop. base: Transformer-base width, for a GPU. Every field below can be changed after choosing.</source>
        <translation>auto: dimensionado según el corpus, el tiempo disponible y el dispositivo (los motivos aparecen abajo). tutorial: las constantes exactas del tutorial original. tiny: pequeño y rápido, para una prueba rápida en un portátil. base: ancho de Transformer-base, para una GPU. Todos los campos de abajo se pueden cambiar tras elegir.</translation>
    </message>
    <message>
        <source>Weights of the model with the values below. A small corpus may learn a smaller vocabulary than asked for, which makes the model a little smaller.</source>
        <translation>Pesos del modelo con los valores de abajo. Con un corpus pequeño puede aprenderse un vocabulario menor que el pedido, lo que hace el modelo algo más pequeño.</translation>
    </message>
    <message>
        <source>A new model learns your folder from nothing. A stored model already knows its languages: fine-tuning it on your folder keeps its architecture and vocabularies and adapts it to your text, far better than a new model in the same time. The stored model itself is not changed.</source>
        <translation>Un modelo nuevo aprende la carpeta desde cero. Un modelo guardado ya conoce sus idiomas: el ajuste fino con la carpeta conserva su arquitectura y sus vocabularios y lo adapta al texto propio, mucho mejor que un modelo nuevo en el mismo tiempo. El modelo guardado no se modifica.</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>Pa&amp;rtir de</translation>
    </message>
    <message>
        <source>Prese&amp;t</source>
        <translation>Pr&amp;eajuste</translation>
    </message>
    <message>
        <source>Encoder (source)</source>
        <translation>Codificador (origen)</translation>
    </message>
    <message>
        <source>Decoder (target)</source>
        <translation>Decodificador (destino)</translation>
    </message>
    <message>
        <source>{field}, encoder</source>
        <translation>{field}, codificador</translation>
    </message>
    <message>
        <source>{field}, decoder</source>
        <translation>{field}, decodificador</translation>
    </message>
    <message>
        <source>HID_DIM: the model&apos;s width (embedding and hidden size).</source>
        <translation>HID_DIM: el ancho del modelo (tamaño del embedding y de la capa oculta).</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>Anc&amp;ho</translation>
    </message>
    <message>
        <source>The longest sentence, in pieces, the model can read or write (position table).</source>
        <translation>La oración más larga, en piezas, que el modelo puede leer o escribir (tabla de posiciones).</translation>
    </message>
    <message>
        <source>Max &amp;length</source>
        <translation>&amp;Longitud máx.</translation>
    </message>
    <message>
        <source>One shared vocabulary for both languages</source>
        <translation>Un vocabulario compartido para ambos idiomas</translation>
    </message>
    <message>
        <source>Learn one sentencepiece vocabulary from both sides: good for related languages that share words and names. Needs equal vocabulary sizes.</source>
        <translation>Aprender un solo vocabulario de sentencepiece de ambos lados: bueno para idiomas emparentados que comparten palabras y nombres. Requiere tamaños de vocabulario iguales.</translation>
    </message>
    <message>
        <source>Tie the embeddings and the output layer</source>
        <translation>Vincular los embeddings y la capa de salida</translation>
    </message>
    <message>
        <source>One matrix for the source and target embeddings and the output layer: fewer weights, and often faster steps. Needs a shared vocabulary.</source>
        <translation>Una sola matriz para los embeddings de origen y destino y la capa de salida: menos pesos y, a menudo, pasos más rápidos. Requiere un vocabulario compartido.</translation>
    </message>
    <message>
        <source>The model settings are still loading; wait a moment.</source>
        <translation>La configuración del modelo aún se está cargando; esperar un momento.</translation>
    </message>
    <message>
        <source>≈ {count} parameters</source>
        <translation>≈ {count} parámetros</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <source>Import a model file</source>
        <translation>Importar un archivo de modelo</translation>
    </message>
    <message>
        <source>Model files (*.zip *.argosmodel);;All files (*)</source>
        <translation>Archivos de modelo (*.zip *.argosmodel);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import an OPUS-MT model&apos;s folder</source>
        <translation>Importar la carpeta de un modelo OPUS-MT</translation>
    </message>
    <message>
        <source>Importing {file}; checking the model…</source>
        <translation>Importando {file}; comprobando el modelo…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists. Import {file} as:</source>
        <translation>Ya existe un modelo llamado {name!r}. Importar {file} como:</translation>
    </message>
    <message>
        <source>Imported {name!r} from {file}.</source>
        <translation>Se importó {name!r} desde {file}.</translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>Translate a document (text, Markdown, HTML, Word, OpenDocument, subtitles, PO, XLIFF) into the same format beside it, as NAME.&lt;language&gt;.EXT; or drop one on the source box.</source>
        <translation>Traducir un documento (texto, Markdown, HTML, Word, OpenDocument, subtítulos, PO, XLIFF) al mismo formato, junto al original, como NAME.&lt;language&gt;.EXT; o soltar uno en el cuadro de origen.</translation>
    </message>
    <message>
        <source>The stored model to translate with; it stays loaded.</source>
        <translation>El modelo guardado con el que traducir; permanece cargado.</translation>
    </message>
    <message>
        <source>Beam width: 1 is greedy and fastest; 4–8 often reads a little better. Each model starts at the width its BLEU was measured with, and keeps the one you choose.</source>
        <translation>Ancho de haz: 1 es voraz y lo más rápido; con 4–8 la traducción suele leerse algo mejor. Cada modelo empieza con el ancho con el que se midió su BLEU y conserva el que se elija.</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>Traducir archivo…</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>Mo&amp;delo:</translation>
    </message>
    <message>
        <source>&amp;Beam:</source>
        <translation>&amp;Haz:</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>{name}: {src} → {tgt}, {preset} preset, {score}</source>
        <translation>{name}: {src} → {tgt}, preajuste {preset}, {score}</translation>
    </message>
</context>
<context>
    <name>ModelStatus</name>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>Ready: {name}, {src} → {tgt}</source>
        <translation>Listo: {name}, {src} → {tgt}</translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation>No se pudo cargar {name}</translation>
    </message>
    <message>
        <source>Translating… (after the file being translated)</source>
        <translation>Traduciendo… (después del archivo en curso)</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Traduciendo…</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a model: an exported .zip, an OPUS-MT .zip or an Argos Translate .argosmodel</source>
        <translation>Añadir un modelo: un .zip exportado, un .zip de OPUS-MT o un .argosmodel de Argos Translate</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Add an OPUS-MT model from its folder (config.json, model.safetensors, source.spm, …)</source>
        <translation>Añadir un modelo OPUS-MT desde su carpeta (config.json, model.safetensors, source.spm, …)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Give the selected model another name (F2)</source>
        <translation>Cambiar el nombre del modelo seleccionado (F2)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected models from this computer (Del)</source>
        <translation>Eliminar de este equipo los modelos seleccionados (Del)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the selected model as one .zip file to share or back up</source>
        <translation>Guardar el modelo seleccionado como un solo archivo .zip para compartirlo o como copia de seguridad</translation>
    </message>
    <message>
        <source>Fine-tune on a folder…</source>
        <translation>Ajuste fino con carpeta…</translation>
    </message>
    <message>
        <source>Train a new model that starts from the selected one on a folder of your own text (the selected model is not changed)</source>
        <translation>Entrenar un modelo nuevo que parte del seleccionado con una carpeta de texto propio (el modelo seleccionado no se modifica)</translation>
    </message>
    <message>
        <source>Resume training…</source>
        <translation>Reanudar entrenamiento…</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint in the Train tab</source>
        <translation>Continuar el entrenamiento seleccionado desde su último punto de control en la pestaña Entrenar</translation>
    </message>
    <message>
        <source>Evaluate on a test set…</source>
        <translation>Evaluar en conjunto de prueba…</translation>
    </message>
    <message>
        <source>Score the selected models on one test set you choose: BLEU, chrF and the beam, in one table, saved with each model</source>
        <translation>Puntuar los modelos seleccionados en un conjunto de prueba elegido: BLEU, chrF y el haz, en una sola tabla, guardados con cada modelo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Show the selected model&apos;s files in the file manager</source>
        <translation>Mostrar los archivos del modelo seleccionado en el gestor de archivos</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Evaluar…</translation>
    </message>
    <message>
        <source>Import a model file…</source>
        <translation>Importar un archivo de modelo…</translation>
    </message>
    <message>
        <source>Train on the sample corpus</source>
        <translation>Entrenar con el corpus de ejemplo</translation>
    </message>
    <message>
        <source>Cannot read the models folder {folder} ({reason}); check that it is readable.</source>
        <translation>No se puede leer la carpeta de modelos {folder} ({reason}); comprobar que tenga permiso de lectura.</translation>
    </message>
    <message>
        <source>{count} model</source>
        <translation>{count} modelo</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} modelos</translation>
    </message>
    <message>
        <source>{count} unfinished</source>
        <translation>{count} sin terminar</translation>
    </message>
    <message>
        <source>{name!r} can only translate (imported from {origin}).</source>
        <translation>{name!r} solo puede traducir (importado de {origin}).</translation>
    </message>
    <message>
        <source>{name!r} is in use (training); wait until it finishes.</source>
        <translation>{name!r} está en uso (entrenamiento); esperar a que termine.</translation>
    </message>
    <message>
        <source>No models yet. Train one on your own text in the Train tab, try the sample corpus (English → Spanish, a few minutes), or import a model file.</source>
        <translation>Aún no hay modelos. Entrena uno con tus propios textos en la pestaña Entrenar, prueba el corpus de ejemplo (inglés → español, unos minutos) o importa un archivo de modelo.</translation>
    </message>
    <message>
        <source>Select a model to see its details; select several (Ctrl+click) to compare their training curves.</source>
        <translation>Seleccionar un modelo para ver sus detalles; seleccionar varios (Ctrl+click) para comparar sus curvas de entrenamiento.</translation>
    </message>
    <message>
        <source>Reading the training history…</source>
        <translation>Leyendo el historial de entrenamiento…</translation>
    </message>
    <message>
        <source>Select one or more models to compare their training curves.</source>
        <translation>Seleccionar uno o más modelos para comparar sus curvas de entrenamiento.</translation>
    </message>
    <message>
        <source>Could not read the training history of {name!r}: {message}</source>
        <translation>No se pudo leer el historial de entrenamiento de {name!r}: {message}</translation>
    </message>
    <message>
        <source>Could not open a file manager; the model&apos;s files are in {folder}.</source>
        <translation>No se pudo abrir un gestor de archivos; los archivos del modelo están en {folder}.</translation>
    </message>
</context>
<context>
    <name>ModelsTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Entrenado</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Best BLEU on the validation set (higher is better)</source>
        <translation>Mejor BLEU en el conjunto de validación (cuanto más alto, mejor)</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>{name} (training now)</source>
        <translation>{name} (entrenando ahora)</translation>
    </message>
    <message>
        <source>{name} (unfinished)</source>
        <translation>{name} (sin terminar)</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Imported from {origin}</source>
        <translation>Importado de {origin}</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} parámetros</translation>
    </message>
    <message>
        <source>Best BLEU {score}</source>
        <translation>Mejor BLEU {score}</translation>
    </message>
    <message>
        <source>best chrF {score}</source>
        <translation>mejor chrF {score}</translation>
    </message>
    <message>
        <source>Best chrF on the validation set (character n-grams; kinder to rich morphology)</source>
        <translation>Mejor chrF en el conjunto de validación (n-gramas de caracteres; más justo con la morfología rica)</translation>
    </message>
    <message>
        <source>Training time of the run</source>
        <translation>Duración del entrenamiento</translation>
    </message>
    <message>
        <source>Training pairs (the corpus size it learned from)</source>
        <translation>Pares de entrenamiento (el tamaño del corpus con el que aprendió)</translation>
    </message>
</context>
<context>
    <name>PendingCopy</name>
    <message>
        <source>Not copied: the translation came long after Copy; press Copy again.</source>
        <translation>No se copió: la traducción llegó mucho después de pulsar Copiar; vuelva a pulsar Copiar.</translation>
    </message>
</context>
<context>
    <name>QuickTranslate</name>
    <message>
        <source>Translate the clipboard in a small window</source>
        <translation>Traducir el portapapeles en una ventana pequeña</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <source>Translate clipboard</source>
        <translation>Traducir portapapeles</translation>
    </message>
    <message>
        <source>Let other apps use my models</source>
        <translation>Permitir a otras aplicaciones usar mis modelos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy some, then try again.</source>
        <translation>El portapapeles no contiene texto: copiar algo y volver a intentarlo.</translation>
    </message>
    <message>
        <source>No model yet: train or import one in the window.</source>
        <translation>Aún no hay ningún modelo: entrenar o importar uno en la ventana.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Traduciendo…</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Train a new model with these settings.</source>
        <translation>Entrenar un modelo nuevo con esta configuración.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the current step and save a checkpoint.</source>
        <translation>Detener tras el paso actual y guardar un punto de control.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continue the run named above from its last checkpoint, with its own model and data; the epochs, time limit and device set here apply. With no run named, choose one of those that can continue.</source>
        <translation>Continuar el entrenamiento indicado arriba desde su último punto de control, con su propio modelo y sus datos; se aplican las épocas, el límite de tiempo y el dispositivo indicados aquí. Si no se indica ningún entrenamiento, elegir uno de los que se pueden continuar.</translation>
    </message>
    <message>
        <source>Cluster command…</source>
        <translation>Comando de clúster…</translation>
    </message>
    <message>
        <source>The torchrun command that trains these settings on a cluster&apos;s GPUs, and how to bring the model back.</source>
        <translation>El comando torchrun que entrena esta configuración en las GPU de un clúster, y cómo traer el modelo de vuelta.</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping: saving a checkpoint…</source>
        <translation>Deteniendo: guardando un punto de control…</translation>
    </message>
    <message>
        <source>Epoch {epoch} · starting</source>
        <translation>Época {epoch} · iniciando</translation>
    </message>
    <message>
        <source>Training failed: see the message above</source>
        <translation>El entrenamiento falló: ver el mensaje de arriba</translation>
    </message>
</context>
<context>
    <name>ServeSwitch</name>
    <message>
        <source>Let other apps on this computer use my models</source>
        <translation>Permitir a otras aplicaciones de este equipo usar mis modelos</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>deteniendo…</translation>
    </message>
    <message>
        <source>Other apps can use your models at {url} (LibreTranslate API): {models}.</source>
        <translation>Otras aplicaciones pueden usar sus modelos en {url} (API de LibreTranslate): {models}.</translation>
    </message>
    <message>
        <source>none stored yet</source>
        <translation>ninguno guardado aún</translation>
    </message>
    <message>
        <source>Other apps can no longer use your models.</source>
        <translation>Otras aplicaciones ya no pueden usar los modelos.</translation>
    </message>
    <message>
        <source>Serves your models on {url} to browser extensions, CAT-tool plug-ins and scripts that speak LibreTranslate&apos;s API (POST /translate, GET /languages); only this computer can reach it. The model picked in the Translate tab translates its language pair, the best-scored stored model each other pair ({models}); the Translate tab&apos;s glossary is not applied.</source>
        <translation>Sirve sus modelos en {url} a extensiones del navegador, complementos de herramientas TAO y scripts que hablan la API de LibreTranslate (POST /translate, GET /languages); solo este equipo puede acceder. El modelo elegido en la pestaña Traducir traduce su par de idiomas, y el modelo guardado con la mejor puntuación cada uno de los demás ({models}); el glosario de la pestaña Traducir no se aplica.</translation>
    </message>
    <message>
        <source>Starts a LibreTranslate-compatible API on 127.0.0.1:{port} for browser extensions, CAT-tool plug-ins and scripts; only this computer can reach it.</source>
        <translation>Inicia una API compatible con LibreTranslate en 127.0.0.1:{port} para extensiones del navegador, complementos de herramientas TAO y scripts; solo este equipo puede acceder.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Underlined letters in labels and buttons work with Alt; Tab moves between fields.</source>
        <translation>Las letras subrayadas de etiquetas y botones funcionan con Alt; Tab pasa de un campo a otro.</translation>
    </message>
</context>
<context>
    <name>TextPair</name>
    <message>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>Swap: move the translation into the input and, when a model for the other direction exists, switch to it.</source>
        <translation>Intercambiar: pasar la traducción a la entrada y, si existe un modelo para la dirección contraria, cambiar a él.</translation>
    </message>
    <message>
        <source>Text to translate</source>
        <translation>Texto para traducir</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>La traducción aparece aquí.</translation>
    </message>
    <message>
        <source>Click a word (or put the cursor on it and press Alt+Down) for the model&apos;s other words there and its other translations of the sentence.</source>
        <translation>Hacer clic en una palabra (o poner el cursor en ella y pulsar Alt+Down) para ver otras palabras del modelo en ese lugar y sus otras traducciones de la oración.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Translate now (Ctrl+Enter); typing also translates.</source>
        <translation>Traducir ahora (Ctrl+Enter); al escribir también se traduce.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the translation to the clipboard.</source>
        <translation>Copiar la traducción al portapapeles.</translation>
    </message>
    <message>
        <source>Type or paste {language} text; it translates as you type.
Each line is translated on its own line.
Drop a document here (Word, HTML, subtitles…) to translate it whole.</source>
        <translation>Escribir o pegar texto en {language}; se traduce mientras se escribe.
Cada línea se traduce en su propia línea.
Soltar aquí un documento (Word, HTML, subtítulos…) para traducirlo entero.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Once a model is trained, type here to translate.</source>
        <translation>Cuando haya un modelo entrenado, escribir aquí para traducir.</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Saved the plot as {path}.</source>
        <translation>Gráfico guardado como {path}.</translation>
    </message>
    <message>
        <source>Stopping {name}…</source>
        <translation>Deteniendo {name}…</translation>
    </message>
    <message>
        <source>A model is training already; stop it to train on the sample.</source>
        <translation>Ya se está entrenando un modelo; detenerlo para entrenar con el ejemplo.</translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation>Examinando {folder}…</translation>
    </message>
    <message>
        <source>Found {count} training pairs.</source>
        <translation>Se encontraron {count} pares de entrenamiento.</translation>
    </message>
    <message>
        <source>not named in the file names</source>
        <translation>no indicados en los nombres de archivo</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>Language pairs: {pairs}; choose one.</source>
        <translation>Pares de idiomas: {pairs}; elegir uno.</translation>
    </message>
    <message>
        <source>Choose the language pair to train.</source>
        <translation>Elegir el par de idiomas que entrenar.</translation>
    </message>
    <message>
        <source>Scan failed: {reason}</source>
        <translation>Error al examinar: {reason}</translation>
    </message>
    <message>
        <source>The folder has no usable training data.</source>
        <translation>La carpeta no tiene datos de entrenamiento utilizables.</translation>
    </message>
    <message>
        <source>Loading the model settings…</source>
        <translation>Cargando la configuración del modelo…</translation>
    </message>
    <message>
        <source>Fix the model settings above.</source>
        <translation>Corregir la configuración del modelo de arriba.</translation>
    </message>
    <message>
        <source>Ready to train {name}</source>
        <translation>Listo para entrenar {name}</translation>
    </message>
    <message>
        <source>Wait until this run ends to resume another.</source>
        <translation>Esperar a que termine este entrenamiento para reanudar otro.</translation>
    </message>
    <message>
        <source>Press Resume to continue {name} from its last checkpoint; “Train for” sets how long.</source>
        <translation>Pulsar Reanudar para continuar {name} desde su último punto de control; “Entrenar durante” fija cuánto tiempo.</translation>
    </message>
    <message>
        <source>Resuming {name}…</source>
        <translation>Reanudando {name}…</translation>
    </message>
    <message>
        <source>Training {name}…</source>
        <translation>Entrenando {name}…</translation>
    </message>
    <message>
        <source>The earlier curve could not be read: {reason}</source>
        <translation>No se pudo leer la curva anterior: {reason}</translation>
    </message>
    <message>
        <source>Training {name}: epoch {epoch}, {progress}</source>
        <translation>Entrenando {name}: época {epoch}, {progress}</translation>
    </message>
    <message>
        <source>Training {name} failed.</source>
        <translation>Falló el entrenamiento de {name}.</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <source>Custom time</source>
        <translation>Tiempo personalizado</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Hasta detenerlo</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>Apple MPS</source>
        <translation>Apple MPS</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>named after the languages and preset</source>
        <translation>con el nombre de los idiomas y el preajuste</translation>
    </message>
    <message>
        <source>Passes over the training data; each ends with an evaluation.</source>
        <translation>Pasadas por los datos de entrenamiento; cada una termina con una evaluación.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The time budget in minutes.</source>
        <translation>El tiempo disponible en minutos.</translation>
    </message>
    <message>
        <source>A time budget trains the best model it can until the deadline: the learning rate is laid out over the time and reaches its end then, so the model at the deadline is finished. On a resume: this much more time.</source>
        <translation>Con un tiempo límite se entrena el mejor modelo posible hasta el plazo: la tasa de aprendizaje se reparte a lo largo de ese tiempo y llega a su final justo entonces, así que al cumplirse el plazo el modelo está terminado. Al reanudar: este tiempo adicional.</translation>
    </message>
    <message>
        <source>Tokens per batch (source + target). Lower it if the GPU runs out of memory.</source>
        <translation>Tokens por lote (origen + destino). Reducirlo si la GPU se queda sin memoria.</translation>
    </message>
    <message>
        <source>Peak learning rate, reached after warm-up (arrows halve/double).</source>
        <translation>Tasa de aprendizaje máxima, alcanzada tras el calentamiento (las flechas la dividen por dos o la duplican).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Stop after this many evaluations without a better BLEU (0: never stop early).</source>
        <translation>Detener tras este número de evaluaciones sin mejorar el BLEU (0: no detener nunca antes de tiempo).</translation>
    </message>
    <message>
        <source>The NVIDIA GPU if there is one, else Apple&apos;s GPU, else the CPU.</source>
        <translation>La GPU NVIDIA si la hay; si no, la GPU de Apple; si no, la CPU.</translation>
    </message>
    <message>
        <source>Checking for an NVIDIA GPU…</source>
        <translation>Buscando una GPU NVIDIA…</translation>
    </message>
    <message>
        <source>Checking for an Apple GPU…</source>
        <translation>Buscando una GPU de Apple…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Train &amp;for</source>
        <translation>En&amp;trenar durante</translation>
    </message>
    <message>
        <source>Batc&amp;h tokens</source>
        <translation>To&amp;kens por lote</translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation>Tasa de aprend&amp;izaje</translation>
    </message>
    <message>
        <source>&amp;Patience</source>
        <translation>&amp;Paciencia</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>Di&amp;spositivo</translation>
    </message>
    <message>
        <source>Minutes to train</source>
        <translation>Minutos de entrenamiento</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>Épocas de entrenamiento</translation>
    </message>
    <message>
        <source>Name the model.</source>
        <translation>Falta el nombre del modelo.</translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Usar hasta 80 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra.</translation>
    </message>
    <message>
        <source>A run named {name} is saved: Resume continues it; choose another name to start a new one.</source>
        <translation>Hay un entrenamiento guardado llamado {name}: Reanudar lo continúa; elegir otro nombre para empezar uno nuevo.</translation>
    </message>
    <message>
        <source>A model named {name} already exists: choose another name.</source>
        <translation>Ya existe un modelo llamado {name}: elegir otro nombre.</translation>
    </message>
    <message>
        <source>On Resume: 1 more minute of training for this run.</source>
        <translation>Al reanudar: 1 minuto más de entrenamiento para esta ejecución.</translation>
    </message>
    <message>
        <source>On Resume: {minutes} more minutes of training for this run.</source>
        <translation>Al reanudar: {minutes} minutos más de entrenamiento.</translation>
    </message>
    <message>
        <source>On Resume: trains on until epoch {epoch} in all, counting those done.</source>
        <translation>Al reanudar: sigue entrenando hasta la época {epoch} en total, contando las ya hechas.</translation>
    </message>
    <message>
        <source>On Resume: trains on until you press Stop.</source>
        <translation>Al reanudar: sigue entrenando hasta pulsar Detener.</translation>
    </message>
    <message>
        <source>CUDA ({gpu})</source>
        <translation>CUDA ({gpu})</translation>
    </message>
    <message>
        <source>CUDA (no NVIDIA GPU found)</source>
        <translation>CUDA (no se encontró una GPU NVIDIA)</translation>
    </message>
    <message>
        <source>Apple MPS (not available)</source>
        <translation>Apple MPS (no disponible)</translation>
    </message>
</context>
<context>
    <name>TrainingLog</name>
    <message>
        <source>{count} more hours</source>
        <translation>{count} horas más</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} horas</translation>
    </message>
    <message>
        <source>1 more minute</source>
        <translation>1 minuto más</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{count} more minutes</source>
        <translation>{count} minutos más</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 época</translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation>{count} épocas</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>hasta detenerlo</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Registro de entrenamiento</translation>
    </message>
    <message>
        <source>What the folder holds, each evaluation with sample translations, and checkpoints are written here.</source>
        <translation>Aquí se escriben el contenido de la carpeta, cada evaluación con traducciones de muestra y los puntos de control.</translation>
    </message>
    <message>
        <source>— Resuming {name}: preset {preset}, {src} → {tgt}, {how_long} —</source>
        <translation>— Reanudando {name}: preajuste {preset}, {src} → {tgt}, {how_long} —</translation>
    </message>
    <message>
        <source>— Training {name}: preset {preset}, {src} → {tgt}, {how_long} —</source>
        <translation>— Entrenando {name}: preajuste {preset}, {src} → {tgt}, {how_long} —</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>Datos CSV (*.csv)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Gráfico de pérdida</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>suavizada</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>BLEU and chrF plot</source>
        <translation>Gráfico de BLEU y chrF</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>The training loss appears here as soon as a run starts.</source>
        <translation>La pérdida de entrenamiento aparece aquí en cuanto empieza un entrenamiento.</translation>
    </message>
    <message>
        <source>BLEU and chrF appear after each evaluation (each epoch, or through a time budget).</source>
        <translation>BLEU y chrF aparecen tras cada evaluación (en cada época o a lo largo de un tiempo límite).</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Save a plot as a PNG image or its points as CSV.</source>
        <translation>Guardar un gráfico como imagen PNG o sus puntos como CSV.</translation>
    </message>
    <message>
        <source>Loss plot…</source>
        <translation>Gráfico de pérdida…</translation>
    </message>
    <message>
        <source>BLEU / chrF plot…</source>
        <translation>Gráfico BLEU / chrF…</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>no se pudo escribir {path}</translation>
    </message>
    <message>
        <source>Export the loss plot</source>
        <translation>Exportar el gráfico de pérdida</translation>
    </message>
    <message>
        <source>Export the BLEU / chrF plot</source>
        <translation>Exportar el gráfico BLEU / chrF</translation>
    </message>
    <message>
        <source>Could not save the plot: {reason}.</source>
        <translation>No se pudo guardar el gráfico: {reason}.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>The training process ended unexpectedly (exit code {code}); resume the run to continue from its last checkpoint.</source>
        <translation>El proceso de entrenamiento terminó de forma inesperada (código de salida {code}); reanudar el entrenamiento para continuar desde su último punto de control.</translation>
    </message>
</context>
<context>
    <name>TranslateTab</name>
    <message>
        <source>Translate now (Translate tab)</source>
        <translation>Traducir ahora (pestaña Traducir)</translation>
    </message>
    <message>
        <source>Once you have a model, this shows which source words each output word looked at.</source>
        <translation>Cuando haya un modelo, aquí se verá en qué palabras de origen se fijó cada palabra de salida.</translation>
    </message>
    <message>
        <source>A file is being translated; one at a time.</source>
        <translation>Se está traduciendo un archivo; solo uno a la vez.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>Ready: {name}, {src} → {tgt}</source>
        <translation>Listo: {name}, {src} → {tgt}</translation>
    </message>
    <message>
        <source>This model could not be loaded; choose another one.</source>
        <translation>No se pudo cargar este modelo; elegir otro.</translation>
    </message>
    <message>
        <source>Could not load {name}.</source>
        <translation>No se pudo cargar {name}.</translation>
    </message>
    <message>
        <source>Translated in {ms} ms</source>
        <translation>Traducido en {ms} ms</translation>
    </message>
    <message>
        <source>{model} is no longer stored; kept {current}.</source>
        <translation>{model} ya no está guardado; se mantiene {current}.</translation>
    </message>
    <message>
        <source>Translation failed.</source>
        <translation>La traducción falló.</translation>
    </message>
    <message>
        <source>Copied the translation.</source>
        <translation>Traducción copiada.</translation>
    </message>
    <message>
        <source>Nothing to copy yet.</source>
        <translation>Aún no hay nada que copiar.</translation>
    </message>
    <message>
        <source>Copying once the text is translated…</source>
        <translation>Se copiará en cuanto el texto esté traducido…</translation>
    </message>
    <message>
        <source>Nothing to swap yet: translate something first.</source>
        <translation>Aún no hay nada que intercambiar: primero traducir algo.</translation>
    </message>
    <message>
        <source>There is no {src} → {tgt} model to translate back with, so nothing was swapped: train one with the languages the other way round, or import one in the Models tab.</source>
        <translation>No hay ningún modelo {src} → {tgt} para traducir en sentido inverso, así que no se intercambió nada: entrenar uno con los idiomas al revés o importar uno en la pestaña Modelos.</translation>
    </message>
    <message>
        <source>A file is being translated: swap once it is done (or cancel it).</source>
        <translation>Se está traduciendo un archivo: intercambiar cuando termine (o cancelarlo).</translation>
    </message>
</context>
<context>
    <name>TranslateTools</name>
    <message>
        <source>&amp;Memory</source>
        <translation>M&amp;emoria</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>A&amp;tención</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glosario</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istorial</translation>
    </message>
</context>
<context>
    <name>TranslationOutput</name>
    <message>
        <source>Other words and translations for the word at the cursor</source>
        <translation>Otras palabras y traducciones para la palabra del cursor</translation>
    </message>
    <message>
        <source>A model early in its training often does: train it longer (Resume in the Train tab) or choose another model.</source>
        <translation>Es frecuente en un modelo al principio de su entrenamiento: entrenarlo más tiempo (Reanudar en la pestaña Entrenar) o elegir otro modelo.</translation>
    </message>
    <message>
        <source>{model} wrote nothing for this text.</source>
        <translation>{model} no escribió nada para este texto.</translation>
    </message>
    <message>
        <source>{model} wrote nothing for {empty} of {total} lines.</source>
        <translation>{model} no escribió nada para {empty} de {total} líneas.</translation>
    </message>
    <message>
        <source>This sentence is too long for alternatives.</source>
        <translation>Esta oración es demasiado larga para buscar alternativas.</translation>
    </message>
    <message>
        <source>Looking for other words…</source>
        <translation>Buscando otras palabras…</translation>
    </message>
    <message>
        <source>Replaced the sentence with the model&apos;s other choice.</source>
        <translation>Se reemplazó la oración por la otra opción del modelo.</translation>
    </message>
    <message>
        <source>A glossary term</source>
        <translation>Un término del glosario</translation>
    </message>
    <message>
        <source>The model could not place these glossary terms; check the translation: {terms}.</source>
        <translation>El modelo no pudo colocar estos términos del glosario; revisar la traducción: {terms}.</translation>
    </message>
</context>
<context>
    <name>TranslationWorker</name>
    <message>
        <source>No model is loaded; choose one in the model list.</source>
        <translation>No hay ningún modelo cargado; elegir uno en la lista de modelos.</translation>
    </message>
    <message>
        <source>No model is loaded; choose one in the Translate tab first.</source>
        <translation>No hay ningún modelo cargado; elegir primero uno en la pestaña Traducir.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Translate a &amp;file…</source>
        <translation>Traducir un arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Translate the clip&amp;board</source>
        <translation>Traducir el &amp;portapapeles</translation>
    </message>
    <message>
        <source>Choose a &amp;training folder…</source>
        <translation>Elegir una carpeta de &amp;entrenamiento…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Import a model file…</source>
        <translation>&amp;Importar un archivo de modelo…</translation>
    </message>
    <message>
        <source>Import an OPUS-MT &amp;folder…</source>
        <translation>Importar una &amp;carpeta OPUS-MT…</translation>
    </message>
    <message>
        <source>&amp;Evaluate on a test set…</source>
        <translation>Eva&amp;luar en un conjunto de prueba…</translation>
    </message>
    <message>
        <source>&amp;Resume a run</source>
        <translation>&amp;Reanudar un entrenamiento</translation>
    </message>
    <message>
        <source>Open the models &amp;folder</source>
        <translation>A&amp;brir la carpeta de modelos</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traducir</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>E&amp;ntrenar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Ata&amp;jos de teclado</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de re&amp;gistros</translation>
    </message>
    <message>
        <source>&amp;About s2s-desktop</source>
        <translation>Acerca &amp;de s2s-desktop</translation>
    </message>
    <message>
        <source>No run to resume</source>
        <translation>Ningún entrenamiento para reanudar</translation>
    </message>
    <message>
        <source>Could not open a file manager; the folder is {folder}.</source>
        <translation>No se pudo abrir un gestor de archivos; la carpeta es {folder}.</translation>
    </message>
    <message>
        <source>The new language applies when s2s-desktop is started again.</source>
        <translation>El nuevo idioma se aplicará al volver a iniciar s2s-desktop.</translation>
    </message>
</context>
<context>
    <name>argos</name>
    <message>
        <source>{file} is not an Argos Translate package: its files are not all in one folder.</source>
        <translation>{file} no es un paquete de Argos Translate: sus archivos no están todos en una misma carpeta.</translation>
    </message>
    <message>
        <source>{file} is not an Argos Translate package: it lacks {file_name}.</source>
        <translation>{file} no es un paquete de Argos Translate: le falta {file_name}.</translation>
    </message>
    <message>
        <source>{file} has no {file_name}: only Argos Translate packages that cut text with sentencepiece can be imported (not those with a BPE model).</source>
        <translation>{file} no tiene {file_name}: solo se pueden importar los paquetes de Argos Translate que segmentan el texto con sentencepiece (no los que usan un modelo BPE).</translation>
    </message>
    <message>
        <source>{file} is not an Argos Translate package: its model/ folder holds no vocabulary.</source>
        <translation>{file} no es un paquete de Argos Translate: su carpeta model/ no contiene ningún vocabulario.</translation>
    </message>
    <message>
        <source>{file} holds a damaged {file_name}.</source>
        <translation>{file} contiene un archivo {file_name} dañado.</translation>
    </message>
    <message>
        <source>{file} is an Argos Translate package of type {kind!r}, not a translation model.</source>
        <translation>{file} es un paquete de Argos Translate de tipo {kind!r}, no un modelo de traducción.</translation>
    </message>
    <message>
        <source>{file} has a missing or bad {key} in its {file_name}: {code!r}.</source>
        <translation>En el archivo {file_name} de {file}, {key} falta o no es válido: {code!r}.</translation>
    </message>
    <message>
        <source>{file} holds a {file_name} too big for an Argos Translate package; refused.</source>
        <translation>{file} contiene un archivo {file_name} demasiado grande para un paquete de Argos Translate; se rechaza.</translation>
    </message>
    <message>
        <source>{file} holds a damaged {file_name} ({error}).</source>
        <translation>{file} contiene un archivo {file_name} dañado ({error}).</translation>
    </message>
    <message>
        <source>CTranslate2 cannot load the model in {file}: {error}.</source>
        <translation>CTranslate2 no puede cargar el modelo de {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} holds a {file_name} that is not a CTranslate2 model.</source>
        <translation>{file} contiene un archivo {file_name} que no es un modelo de CTranslate2.</translation>
    </message>
</context>
<context>
    <name>argos_translator</name>
    <message>
        <source>{name!r} is an Argos Translate model, which translates with CTranslate2; install it with: pip install ctranslate2</source>
        <translation>{name!r} es un modelo de Argos Translate, que traduce con CTranslate2; instalar CTranslate2 con: pip install ctranslate2</translation>
    </message>
    <message>
        <source>Cannot read the tokenizer of {name!r}: {error}.</source>
        <translation>No se puede leer el tokenizador de {name!r}: {error}.</translation>
    </message>
    <message>
        <source>CUDA was asked for but CTranslate2 finds no usable NVIDIA GPU; choose auto or CPU.</source>
        <translation>Se pidió CUDA, pero CTranslate2 no encuentra ninguna GPU NVIDIA utilizable; elegir auto o CPU.</translation>
    </message>
    <message>
        <source>CTranslate2 cannot load {name!r}: {error}.</source>
        <translation>CTranslate2 no puede cargar {name!r}: {error}.</translation>
    </message>
    <message>
        <source>The beam width must be at least 1, not {beam}.</source>
        <translation>El ancho de haz debe ser al menos 1, no {beam}.</translation>
    </message>
</context>
<context>
    <name>auto</name>
    <message>
        <source>Vocabulary: one shared vocabulary of {vocabulary:,} pieces: both languages are written in {script} script, so names and numbers share pieces ({why}).</source>
        <translation>Vocabulario: un vocabulario compartido de {vocabulary:,} piezas: ambos idiomas usan la escritura {script}, así que los nombres y los números comparten piezas ({why}).</translation>
    </message>
    <message>
        <source>Vocabulary: {vocabulary:,} pieces per language ({src_script} and {tgt_script} scripts share little; {why}).</source>
        <translation>Vocabulario: {vocabulary:,} piezas por idioma (las escrituras {src_script} y {tgt_script} tienen poco en común; {why}).</translation>
    </message>
    <message>
        <source>Model: {size}, set by hand (auto would choose {auto_size} for {pairs:,} pairs).</source>
        <translation>Modelo: {size}, fijado a mano (auto elegiría {auto_size} para {pairs:,} pares).</translation>
    </message>
    <message>
        <source>Model: {size}, set by hand: {passes} in {budget} (auto would choose {auto_size} for {pairs:,} pairs).</source>
        <translation>Modelo: {size}, fijado a mano: {passes} en {budget} (auto elegiría {auto_size} para {pairs:,} pares).</translation>
    </message>
    <message>
        <source>Model: {auto_size}: the largest that a GPU trains well in {budget} on {pairs:,} pairs.</source>
        <translation>Modelo: {auto_size}: el mayor que una GPU entrena bien en {budget} con {pairs:,} pares.</translation>
    </message>
    <message>
        <source>Model: {auto_size}: the largest that a GPU trains well in {budget} on {pairs:,} pairs, {passes}.</source>
        <translation>Modelo: {auto_size}: el mayor que una GPU entrena bien en {budget} con {pairs:,} pares, {passes}.</translation>
    </message>
    <message>
        <source>Model: {auto_size}: the largest that this CPU trains well in {budget} on {pairs:,} pairs.</source>
        <translation>Modelo: {auto_size}: el mayor que esta CPU entrena bien en {budget} con {pairs:,} pares.</translation>
    </message>
    <message>
        <source>Model: {auto_size}: the largest that this CPU trains well in {budget} on {pairs:,} pairs, {passes}.</source>
        <translation>Modelo: {auto_size}: el mayor que esta CPU entrena bien en {budget} con {pairs:,} pares, {passes}.</translation>
    </message>
    <message>
        <source>Dropout {dropout}, label smoothing {smoothing}: many passes over a small corpus: strong regularisation against memorising.</source>
        <translation>Dropout {dropout}, suavizado de etiquetas {smoothing}: muchas pasadas por un corpus pequeño: regularización fuerte contra la memorización.</translation>
    </message>
    <message>
        <source>Dropout {dropout}, label smoothing {smoothing}: several passes over the data: some regularisation.</source>
        <translation>Dropout {dropout}, suavizado de etiquetas {smoothing}: varias pasadas por los datos: algo de regularización.</translation>
    </message>
    <message>
        <source>Dropout {dropout}, label smoothing {smoothing}: few passes over the data leave little to memorise.</source>
        <translation>Dropout {dropout}, suavizado de etiquetas {smoothing}: pocas pasadas por los datos dejan poco que memorizar.</translation>
    </message>
    <message>
        <source>Dropout {dropout}, label smoothing {smoothing}: {passes}, but its {weights:.1f} M weights see only about {per_weight:.1f} training tokens each: a model still learning, which more dropout would only slow.</source>
        <translation>Dropout {dropout}, suavizado de etiquetas {smoothing}: {passes}, pero sus {weights:.1f} M de pesos solo ven unos {per_weight:.1f} tokens de entrenamiento cada uno: es un modelo que aún está aprendiendo, al que más dropout solo frenaría.</translation>
    </message>
    <message>
        <source>Batch: {batch:,} tokens, a steady size for a run without a deadline.</source>
        <translation>Lote: {batch:,} tokens, un tamaño estable para un entrenamiento sin plazo.</translation>
    </message>
    <message>
        <source>Batch: {batch:,} tokens, about {updates:,.0f} updates in {budget} at the expected speed.</source>
        <translation>Lote: {batch:,} tokens, unas {updates:,.0f} actualizaciones en {budget} a la velocidad prevista.</translation>
    </message>
    <message>
        <source>Learning rate: peak {learning_rate:g}, warmed up over {warmup:,} updates (faster in a run of fewer than {short_run:,}), then decaying to zero at the deadline.</source>
        <translation>Tasa de aprendizaje: máximo {learning_rate:g}, con calentamiento durante {warmup:,} actualizaciones (más breve en un entrenamiento de menos de {short_run:,}), y luego decae hasta cero al final del plazo.</translation>
    </message>
    <message>
        <source>Learning rate: peak {learning_rate:g}, warmed up, then falling with the inverse square root of the step.</source>
        <translation>Tasa de aprendizaje: máximo {learning_rate:g}, con calentamiento, y luego decrece en proporción inversa a la raíz cuadrada del paso.</translation>
    </message>
    <message>
        <source>{pairs:,} pairs are few: a small vocabulary, so that each piece is still seen often enough to be learned</source>
        <translation>{pairs:,} pares son pocos: un vocabulario pequeño, para que cada pieza aparezca aun así con la frecuencia suficiente para aprenderse</translation>
    </message>
    <message>
        <source>{pairs:,} pairs would support more, but a CPU pays for each piece</source>
        <translation>{pairs:,} pares admitirían más, pero en una CPU cada pieza tiene un coste</translation>
    </message>
    <message>
        <source>{pairs:,} pairs: each piece is seen often enough to be learned</source>
        <translation>{pairs:,} pares: cada pieza aparece con la frecuencia suficiente para aprenderse</translation>
    </message>
    <message>
        <source>about {share:.0%} of one pass over the data</source>
        <translation>alrededor del {share:.0%} de una pasada por los datos</translation>
    </message>
    <message>
        <source>about {passes:,.0f} pass over the data</source>
        <translation>alrededor de {passes:,.0f} pasada por los datos</translation>
    </message>
    <message>
        <source>about {passes:,.0f} passes over the data</source>
        <translation>alrededor de {passes:,.0f} pasadas por los datos</translation>
    </message>
    <message>
        <source>{width} wide, {enc_layers} + {dec_layers} layers, {heads} heads, feed-forward {feed_forward}</source>
        <translation>ancho {width}, {enc_layers} + {dec_layers} capas, {heads} cabezas, feed-forward {feed_forward}</translation>
    </message>
    <message>
        <source>an open-ended run</source>
        <translation>un entrenamiento sin plazo</translation>
    </message>
    <message>
        <source>{hours:.3g} hours</source>
        <translation>{hours:.3g} horas</translation>
    </message>
    <message>
        <source>{seconds:.0f} seconds</source>
        <translation>{seconds:.0f} segundos</translation>
    </message>
    <message>
        <source>{minutes:.3g} minutes</source>
        <translation>{minutes:.3g} minutos</translation>
    </message>
</context>
<context>
    <name>checkpoints</name>
    <message>
        <source>Could not save a checkpoint in {folder} ({error}); the previous checkpoint is intact: free some disk space, then resume.</source>
        <translation>No se pudo guardar un punto de control en {folder} ({error}); el punto de control anterior está intacto: liberar espacio en disco y luego reanudar.</translation>
    </message>
    <message>
        <source>The checkpoint {path} cannot be loaded ({error_type}); delete it to restart this run from the beginning.</source>
        <translation>No se puede cargar el punto de control {path} ({error_type}); eliminarlo para reiniciar este entrenamiento desde el principio.</translation>
    </message>
    <message>
        <source>The checkpoint {path} cannot be read ({error}); check the disk, then resume again.</source>
        <translation>No se puede leer el punto de control {path} ({error}); comprobar el disco y luego volver a reanudar.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>{name} must be between {low} and {high}, not {value}.</source>
        <translation>{name} debe estar entre {low} y {high}, no {value}.</translation>
    </message>
    <message>
        <source>{name} must be at least 0 and below 1, not {value}.</source>
        <translation>{name} debe ser al menos 0 y menor que 1, no {value}.</translation>
    </message>
    <message>
        <source>hid_dim ({hid_dim}) must be divisible by {heads} ({count}); change one of them.</source>
        <translation>hid_dim ({hid_dim}) debe ser divisible entre {heads} ({count}); cambiar uno de los dos.</translation>
    </message>
    <message>
        <source>{name} must be one of {allowed}, not {value!r}.</source>
        <translation>{name} debe ser uno de estos valores: {allowed}; no {value!r}.</translation>
    </message>
    <message>
        <source>A shared vocabulary needs equal source and target vocabulary sizes.</source>
        <translation>Un vocabulario compartido requiere tamaños de vocabulario de origen y destino iguales.</translation>
    </message>
    <message>
        <source>Tied embeddings need one shared vocabulary for both languages; turn on the shared vocabulary or turn off tied embeddings.</source>
        <translation>Los embeddings vinculados requieren un vocabulario compartido para ambos idiomas; activar el vocabulario compartido o desactivar los embeddings vinculados.</translation>
    </message>
    <message>
        <source>The model&apos;s config has a bad value for {name}: {value!r}.</source>
        <translation>La configuración del modelo tiene un valor no válido para {name}: {value!r}.</translation>
    </message>
    <message>
        <source>Unknown preset {name!r}; choose one of {presets}.</source>
        <translation>Preajuste desconocido: {name!r}; elegir uno de estos: {presets}.</translation>
    </message>
    <message>
        <source>{text!r} is not a duration; write it like 90s, 30m, 2h or 1h30m.</source>
        <translation>{text!r} no es una duración; escribirla como 90s, 30m, 2h o 1h30m.</translation>
    </message>
    <message>
        <source>The time budget must be longer than zero, not {text!r}.</source>
        <translation>El tiempo límite debe ser mayor que cero, no {text!r}.</translation>
    </message>
    <message>
        <source>--epochs must be 1 or more (0: no limit).</source>
        <translation>--epochs debe ser 1 o más (0: sin límite).</translation>
    </message>
    <message>
        <source>--time-budget must be positive.</source>
        <translation>--time-budget debe ser positivo.</translation>
    </message>
    <message>
        <source>--batch-tokens must be at least 16.</source>
        <translation>--batch-tokens debe ser al menos 16.</translation>
    </message>
    <message>
        <source>--lr must be between 0 and 1.</source>
        <translation>--lr debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>--warmup must be &gt;= 0.</source>
        <translation>--warmup debe ser &gt;= 0.</translation>
    </message>
    <message>
        <source>--label-smoothing must be in [0, 1).</source>
        <translation>--label-smoothing debe estar en [0, 1).</translation>
    </message>
    <message>
        <source>--clip must be positive.</source>
        <translation>--clip debe ser positivo.</translation>
    </message>
    <message>
        <source>--patience must be at least 1.</source>
        <translation>--patience debe ser al menos 1.</translation>
    </message>
    <message>
        <source>--eval-every must be 0 or more.</source>
        <translation>--eval-every debe ser 0 o más.</translation>
    </message>
    <message>
        <source>--checkpoint-minutes must be positive.</source>
        <translation>--checkpoint-minutes debe ser positivo.</translation>
    </message>
    <message>
        <source>--max-chars must be at least 1.</source>
        <translation>--max-chars debe ser al menos 1.</translation>
    </message>
    <message>
        <source>--average must be 0 or more.</source>
        <translation>--average debe ser 0 o más.</translation>
    </message>
    <message>
        <source>--final-beam must be between 1 and {max_beam}.</source>
        <translation>--final-beam debe estar entre 1 y {max_beam}.</translation>
    </message>
    <message>
        <source>--mix-base must be at least 0 and below 1.</source>
        <translation>--mix-base debe ser al menos 0 y menor que 1.</translation>
    </message>
</context>
<context>
    <name>corpus</name>
    <message>
        <source>empty side</source>
        <translation>con un lado vacío</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>de longitud excesiva</translation>
    </message>
    <message>
        <source>no tab</source>
        <translation>sin tabulación</translation>
    </message>
    <message>
        <source>missing language</source>
        <translation>sin uno de los idiomas</translation>
    </message>
    <message>
        <source>No parallel data found in {folder}: expected file pairs like train.en + train.de, tab-separated .tsv files, or .tmx files.</source>
        <translation>No se encontraron datos paralelos en {folder}: se esperaban pares de archivos como train.en + train.de, archivos .tsv separados por tabulaciones o archivos .tmx.</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>fila de encabezado</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>Languages: {src} → {tgt} (source {src}, target {tgt}); also found {others} (not used)</source>
        <translation>Idiomas: {src} → {tgt} (origen {src}, destino {tgt}); también presentes: {others} (sin usar)</translation>
    </message>
    <message>
        <source>Languages: {src} → {tgt} (source {src}, target {tgt})</source>
        <translation>Idiomas: {src} → {tgt} (origen {src}, destino {tgt})</translation>
    </message>
    <message>
        <source>{count:&gt;{width},} pairs (scored at the end)</source>
        <translation>{count:&gt;{width},} pares (se puntúan al final)</translation>
    </message>
    <message>
        <source>{count:&gt;{width},} pairs</source>
        <translation>{count:&gt;{width},} pares</translation>
    </message>
    <message>
        <source>Training pairs: {pairs:,}</source>
        <translation>Pares de entrenamiento: {pairs:,}</translation>
    </message>
    <message>
        <source>Validation pairs: {pairs:,} (from the validation files)</source>
        <translation>Pares de validación: {pairs:,} (de los archivos de validación)</translation>
    </message>
    <message>
        <source>Validation pairs: {pairs:,} (held out from the training data, 1 pair in {every})</source>
        <translation>Pares de validación: {pairs:,} (reservados de los datos de entrenamiento, 1 par de cada {every})</translation>
    </message>
    <message>
        <source>Validation pairs: {pairs:,} (too little data to hold any out)</source>
        <translation>Pares de validación: {pairs:,} (muy pocos datos para reservar alguno)</translation>
    </message>
    <message>
        <source>Test pairs: {pairs:,} (in test files: never trained on; the final model is scored on them at the end)</source>
        <translation>Pares de prueba: {pairs:,} (en archivos de prueba: nunca se usan para entrenar; el modelo final se puntúa con ellos al final)</translation>
    </message>
    <message>
        <source>Skipped: {skipped} (at most {max_chars:,} characters per sentence)</source>
        <translation>Líneas omitidas: {skipped} (como máximo {max_chars:,} caracteres por oración)</translation>
    </message>
    <message>
        <source>Skipped: none (at most {max_chars:,} characters per sentence)</source>
        <translation>Líneas omitidas: ninguna (como máximo {max_chars:,} caracteres por oración)</translation>
    </message>
    <message>
        <source>No partner in another language, not used: {files}</source>
        <translation>Sin pareja en otro idioma, no usados: {files}</translation>
    </message>
    <message>
        <source>Languages not said, read as {src} → {tgt}: {files} (if one holds another pair, name it like data.xx-yy.tsv or move it out)</source>
        <translation>Idiomas no indicados, leídos como {src} → {tgt}: {files} (si alguno contiene otro par, nómbrelo como data.xx-yy.tsv o sáquelo de la carpeta)</translation>
    </message>
    <message>
        <source>Not data files the app reads, not used: {files}</source>
        <translation>No son archivos de datos que la aplicación lea, no usados: {files}</translation>
    </message>
    <message>
        <source>The sentence length limit must be at least 1 character, not {max_chars}.</source>
        <translation>El límite de longitud de las oraciones debe ser al menos 1 carácter, no {max_chars}.</translation>
    </message>
    <message>
        <source>Source and target language are both {language}; pass two different languages with --src and --tgt.</source>
        <translation>El idioma de origen y el de destino son ambos {language}; indicar dos idiomas distintos con --src y --tgt.</translation>
    </message>
    <message>
        <source>The data folder {folder} does not exist; choose an existing folder.</source>
        <translation>La carpeta de datos {folder} no existe; elegir una carpeta existente.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose the folder that holds your data files.</source>
        <translation>{folder} no es una carpeta; elegir la carpeta que contiene los archivos de datos.</translation>
    </message>
    <message>
        <source>{source} has {source_lines:,} lines but {target} has {target_lines:,}; line n of each file must translate line n of the other, so align the files (pairs out of line would be read as translations of each other).</source>
        <translation>{source} tiene {source_lines:,} líneas pero {target} tiene {target_lines:,}; la línea n de cada archivo debe traducir la línea n del otro, así que alinee los archivos (los pares desalineados se leerían como traducciones uno del otro).</translation>
    </message>
    <message>
        <source>{file} has no partner in another language (and {others} more like it): put its translation beside it as {stem}.&lt;language code&gt;, one sentence per line.</source>
        <translation>{file} no tiene pareja en otro idioma (y hay {others} más en el mismo caso): poner su traducción junto a él como {stem}.&lt;language code&gt;, una oración por línea.</translation>
    </message>
    <message>
        <source>{file} has no partner in another language: put its translation beside it as {stem}.&lt;language code&gt;, one sentence per line.</source>
        <translation>{file} no tiene pareja en otro idioma: poner su traducción junto a él como {stem}.&lt;language code&gt;, una oración por línea.</translation>
    </message>
    <message>
        <source>{code!r} is not a language code; pass a code like en or de to {flag}.</source>
        <translation>{code!r} no es un código de idioma; indicar un código como en o de en {flag}.</translation>
    </message>
    <message>
        <source>No {src}–{tgt} data in {folder}: found {found}; choose one with --src/--tgt.</source>
        <translation>No hay datos {src}–{tgt} en {folder}: se encontraron {found}; elegir uno con --src/--tgt.</translation>
    </message>
    <message>
        <source>The .tsv files in {folder} do not say which languages they hold; pass --src and --tgt, or name the files with codes like data.en-de.tsv.</source>
        <translation>Los archivos .tsv de {folder} no indican qué idiomas contienen; indicar --src y --tgt, o poner códigos en los nombres de los archivos, como data.en-de.tsv.</translation>
    </message>
    <message>
        <source>{folder} holds several pairs with {language} (found {found}); choose the pair with --src and --tgt.</source>
        <translation>{folder} contiene varios pares con {language} (se encontraron {found}); elegir el par con --src y --tgt.</translation>
    </message>
    <message>
        <source>{folder} holds no data with {language} (found {found}); choose the pair with --src and --tgt.</source>
        <translation>{folder} no contiene datos en {language} (se encontraron {found}); elegir el par con --src y --tgt.</translation>
    </message>
    <message>
        <source>{folder} holds several language pairs ({found}); choose one with --src and --tgt.</source>
        <translation>{folder} contiene varios pares de idiomas ({found}); elegir uno con --src y --tgt.</translation>
    </message>
    <message>
        <source> and {count:,} more</source>
        <translation> y {count:,} más</translation>
    </message>
    <message>
        <source>Not read: {files}.</source>
        <translation>No leídos: {files}.</translation>
    </message>
    <message>
        <source>No usable {src}–{tgt} training pairs in {folder}: only validation or test files hold this pair ({files}); add training files, or rename or move these so that neither their names nor their folders say dev, valid, tune, test or eval.</source>
        <translation>No hay pares de entrenamiento {src}–{tgt} utilizables en {folder}: este par solo está en archivos de validación o de prueba ({files}); añadir archivos de entrenamiento, o renombrar o mover estos para que ni sus nombres ni sus carpetas digan dev, valid, tune, test o eval.</translation>
    </message>
    <message>
        <source>every line was skipped: {reasons}</source>
        <translation>se omitieron todas las líneas: {reasons}</translation>
    </message>
    <message>
        <source>every line was skipped: the files are empty</source>
        <translation>se omitieron todas las líneas: los archivos están vacíos</translation>
    </message>
    <message>
        <source>No usable {src}–{tgt} training pairs in {folder} ({why}); add training files or fix the skipped lines.</source>
        <translation>No hay pares de entrenamiento {src}–{tgt} utilizables en {folder} ({why}); añadir archivos de entrenamiento o corregir las líneas omitidas.</translation>
    </message>
    <message>
        <source>{file}: test, in the folder {word}</source>
        <translation>{file}: prueba, en la carpeta {word}</translation>
    </message>
    <message>
        <source>{file}: validation, in the folder {word}</source>
        <translation>{file}: validación, en la carpeta {word}</translation>
    </message>
    <message>
        <source>{file}: test, its name says {word}</source>
        <translation>{file}: prueba, su nombre dice {word}</translation>
    </message>
    <message>
        <source>{file}: validation, its name says {word}</source>
        <translation>{file}: validación, su nombre dice {word}</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} más</translation>
    </message>
</context>
<context>
    <name>corpus_fingerprint</name>
    <message>
        <source>The data in {folder} changed since {name!r} began ({change}); a resumed run must read the same data, or its validation set would change: put the files back as they were, or start a new run under another --name.</source>
        <translation>Los datos de {folder} cambiaron desde que empezó {name!r} ({change}); un entrenamiento reanudado debe leer los mismos datos, o su conjunto de validación cambiaría: volver a dejar los archivos como estaban, o iniciar un entrenamiento nuevo con otro --name.</translation>
    </message>
    <message>
        <source>{file} is gone</source>
        <translation>{file} ya no está</translation>
    </message>
    <message>
        <source>{file} is new</source>
        <translation>{file} es nuevo</translation>
    </message>
    <message>
        <source>{file} changed</source>
        <translation>{file} cambió</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <source>CUDA was asked for but no usable NVIDIA GPU was found; use --device cpu (or auto), or install a CUDA build of PyTorch.</source>
        <translation>Se pidió CUDA, pero no se encontró ninguna GPU NVIDIA utilizable; usar --device cpu (o auto), o instalar una versión de PyTorch con CUDA.</translation>
    </message>
    <message>
        <source>Apple&apos;s MPS was asked for but is not available; use --device cpu.</source>
        <translation>Se pidió MPS de Apple, pero no está disponible; usar --device cpu.</translation>
    </message>
    <message>
        <source>Unknown device {device!r}; choose one of {choices}.</source>
        <translation>Dispositivo desconocido: {device!r}; elegir uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>GPU de Apple (MPS)</translation>
    </message>
    <message>
        <source>{dtype} mixed precision</source>
        <translation>precisión mixta {dtype}</translation>
    </message>
    <message>
        <source>CPU (1 thread)</source>
        <translation>CPU (1 hilo)</translation>
    </message>
    <message>
        <source>CPU ({threads} threads)</source>
        <translation>CPU ({threads} hilos)</translation>
    </message>
</context>
<context>
    <name>distributed</name>
    <message>
        <source>Another process of this distributed run failed or lost its connection, so rank {rank} stopped at step {step:,}; the last checkpoint is intact: fix the cause (the failing process says it), then run the same torchrun command with --resume.</source>
        <translation>Otro proceso de este entrenamiento distribuido falló o perdió la conexión, así que el rango {rank} se detuvo en el paso {step:,}; el último punto de control está intacto: corregir la causa (la indica el proceso que falló) y luego ejecutar el mismo comando torchrun con --resume.</translation>
    </message>
    <message>
        <source>WORLD_SIZE, RANK and LOCAL_RANK must be whole numbers; start distributed runs with torchrun, which sets them.</source>
        <translation>WORLD_SIZE, RANK y LOCAL_RANK deben ser números enteros; iniciar los entrenamientos distribuidos con torchrun, que los define.</translation>
    </message>
    <message>
        <source>RANK {rank} does not fit WORLD_SIZE {world_size}; start with torchrun.</source>
        <translation>RANK {rank} no corresponde a WORLD_SIZE {world_size}; iniciar con torchrun.</translation>
    </message>
    <message>
        <source>Could not join the distributed run ({error}); check that every node was started with the same torchrun --rdzv-endpoint and can reach it.</source>
        <translation>No se pudo unir al entrenamiento distribuido ({error}); comprobar que todos los nodos se iniciaron con el mismo torchrun --rdzv-endpoint y pueden acceder a él.</translation>
    </message>
    <message>
        <source>This machine has {count} GPU but torchrun started more training processes on it; use --nproc_per_node={count} (or gpu), or --device cpu.</source>
        <translation>Esta máquina tiene {count} GPU, pero torchrun inició en ella más procesos de entrenamiento; usar --nproc_per_node={count} (o gpu), o --device cpu.</translation>
    </message>
    <message>
        <source>This machine has {count} GPUs but torchrun started more training processes on it; use --nproc_per_node={count} (or gpu), or --device cpu.</source>
        <translation>Esta máquina tiene {count} GPU, pero torchrun inició en ella más procesos de entrenamiento; usar --nproc_per_node={count} (o gpu), o --device cpu.</translation>
    </message>
    <message>
        <source>Rank {rank} could not prepare the run: {error}</source>
        <translation>El rango {rank} no pudo preparar el entrenamiento: {error}</translation>
    </message>
</context>
<context>
    <name>documents_docx</name>
    <message>
        <source>it is not a Word document (it has no {part}); open it in Word and save it as .docx</source>
        <translation>no es un documento de Word (le falta {part}); ábralo en Word y guárdelo como .docx</translation>
    </message>
</context>
<context>
    <name>documents_formats</name>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>un documento de texto OpenDocument</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Documento de texto OpenDocument</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>subtítulos SubRip</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>subtítulos WebVTT</translation>
    </message>
    <message>
        <source>a gettext catalogue</source>
        <translation>un catálogo gettext</translation>
    </message>
    <message>
        <source>Gettext catalogue</source>
        <translation>Catálogo gettext</translation>
    </message>
    <message>
        <source>a gettext template</source>
        <translation>una plantilla gettext</translation>
    </message>
    <message>
        <source>Gettext template</source>
        <translation>Plantilla gettext</translation>
    </message>
    <message>
        <source>XLIFF</source>
        <translation>XLIFF</translation>
    </message>
    <message>
        <source>{file} is not a kind of document the app translates; it reads {suffixes} files.</source>
        <translation>{file} no es un tipo de documento que la aplicación traduzca; lee archivos {suffixes}.</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>documents_job</name>
    <message>
        <source>Its name says its text is in {language}, but the model translates {model}: if it is, choose a model from {language}.</source>
        <translation>Su nombre dice que el texto está en {language}, pero el modelo traduce {model}: si es así, elija un modelo desde {language}.</translation>
    </message>
    <message>
        <source>It is written in UTF-8: {encoding} cannot hold the translation.</source>
        <translation>Está escrita en UTF-8: {encoding} no puede contener la traducción.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>No se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} holds no text to translate; nothing was written.</source>
        <translation>{file} no contiene texto que traducir; no se escribió nada.</translation>
    </message>
    <message>
        <source>Cancelled {file}; nothing was written.</source>
        <translation>Se canceló {file}; no se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}.</source>
        <translation>No se puede escribir {file}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write in {folder} ({reason}); choose another place for the translation.</source>
        <translation>No se puede escribir en {folder} ({reason}); elija otro lugar para la traducción.</translation>
    </message>
    <message>
        <source>{file} holds binary data, not text: it is not a {kind} document; choose the text file to translate.</source>
        <translation>{file} contiene datos binarios, no texto: no es un documento {kind}; elija el archivo de texto que quiere traducir.</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text; choose its encoding (for example latin-1).</source>
        <translation>{file} no es texto {encoding}; elegir su codificación (por ejemplo, latin-1).</translation>
    </message>
    <message>
        <source>{file} cannot be read as {kind}: it is not a zip file, or a damaged one; open it in its application and save it again.</source>
        <translation>{file} no se puede leer como {kind}: no es un archivo zip o está dañado; abrirlo en su aplicación y volver a guardarlo.</translation>
    </message>
    <message>
        <source>{file} cannot be read as {kind}: {reason}.</source>
        <translation>{file} no se puede leer como {kind}: {reason}.</translation>
    </message>
    <message>
        <source>{file} says its text is in {language}, but this model translates {model}; choose a model from {language}.</source>
        <translation>{file} indica que su texto está en {language}, pero este modelo traduce {model}; elija un modelo desde {language}.</translation>
    </message>
    <message>
        <source>{file} asks for a translation into {language}, but this model translates {model}; choose a model into {language}, or a file made for {target}.</source>
        <translation>{file} pide una traducción al {language}, pero este modelo traduce {model}; elija un modelo hacia {language}, o un archivo hecho para {target}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>documents_odt</name>
    <message>
        <source>it is not an OpenDocument text (it has no {part}); open it in LibreOffice Writer and save it as .odt</source>
        <translation>no es un texto OpenDocument (le falta {part}); ábralo en LibreOffice Writer y guárdelo como .odt</translation>
    </message>
</context>
<context>
    <name>documents_subtitles</name>
    <message>
        <source>This is not a SubRip file: the text at character {position} is not a numbered cue with a timing line.</source>
        <translation>No es un archivo SubRip: el texto en el carácter {position} no es un subtítulo numerado con su línea de tiempos.</translation>
    </message>
    <message>
        <source>This is not a SubRip file: the text is not a numbered cue with a timing line.</source>
        <translation>No es un archivo SubRip: el texto no es un subtítulo numerado con su línea de tiempos.</translation>
    </message>
    <message>
        <source>This is not a SubRip file: it has no cues.</source>
        <translation>No es un archivo SubRip: no tiene subtítulos.</translation>
    </message>
</context>
<context>
    <name>documents_xliff</name>
    <message>
        <source>its root element is &lt;{element}&gt; in {namespace}, not XLIFF 1.2&apos;s or 2.0&apos;s &lt;xliff&gt;</source>
        <translation>su elemento raíz es &lt;{element}&gt; en {namespace}, no el &lt;xliff&gt; de XLIFF 1.2 o 2.0</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>ningún espacio de nombres</translation>
    </message>
</context>
<context>
    <name>error_log</name>
    <message>
        <source>{message}; details are in {log_file}.</source>
        <translation>{message}; los detalles están en {log_file}.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}: {error})</source>
        <translation>Algo salió mal ({kind}: {error})</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>Scoring with beam search failed ({error}); greedy decoding&apos;s score stands</source>
        <translation>La puntuación con búsqueda en haz falló ({error}); se mantiene la puntuación de la decodificación voraz</translation>
    </message>
    <message>
        <source>beam search of {beam} (greedy: BLEU {greedy_bleu:.1f})</source>
        <translation>búsqueda en haz de {beam} (voraz: BLEU {greedy_bleu:.1f})</translation>
    </message>
    <message>
        <source>The model was not scored on the folder&apos;s test files ({error}).</source>
        <translation>El modelo no se puntuó con los archivos de prueba de la carpeta ({error}).</translation>
    </message>
    <message>
        <source>No step scored better than {base!r} on the new validation set, so {name!r} is {base!r} as it was: train it longer, or with a higher learning rate.</source>
        <translation>Ningún paso puntuó mejor que {base!r} en el nuevo conjunto de validación, así que {name!r} es {base!r} tal como era: entrénelo más tiempo o con una tasa de aprendizaje más alta.</translation>
    </message>
    <message>
        <source>What the model forgot of its base was not measured ({error}).</source>
        <translation>No se midió lo que el modelo olvidó de su modelo base ({error}).</translation>
    </message>
    <message>
        <source>Scoring the model on the test set {name} ({pairs:,} pairs)</source>
        <translation>Puntuando el modelo en el conjunto de prueba {name} ({pairs:,} pares)</translation>
    </message>
    <message>
        <source>Stopped before the model was scored on the test set {name}; s2s-desktop evaluate {model} --test FOLDER scores it later.</source>
        <translation>Detenido antes de puntuar el modelo en el conjunto de prueba {name}; s2s-desktop evaluate {model} --test CARPETA lo puntúa más tarde.</translation>
    </message>
    <message>
        <source>On the test set {name} ({pairs:,} pairs, never trained on, beam search of {beam}): BLEU {bleu:.1f}, chrF {chrf:.1f}.</source>
        <translation>En el conjunto de prueba {name} ({pairs:,} pares, nunca usados para entrenar, búsqueda en haz de {beam}): BLEU {bleu:.1f}, chrF {chrf:.1f}.</translation>
    </message>
    <message>
        <source>On the test set {name} ({pairs:,} pairs, never trained on): BLEU {bleu:.1f}, chrF {chrf:.1f}.</source>
        <translation>En el conjunto de prueba {name} ({pairs:,} pares, nunca usados para entrenar): BLEU {bleu:.1f}, chrF {chrf:.1f}.</translation>
    </message>
    <message>
        <source>it is no longer stored under that name</source>
        <translation>ya no está guardado con ese nombre</translation>
    </message>
    <message>
        <source>the base&apos;s validation set is no longer in its folder</source>
        <translation>el conjunto de validación del modelo base ya no está en su carpeta</translation>
    </message>
    <message>
        <source>the base was imported, without a validation set of its own</source>
        <translation>el modelo base se importó sin un conjunto de validación propio</translation>
    </message>
    <message>
        <source>What the model forgot of {base!r} is not measured: {why}.</source>
        <translation>No se mide lo que el modelo olvidó de {base!r}: {why}.</translation>
    </message>
    <message>
        <source>Scoring the model and {base!r} on the base&apos;s validation set</source>
        <translation>Puntuando el modelo y {base!r} en el conjunto de validación del modelo base</translation>
    </message>
    <message>
        <source>Stopped before measuring what the model forgot of {base!r}.</source>
        <translation>Detenido antes de medir lo que el modelo olvidó de {base!r}.</translation>
    </message>
    <message>
        <source>What the model forgot of {base!r} is not measured: {error}</source>
        <translation>No se mide lo que el modelo olvidó de {base!r}: {error}</translation>
    </message>
    <message>
        <source>On the validation set of {base!r} ({pairs} pairs): BLEU {bleu:.1f}, chrF {chrf:.1f}; the base itself: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} ({forgotten:.1f} BLEU forgotten).</source>
        <translation>En el conjunto de validación de {base!r} ({pairs} pares): BLEU {bleu:.1f}, chrF {chrf:.1f}; el propio modelo base: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} ({forgotten:.1f} de BLEU olvidados).</translation>
    </message>
    <message>
        <source>On the validation set of {base!r} ({pairs} pairs): BLEU {bleu:.1f}, chrF {chrf:.1f}; the base itself: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} ({change:+.1f} BLEU).</source>
        <translation>En el conjunto de validación de {base!r} ({pairs} pares): BLEU {bleu:.1f}, chrF {chrf:.1f}; el propio modelo base: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} ({change:+.1f} de BLEU).</translation>
    </message>
    <message>
        <source>Scoring the model with beam search of {beam}</source>
        <translation>Puntuando el modelo con búsqueda en haz de {beam}</translation>
    </message>
    <message>
        <source>Could not save the model in {folder} ({error}); free some disk space, then resume.</source>
        <translation>No se pudo guardar el modelo en {folder} ({error}); liberar espacio en disco y luego reanudar.</translation>
    </message>
</context>
<context>
    <name>event_words</name>
    <message>
        <source>Training finished</source>
        <translation>Entrenamiento terminado</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation>Terminado en el plazo</translation>
    </message>
    <message>
        <source>Stopped early (no better BLEU within the patience)</source>
        <translation>Detenido antes de tiempo (el BLEU no mejoró dentro de la paciencia)</translation>
    </message>
    <message>
        <source>end of the epoch</source>
        <translation>fin de la época</translation>
    </message>
    <message>
        <source>regular save</source>
        <translation>guardado periódico</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>entrenamiento detenido</translation>
    </message>
    <message>
        <source>end of the run</source>
        <translation>fin del entrenamiento</translation>
    </message>
    <message>
        <source>after the evaluation</source>
        <translation>tras la evaluación</translation>
    </message>
    <message>
        <source>the starting point, scored</source>
        <translation>el punto de partida, puntuado</translation>
    </message>
    <message>
        <source>Resuming from step {step:,}, the last checkpoint: the run was interrupted after step {last:,}, and the steps after the checkpoint are trained again.</source>
        <translation>Se reanuda desde el paso {step:,}, el último punto de control: el entrenamiento se interrumpió tras el paso {last:,}, y los pasos posteriores al punto de control se entrenan de nuevo.</translation>
    </message>
    <message>
        <source>Resuming from step {step:,}.</source>
        <translation>Reanudando desde el paso {step:,}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}{of_epochs} · {progress:.0%} · {speed:,.0f} tok/s · ETA {eta}</source>
        <translation>Época {epoch}{of_epochs} · {progress:.0%} · {speed:,.0f} tok/s · quedan {eta}</translation>
    </message>
    <message>
        <source>validation loss {loss:.3f}, BLEU {bleu:.2f}, chrF {chrf:.2f}</source>
        <translation>pérdida de validación {loss:.3f}, BLEU {bleu:.2f}, chrF {chrf:.2f}</translation>
    </message>
    <message>
        <source>Average of the last {count} checkpoints: {scores} (better: saved as the model)</source>
        <translation>Media de los últimos {count} puntos de control: {scores} (mejor: se guarda como el modelo)</translation>
    </message>
    <message>
        <source>Average of the last {count} checkpoints: {scores} (not better: not kept)</source>
        <translation>Media de los últimos {count} puntos de control: {scores} (no es mejor: se descarta)</translation>
    </message>
    <message>
        <source>Epoch {epoch} step {step:,}</source>
        <translation>Época {epoch}, paso {step:,}</translation>
    </message>
    <message>
        <source>Before the first step</source>
        <translation>Antes del primer paso</translation>
    </message>
    <message>
        <source>{when}: {scores} (best so far, saved)</source>
        <translation>{when}: {scores} (el mejor hasta ahora, guardado)</translation>
    </message>
    <message>
        <source>{when}: {scores}</source>
        <translation>{when}: {scores}</translation>
    </message>
    <message>
        <source>    source:    {text}</source>
        <translation>    origen:     {text}</translation>
    </message>
    <message>
        <source>    reference: {text}</source>
        <translation>    referencia: {text}</translation>
    </message>
    <message>
        <source>    model:     {text}</source>
        <translation>    modelo:     {text}</translation>
    </message>
    <message>
        <source>(an empty translation)</source>
        <translation>(una traducción vacía)</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {step:,} ({why}).</source>
        <translation>Punto de control guardado en el paso {step:,} ({why}).</translation>
    </message>
    <message>
        <source>Sample translations of the saved model:</source>
        <translation>Traducciones de muestra del modelo guardado:</translation>
    </message>
    <message>
        <source>{heading} after {steps:,} steps: {name!r} is ready in the Translate tab.</source>
        <translation>{heading} tras {steps:,} pasos: {name!r} está listo en la pestaña Traducir.</translation>
    </message>
    <message>
        <source>Best BLEU {bleu:.1f}.</source>
        <translation>Mejor BLEU {bleu:.1f}.</translation>
    </message>
    <message>
        <source>Resume continues the training.</source>
        <translation>Reanudar continúa el entrenamiento.</translation>
    </message>
    <message>
        <source>{heading} before the first checkpoint, so nothing was kept; press Start to begin again.</source>
        <translation>{heading} antes del primer punto de control, así que no se guardó nada; pulsar Iniciar para empezar de nuevo.</translation>
    </message>
    <message>
        <source>{heading} at step {step:,}, before the first evaluation, so there is no model to translate with yet; press Resume to continue training {name!r}.</source>
        <translation>{heading} en el paso {step:,}, antes de la primera evaluación, así que aún no hay ningún modelo con el que traducir; pulsar Reanudar para seguir entrenando {name!r}.</translation>
    </message>
    <message>
        <source>{how} · step {step:,} · {time}</source>
        <translation>{how} · paso {step:,} · {time}</translation>
    </message>
    <message>
        <source>best BLEU {bleu:.1f} (beam search of {beam})</source>
        <translation>mejor BLEU {bleu:.1f} (búsqueda en haz de {beam})</translation>
    </message>
    <message>
        <source>best BLEU {bleu:.1f}</source>
        <translation>mejor BLEU {bleu:.1f}</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Falló: {message}</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>{processes} processes, each on {device}</source>
        <translation>{processes} procesos, cada uno en {device}</translation>
    </message>
    <message>
        <source>Model: {parameters:,} parameters, vocabularies {source:,} + {target:,}, on {where}.</source>
        <translation>Modelo: {parameters:,} parámetros, vocabularios {source:,} + {target:,}, en {where}.</translation>
    </message>
    <message>
        <source>Data: {train:,} training pairs, {valid:,} validation pairs; steps per epoch: {steps:,}.</source>
        <translation>Datos: {train:,} pares de entrenamiento, {valid:,} pares de validación; pasos por época: {steps:,}.</translation>
    </message>
</context>
<context>
    <name>fine_tune</name>
    <message>
        <source>Model {name!r} cannot be read; choose another model to start from.</source>
        <translation>No se puede leer el modelo {name!r}; elegir otro modelo de partida.</translation>
    </message>
    <message>
        <source>{name!r} is a translate-only model (imported from {origin}) and cannot be fine-tuned; start from one of your own models or an imported OPUS-MT model.</source>
        <translation>{name!r} es un modelo solo de traducción (importado de {origin}) y no admite ajuste fino; partir de un modelo propio o de un modelo OPUS-MT importado.</translation>
    </message>
    <message>
        <source>Cannot start from {name!r}: {error}</source>
        <translation>No se puede partir de {name!r}: {error}</translation>
    </message>
    <message>
        <source>Cannot start from {name!r}: its folder lacks {files}; import the model again.</source>
        <translation>No se puede partir de {name!r}: faltan archivos en su carpeta ({files}); volver a importar el modelo.</translation>
    </message>
    <message>
        <source>{option} is {kept}, not {wanted}</source>
        <translation>{option} es {kept}, no {wanted}</translation>
    </message>
    <message>
        <source>A fine-tuned model keeps the architecture and vocabularies of {base!r}, whose {changes}: leave those out, or train a new model without a base.</source>
        <translation>Un modelo con ajuste fino conserva la arquitectura y los vocabularios de {base!r}, en el que {changes}: omitir esas opciones o entrenar un modelo nuevo sin modelo base.</translation>
    </message>
    <message>
        <source>{base!r} translates {base_src} → {base_tgt}, but the run would train {src} → {tgt} on {folder}; start from a model of that pair, or train a new model without a base.</source>
        <translation>{base!r} traduce {base_src} → {base_tgt}, pero el entrenamiento sería {src} → {tgt} con {folder}; partir de un modelo de ese par o entrenar un modelo nuevo sin modelo base.</translation>
    </message>
    <message>
        <source>Fine-tuning {base!r} ({src} → {tgt}): its architecture, vocabularies and weights are the starting point; it stays unchanged.</source>
        <translation>Ajuste fino de {base!r} ({src} → {tgt}): su arquitectura, sus vocabularios y sus pesos son el punto de partida; el modelo base no se modifica.</translation>
    </message>
    <message>
        <source>Learning rate: peak {learning_rate:g} ({share:g} of the base&apos;s {base_peak:g}), warmed up over {warmup} updates, decaying to zero at the deadline: the weights already know the languages, and a high rate would wash that out.</source>
        <translation>Tasa de aprendizaje: máximo {learning_rate:g} ({share:g} × el máximo del modelo base, {base_peak:g}), con calentamiento durante {warmup} actualizaciones, y decae hasta cero al final del plazo: los pesos ya conocen los idiomas y una tasa alta borraría ese conocimiento.</translation>
    </message>
    <message>
        <source>Learning rate: peak {learning_rate:g} ({share:g} of the base&apos;s {base_peak:g}), warmed up over {warmup} updates (a tenth of a shorter run), then falling slowly: the weights already know the languages, and a high rate would wash that out.</source>
        <translation>Tasa de aprendizaje: pico {learning_rate:g} ({share:g} de los {base_peak:g} de la base), calentamiento durante {warmup} actualizaciones (una décima parte de una ejecución más corta), luego bajando despacio: los pesos ya conocen los idiomas, y una tasa alta lo borraría.</translation>
    </message>
    <message>
        <source>Batch: {batch:,} tokens, as the base was trained.</source>
        <translation>Lote: {batch:,} tokens, como en el entrenamiento del modelo base.</translation>
    </message>
    <message>
        <source>This run starts from {name!r}, which is no longer stored under that name; rename it back, or delete this run and start a new one.</source>
        <translation>Este entrenamiento parte de {name!r}, que ya no está guardado con ese nombre; devolverle ese nombre, o eliminar este entrenamiento e iniciar uno nuevo.</translation>
    </message>
    <message>
        <source>{share:.0%} of the pieces in {folder} are unknown to the vocabularies of {base!r}: its text is in another language or script than the base&apos;s; start from a model of that language pair, or train a new model without a base.</source>
        <translation>El {share:.0%} de las piezas de {folder} son desconocidas para los vocabularios de {base!r}: su texto está en otro idioma u otra escritura que el del modelo base; partir de un modelo de ese par de idiomas o entrenar un modelo nuevo sin modelo base.</translation>
    </message>
    <message>
        <source>{share:.1%} of the pieces in the new text are unknown to the base&apos;s vocabularies (characters it never saw); the model cannot learn to write those</source>
        <translation>El {share:.1%} de las piezas del texto nuevo son desconocidas para los vocabularios del modelo base (caracteres que nunca vio); el modelo no puede aprender a escribirlas</translation>
    </message>
    <message>
        <source>Mixing in {pairs:,} pairs of the base&apos;s training data ({share:.0%})</source>
        <translation>Mezclando {pairs:,} pares de los datos de entrenamiento del modelo base ({share:.0%})</translation>
    </message>
    <message>
        <source>The sides of {folder} look swapped: {base!r} reads its {tgt} side as {src} text far better than as given (loss {swapped:.2f} against {given:.2f} per character); check which files or columns hold which language ({src} text in the {src} side), then start again.</source>
        <translation>Los lados de {folder} parecen intercambiados: {base!r} lee su lado {tgt} como texto {src} mucho mejor que tal como viene (pérdida {swapped:.2f} frente a {given:.2f} por carácter); compruebe qué archivos o columnas contienen cada idioma (texto {src} en el lado {src}) y vuelva a empezar.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Cannot save the glossary to {path} ({reason}); check that the disk has room and the folder is writable.</source>
        <translation>No se puede guardar el glosario en {path} ({reason}); comprobar que haya espacio en el disco y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}); choose another place.</source>
        <translation>No se puede escribir {path} ({reason}); elegir otra ubicación.</translation>
    </message>
    <message>
        <source>A glossary term needs both a source term and a target term.</source>
        <translation>Una entrada del glosario necesita un término de origen y uno de destino.</translation>
    </message>
    <message>
        <source>{file} is a document, not a glossary; a glossary is a TSV, CSV or TBX file with one term per line: source, target and an optional note.</source>
        <translation>{file} es un documento, no un glosario; un glosario es un archivo TSV, CSV o TBX con un término por línea: origen, destino y una nota opcional.</translation>
    </message>
    <message>
        <source>{file} line {line} does not hold a source and a target term; a glossary file has one term per line: source, target and an optional note.</source>
        <translation>La línea {line} de {file} no contiene un término de origen y uno de destino; un archivo de glosario tiene un término por línea: origen, destino y una nota opcional.</translation>
    </message>
    <message>
        <source>{file} holds binary data, not terms; a glossary is a TSV, CSV or TBX file.</source>
        <translation>{file} contiene datos binarios, no términos; un glosario es un archivo TSV, CSV o TBX.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>{file} no es texto UTF-8; guárdelo como UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{file} is not well-formed XML (line {line}); export the termbase again.</source>
        <translation>{file} no es XML bien formado (línea {line}); volver a exportar la base terminológica.</translation>
    </message>
    <message>
        <source>{file} declares XML entities, which are refused for safety; remove its DOCTYPE block and import it again.</source>
        <translation>{file} declara entidades XML, que se rechazan por seguridad; quitar su bloque DOCTYPE y volver a importarlo.</translation>
    </message>
    <message>
        <source>{file} holds no entry with terms in both {src_lang} and {tgt_lang}; choose a termbase for this language pair.</source>
        <translation>{file} no contiene ninguna entrada con términos en {src_lang} y en {tgt_lang}; elegir una base terminológica para este par de idiomas.</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason}); check that it exists and is readable.</source>
        <translation>No se puede leer {path} ({reason}); comprobar que exista y tenga permiso de lectura.</translation>
    </message>
</context>
<context>
    <name>glossary_translation</name>
    <message>
        <source>Glossaries work with models trained or fine-tuned here, not with imported Argos models; choose another model or translate without the glossary.</source>
        <translation>Los glosarios funcionan con modelos entrenados o ajustados aquí, no con modelos de Argos importados; elegir otro modelo o traducir sin el glosario.</translation>
    </message>
</context>
<context>
    <name>held_out_scores</name>
    <message>
        <source>{model!r} was trained on about {share:.0%} of the sentences of {test_set}, so its score there measures memory more than translation; score it on sentences it never saw, such as its data folder&apos;s own test files.</source>
        <translation>{model!r} se entrenó con cerca del {share:.0%} de las frases de {test_set}, así que su puntuación ahí mide más la memoria que la traducción; evalúelo con frases que nunca vio, como los archivos de prueba de su propia carpeta de datos.</translation>
    </message>
    <message>
        <source>Could not save the test score in {path} ({error}); free some disk space, then evaluate again.</source>
        <translation>No se pudo guardar la puntuación de prueba en {path} ({error}); liberar espacio en disco y luego volver a evaluar.</translation>
    </message>
    <message>
        <source>The card of the model in {folder} is damaged ({error}); the test score was not saved.</source>
        <translation>La ficha del modelo en {folder} está dañada ({error}); no se guardó la puntuación de prueba.</translation>
    </message>
</context>
<context>
    <name>held_out_sets</name>
    <message>
        <source>Choose one test file or folder, or two files: the source and its reference.</source>
        <translation>Elegir un archivo o una carpeta de prueba, o dos archivos: el de origen y su referencia.</translation>
    </message>
    <message>
        <source>{path} does not exist; choose an existing test file or folder.</source>
        <translation>{path} no existe; elegir un archivo o una carpeta de prueba que existan.</translation>
    </message>
    <message>
        <source>{folder} holds no {src}–{tgt} test files (names with test, like test.{src} + test.{tgt}); choose the test files themselves.</source>
        <translation>{folder} no contiene archivos de prueba {src}–{tgt} (con test en el nombre, como test.{src} + test.{tgt}); elegir directamente los archivos de prueba.</translation>
    </message>
    <message>
        <source>{origin} holds no usable {src}–{tgt} pairs (empty or without both languages); choose a test set with a reference translation for each line.</source>
        <translation>{origin} no contiene pares {src}–{tgt} utilizables (vacíos o sin ambos idiomas); elegir un conjunto de prueba con una traducción de referencia para cada línea.</translation>
    </message>
    <message>
        <source>{file} is not a test file the app reads; choose a .tsv or .tmx file, a folder, or a pair of files like test.{src} + test.{tgt}.</source>
        <translation>{file} no es un archivo de prueba que la aplicación pueda leer; elegir un archivo .tsv o .tmx, una carpeta o un par de archivos como test.{src} + test.{tgt}.</translation>
    </message>
    <message>
        <source>{file} has no {language} partner beside it ({stem}.{language}); choose both files, the source and its reference.</source>
        <translation>{file} no tiene a su lado su pareja en {language} ({stem}.{language}); elegir los dos archivos: el de origen y su referencia.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose two text files, source and reference.</source>
        <translation>{path} es una carpeta; elegir dos archivos de texto: origen y referencia.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>The test files ({files}) hold {found} text, but {model} translates {src} → {tgt}; choose {src}–{tgt} test files.</source>
        <translation>Los archivos de prueba ({files}) contienen texto {found}, pero {model} traduce {src} → {tgt}; elegir archivos de prueba {src}–{tgt}.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>el modelo</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Cannot open the history at {path}: {error}.</source>
        <translation>No se puede abrir el historial en {path}: {error}.</translation>
    </message>
    <message>
        <source>The history at {path} cannot be used ({error}); clear it or move it away.</source>
        <translation>No se puede usar el historial en {path} ({error}); borrarlo o moverlo a otro lugar.</translation>
    </message>
    <message>
        <source>The history is cleared, but {path} could not be compacted ({error}).</source>
        <translation>El historial se ha borrado, pero no se pudo compactar {path} ({error}).</translation>
    </message>
    <message>
        <source>The history at {path} is damaged and could not be moved aside ({error}); move it away yourself.</source>
        <translation>El historial en {path} está dañado y no se pudo apartar ({error}); moverlo a mano.</translation>
    </message>
</context>
<context>
    <name>marian</name>
    <message>
        <source>{file} holds a {file_name} too big for an OPUS-MT model; refused.</source>
        <translation>{file} contiene un archivo {file_name} demasiado grande para un modelo OPUS-MT; se rechaza.</translation>
    </message>
    <message>
        <source>{file} holds a missing or damaged {file_name} ({error}).</source>
        <translation>En {file}, el archivo {file_name} falta o está dañado ({error}).</translation>
    </message>
    <message>
        <source>{file} is an OPUS-MT model with {what}, which s2s-desktop&apos;s Transformer cannot represent; it cannot be imported.</source>
        <translation>{file} es un modelo OPUS-MT con {what}, algo que el Transformer de s2s-desktop no puede representar; no se puede importar.</translation>
    </message>
    <message>
        <source>{file} has a bad {key} in its config.json: {value!r}.</source>
        <translation>{file} tiene un {key} no válido en su config.json: {value!r}.</translation>
    </message>
    <message>
        <source>{file} is not an OPUS-MT (Marian) model (its config.json says model_type {kind!r}); only Marian models in Hugging Face&apos;s layout can be imported.</source>
        <translation>{file} no es un modelo OPUS-MT (Marian) (su config.json indica model_type {kind!r}); solo se pueden importar modelos Marian con la estructura de Hugging Face.</translation>
    </message>
    <message>
        <source>separate source and target vocabularies</source>
        <translation>vocabularios de origen y destino separados</translation>
    </message>
    <message>
        <source>{key} = {value!r} (untied embeddings)</source>
        <translation>{key} = {value!r} (embeddings no vinculados)</translation>
    </message>
    <message>
        <source>the activation {name!r}</source>
        <translation>la activación {name!r}</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {error}</source>
        <translation>No se puede importar {file}: {error}</translation>
    </message>
    <message>
        <source>{folder} looks like an OPUS-MT model&apos;s folder but lacks {missing}: download them from the model&apos;s Hugging Face page into it{weights}.</source>
        <translation>{folder} parece la carpeta de un modelo OPUS-MT pero le falta {missing}: descárguelos de la página de Hugging Face del modelo en ella{weights}.</translation>
    </message>
    <message>
        <source> (model.safetensors: pytorch_model.bin is refused)</source>
        <translation> (model.safetensors: pytorch_model.bin se rechaza)</translation>
    </message>
    <message>
        <source>{file} holds its weights only as {file_name}, which s2s-desktop never opens (loading it can run code): download model.safetensors from the model&apos;s Hugging Face page (Helsinki-NLP/opus-mt-... has it), or convert with transformers: MarianMTModel.from_pretrained(folder).save_pretrained(folder, safe_serialization=True).</source>
        <translation>{file} guarda sus pesos solo como {file_name}, que s2s-desktop nunca abre (cargarlo puede ejecutar código): descargar model.safetensors de la página del modelo en Hugging Face (Helsinki-NLP/opus-mt-... lo tiene) o convertirlo con transformers: MarianMTModel.from_pretrained(folder).save_pretrained(folder, safe_serialization=True).</translation>
    </message>
    <message>
        <source>{file} has a vocab.json that does not match its vocab_size ({size}).</source>
        <translation>El vocab.json de {file} no coincide con su vocab_size ({size}).</translation>
    </message>
    <message>
        <source>{file} has a bad id in its vocab.json: {index!r}.</source>
        <translation>{file} tiene un id no válido en su vocab.json: {index!r}.</translation>
    </message>
    <message>
        <source>{file} has a vocab.json that gives two pieces the same id.</source>
        <translation>El vocab.json de {file} asigna el mismo id a dos piezas.</translation>
    </message>
    <message>
        <source>{file} has a vocab.json without &lt;unk&gt;.</source>
        <translation>El vocab.json de {file} no tiene &lt;unk&gt;.</translation>
    </message>
    <message>
        <source>{file} has special token ids that do not fit its vocabulary.</source>
        <translation>{file} tiene ids de tokens especiales que no caben en su vocabulario.</translation>
    </message>
    <message>
        <source>a decoder start token that is its eos or unk</source>
        <translation>un token de inicio del decodificador que es su eos o su unk</translation>
    </message>
    <message>
        <source>{file} lacks {file_name}, the OPUS-MT model&apos;s weights.</source>
        <translation>A {file} le falta {file_name}, los pesos del modelo OPUS-MT.</translation>
    </message>
    <message>
        <source>{file} is not a complete OPUS-MT model: it lacks {file_name}.</source>
        <translation>{file} no es un modelo OPUS-MT completo: le falta {file_name}.</translation>
    </message>
    <message>
        <source>{file} holds a damaged config.json.</source>
        <translation>{file} contiene un config.json dañado.</translation>
    </message>
    <message>
        <source>{file} has no token embeddings in {file_name}.</source>
        <translation>{file} no tiene embeddings de tokens en {file_name}.</translation>
    </message>
    <message>
        <source>The weights in {file} do not match its config.json ({weight}); refused.</source>
        <translation>Los pesos de {file} no coinciden con su config.json ({weight}); se rechazan.</translation>
    </message>
    <message>
        <source>The weights in {file} hold a bad final_logits_bias; refused.</source>
        <translation>Los pesos de {file} contienen un final_logits_bias no válido; se rechazan.</translation>
    </message>
    <message>
        <source>an untied {key}</source>
        <translation>un {key} no vinculado</translation>
    </message>
    <message>
        <source>The weights in {file} are damaged or unreadable: {error}.</source>
        <translation>Los pesos de {file} están dañados o no se pueden leer: {error}.</translation>
    </message>
    <message>
        <source>Cannot read the weights in {file}: {error}.</source>
        <translation>No se pueden leer los pesos de {file}: {error}.</translation>
    </message>
</context>
<context>
    <name>model_details</name>
    <message>
        <source>{name} was imported from Argos Translate: CTranslate2 translates it and gives no attention to show.</source>
        <translation>{name} se importó de Argos Translate: lo traduce CTranslate2, que no ofrece atención que mostrar.</translation>
    </message>
    <message>
        <source>Argos Translate packages ({patterns})</source>
        <translation>Paquetes de Argos Translate ({patterns})</translation>
    </message>
    <message>
        <source>Model files (*.zip)</source>
        <translation>Archivos de modelo (*.zip)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Fine-tuned from</source>
        <translation>Ajuste fino a partir de</translation>
    </message>
    <message>
        <source>{origin}, translation only (cannot be fine-tuned)</source>
        <translation>{origin}, solo traducción (no admite ajuste fino)</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado de</translation>
    </message>
    <message>
        <source>{name} version {version}</source>
        <translation>{name} versión {version}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>{encoder} encoder + {decoder} decoder</source>
        <translation>codificador {encoder} + decodificador {decoder}</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>{width}, {heads} heads, feed-forward {feed_forward}</source>
        <translation>{width}, {heads} cabezas, feed-forward {feed_forward}</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>{source} source, {target} target pieces</source>
        <translation>{source} piezas de origen, {target} de destino</translation>
    </message>
    <message>
        <source>{source} pieces, shared, embeddings tied</source>
        <translation>{source} piezas, compartido, embeddings vinculados</translation>
    </message>
    <message>
        <source>{source} pieces, shared</source>
        <translation>{source} piezas, compartido</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>{bleu} with beam search of {beam} (greedy decoding: {greedy})</source>
        <translation>{bleu} con búsqueda en haz de {beam} (decodificación voraz: {greedy})</translation>
    </message>
    <message>
        <source>Best BLEU</source>
        <translation>Mejor BLEU</translation>
    </message>
    <message>
        <source>Best chrF</source>
        <translation>Mejor chrF</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <source>epoch {number}</source>
        <translation>época {number}</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>paso {number}</translation>
    </message>
    <message>
        <source>Reached at</source>
        <translation>Alcanzado en</translation>
    </message>
    <message>
        <source>On the validation set of {base}</source>
        <translation>En el conjunto de validación de {base}</translation>
    </message>
    <message>
        <source>Validation scores</source>
        <translation>Puntuaciones de validación</translation>
    </message>
    <message>
        <source>{test_set} ({count} pairs)</source>
        <translation>{test_set} ({count} pares)</translation>
    </message>
    <message>
        <source>BLEU {bleu}, chrF {chrf}, beam {beam}</source>
        <translation>BLEU {bleu}, chrF {chrf}, haz {beam}</translation>
    </message>
    <message>
        <source>Test sets</source>
        <translation>Conjuntos de prueba</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Último entrenamiento</translation>
    </message>
    <message>
        <source>, {share:.0%} of it trained on</source>
        <translation>, {share:.0%} visto en el entrenamiento</translation>
    </message>
    <message>
        <source>{base} (the same weights: no step scored better)</source>
        <translation>{base} (los mismos pesos: ningún paso obtuvo mejor puntuación)</translation>
    </message>
    <message>
        <source>Fine-tuned into</source>
        <translation>Ajustado en</translation>
    </message>
    <message>
        <source>BLEU {bleu} (the base: {base}), greedy decoding</source>
        <translation>BLEU {bleu} (el modelo base: {base}), decodificación voraz</translation>
    </message>
    <message>
        <source>{count} training</source>
        <translation>{count} de entrenamiento</translation>
    </message>
    <message>
        <source>{count} validation</source>
        <translation>{count} de validación</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>{epoch} of {epochs}</source>
        <translation>{epoch} de {epochs}</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Stopped at step {step}: Resume training… continues it.</source>
        <translation>Detenido en el paso {step}: Reanudar entrenamiento… lo continúa.</translation>
    </message>
    <message>
        <source>Used its time budget at step {step}: Resume training… trains it longer.</source>
        <translation>Agotó su tiempo en el paso {step}: Reanudar entrenamiento… lo entrena más.</translation>
    </message>
    <message>
        <source>Interrupted after step {step} (closed or crashed): Resume training… continues from its last checkpoint.</source>
        <translation>Interrumpido tras el paso {step} (se cerró o falló): Reanudar entrenamiento… sigue desde su último punto de control.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Interrupted after step {step} (closed or crashed): Resume training… continues from its last checkpoint, step {checkpoint}.</source>
        <translation>Interrumpido tras el paso {step} (cerrado o fallido): Reanudar entrenamiento… continúa desde su último punto de control, el paso {checkpoint}.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>step {step} (epoch {epoch})</source>
        <translation>paso {step} (época {epoch})</translation>
    </message>
    <message>
        <source>Logged to</source>
        <translation>Registrado hasta</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation>Entrenamiento sin terminar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} parámetros</translation>
    </message>
    <message>
        <source>{count} models selected</source>
        <translation>{count} modelos seleccionados</translation>
    </message>
    <message>
        <source>Their curves are overlaid in these colours. Select one model to see all its details.</source>
        <translation>Sus curvas se superponen en estos colores. Seleccionar un solo modelo para ver todos sus detalles.</translation>
    </message>
    <message>
        <source>fine-tuned from {base}</source>
        <translation>ajuste fino a partir de {base}</translation>
    </message>
    <message>
        <source>{count} pairs</source>
        <translation>{count} pares</translation>
    </message>
    <message>
        <source>{count} epoch</source>
        <translation>{count} época</translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation>{count} épocas</translation>
    </message>
</context>
<context>
    <name>model_files</name>
    <message>
        <source>Cannot resume {name!r}: its training settings ({path}) are missing or damaged; start a new run instead.</source>
        <translation>No se puede reanudar {name!r}: su configuración de entrenamiento ({path}) falta o está dañada; iniciar un entrenamiento nuevo en su lugar.</translation>
    </message>
    <message>
        <source>The weights in {file} are damaged or unreadable ({error}); train or import the model again.</source>
        <translation>Los pesos de {file} están dañados o no se pueden leer ({error}); entrene o importe el modelo de nuevo.</translation>
    </message>
    <message>
        <source>The weights in {file} do not match the architecture in its config.json; refused.</source>
        <translation>Los pesos de {file} no coinciden con la arquitectura de su config.json; se rechazan.</translation>
    </message>
    <message>
        <source>{file} has no model architecture in its config.json.</source>
        <translation>El config.json de {file} no indica la arquitectura del modelo.</translation>
    </message>
    <message>
        <source>{file} has no tokenizer in its config.json.</source>
        <translation>El config.json de {file} no indica ningún tokenizador.</translation>
    </message>
    <message>
        <source>{file} names a bad tokenizer file in its config.json.</source>
        <translation>El config.json de {file} indica un archivo de tokenizador no válido.</translation>
    </message>
    <message>
        <source>The model in {folder} has a missing or damaged config.json.</source>
        <translation>Al modelo de {folder} le falta el config.json o lo tiene dañado.</translation>
    </message>
    <message>
        <source>The model in {folder} has a damaged config.json.</source>
        <translation>El config.json del modelo de {folder} está dañado.</translation>
    </message>
    <message>
        <source>The tokenizers in {folder} do not match its config.json.</source>
        <translation>Los tokenizadores de {folder} no coinciden con su config.json.</translation>
    </message>
    <message>
        <source>The tokenizers in {folder} do not share the list of pieces it needs.</source>
        <translation>Los tokenizadores de {folder} no comparten la lista de piezas que necesita el modelo.</translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <source>--mix-base mixes a base model&apos;s data into a fine-tuning run; use it with --from.</source>
        <translation>--mix-base mezcla los datos de un modelo base en un entrenamiento de ajuste fino; usarlo con --from.</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists; choose another --name, delete it (s2s-desktop models delete {name}), or continue it with --resume.</source>
        <translation>Ya existe un modelo llamado {name!r}; elegir otro --name, eliminarlo (s2s-desktop models delete {name}) o continuarlo con --resume.</translation>
    </message>
    <message>
        <source>{option} was {old}, not {new}</source>
        <translation>{option} era {old}, no {new}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>A resumed run keeps its data, its model and its batches, but {changes}: leave those out to continue {name!r}, or start a new run under another --name.</source>
        <translation>Un entrenamiento reanudado conserva sus datos, su modelo y sus lotes, pero {changes}: omitir esas opciones para continuar {name!r}, o iniciar un entrenamiento nuevo con otro --name.</translation>
    </message>
    <message>
        <source>Give the FOLDER with your parallel text: s2s-desktop train FOLDER.</source>
        <translation>Indicar la carpeta (FOLDER) con el texto paralelo: s2s-desktop train FOLDER.</translation>
    </message>
    <message>
        <source>Unknown preset {preset!r}; choose one of {presets}.</source>
        <translation>Preajuste desconocido: {preset!r}; elegir uno de estos: {presets}.</translation>
    </message>
    <message>
        <source>The fine-tuned model is a new one and {base!r} stays as it is, so it needs another name: choose one with --name (without it: {base}-tuned).</source>
        <translation>El modelo ajustado es uno nuevo y {base!r} se queda como está, así que necesita otro nombre: elija uno con --name (sin él: {base}-tuned).</translation>
    </message>
    <message>
        <source>Give the FOLDER with your parallel text: s2s-desktop train FOLDER --from {base}.</source>
        <translation>Indicar la carpeta (FOLDER) con el texto paralelo: s2s-desktop train FOLDER --from {base}.</translation>
    </message>
    <message>
        <source>A fine-tuned model keeps the architecture of {base!r}; leave out --preset {preset}.</source>
        <translation>Un modelo con ajuste fino conserva la arquitectura de {base!r}; omitir --preset {preset}.</translation>
    </message>
    <message>
        <source>--mix-base needs the training data of {base!r}, but its folder {folder} is gone; leave out --mix-base, or put that folder back.</source>
        <translation>--mix-base necesita los datos de entrenamiento de {base!r}, pero su carpeta {folder} ya no existe; omitir --mix-base o volver a poner esa carpeta en su sitio.</translation>
    </message>
    <message>
        <source>--mix-base needs the training data of {base!r}, but it was not trained here, so its data is unknown; leave out --mix-base.</source>
        <translation>--mix-base necesita los datos de entrenamiento de {base!r}, pero no se entrenó aquí, así que no hay datos suyos; omitir --mix-base.</translation>
    </message>
    <message>
        <source>Mixing in the training data of {base!r} from {folder}: {share:.0%} of the training pairs, so the model keeps more of what the base knew.</source>
        <translation>Se mezclan los datos de entrenamiento de {base!r} de {folder}: {share:.0%} de los pares de entrenamiento, para que el modelo conserve más de lo que sabía la base.</translation>
    </message>
    <message>
        <source>{folder} has no {src}–{tgt} pairs, the languages of {base!r} (it has {found}); a fine-tuned model keeps its base&apos;s languages: choose a folder of {src}–{tgt} text, or train a new model without --from.</source>
        <translation>{folder} no tiene pares {src}–{tgt}, los idiomas de {base!r} (tiene {found}); un modelo ajustado conserva los idiomas de su base: elegir una carpeta de texto {src}–{tgt}, o entrenar un modelo nuevo sin --from.</translation>
    </message>
    <message>
        <source>{name!r} has already trained into epoch {reached}; ask for more epochs than that in total, or for more time.</source>
        <translation>{name!r} ya ha entrenado hasta la época {reached}; pedir más épocas en total que esas, o más tiempo.</translation>
    </message>
    <message>
        <source>{name!r} read its data from {folder}, which is not there any more: give the folder it moved to (s2s-desktop train FOLDER --name {name} --resume, or choose it under Data in the window), or put the files back.</source>
        <translation>{name!r} leía sus datos de {folder}, que ya no existe: indique la carpeta a la que se movieron (s2s-desktop train FOLDER --name {name} --resume, o elíjala en «Datos» en la ventana), o vuelva a poner los archivos en su sitio.</translation>
    </message>
    <message>
        <source>--resume needs the --name of the run to continue.</source>
        <translation>--resume necesita el --name del entrenamiento que se va a continuar.</translation>
    </message>
    <message>
        <source>Cannot resume {name!r}: there is no run of that name; start it without --resume (see &apos;s2s-desktop models&apos;).</source>
        <translation>No se puede reanudar {name!r}: no hay ningún entrenamiento con ese nombre; iniciarlo sin --resume (ver &apos;s2s-desktop models&apos;).</translation>
    </message>
    <message>
        <source>{name!r} trains to a time budget ({minutes:g} minutes), which it has used; give it more time with --time-budget (e.g. --time-budget 10m): more epochs alone do not lift the budget.</source>
        <translation>{name!r} entrena con un presupuesto de tiempo ({minutes:g} minutos), que ya ha usado; dele más tiempo con --time-budget (p. ej. --time-budget 10m): más épocas por sí solas no levantan el presupuesto.</translation>
    </message>
    <message>
        <source>Resuming {name!r} on {folder} ({src} → {tgt}).</source>
        <translation>Reanudando {name!r} con {folder} ({src} → {tgt}).</translation>
    </message>
    <message>
        <source>Its data was in {old}, which is gone; the run checks that the files here are the same.</source>
        <translation>Sus datos estaban en {old}, que ya no existe; la ejecución comprueba que los archivos de aquí son los mismos.</translation>
    </message>
    <message>
        <source>{option} changes from {old} to {new}, as asked.</source>
        <translation>{option} cambia de {old} a {new}, como se pidió.</translation>
    </message>
</context>
<context>
    <name>replace_question</name>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} ya existe en {folder}. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>run_data</name>
    <message>
        <source>Tokenizing {pairs:,} training pairs</source>
        <translation>Tokenizando {pairs:,} pares de entrenamiento</translation>
    </message>
    <message>
        <source>Skipped {pairs:,} pairs longer than {pieces} pieces</source>
        <translation>Se omitieron {pairs:,} pares de más de {pieces} piezas</translation>
    </message>
    <message>
        <source>Left out {pairs:,} training pair whose source is also a validation or test sentence, so the scores measure translation, not memory</source>
        <translation>Se excluyó {pairs:,} par de entrenamiento cuyo origen es también una oración de validación o de prueba, para que las puntuaciones midan la traducción, no la memoria</translation>
    </message>
    <message>
        <source>Left out {pairs:,} training pairs whose source is also a validation or test sentence, so the scores measure translation, not memory</source>
        <translation>Se excluyeron {pairs:,} pares de entrenamiento cuyo origen es también una oración de validación o de prueba, para que las puntuaciones midan la traducción, no la memoria</translation>
    </message>
    <message>
        <source>No training pairs fit the model: every pair is longer than {pieces} pieces or repeats a validation or test sentence; raise --max-positions or check the data.</source>
        <translation>Ningún par de entrenamiento cabe en el modelo: todos tienen más de {pieces} piezas o repiten una oración de validación o de prueba; aumentar --max-positions o revisar los datos.</translation>
    </message>
    <message>
        <source>Learning a shared vocabulary of {pieces} pieces</source>
        <translation>Aprendiendo un vocabulario compartido de {pieces} piezas</translation>
    </message>
    <message>
        <source>Learning the {language} vocabulary ({pieces} pieces)</source>
        <translation>Aprendiendo el vocabulario de {language} ({pieces} piezas)</translation>
    </message>
    <message>
        <source>The corpus holds too little text for {wanted:,} source pieces; the model uses the {got:,} it learned</source>
        <translation>El corpus contiene muy poco texto para {wanted:,} piezas de origen; el modelo usa las {got:,} que aprendió</translation>
    </message>
    <message>
        <source>The corpus holds too little text for {wanted:,} target pieces; the model uses the {got:,} it learned</source>
        <translation>El corpus contiene muy poco texto para {wanted:,} piezas de destino; el modelo usa las {got:,} que aprendió</translation>
    </message>
</context>
<context>
    <name>run_request</name>
    <message>
        <source>Choose a folder of parallel text first.</source>
        <translation>Primero elegir una carpeta de texto paralelo.</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>{name!r} is training now; its model appears after its first evaluation.</source>
        <translation>{name!r} se está entrenando; su modelo aparecerá tras su primera evaluación.</translation>
    </message>
    <message>
        <source>{name!r} stopped at step {step:,} (epoch {epoch}) before its first evaluation: Resume continues it.</source>
        <translation>{name!r} se detuvo en el paso {step:,} (época {epoch}) antes de su primera evaluación: Reanudar lo continúa.</translation>
    </message>
    <message>
        <source>{name!r} stopped before its first evaluation: Resume continues it.</source>
        <translation>{name!r} se detuvo antes de su primera evaluación: Reanudar lo continúa.</translation>
    </message>
    <message>
        <source>{name!r} stopped at step {step:,} (epoch {epoch}) before its first checkpoint: delete it and start again.</source>
        <translation>{name!r} se detuvo en el paso {step:,} (época {epoch}) antes de su primer punto de control: eliminarlo y empezar de nuevo.</translation>
    </message>
    <message>
        <source>{name!r} stopped before its first checkpoint: delete it and start again.</source>
        <translation>{name!r} se detuvo antes de su primer punto de control: eliminarlo y empezar de nuevo.</translation>
    </message>
    <message>
        <source>stopped at step {step:,}</source>
        <translation>detenido en el paso {step:,}</translation>
    </message>
    <message>
        <source>time budget used at step {step:,}</source>
        <translation>tiempo agotado en el paso {step:,}</translation>
    </message>
    <message>
        <source>interrupted after step {step:,}</source>
        <translation>interrumpido tras el paso {step:,}</translation>
    </message>
    <message>
        <source>ended at step {step:,}</source>
        <translation>terminado en el paso {step:,}</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>Choose at least one model to evaluate.</source>
        <translation>Elegir al menos un modelo para evaluar.</translation>
    </message>
    <message>
        <source>The beam width must be between 1 and {max_beam}, not {beam}.</source>
        <translation>El ancho de haz debe estar entre 1 y {max_beam}, no {beam}.</translation>
    </message>
    <message>
        <source>Model {name!r} is training; evaluate it when its run ends.</source>
        <translation>El modelo {name!r} se está entrenando; evaluarlo cuando termine su entrenamiento.</translation>
    </message>
    <message>
        <source>model {name!r}</source>
        <translation>el modelo {name!r}</translation>
    </message>
    <message>
        <source>The test set {test} does not say its languages, so it can score models of one language pair only, not {pairs}; put the languages in the file names (like {example}) or evaluate one pair at a time.</source>
        <translation>El conjunto de prueba {test} no indica sus idiomas, así que solo puede puntuar modelos de un único par de idiomas, no {pairs}; poner los idiomas en los nombres de archivo (como {example}) o evaluar un par cada vez.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{name!r} is not a usable model name; use up to 80 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>{name!r} no es un nombre de modelo válido; usar hasta 80 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Model {name!r} is damaged (its config.json cannot be read); delete it (s2s-desktop models delete {name}) and train or import it again.</source>
        <translation>El modelo {name!r} está dañado (no se puede leer su config.json); eliminarlo (s2s-desktop models delete {name}) y volver a entrenarlo o importarlo.</translation>
    </message>
    <message>
        <source>Model {name!r} has not finished its first evaluation yet; resume its training (s2s-desktop train --name {name} --resume) or delete it.</source>
        <translation>El modelo {name!r} aún no ha terminado su primera evaluación; reanudar su entrenamiento (s2s-desktop train --name {name} --resume) o eliminarlo.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>There is no model named {name!r} (stored models: {known}); see them with &apos;s2s-desktop models&apos;.</source>
        <translation>No hay ningún modelo llamado {name!r} (modelos guardados: {known}); verlos con &apos;s2s-desktop models&apos;.</translation>
    </message>
    <message>
        <source>{name!r} is already training in another window or process; stop that run first.</source>
        <translation>{name!r} ya se está entrenando en otra ventana u otro proceso; detener primero ese entrenamiento.</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists; choose another name, delete it, or resume it.</source>
        <translation>Ya existe un modelo llamado {name!r}; elegir otro nombre, eliminarlo o reanudarlo.</translation>
    </message>
    <message>
        <source>A model named {name!r} was created by another run just now; choose another name.</source>
        <translation>Otro entrenamiento acaba de crear un modelo llamado {name!r}; elegir otro nombre.</translation>
    </message>
    <message>
        <source>Could not create {folder} ({reason}); check that the data folder is writable and has free space.</source>
        <translation>No se pudo crear {folder} ({reason}); comprobar que se pueda escribir en la carpeta de datos y que tenga espacio libre.</translation>
    </message>
    <message>
        <source>{name!r} is training right now; stop the run before you delete it.</source>
        <translation>{name!r} se está entrenando en este momento; detener el entrenamiento antes de eliminarlo.</translation>
    </message>
    <message>
        <source>Could not delete {name!r} ({reason}); is it in use?</source>
        <translation>No se pudo eliminar {name!r} ({reason}); ¿está en uso?</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists; choose another name.</source>
        <translation>Ya existe un modelo llamado {name!r}; elegir otro nombre.</translation>
    </message>
    <message>
        <source>{name!r} is training right now; stop the run before you rename it.</source>
        <translation>{name!r} se está entrenando en este momento; detener el entrenamiento antes de cambiarle el nombre.</translation>
    </message>
    <message>
        <source>Could not rename {name!r} ({reason}); is it in use?</source>
        <translation>No se pudo cambiar el nombre de {name!r} ({reason}); ¿está en uso?</translation>
    </message>
    <message>
        <source>Only a model imported from Argos Translate can be exported as an Argos Translate package ({suffix}); export {name!r} to a .zip file instead.</source>
        <translation>Solo un modelo importado de Argos Translate puede exportarse como paquete de Argos Translate ({suffix}); exportar {name!r} a un archivo .zip en su lugar.</translation>
    </message>
    <message>
        <source>{file} is a folder; choose another file name.</source>
        <translation>{file} es una carpeta; elegir otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
        <source>{name!r} cannot be exported: its weights ({file}) or its config.json are damaged; delete it (s2s-desktop models delete {name}) and train or import it again.</source>
        <translation>No se puede exportar {name!r}: sus pesos ({file}) o su config.json están dañados; eliminarlo (s2s-desktop models delete {name}) y volver a entrenarlo o importarlo.</translation>
    </message>
    <message>
        <source>{file} is a folder, but not an OPUS-MT model&apos;s (config.json, source.spm, target.spm, vocab.json); give an exported model .zip or such a folder.</source>
        <translation>{file} es una carpeta, pero no la de un modelo OPUS-MT (config.json, source.spm, target.spm, vocab.json); indicar un .zip de modelo exportado o una carpeta de ese tipo.</translation>
    </message>
    <message>
        <source>{file} does not exist; give the path of an exported model .zip or of an OPUS-MT model&apos;s folder.</source>
        <translation>{file} no existe; indicar la ruta de un .zip de modelo exportado o de la carpeta de un modelo OPUS-MT.</translation>
    </message>
    <message>
        <source>{file} is not a model file (not a zip archive).</source>
        <translation>{file} no es un archivo de modelo (no es un archivo zip).</translation>
    </message>
    <message>
        <source>{file} is damaged ({error}); export the model again.</source>
        <translation>{file} está dañado ({error}); volver a exportar el modelo.</translation>
    </message>
    <message>
        <source>{file} is damaged: its tokenizer {file_name} cannot be read; export the model again.</source>
        <translation>{file} está dañado: su tokenizador {file_name} no se puede leer; volver a exportar el modelo.</translation>
    </message>
    <message>
        <source>Could not unpack {file} into {folder} ({reason}); free some disk space and try again.</source>
        <translation>No se pudo descomprimir {file} en {folder} ({reason}); liberar espacio en disco y volver a intentarlo.</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists; import with --name NEW.</source>
        <translation>Ya existe un modelo llamado {name!r}; importarlo con --name NEW (un nombre nuevo).</translation>
    </message>
    <message>
        <source>{file} holds more than {gigabytes} GB; refused.</source>
        <translation>{file} contiene más de {gigabytes} GB; se rechaza.</translation>
    </message>
    <message>
        <source>{file} is damaged ({error}); download it again.</source>
        <translation>{file} está dañado ({error}); volver a descargarlo.</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {gigabytes} GB.</source>
        <translation>{file} ocuparía más de {gigabytes} GB al descomprimirlo.</translation>
    </message>
    <message>
        <source>Importing {file} needs {needed_mb:,} MB free in {folder} but only {free_mb:,} MB are; free some disk space and try again.</source>
        <translation>Para importar {file} hacen falta {needed_mb:,} MB libres en {folder}, pero solo hay {free_mb:,} MB; liberar espacio en disco y volver a intentarlo.</translation>
    </message>
    <message>
        <source>{file} holds a config.json too big for a model file; refused.</source>
        <translation>{file} contiene un config.json demasiado grande para un archivo de modelo; se rechaza.</translation>
    </message>
    <message>
        <source>{file} holds a damaged config.json.</source>
        <translation>{file} contiene un config.json dañado.</translation>
    </message>
    <message>
        <source>{file} holds {count} files, too many for a model file.</source>
        <translation>{file} contiene {count} archivos, demasiados para un archivo de modelo.</translation>
    </message>
    <message>
        <source>{file} holds a file with an unsafe path ({name!r}); refused.</source>
        <translation>{file} contiene un archivo con una ruta no segura ({name!r}); se rechaza.</translation>
    </message>
    <message>
        <source>{file} is not a model file: it lacks {file_name}.</source>
        <translation>{file} no es un archivo de modelo: le falta {file_name}.</translation>
    </message>
</context>
<context>
    <name>text_files</name>
    <message>
        <source>Unknown text encoding {encoding!r}; give a name like utf-8 or latin-1 (--encoding, or Encoding in the window).</source>
        <translation>Codificación de texto desconocida {encoding!r}; indique un nombre como utf-8 o latin-1 (--encoding, o Codificación en la ventana).</translation>
    </message>
    <message>
        <source>The encoding {encoding} is not supported for text files; convert them to UTF-8.</source>
        <translation>La codificación {encoding} no se admite para archivos de texto; convertirlos a UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not a text file (it contains NUL bytes); move it out of the data folder, or convert it to UTF-8 if it is UTF-16 text.</source>
        <translation>{path} no es un archivo de texto (contiene bytes NUL); sacarlo de la carpeta de datos, o convertirlo a UTF-8 si es texto UTF-16.</translation>
    </message>
    <message>
        <source>{path} is not {encoding} text (line {line}); convert it to UTF-8 or give its text encoding (--encoding, or Encoding in the Train tab).</source>
        <translation>{path} no es texto {encoding} (línea {line}); convertirlo a UTF-8 o indicar su codificación de texto (--encoding, o Codificación en la pestaña Entrenar).</translation>
    </message>
    <message>
        <source>Cannot read {path} ({error}); check that it exists and is readable.</source>
        <translation>No se puede leer {path} ({error}); comprobar que exista y tenga permiso de lectura.</translation>
    </message>
</context>
<context>
    <name>tmx</name>
    <message>
        <source>{path} is not well-formed XML at line {line}, column {column} ({reason}: often an &amp; not written as &amp;amp;, or a control character); fix the file there, or export it again from the tool that made it.</source>
        <translation>{path} no es XML bien formado en la línea {line}, columna {column} ({reason}: a menudo un &amp; no escrito como &amp;amp;, o un carácter de control); corrija el archivo ahí o expórtelo de nuevo desde la herramienta que lo creó.</translation>
    </message>
    <message>
        <source>{path} declares XML entities or external references, which are refused for safety; remove its DOCTYPE block or export the translation memory again.</source>
        <translation>{path} declara entidades XML o referencias externas, que se rechazan por seguridad; quitar su bloque DOCTYPE o volver a exportar la memoria de traducción.</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason}); check that it exists and is readable.</source>
        <translation>No se puede leer {path} ({reason}); comprobar que exista y tenga permiso de lectura.</translation>
    </message>
</context>
<context>
    <name>tokenizer</name>
    <message>
        <source>The tokenizer&apos;s special ids are not pad=0, unk=1, bos=2, eos=3.</source>
        <translation>Los ids especiales del tokenizador no son pad=0, unk=1, bos=2, eos=3.</translation>
    </message>
    <message>
        <source>Cannot read the tokenizer {path}: {error}.</source>
        <translation>No se puede leer el tokenizador {path}: {error}.</translation>
    </message>
    <message>
        <source>The tokenizer is damaged ({error}).</source>
        <translation>El tokenizador está dañado ({error}).</translation>
    </message>
    <message>
        <source>The tokenizer&apos;s list of pieces is damaged (not distinct strings).</source>
        <translation>La lista de piezas del tokenizador está dañada (sus elementos no son cadenas distintas).</translation>
    </message>
    <message>
        <source>A vocabulary of {pieces} pieces cannot hold this corpus&apos;s {characters} distinct characters; choose a vocabulary size of at least {at_least}.</source>
        <translation>Un vocabulario de {pieces} piezas no puede contener los {characters} caracteres distintos de este corpus; elegir un tamaño de vocabulario de al menos {at_least}.</translation>
    </message>
    <message>
        <source>Could not learn a vocabulary of {pieces} pieces from this corpus; try a different vocabulary size or add more text.</source>
        <translation>No se pudo aprender un vocabulario de {pieces} piezas de este corpus; probar otro tamaño de vocabulario o añadir más texto.</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>The GPU ran out of memory; start a new run with fewer batch tokens or a smaller preset (a resumed run keeps its batch size), or train on the CPU.</source>
        <translation>La GPU se quedó sin memoria; iniciar un entrenamiento nuevo con menos tokens por lote o un preajuste más pequeño (un entrenamiento reanudado conserva su tamaño de lote), o entrenar en la CPU.</translation>
    </message>
    <message>
        <source>Training failed unexpectedly ({error_type}: {error}).</source>
        <translation>El entrenamiento falló de forma inesperada ({error_type}: {error}).</translation>
    </message>
    <message>
        <source>Rank {rank}: {message}</source>
        <translation>Rango {rank}: {message}</translation>
    </message>
    <message>
        <source>There is no run named {name!r} to resume; start it without --resume.</source>
        <translation>No hay ningún entrenamiento llamado {name!r} que reanudar; iniciarlo sin --resume.</translation>
    </message>
    <message>
        <source>Scoring the base on the new validation set: where the curves start</source>
        <translation>Puntuando el modelo base en el nuevo conjunto de validación: el punto de partida de las curvas</translation>
    </message>
    <message>
        <source>The folder of {name!r} was deleted or renamed during training; the run stopped without saving.</source>
        <translation>La carpeta de {name!r} se eliminó o se renombró durante el entrenamiento; el entrenamiento se detuvo sin guardar.</translation>
    </message>
    <message>
        <source>{name!r} has already finished epoch {epochs}, its last; ask for more epochs in total, or for a time to train, to go on.</source>
        <translation>{name!r} ya terminó la época {epochs}, la última; pedir más épocas en total, o un tiempo de entrenamiento, para seguir.</translation>
    </message>
</context>
<context>
    <name>translation_memory</name>
    <message>
        <source>A memory needs two different languages, not {src} and {tgt}.</source>
        <translation>Una memoria necesita dos idiomas distintos, no {src} y {tgt}.</translation>
    </message>
    <message>
        <source>{path} holds no {src}–{tgt} translation units; choose a TMX file with {src} and {tgt} segments.</source>
        <translation>{path} no contiene unidades de traducción {src}–{tgt}; elegir un archivo TMX con segmentos en {src} y {tgt}.</translation>
    </message>
    <message>
        <source>{folder} holds {found_src}–{found_tgt} data, not {src}–{tgt}; choose a folder with this memory&apos;s language pair.</source>
        <translation>{folder} contiene datos {found_src}–{found_tgt}, no {src}–{tgt}; elegir una carpeta con el par de idiomas de esta memoria.</translation>
    </message>
    <message>
        <source>{code!r} is not a source language code; use a code like en or es.</source>
        <translation>{code!r} no es un código de idioma de origen; usar un código como en o es.</translation>
    </message>
    <message>
        <source>{code!r} is not a target language code; use a code like en or es.</source>
        <translation>{code!r} no es un código de idioma de destino; usar un código como en o es.</translation>
    </message>
    <message>
        <source>Cannot open the translation memory {path} ({error}).</source>
        <translation>No se puede abrir la memoria de traducción {path} ({error}).</translation>
    </message>
    <message>
        <source>The translation memory {path} was written by a newer version of the app; update the app to use it.</source>
        <translation>La memoria de traducción {path} se escribió con una versión más reciente de la aplicación; actualizar la aplicación para usarla.</translation>
    </message>
    <message>
        <source>The translation memory {path} is damaged or not a memory file ({error}); move it aside and add its corpora again.</source>
        <translation>La memoria de traducción {path} está dañada o no es un archivo de memoria ({error}); apartarla y volver a añadir sus corpus.</translation>
    </message>
</context>
<context>
    <name>translator</name>
    <message>
        <source>The beam width must be at least 1, not {beam}.</source>
        <translation>El ancho de haz debe ser al menos 1, no {beam}.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>not usable yet: it has learned words, not sentences</source>
        <translation>aún no utilizable: ha aprendido palabras, no oraciones</translation>
    </message>
    <message>
        <source>rough: it gives the gist of simple sentences</source>
        <translation>tosco: da una idea general de las oraciones sencillas</translation>
    </message>
    <message>
        <source>understandable, with frequent errors</source>
        <translation>comprensible, con errores frecuentes</translation>
    </message>
    <message>
        <source>good: mostly fluent, with some errors</source>
        <translation>bueno: casi siempre fluido, con algunos errores</translation>
    </message>
    <message>
        <source>very good for this kind of text</source>
        <translation>muy bueno para este tipo de texto</translation>
    </message>
    <message>
        <source>No evaluation finished, so there is no model yet; train for longer.</source>
        <translation>No terminó ninguna evaluación, así que aún no hay ningún modelo; entrenar durante más tiempo.</translation>
    </message>
    <message>
        <source>BLEU {bleu:.1f}, chrF {chrf:.1f} with {decoding} (held-out pairs scored: {pairs:,}, too few to say how well it translates; a validation file, valid or dev, of a few hundred pairs gives a firm score).</source>
        <translation>BLEU {bleu:.1f}, chrF {chrf:.1f} con {decoding} (pares reservados evaluados: {pairs:,}, demasiado pocos para decir lo bien que traduce; un archivo de validación, valid o dev, de unos cientos de pares da una puntuación firme).</translation>
    </message>
    <message>
        <source>BLEU {bleu:.1f}, chrF {chrf:.1f} (held-out pairs scored: {pairs:,}, too few to say how well it translates; a validation file, valid or dev, of a few hundred pairs gives a firm score).</source>
        <translation>BLEU {bleu:.1f}, chrF {chrf:.1f} (pares reservados evaluados: {pairs:,}, demasiado pocos para decir lo bien que traduce; un archivo de validación, valid o dev, de unos cientos de pares da una puntuación firme).</translation>
    </message>
    <message>
        <source>BLEU {bleu:.1f}, chrF {chrf:.1f} on {pairs:,} held-out pairs with {decoding}: {quality} (a rough guide: scores depend on the languages and the text).</source>
        <translation>BLEU {bleu:.1f}, chrF {chrf:.1f} en {pairs:,} pares reservados con {decoding}: {quality} (solo una orientación: las puntuaciones dependen de los idiomas y del texto).</translation>
    </message>
    <message>
        <source>BLEU {bleu:.1f}, chrF {chrf:.1f} on {pairs:,} held-out pairs: {quality} (a rough guide: scores depend on the languages and the text).</source>
        <translation>BLEU {bleu:.1f}, chrF {chrf:.1f} en {pairs:,} pares reservados: {quality} (solo una orientación: las puntuaciones dependen de los idiomas y del texto).</translation>
    </message>
    <message>
        <source>Only {pairs:,} held-out pairs were scored, so the score can be far from how well it translates: a validation file (valid or dev) of a few hundred pairs gives a firmer one.</source>
        <translation>Solo se puntuaron {pairs:,} pares reservados, así que la puntuación puede estar lejos de lo bien que traduce: un archivo de validación (valid o dev) de unos cientos de pares da una más firme.</translation>
    </message>
    <message>
        <source>Train for longer: it was evaluated too few times to tell how it is learning.</source>
        <translation>Entrenar durante más tiempo: se evaluó demasiado pocas veces para saber cómo está aprendiendo.</translation>
    </message>
    <message>
        <source>More data would help most: the validation loss rose again at the end, so the model began to memorise its {pairs:,} training pairs.</source>
        <translation>Lo que más ayudaría son más datos: la pérdida de validación volvió a subir al final, así que el modelo empezó a memorizar sus {pairs:,} pares de entrenamiento.</translation>
    </message>
    <message>
        <source>The validation loss rose again at the end (memorising): more dropout or more data would help more than more time.</source>
        <translation>La pérdida de validación volvió a subir al final (memorización): más dropout o más datos ayudarían más que más tiempo.</translation>
    </message>
    <message>
        <source>More time would help most: the scores were still rising at the end (resume it with more time, or train for longer).</source>
        <translation>Lo que más ayudaría es más tiempo: las puntuaciones seguían subiendo al final (reanudarlo con más tiempo o entrenar durante más tiempo).</translation>
    </message>
    <message>
        <source>More time would help most: the validation loss was still falling at the end, and the scores follow it later (resume it with more time, or train for longer).</source>
        <translation>Lo que más ayudaría es más tiempo: la pérdida de validación seguía bajando al final, y las puntuaciones la siguen más tarde (reanudarlo con más tiempo o entrenar durante más tiempo).</translation>
    </message>
    <message>
        <source>More data would help most: the scores stopped rising, and {pairs:,} pairs is a small corpus for translation.</source>
        <translation>Lo que más ayudaría son más datos: las puntuaciones dejaron de subir, y {pairs:,} pares es un corpus pequeño para traducción.</translation>
    </message>
    <message>
        <source>A larger model would help most: the scores stopped rising on a corpus large enough for one (a wider preset, or more layers).</source>
        <translation>Lo que más ayudaría es un modelo más grande: las puntuaciones dejaron de subir con un corpus lo bastante grande para uno (un preajuste más ancho o más capas).</translation>
    </message>
</context>
</TS>

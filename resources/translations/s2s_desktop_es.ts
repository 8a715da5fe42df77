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
        <source>Choose a model that loads before translating a file.</source>
        <translation>Elegir un modelo que se pueda cargar antes de traducir un archivo.</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>Traduciendo {name}…</translation>
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
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} ya existe en {folder}. ¿Reemplazarlo?</translation>
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
        <source>Choose the text encoding</source>
        <translation>Elegir la codificación de texto</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text. Which encoding is it in?</source>
        <translation>{name} no es texto {encoding}. ¿En qué codificación está?</translation>
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
        <source>Each model translates the test set&apos;s sentences and is compared with their reference translations (BLEU and chrF, sacrebleu). The score is saved with the model, in place of an earlier one on the same test set.</source>
        <translation>Cada modelo traduce las oraciones del conjunto de prueba y se compara con sus traducciones de referencia (BLEU y chrF, sacrebleu). La puntuación se guarda con el modelo y sustituye a una anterior en el mismo conjunto de prueba.</translation>
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
        <source>{done} of {total} paragraphs, {left} left</source>
        <translation>{done} de {total} párrafos, faltan {left}</translation>
    </message>
    <message>
        <source>{done} of {total} paragraphs</source>
        <translation>{done} de {total} párrafos</translation>
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
        <source>Imported {added} new terms from {name}, {updated} updated.</source>
        <translation>Se importaron {added} términos nuevos de {name} y se actualizaron {updated}.</translation>
    </message>
    <message>
        <source>Imported {added} new terms from {name}.</source>
        <translation>Se importaron {added} términos nuevos de {name}.</translation>
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
        <source>Translations you make appear here, newest first; click one to bring it back.</source>
        <translation>Las traducciones aparecen aquí, de la más reciente a la más antigua; hacer clic en una para recuperarla.</translation>
    </message>
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
        <source>Clear the history</source>
        <translation>Borrar el historial</translation>
    </message>
    <message>
        <source>Forget all {count} translations in the history? This cannot be undone.</source>
        <translation>¿Olvidar las {count} traducciones del historial? No se puede deshacer.</translation>
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
        <source>Stopping the training run and saving a checkpoint…</source>
        <translation>Deteniendo el entrenamiento y guardando un punto de control…</translation>
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
        <source>No models yet. Train one in the Train tab, or import a model file.</source>
        <translation>Aún no hay modelos. Se puede entrenar uno en la pestaña Entrenar o importar un archivo de modelo.</translation>
    </message>
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
        <source>Import a model file…</source>
        <translation>Importar un archivo de modelo…</translation>
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
        <source>Other apps can use your models at {url} (LibreTranslate API).</source>
        <translation>Otras aplicaciones pueden usar los modelos en {url} (API de LibreTranslate).</translation>
    </message>
    <message>
        <source>Other apps can no longer use your models.</source>
        <translation>Otras aplicaciones ya no pueden usar los modelos.</translation>
    </message>
    <message>
        <source>Serves your models on {url} to browser extensions, CAT-tool plug-ins and scripts that speak LibreTranslate&apos;s API (POST /translate, GET /languages); only this computer can reach it.</source>
        <translation>Ofrece los modelos en {url} a extensiones del navegador, complementos de herramientas TAO y scripts que usan la API de LibreTranslate (POST /translate, GET /languages); solo este equipo puede acceder.</translation>
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
        <source>{count} more minutes</source>
        <translation>{count} minutos más</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
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
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Once a model is trained, type here to translate.</source>
        <translation>Cuando haya un modelo entrenado, escribir aquí para traducir.</translation>
    </message>
    <message>
        <source>A file is being translated; one at a time.</source>
        <translation>Se está traduciendo un archivo; solo uno a la vez.</translation>
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
        <source>Used the memory&apos;s translation.</source>
        <translation>Se usó la traducción de la memoria.</translation>
    </message>
    <message>
        <source>Translate the text first, then use the memory&apos;s sentence.</source>
        <translation>Primero traducir el texto y luego usar la oración de la memoria.</translation>
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
        <source>BLEU {bleu} (the base: {base})</source>
        <translation>BLEU {bleu} (el modelo base: {base})</translation>
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
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
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
    <name>run_request</name>
    <message>
        <source>Choose a folder of parallel text first.</source>
        <translation>Primero elegir una carpeta de texto paralelo.</translation>
    </message>
</context>
</TS>

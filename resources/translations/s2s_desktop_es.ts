<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains and runs translation models on this computer: your text never leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About s2s-desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlternativesMenu</name>
    <message>
        <source>Alternatives for {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other words for “{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model sees no other word here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other translations of the sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other translation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the last sentence,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>Translate something to see which source words each output word looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darker: the output piece (row) looked more at that input piece (column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brighter: the output piece (row) looked more at that input piece (column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each output piece and the input piece it looked at most: {pieces}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardPopup</name>
    <message>
        <source>Translation of the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the translation on the clipboard in place of the text: paste it (Ctrl+V) over the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterCommandDialog</name>
    <message>
        <source>Train on a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this command where the corpus is and s2s-desktop is installed ({install}). PyTorch&apos;s {torchrun} starts one training process per GPU; together they train this one model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines that train together; run the command on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes per machine: gpu starts one per GPU; on machines without GPUs, give a number (each process then uses its share of the CPU cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the corpus folder is on the cluster (every machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first machine&apos;s host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machines meet at this host (port 29500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processes per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orpus folder there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several machines, run it on each, with the corpus at the same path on all. Batch tokens ({batch}) is the batch of the whole run, split over the processes: with more GPUs, raise it to keep each one busy. The run stops and resumes like one on this desktop (add {resume}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the cluster, {export}; copy {archive} here and choose {import_} in the Models tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the model back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>This folder holds several language pairs: choose the source and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .tsv files here do not say which languages they hold: type the source and target language codes (like en and de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of parallel text (or drop one here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moses file pairs (train.en + train.de), tab-separated .tsv files or .tmx translation memories, anywhere below the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source language code: found in the data, or typed (en, de, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target language code: found in the data, or typed (en, de, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding of the data files: UTF-8 unless they were saved otherwise (latin-1, cp1252, shift_jis, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language pair this folder holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the folder for {src} → {tgt} once the languages are typed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source and target languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder has no usable data: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of parallel text to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of parallel text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a language code: type a code like en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder has no data in {code}: choose one of {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} pairs with {partners} here: choose the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} pairs with {partners} here: choose the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language pairs found: {pairs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{train} training pairs, {valid} validation pairs, {src} → {tgt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({count} lines skipped: see the log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>{name} is still being translated; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model that loads before translating a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the translation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated {name} → {output} (in {folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File translation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not {encoding} text. Which encoding is it in?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate on a test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model translates the test set&apos;s sentences and is compared with their reference translations (BLEU and chrF, sacrebleu). The score is saved with the model, in place of an earlier one on the same test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, a .tsv or .tmx file, or test.en + test.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose test files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .tsv or .tmx file, or a file pair like test.en + test.de (choose one side or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a test folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder whose test files (test.*, newstest*) are scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each model&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam search width for every model (1: greedy); by default each model&apos;s own, the beam its BLEU was measured with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a test set, then Evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the test set: one .tsv or .tmx file, or a file pair (test.en + test.de)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sets (*.tsv *.tab *.tmx *.*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder with test files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the test set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring {model} ({number} of {models}): {done} of {total} sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored on {test_set} and saved with each model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {scored} of {models} scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scored} of {models} scored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileJobRow</name>
    <message>
        <source>File translation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} paragraphs, {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FineTuning</name>
    <message>
        <source>{name} is no longer stored under that name: choose what to start from again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until this run ends to fine-tune a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be fine-tuned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <source>No model yet. Train one on your own parallel text in the Train tab, or try the sample corpus: English → Spanish Bible verses, a few minutes on a laptop CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on the sample corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a small English → Spanish model on the bundled public-domain Bible verses, then translate with it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Train tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of your own parallel text and train on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>No glossary terms yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A glossary makes translations use your words for your terms: when a source term appears in a sentence, in any case or inflection, the translation is built around its target term, and a term the model cannot place is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click {add} to type one, or {import_} a TSV or CSV file (source, target, optional note) or a TBX termbase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt *.tbx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab-separated (*.tsv);;Comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source term ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target term ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Nothing is changed until it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {rows} is saved once it has both a source and a target term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {added} new terms from {name}, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {added} new terms from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} terms to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Translations you make appear here, newest first; click one to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: nothing more is kept (what is kept stays until cleared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the history matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New translations are kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all {count} translations in the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is training. Stop it and quit? A checkpoint is saved, and you can resume the run later from the Train tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the training run and saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <source>Translation memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory matches ≥ {threshold} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this translation in the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this translation to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySection</name>
    <message>
        <source>Add &amp;TMX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a translation memory exported from a CAT tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory is being indexed; wait for it or press Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {name} to the memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a translation memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory is empty: add a TMX file, or train a model on your own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: {count} pairs from {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the memory: {count} pairs read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: stopped after {count} pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: added {count} pairs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsPlot</name>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss (per token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss (label-smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens seen (billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens seen (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens seen (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric} at each evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}, averaged over each logged stretch of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal axis of the training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the horizontal axis counts. Steps of runs with different batch sizes train on different amounts of text: compare such runs by training time or by tokens seen (source + target tokens trained on so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training curves of the selected models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select models to see their curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} of {names} do not record the {counted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {what} are recorded for {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>a new model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto sizes the model to your corpus, your time and your device once a folder is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voc&amp;abulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentencepiece pieces per language (INPUT_DIM / OUTPUT_DIM). 512 is small; larger vocabularies suit larger corpora. A small corpus may yield fewer pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENC_LAYERS / DEC_LAYERS: stacked blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hea&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENC_HEADS / DEC_HEADS: attention heads; the width must be divisible by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENC_PF_DIM / DEC_PF_DIM: width of each block&apos;s position-wise feed-forward layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropo&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENC_DROPOUT / DEC_DROPOUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: sized to the corpus, the time given and the device (the reasons show below). tutorial: the founding tutorial&apos;s exact constants. tiny: small and fast, for a quick try on a laptop. base: Transformer-base width, for a GPU. Every field below can be changed after choosing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the model with the values below. A small corpus may learn a smaller vocabulary than asked for, which makes the model a little smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new model learns your folder from nothing. A stored model already knows its languages: fine-tuning it on your folder keeps its architecture and vocabularies and adapts it to your text, far better than a new model in the same time. The stored model itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}, encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}, decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HID_DIM: the model&apos;s width (embedding and hidden size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest sentence, in pieces, the model can read or write (position table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shared vocabulary for both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn one sentencepiece vocabulary from both sides: good for related languages that share words and names. Needs equal vocabulary sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie the embeddings and the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One matrix for the source and target embeddings and the output layer: fewer weights, and often faster steps. Needs a shared vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model settings are still loading; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ {count} parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <source>Import a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files (*.zip *.argosmodel);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an OPUS-MT model&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}; checking the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model named {name!r} already exists. Import {file} as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name!r} from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>Translate a document (text, Markdown, HTML, Word, OpenDocument, subtitles, PO, XLIFF) into the same format beside it, as NAME.&lt;language&gt;.EXT; or drop one on the source box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored model to translate with; it stays loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam width: 1 is greedy and fastest; 4–8 often reads a little better. Each model starts at the width its BLEU was measured with, and keeps the one you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {src} → {tgt}, {preset} preset, {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelStatus</name>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {name}, {src} → {tgt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating… (after the file being translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <source>No models yet. Train one in the Train tab, or import a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model: an exported .zip, an OPUS-MT .zip or an Argos Translate .argosmodel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an OPUS-MT model from its folder (config.json, model.safetensors, source.spm, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected model another name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected models from this computer (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected model as one .zip file to share or back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune on a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new model that starts from the selected one on a folder of your own text (the selected model is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint in the Train tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate on a test set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the selected models on one test set you choose: BLEU, chrF and the beam, in one table, saved with each model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected model&apos;s files in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the models folder {folder} ({reason}); check that it is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} can only translate (imported from {origin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} is in use (training); wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model to see its details; select several (Ctrl+click) to compare their training curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the training history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more models to compare their training curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the training history of {name!r}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for {name!r} (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed {old!r} to {new!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the model {name!r}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its files are removed from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} models ({listed} and {more} more)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} models ({listed})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their files are removed from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {count} models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {name!r} to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name!r} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a file manager; the model&apos;s files are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best BLEU on the validation set (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (training now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (unfinished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best BLEU {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best chrF {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best chrF on the validation set (character n-grams; kinder to rich morphology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pairs (the corpus size it learned from)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickTranslate</name>
    <message>
        <source>Translate the clipboard in a small window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other apps use my models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy some, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet: train or import one in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new model with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current step and save a checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the run named above from its last checkpoint, with its own model and data; the epochs, time limit and device set here apply. With no run named, choose one of those that can continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torchrun command that trains these settings on a cluster&apos;s GPUs, and how to bring the model back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch} · starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: see the message above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeSwitch</name>
    <message>
        <source>Let other apps on this computer use my models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other apps can use your models at {url} (LibreTranslate API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other apps can no longer use your models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves your models on {url} to browser extensions, CAT-tool plug-ins and scripts that speak LibreTranslate&apos;s API (POST /translate, GET /languages); only this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a LibreTranslate-compatible API on 127.0.0.1:{port} for browser extensions, CAT-tool plug-ins and scripts; only this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined letters in labels and buttons work with Alt; Tab moves between fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPair</name>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: move the translation into the input and, when a model for the other direction exists, switch to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a word (or put the cursor on it and press Alt+Down) for the model&apos;s other words there and its other translations of the sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate now (Ctrl+Enter); typing also translates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the translation to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plot as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is training already; stop it to train on the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {count} training pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named in the file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language pairs: {pairs}; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language pair to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder has no usable training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the model settings above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to train {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until this run ends to resume another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Resume to continue {name} from its last checkpoint; “Train for” sets how long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier curve could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training {name}: epoch {epoch}, {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training {name} failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple MPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named after the languages and preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training data; each ends with an evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time budget in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time budget trains the best model it can until the deadline: the learning rate is laid out over the time and reaches its end then, so the model at the deadline is finished. On a resume: this much more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per batch (source + target). Lower it if the GPU runs out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak learning rate, reached after warm-up (arrows halve/double).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many evaluations without a better BLEU (0: never stop early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA GPU if there is one, else Apple&apos;s GPU, else the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for an NVIDIA GPU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for an Apple GPU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batc&amp;h tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run named {name} is saved: Resume continues it; choose another name to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model named {name} already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Resume: {minutes} more minutes of training for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Resume: trains on until epoch {epoch} in all, counting those done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Resume: trains on until you press Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA ({gpu})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA (no NVIDIA GPU found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple MPS (not available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingLog</name>
    <message>
        <source>{count} more hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the folder holds, each evaluation with sample translations, and checkpoints are written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Resuming {name}: preset {preset}, {src} → {tgt}, {how_long} —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Training {name}: preset {preset}, {src} → {tgt}, {how_long} —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLEU and chrF plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training loss appears here as soon as a run starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLEU and chrF appear after each evaluation (each epoch, or through a time budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a plot as a PNG image or its points as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLEU / chrF plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the BLEU / chrF plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the plot: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>The training process ended unexpectedly (exit code {code}); resume the run to continue from its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslateTab</name>
    <message>
        <source>Translate now (Translate tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you have a model, this shows which source words each output word looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a model is trained, type here to translate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is being translated; one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste {language} text; it translates as you type.
Each line is translated on its own line.
Drop a document here (Word, HTML, subtitles…) to translate it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {name}, {src} → {tgt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model could not be loaded; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{empty} of {total} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} wrote nothing for {what}. A model early in its training often does: train it longer (Resume in the Train tab) or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the memory&apos;s translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate the text first, then use the memory&apos;s sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} is no longer stored; kept {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to swap yet: translate something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {src} → {tgt} model to translate back with, so nothing was swapped: train one with the languages the other way round, or import one in the Models tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is being translated: swap once it is done (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslateTools</name>
    <message>
        <source>&amp;Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationOutput</name>
    <message>
        <source>Other words and translations for the word at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sentence is too long for alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for other words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the sentence with the model&apos;s other choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not place these glossary terms; check the translation: {terms}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationWorker</name>
    <message>
        <source>No model is loaded; choose one in the model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded; choose one in the Translate tab first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate the clip&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;training folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an OPUS-MT &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate on a test set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the models &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About s2s-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a file manager; the folder is {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when s2s-desktop is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_details</name>
    <message>
        <source>{name} was imported from Argos Translate: CTranslate2 translates it and gives no attention to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argos Translate packages ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuned from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin}, translation only (cannot be fine-tuned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoder} encoder + {decoder} decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}, {heads} heads, feed-forward {feed_forward}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} source, {target} target pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} pieces, shared, embeddings tied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} pieces, shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bleu} with beam search of {beam} (greedy decoding: {greedy})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best BLEU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best chrF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLEU {bleu} (the base: {base})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the validation set of {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test_set} ({count} pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLEU {bleu}, chrF {chrf}, beam {beam}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{epoch} of {epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} (epoch {epoch})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} models selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their curves are overlaid in these colours. Select one model to see all its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tuned from {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_request</name>
    <message>
        <source>Choose a folder of parallel text first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

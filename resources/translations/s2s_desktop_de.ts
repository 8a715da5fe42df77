<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Trains and runs translation models on this computer: your text never leaves it.</source>
        <translation>Trainiert und nutzt Übersetzungsmodelle auf diesem Computer: Ihre Texte verlassen ihn nie.</translation>
    </message>
    <message>
        <source>About s2s-desktop</source>
        <translation>Über s2s-desktop</translation>
    </message>
</context>
<context>
    <name>AlternativesMenu</name>
    <message>
        <source>Alternatives for {word}</source>
        <translation>Alternativen für {word}</translation>
    </message>
    <message>
        <source>Other words for “{word}”</source>
        <translation>Andere Wörter für „{word}“</translation>
    </message>
    <message>
        <source>The model sees no other word here.</source>
        <translation>Das Modell sieht hier kein anderes Wort.</translation>
    </message>
    <message>
        <source>Other translations of the sentence</source>
        <translation>Andere Übersetzungen des Satzes</translation>
    </message>
    <message>
        <source>No other translation.</source>
        <translation>Keine andere Übersetzung.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>for the last sentence, {source} → {target}</source>
        <translation>für den letzten Satz, {source} → {target}</translation>
    </message>
    <message>
        <source>for {source} → {target}</source>
        <translation>für {source} → {target}</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>Translate something to see which source words each output word looked at.</source>
        <translation>Übersetzen Sie etwas, um zu sehen, auf welche Ausgangswörter jedes Ausgabewort geachtet hat.</translation>
    </message>
    <message>
        <source>darker: the output piece (row) looked more at that input piece (column)</source>
        <translation>dunkler: Das Ausgabe-Teilwort (Zeile) hat stärker auf dieses Eingabe-Teilwort (Spalte) geachtet</translation>
    </message>
    <message>
        <source>brighter: the output piece (row) looked more at that input piece (column)</source>
        <translation>heller: Das Ausgabe-Teilwort (Zeile) hat stärker auf dieses Eingabe-Teilwort (Spalte) geachtet</translation>
    </message>
    <message>
        <source>Attention heatmap</source>
        <translation>Attention-Heatmap</translation>
    </message>
    <message>
        <source>Each output piece and the input piece it looked at most: {pieces}</source>
        <translation>Jedes Ausgabe-Teilwort und das Eingabe-Teilwort, auf das es am meisten geachtet hat: {pieces}</translation>
    </message>
</context>
<context>
    <name>ClipboardPopup</name>
    <message>
        <source>Translation of the clipboard</source>
        <translation>Übersetzung der Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Put the translation on the clipboard in place of the text: paste it (Ctrl+V) over the selection.</source>
        <translation>Legt die Übersetzung anstelle des Textes in die Zwischenablage: Fügen Sie sie dann (Ctrl+V) über der Auswahl ein.</translation>
    </message>
</context>
<context>
    <name>ClusterCommandDialog</name>
    <message>
        <source>Train on a cluster</source>
        <translation>Auf einem Cluster trainieren</translation>
    </message>
    <message>
        <source>Run this command where the corpus is and s2s-desktop is installed ({install}). PyTorch&apos;s {torchrun} starts one training process per GPU; together they train this one model.</source>
        <translation>Führen Sie diesen Befehl dort aus, wo das Korpus liegt und s2s-desktop installiert ist ({install}). {torchrun} von PyTorch startet einen Trainingsprozess pro GPU; gemeinsam trainieren sie dieses eine Modell.</translation>
    </message>
    <message>
        <source>Machines that train together; run the command on each.</source>
        <translation>Rechner, die gemeinsam trainieren; führen Sie den Befehl auf jedem aus.</translation>
    </message>
    <message>
        <source>Processes per machine: gpu starts one per GPU; on machines without GPUs, give a number (each process then uses its share of the CPU cores).</source>
        <translation>Prozesse pro Rechner: gpu startet einen pro GPU; geben Sie auf Rechnern ohne GPU eine Zahl an (jeder Prozess nutzt dann seinen Anteil der CPU-Kerne).</translation>
    </message>
    <message>
        <source>Where the corpus folder is on the cluster (every machine).</source>
        <translation>Wo der Korpusordner auf dem Cluster liegt (auf jedem Rechner).</translation>
    </message>
    <message>
        <source>the first machine&apos;s host name</source>
        <translation>Hostname des ersten Rechners</translation>
    </message>
    <message>
        <source>The machines meet at this host (port 29500).</source>
        <translation>Die Rechner verbinden sich über diesen Host (Port 29500).</translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation>&amp;Rechner</translation>
    </message>
    <message>
        <source>&amp;Processes per machine</source>
        <translation>&amp;Prozesse pro Rechner</translation>
    </message>
    <message>
        <source>C&amp;orpus folder there</source>
        <translation>&amp;Korpusordner dort</translation>
    </message>
    <message>
        <source>&amp;First machine</source>
        <translation>&amp;Erster Rechner</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>With several machines, run it on each, with the corpus at the same path on all. Batch tokens ({batch}) is the batch of the whole run, split over the processes: with more GPUs, raise it to keep each one busy. The run stops and resumes like one on this desktop (add {resume}).</source>
        <translation>Bei mehreren Rechnern führen Sie ihn auf jedem aus, mit dem Korpus überall unter demselben Pfad. Batch-Tokens ({batch}) ist der Batch des gesamten Laufs, aufgeteilt auf die Prozesse: Erhöhen Sie den Wert bei mehr GPUs, damit jede ausgelastet bleibt. Der Lauf lässt sich wie einer auf diesem Computer anhalten und fortsetzen (mit {resume}).</translation>
    </message>
    <message>
        <source>on the cluster, {export}; copy {archive} here and choose {import_} in the Models tab.</source>
        <translation>auf dem Cluster {export}; kopieren Sie dann {archive} hierher und wählen Sie im Tab „Modelle“ {import_}.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Bringing the model back:</source>
        <translation>Das Modell zurückholen:</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>This folder holds several language pairs: choose the source and target.</source>
        <translation>Dieser Ordner enthält mehrere Sprachpaare: Wählen Sie Ausgangs- und Zielsprache.</translation>
    </message>
    <message>
        <source>The .tsv files here do not say which languages they hold: type the source and target language codes (like en and de).</source>
        <translation>Die .tsv-Dateien hier geben nicht an, welche Sprachen sie enthalten: Geben Sie die Codes der Ausgangs- und Zielsprache ein (etwa en und de).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>A folder of parallel text (or drop one here)</source>
        <translation>Ein Ordner mit Paralleltexten (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Moses file pairs (train.en + train.de), tab-separated .tsv files or .tmx translation memories, anywhere below the folder.</source>
        <translation>Moses-Dateipaare (train.en + train.de), tabulatorgetrennte .tsv-Dateien oder .tmx-Translation-Memorys, beliebig tief im Ordner.</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Ausgangssprache</translation>
    </message>
    <message>
        <source>Source language code: found in the data, or typed (en, de, …).</source>
        <translation>Code der Ausgangssprache: aus den Daten erkannt oder eingegeben (en, de, …).</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Zielsprache</translation>
    </message>
    <message>
        <source>Target language code: found in the data, or typed (en, de, …).</source>
        <translation>Code der Zielsprache: aus den Daten erkannt oder eingegeben (en, de, …).</translation>
    </message>
    <message>
        <source>Text encoding of the data files: UTF-8 unless they were saved otherwise (latin-1, cp1252, shift_jis, …).</source>
        <translation>Textkodierung der Datendateien: UTF-8, sofern sie nicht anders gespeichert wurden (latin-1, cp1252, shift_jis, …).</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Kodierung</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Scanning the folder…</source>
        <translation>Ordner wird durchsucht…</translation>
    </message>
    <message>
        <source>Choose a language pair this folder holds.</source>
        <translation>Wählen Sie ein Sprachpaar, das dieser Ordner enthält.</translation>
    </message>
    <message>
        <source>Reading the folder for {src} → {tgt} once the languages are typed…</source>
        <translation>Der Ordner wird für {src} → {tgt} gelesen, sobald die Sprachen eingegeben sind…</translation>
    </message>
    <message>
        <source>Choose the source and target languages.</source>
        <translation>Wählen Sie Ausgangs- und Zielsprache.</translation>
    </message>
    <message>
        <source>The folder has no usable data: choose another.</source>
        <translation>Der Ordner enthält keine verwendbaren Daten: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Choose a folder of parallel text to start.</source>
        <translation>Wählen Sie zum Beginnen einen Ordner mit Paralleltexten.</translation>
    </message>
    <message>
        <source>Choose the folder of parallel text</source>
        <translation>Ordner mit Paralleltexten wählen</translation>
    </message>
    <message>
        <source>{code} is not a language code: type a code like en or de.</source>
        <translation>{code} ist kein Sprachcode: Geben Sie einen Code wie en oder de ein.</translation>
    </message>
    <message>
        <source>This folder has no data in {code}: choose one of {found}.</source>
        <translation>Dieser Ordner enthält keine Daten in {code}: Wählen Sie eine dieser Sprachen: {found}.</translation>
    </message>
    <message>
        <source>{code} pairs with {partners} here: choose the target.</source>
        <translation>{code} ist hier mit {partners} gepaart: Wählen Sie die Zielsprache.</translation>
    </message>
    <message>
        <source>{code} pairs with {partners} here: choose the source.</source>
        <translation>{code} ist hier mit {partners} gepaart: Wählen Sie die Ausgangssprache.</translation>
    </message>
    <message>
        <source>Language pairs found: {pairs}</source>
        <translation>Gefundene Sprachpaare: {pairs}</translation>
    </message>
    <message>
        <source>{train} training pairs, {valid} validation pairs, {src} → {tgt}</source>
        <translation>{train} Trainingspaare, {valid} Validierungspaare, {src} → {tgt}</translation>
    </message>
    <message>
        <source> ({count} lines skipped: see the log)</source>
        <translation> ({count} Zeilen übersprungen: siehe Protokoll)</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>{name} is still being translated; wait for it or cancel it.</source>
        <translation>{name} wird noch übersetzt; warten Sie oder brechen Sie den Vorgang ab.</translation>
    </message>
    <message>
        <source>Choose a model that loads before translating a file.</source>
        <translation>Wählen Sie ein Modell, das sich laden lässt, bevor Sie eine Datei übersetzen.</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>{name} wird übersetzt…</translation>
    </message>
    <message>
        <source>Translate a document</source>
        <translation>Dokument übersetzen</translation>
    </message>
    <message>
        <source>Replace the translation?</source>
        <translation>Übersetzung ersetzen?</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} ist in {folder} bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>Translated {name} → {output} (in {folder}).</source>
        <translation>{name} übersetzt → {output} (in {folder}).</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>File translation cancelled.</source>
        <translation>Dateiübersetzung abgebrochen.</translation>
    </message>
    <message>
        <source>Choose the text encoding</source>
        <translation>Textkodierung wählen</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text. Which encoding is it in?</source>
        <translation>{name} ist kein {encoding}-Text. In welcher Kodierung liegt die Datei vor?</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Beam</source>
        <translation>Beam</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Evaluate on a test set</source>
        <translation>Mit Testdaten evaluieren</translation>
    </message>
    <message>
        <source>Each model translates the test set&apos;s sentences and is compared with their reference translations (BLEU and chrF, sacrebleu). The score is saved with the model, in place of an earlier one on the same test set.</source>
        <translation>Jedes Modell übersetzt die Sätze der Testdaten und wird mit deren Referenzübersetzungen verglichen (BLEU und chrF, sacrebleu). Das Ergebnis wird beim Modell gespeichert und ersetzt ein früheres mit denselben Testdaten.</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keine gewählt</translation>
    </message>
    <message>
        <source>a folder, a .tsv or .tmx file, or test.en + test.de</source>
        <translation>ein Ordner, eine .tsv- oder .tmx-Datei oder test.en + test.de</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <source>Choose test files</source>
        <translation>Testdateien wählen</translation>
    </message>
    <message>
        <source>A .tsv or .tmx file, or a file pair like test.en + test.de (choose one side or both)</source>
        <translation>Eine .tsv- oder .tmx-Datei oder ein Dateipaar wie test.en + test.de (eine Seite oder beide wählen)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Choose a test folder</source>
        <translation>Testordner wählen</translation>
    </message>
    <message>
        <source>A folder whose test files (test.*, newstest*) are scored</source>
        <translation>Ein Ordner, dessen Testdateien (test.*, newstest*) bewertet werden</translation>
    </message>
    <message>
        <source>each model&apos;s own</source>
        <translation>je nach Modell</translation>
    </message>
    <message>
        <source>Beam width</source>
        <translation>Beam-Breite</translation>
    </message>
    <message>
        <source>Beam search width for every model (1: greedy); by default each model&apos;s own, the beam its BLEU was measured with</source>
        <translation>Breite der Beam-Suche für alle Modelle (1: greedy); standardmäßig die jedes Modells, mit der sein BLEU gemessen wurde</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
    <message>
        <source>&amp;Test set:</source>
        <translation>&amp;Testdaten:</translation>
    </message>
    <message>
        <source>&amp;Beam:</source>
        <translation>&amp;Beam:</translation>
    </message>
    <message>
        <source>Evaluation progress</source>
        <translation>Fortschritt der Evaluierung</translation>
    </message>
    <message>
        <source>Choose a test set, then Evaluate.</source>
        <translation>Wählen Sie Testdaten, dann „Evaluieren“.</translation>
    </message>
    <message>
        <source>Test scores</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <source>Evaluate the models</source>
        <translation>Die Modelle evaluieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the evaluation</source>
        <translation>Evaluierung anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose the test set: one .tsv or .tmx file, or a file pair (test.en + test.de)</source>
        <translation>Testdaten wählen: eine .tsv- oder .tmx-Datei oder ein Dateipaar (test.en + test.de)</translation>
    </message>
    <message>
        <source>Test sets (*.tsv *.tab *.tmx *.*);;All files (*)</source>
        <translation>Testdaten (*.tsv *.tab *.tmx *.*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a folder with test files</source>
        <translation>Ordner mit Testdateien wählen</translation>
    </message>
    <message>
        <source>Reading the test set…</source>
        <translation>Testdaten werden gelesen…</translation>
    </message>
    <message>
        <source>Scoring {model} ({number} of {models}): {done} of {total} sentences</source>
        <translation>{model} wird bewertet ({number} von {models}): {done} von {total} Sätzen</translation>
    </message>
    <message>
        <source>Scored on {test_set} and saved with each model.</source>
        <translation>Mit {test_set} bewertet und bei jedem Modell gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>Nichts zu bewerten.</translation>
    </message>
    <message>
        <source>Stopped: {scored} of {models} scored.</source>
        <translation>Angehalten: {scored} von {models} bewertet.</translation>
    </message>
    <message>
        <source>{scored} of {models} scored.</source>
        <translation>{scored} von {models} bewertet.</translation>
    </message>
</context>
<context>
    <name>FileJobRow</name>
    <message>
        <source>File translation progress</source>
        <translation>Fortschritt der Dateiübersetzung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>{name} wird übersetzt…</translation>
    </message>
    <message>
        <source>{done} of {total} paragraphs, {left} left</source>
        <translation>{done} von {total} Absätzen, noch {left}</translation>
    </message>
    <message>
        <source>{done} of {total} paragraphs</source>
        <translation>{done} von {total} Absätzen</translation>
    </message>
    <message>
        <source>Translating {name}</source>
        <translation>{name} wird übersetzt</translation>
    </message>
    <message>
        <source>Cancelling {name}…</source>
        <translation>{name} wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>FineTuning</name>
    <message>
        <source>{name} is no longer stored under that name: choose what to start from again.</source>
        <translation>{name} ist unter diesem Namen nicht mehr gespeichert: Wählen Sie das Ausgangsmodell erneut.</translation>
    </message>
    <message>
        <source>Wait until this run ends to fine-tune a model.</source>
        <translation>Warten Sie, bis dieser Lauf endet, um ein Modell per Fine-Tuning anzupassen.</translation>
    </message>
    <message>
        <source>{name} cannot be fine-tuned.</source>
        <translation>{name} kann nicht per Fine-Tuning angepasst werden.</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <source>No model yet. Train one on your own parallel text in the Train tab, or try the sample corpus: English → Spanish Bible verses, a few minutes on a laptop CPU.</source>
        <translation>Noch kein Modell. Trainieren Sie eines mit Ihren eigenen Paralleltexten im Tab „Trainieren“ oder probieren Sie das Beispielkorpus aus: Bibelverse Englisch → Spanisch, ein paar Minuten auf der CPU eines Laptops.</translation>
    </message>
    <message>
        <source>Train on the sample corpus</source>
        <translation>Mit dem Beispielkorpus trainieren</translation>
    </message>
    <message>
        <source>Train a small English → Spanish model on the bundled public-domain Bible verses, then translate with it here.</source>
        <translation>Ein kleines Modell Englisch → Spanisch mit den mitgelieferten gemeinfreien Bibelversen trainieren und dann hier damit übersetzen.</translation>
    </message>
    <message>
        <source>Go to Train tab</source>
        <translation>Zum Tab „Trainieren“</translation>
    </message>
    <message>
        <source>Choose a folder of your own parallel text and train on it.</source>
        <translation>Einen Ordner mit eigenen Paralleltexten wählen und damit trainieren.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>No glossary terms yet.</source>
        <translation>Noch keine Glossarterme.</translation>
    </message>
    <message>
        <source>A glossary makes translations use your words for your terms: when a source term appears in a sentence, in any case or inflection, the translation is built around its target term, and a term the model cannot place is flagged.</source>
        <translation>Ein Glossar sorgt dafür, dass Übersetzungen Ihre Benennungen für Ihre Terme verwenden: Kommt ein Ausgangsterm in einem Satz vor, in beliebiger Schreibung oder Flexionsform, wird die Übersetzung um seinen Zielterm herum aufgebaut, und ein Term, den das Modell nicht unterbringen kann, wird markiert.</translation>
    </message>
    <message>
        <source>Click {add} to type one, or {import_} a TSV or CSV file (source, target, optional note) or a TBX termbase.</source>
        <translation>Klicken Sie auf {add}, um einen Term einzugeben, oder auf {import_}, um eine TSV- oder CSV-Datei (Ausgangsterm, Zielterm, optionale Notiz) oder eine TBX-Termdatenbank zu laden.</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Term hinzufügen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Glossaries (*.tsv *.csv *.txt *.tbx);;All files (*)</source>
        <translation>Glossare (*.tsv *.csv *.txt *.tbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tab-separated (*.tsv);;Comma-separated (*.csv)</source>
        <translation>Tabulatorgetrennt (*.tsv);;Kommagetrennt (*.csv)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Glossarterme</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Source term ({language})</source>
        <translation>Ausgangsterm ({language})</translation>
    </message>
    <message>
        <source>Target term ({language})</source>
        <translation>Zielterm ({language})</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{error} Nothing is changed until it can be read.</source>
        <translation>{error} Es wird nichts geändert, bis die Datei gelesen werden kann.</translation>
    </message>
    <message>
        <source>Row {rows} is saved once it has both a source and a target term.</source>
        <translation>Zeile {rows} wird gespeichert, sobald sie einen Ausgangs- und einen Zielterm hat.</translation>
    </message>
    <message>
        <source>Imported {added} new terms from {name}, {updated} updated.</source>
        <translation>{added} neue Terme aus {name} importiert, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>Imported {added} new terms from {name}.</source>
        <translation>{added} neue Terme aus {name} importiert.</translation>
    </message>
    <message>
        <source>Exported {count} terms to {name}.</source>
        <translation>{count} Terme nach {name} exportiert.</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Glossar importieren</translation>
    </message>
    <message>
        <source>Export the glossary</source>
        <translation>Glossar exportieren</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Translations you make appear here, newest first; click one to bring it back.</source>
        <translation>Ihre Übersetzungen erscheinen hier, die neueste zuerst; klicken Sie auf eine, um sie zurückzuholen.</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Keep a history</source>
        <translation>Verlauf &amp;speichern</translation>
    </message>
    <message>
        <source>Off: nothing more is kept (what is kept stays until cleared).</source>
        <translation>Aus: Es wird nichts mehr gespeichert (Gespeichertes bleibt bis zum Leeren erhalten).</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>Verlauf &amp;leeren…</translation>
    </message>
    <message>
        <source>Translation history</source>
        <translation>Übersetzungsverlauf</translation>
    </message>
    <message>
        <source>Nothing in the history matches.</source>
        <translation>Keine Treffer im Verlauf.</translation>
    </message>
    <message>
        <source>New translations are kept in the history.</source>
        <translation>Neue Übersetzungen werden im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>History is off.</source>
        <translation>Der Verlauf ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Forget all {count} translations in the history? This cannot be undone.</source>
        <translation>Alle {count} Übersetzungen im Verlauf löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The history is cleared.</source>
        <translation>Der Verlauf wurde geleert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>detecting…</source>
        <translation>wird erkannt…</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Gerät: {device}</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>A model is training. Stop it and quit? A checkpoint is saved, and you can resume the run later from the Train tab.</source>
        <translation>Ein Modell wird trainiert. Training anhalten und beenden? Ein Checkpoint wird gespeichert, und Sie können den Lauf später im Tab „Trainieren“ fortsetzen.</translation>
    </message>
    <message>
        <source>Stopping the training run and saving a checkpoint…</source>
        <translation>Trainingslauf wird angehalten und ein Checkpoint gespeichert…</translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <source>Translation memory</source>
        <translation>Translation Memory</translation>
    </message>
    <message>
        <source>No memory matches ≥ {threshold} %</source>
        <translation>Keine TM-Treffer ≥ {threshold} %</translation>
    </message>
    <message>
        <source>From {origin}</source>
        <translation>Aus {origin}</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Put this translation in the output</source>
        <translation>Diese Übersetzung in die Ausgabe übernehmen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this translation to the clipboard</source>
        <translation>Diese Übersetzung in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>MemorySection</name>
    <message>
        <source>Add &amp;TMX…</source>
        <translation>&amp;TMX hinzufügen…</translation>
    </message>
    <message>
        <source>Add a translation memory exported from a CAT tool.</source>
        <translation>Ein aus einem CAT-Tool exportiertes Translation Memory hinzufügen.</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indizierung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>The memory is being indexed; wait for it or press Stop.</source>
        <translation>Das Translation Memory wird indiziert; warten Sie oder klicken Sie auf „Anhalten“.</translation>
    </message>
    <message>
        <source>Adding {name} to the memory…</source>
        <translation>{name} wird zum Translation Memory hinzugefügt…</translation>
    </message>
    <message>
        <source>Add a translation memory</source>
        <translation>Translation Memory hinzufügen</translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>TMX-Dateien (*.tmx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The memory is empty: add a TMX file, or train a model on your own data.</source>
        <translation>Das Translation Memory ist leer: Fügen Sie eine TMX-Datei hinzu oder trainieren Sie ein Modell mit Ihren eigenen Daten.</translation>
    </message>
    <message>
        <source>Memory: {count} pairs from {names}</source>
        <translation>TM: {count} Paare aus {names}</translation>
    </message>
    <message>
        <source>Indexing the memory: {count} pairs read…</source>
        <translation>TM wird indiziert: {count} Paare gelesen…</translation>
    </message>
    <message>
        <source>Memory: stopped after {count} pairs.</source>
        <translation>TM: nach {count} Paaren angehalten.</translation>
    </message>
    <message>
        <source>Memory: added {count} pairs.</source>
        <translation>TM: {count} Paare hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
</context>
<context>
    <name>MetricsPlot</name>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Validation loss (per token)</source>
        <translation>Validierungsverlust (pro Token)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Training loss (label-smoothed)</source>
        <translation>Trainingsverlust (mit Label-Smoothing)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>Tokens seen</source>
        <translation>Gesehene Tokens</translation>
    </message>
    <message>
        <source>Training time (hours)</source>
        <translation>Trainingszeit (Stunden)</translation>
    </message>
    <message>
        <source>Training time (minutes)</source>
        <translation>Trainingszeit (Minuten)</translation>
    </message>
    <message>
        <source>Training time (seconds)</source>
        <translation>Trainingszeit (Sekunden)</translation>
    </message>
    <message>
        <source>Tokens seen (billions)</source>
        <translation>Gesehene Tokens (Milliarden)</translation>
    </message>
    <message>
        <source>Tokens seen (millions)</source>
        <translation>Gesehene Tokens (Millionen)</translation>
    </message>
    <message>
        <source>Tokens seen (thousands)</source>
        <translation>Gesehene Tokens (Tausend)</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>Trainingsverlauf</translation>
    </message>
    <message>
        <source>{metric} at each evaluation</source>
        <translation>{metric} bei jeder Evaluierung</translation>
    </message>
    <message>
        <source>{metric}, averaged over each logged stretch of steps</source>
        <translation>{metric}, gemittelt über jeden protokollierten Abschnitt von Schritten</translation>
    </message>
    <message>
        <source>Horizontal axis of the training history</source>
        <translation>Horizontale Achse des Trainingsverlaufs</translation>
    </message>
    <message>
        <source>What the horizontal axis counts. Steps of runs with different batch sizes train on different amounts of text: compare such runs by training time or by tokens seen (source + target tokens trained on so far).</source>
        <translation>Was die horizontale Achse zählt. Schritte von Läufen mit unterschiedlicher Batch-Größe trainieren auf unterschiedlich viel Text: Vergleichen Sie solche Läufe nach Trainingszeit oder nach gesehenen Tokens (bisher trainierte Ausgangs- + Ziel-Tokens).</translation>
    </message>
    <message>
        <source>b&amp;y</source>
        <translation>&amp;nach</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Training curves of the selected models</source>
        <translation>Trainingskurven der ausgewählten Modelle</translation>
    </message>
    <message>
        <source>Select models to see their curves.</source>
        <translation>Wählen Sie Modelle aus, um ihre Kurven zu sehen.</translation>
    </message>
    <message>
        <source>No evaluations are recorded for {names}.</source>
        <translation>Für {names} sind keine Evaluierungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>No training steps are logged for {names}.</source>
        <translation>Für {names} sind keine Trainingsschritte protokolliert.</translation>
    </message>
    <message>
        <source>The evaluations of {names} do not record their step.</source>
        <translation>Die Evaluierungen von {names} enthalten keinen Trainingsschritt.</translation>
    </message>
    <message>
        <source>The evaluations of {names} do not record their training time.</source>
        <translation>Die Evaluierungen von {names} enthalten keine Trainingszeit.</translation>
    </message>
    <message>
        <source>The evaluations of {names} do not record the tokens seen.</source>
        <translation>Die Evaluierungen von {names} enthalten keine Angabe der gesehenen Tokens.</translation>
    </message>
    <message>
        <source>The training steps of {names} do not record their step.</source>
        <translation>Die Trainingsschritte von {names} enthalten keine Schrittnummer.</translation>
    </message>
    <message>
        <source>The training steps of {names} do not record their training time.</source>
        <translation>Die Trainingsschritte von {names} enthalten keine Trainingszeit.</translation>
    </message>
    <message>
        <source>The training steps of {names} do not record the tokens seen.</source>
        <translation>Die Trainingsschritte von {names} enthalten keine Angabe der gesehenen Tokens.</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>a new model</source>
        <translation>ein neues Modell</translation>
    </message>
    <message>
        <source>auto sizes the model to your corpus, your time and your device once a folder is chosen.</source>
        <translation>auto passt die Modellgröße an Ihr Korpus, Ihre Zeit und Ihr Gerät an, sobald ein Ordner gewählt ist.</translation>
    </message>
    <message>
        <source>Voc&amp;abulary</source>
        <translation>V&amp;okabular</translation>
    </message>
    <message>
        <source>Sentencepiece pieces per language (INPUT_DIM / OUTPUT_DIM). 512 is small; larger vocabularies suit larger corpora. A small corpus may yield fewer pieces.</source>
        <translation>SentencePiece-Teilwörter pro Sprache (INPUT_DIM / OUTPUT_DIM). 512 ist klein; größere Vokabulare passen zu größeren Korpora. Ein kleines Korpus kann weniger Teilwörter ergeben.</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>Sch&amp;ichten</translation>
    </message>
    <message>
        <source>ENC_LAYERS / DEC_LAYERS: stacked blocks.</source>
        <translation>ENC_LAYERS / DEC_LAYERS: übereinandergestapelte Blöcke.</translation>
    </message>
    <message>
        <source>Hea&amp;ds</source>
        <translation>Kö&amp;pfe</translation>
    </message>
    <message>
        <source>ENC_HEADS / DEC_HEADS: attention heads; the width must be divisible by them.</source>
        <translation>ENC_HEADS / DEC_HEADS: Attention-Köpfe; die Breite muss durch ihre Anzahl teilbar sein.</translation>
    </message>
    <message>
        <source>Feed-forward</source>
        <translation>Feed-Forward</translation>
    </message>
    <message>
        <source>ENC_PF_DIM / DEC_PF_DIM: width of each block&apos;s position-wise feed-forward layer.</source>
        <translation>ENC_PF_DIM / DEC_PF_DIM: Breite der positionsweisen Feed-Forward-Schicht jedes Blocks.</translation>
    </message>
    <message>
        <source>Dropo&amp;ut</source>
        <translation>Dropo&amp;ut</translation>
    </message>
    <message>
        <source>ENC_DROPOUT / DEC_DROPOUT.</source>
        <translation>ENC_DROPOUT / DEC_DROPOUT.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>auto: sized to the corpus, the time given and the device (the reasons show below). tutorial: the founding tutorial&apos;s exact constants. tiny: small and fast, for a quick try on a laptop. base: Transformer-base width, for a GPU. Every field below can be changed after choosing.</source>
        <translation>auto: passend zu Korpus, verfügbarer Zeit und Gerät bemessen (die Gründe stehen unten). tutorial: die exakten Konstanten des ursprünglichen Tutorials. tiny: klein und schnell, zum schnellen Ausprobieren auf einem Laptop. base: Breite von Transformer-base, für eine GPU. Jedes Feld unten lässt sich nach der Wahl ändern.</translation>
    </message>
    <message>
        <source>Weights of the model with the values below. A small corpus may learn a smaller vocabulary than asked for, which makes the model a little smaller.</source>
        <translation>Gewichte des Modells mit den Werten unten. Ein kleines Korpus lernt unter Umständen ein kleineres Vokabular als angegeben, wodurch das Modell etwas kleiner wird.</translation>
    </message>
    <message>
        <source>A new model learns your folder from nothing. A stored model already knows its languages: fine-tuning it on your folder keeps its architecture and vocabularies and adapts it to your text, far better than a new model in the same time. The stored model itself is not changed.</source>
        <translation>Ein neues Modell lernt Ihren Ordner von Grund auf. Ein gespeichertes Modell kennt seine Sprachen bereits: Fine-Tuning mit Ihrem Ordner behält seine Architektur und Vokabulare bei und passt es an Ihre Texte an, in derselben Zeit weit besser als ein neues Modell. Das gespeicherte Modell selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>Au&amp;sgangsmodell</translation>
    </message>
    <message>
        <source>Prese&amp;t</source>
        <translation>Vor&amp;einstellung</translation>
    </message>
    <message>
        <source>Encoder (source)</source>
        <translation>Encoder (Ausgangssprache)</translation>
    </message>
    <message>
        <source>Decoder (target)</source>
        <translation>Decoder (Zielsprache)</translation>
    </message>
    <message>
        <source>{field}, encoder</source>
        <translation>{field}, Encoder</translation>
    </message>
    <message>
        <source>{field}, decoder</source>
        <translation>{field}, Decoder</translation>
    </message>
    <message>
        <source>HID_DIM: the model&apos;s width (embedding and hidden size).</source>
        <translation>HID_DIM: die Breite des Modells (Embedding- und Hidden-Größe).</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Breite</translation>
    </message>
    <message>
        <source>The longest sentence, in pieces, the model can read or write (position table).</source>
        <translation>Der längste Satz in Teilwörtern, den das Modell lesen oder schreiben kann (Positionstabelle).</translation>
    </message>
    <message>
        <source>Max &amp;length</source>
        <translation>Max. &amp;Länge</translation>
    </message>
    <message>
        <source>One shared vocabulary for both languages</source>
        <translation>Ein gemeinsames Vokabular für beide Sprachen</translation>
    </message>
    <message>
        <source>Learn one sentencepiece vocabulary from both sides: good for related languages that share words and names. Needs equal vocabulary sizes.</source>
        <translation>Ein SentencePiece-Vokabular aus beiden Seiten lernen: gut für verwandte Sprachen, die Wörter und Namen teilen. Erfordert gleiche Vokabulargrößen.</translation>
    </message>
    <message>
        <source>Tie the embeddings and the output layer</source>
        <translation>Embeddings und Ausgabeschicht koppeln</translation>
    </message>
    <message>
        <source>One matrix for the source and target embeddings and the output layer: fewer weights, and often faster steps. Needs a shared vocabulary.</source>
        <translation>Eine Matrix für Ausgangs- und Ziel-Embeddings und die Ausgabeschicht: weniger Gewichte und oft schnellere Schritte. Erfordert ein gemeinsames Vokabular.</translation>
    </message>
    <message>
        <source>The model settings are still loading; wait a moment.</source>
        <translation>Die Modelleinstellungen werden noch geladen; warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>≈ {count} parameters</source>
        <translation>≈ {count} Parameter</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <source>Import a model file</source>
        <translation>Modelldatei importieren</translation>
    </message>
    <message>
        <source>Model files (*.zip *.argosmodel);;All files (*)</source>
        <translation>Modelldateien (*.zip *.argosmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import an OPUS-MT model&apos;s folder</source>
        <translation>Ordner eines OPUS-MT-Modells importieren</translation>
    </message>
    <message>
        <source>Importing {file}; checking the model…</source>
        <translation>{file} wird importiert; Modell wird geprüft…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists. Import {file} as:</source>
        <translation>Ein Modell namens {name!r} existiert bereits. {file} importieren als:</translation>
    </message>
    <message>
        <source>Imported {name!r} from {file}.</source>
        <translation>{name!r} aus {file} importiert.</translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>Translate a document (text, Markdown, HTML, Word, OpenDocument, subtitles, PO, XLIFF) into the same format beside it, as NAME.&lt;language&gt;.EXT; or drop one on the source box.</source>
        <translation>Ein Dokument (Text, Markdown, HTML, Word, OpenDocument, Untertitel, PO, XLIFF) im selben Format daneben übersetzen, als NAME.&lt;language&gt;.EXT; oder eines auf das Feld für den Ausgangstext ziehen.</translation>
    </message>
    <message>
        <source>The stored model to translate with; it stays loaded.</source>
        <translation>Das gespeicherte Modell, mit dem übersetzt wird; es bleibt geladen.</translation>
    </message>
    <message>
        <source>Beam width: 1 is greedy and fastest; 4–8 often reads a little better. Each model starts at the width its BLEU was measured with, and keeps the one you choose.</source>
        <translation>Beam-Breite: 1 ist greedy und am schnellsten; 4–8 liest sich oft etwas besser. Jedes Modell beginnt mit der Breite, mit der sein BLEU gemessen wurde, und behält die von Ihnen gewählte.</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>Datei übersetzen…</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>&amp;Beam:</source>
        <translation>&amp;Beam:</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht evaluiert</translation>
    </message>
    <message>
        <source>{name}: {src} → {tgt}, {preset} preset, {score}</source>
        <translation>{name}: {src} → {tgt}, Voreinstellung {preset}, {score}</translation>
    </message>
</context>
<context>
    <name>ModelStatus</name>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <source>Ready: {name}, {src} → {tgt}</source>
        <translation>Bereit: {name}, {src} → {tgt}</translation>
    </message>
    <message>
        <source>Could not load {name}</source>
        <translation>{name} konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Translating… (after the file being translated)</source>
        <translation>Wird übersetzt… (nach der laufenden Dateiübersetzung)</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Wird übersetzt…</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <source>No models yet. Train one in the Train tab, or import a model file.</source>
        <translation>Noch keine Modelle. Trainieren Sie eines im Tab „Trainieren“ oder importieren Sie eine Modelldatei.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add a model: an exported .zip, an OPUS-MT .zip or an Argos Translate .argosmodel</source>
        <translation>Ein Modell hinzufügen: eine exportierte .zip-Datei, eine OPUS-MT-.zip-Datei oder ein Argos-Translate-.argosmodel</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Add an OPUS-MT model from its folder (config.json, model.safetensors, source.spm, …)</source>
        <translation>Ein OPUS-MT-Modell aus seinem Ordner hinzufügen (config.json, model.safetensors, source.spm, …)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected model another name (F2)</source>
        <translation>Dem ausgewählten Modell einen anderen Namen geben (F2)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected models from this computer (Del)</source>
        <translation>Die ausgewählten Modelle von diesem Computer löschen (Del)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected model as one .zip file to share or back up</source>
        <translation>Das ausgewählte Modell als eine .zip-Datei speichern, zum Weitergeben oder Sichern</translation>
    </message>
    <message>
        <source>Fine-tune on a folder…</source>
        <translation>Fine-Tuning mit Ordner…</translation>
    </message>
    <message>
        <source>Train a new model that starts from the selected one on a folder of your own text (the selected model is not changed)</source>
        <translation>Ein neues Modell, das vom ausgewählten ausgeht, mit einem Ordner eigener Texte trainieren (das ausgewählte Modell bleibt unverändert)</translation>
    </message>
    <message>
        <source>Resume training…</source>
        <translation>Training fortsetzen…</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint in the Train tab</source>
        <translation>Den ausgewählten Lauf ab seinem letzten Checkpoint im Tab „Trainieren“ fortsetzen</translation>
    </message>
    <message>
        <source>Evaluate on a test set…</source>
        <translation>Mit Testdaten evaluieren…</translation>
    </message>
    <message>
        <source>Score the selected models on one test set you choose: BLEU, chrF and the beam, in one table, saved with each model</source>
        <translation>Die ausgewählten Modelle mit Testdaten Ihrer Wahl bewerten: BLEU, chrF und Beam in einer Tabelle, bei jedem Modell gespeichert</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the selected model&apos;s files in the file manager</source>
        <translation>Die Dateien des ausgewählten Modells im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Import a model file…</source>
        <translation>Modelldatei importieren…</translation>
    </message>
    <message>
        <source>Cannot read the models folder {folder} ({reason}); check that it is readable.</source>
        <translation>Der Modellordner {folder} kann nicht gelesen werden ({reason}); prüfen Sie, ob er lesbar ist.</translation>
    </message>
    <message>
        <source>{count} model</source>
        <translation>{count} Modell</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} Modelle</translation>
    </message>
    <message>
        <source>{count} unfinished</source>
        <translation>{count} nicht abgeschlossen</translation>
    </message>
    <message>
        <source>{name!r} can only translate (imported from {origin}).</source>
        <translation>{name!r} kann nur übersetzen (importiert aus {origin}).</translation>
    </message>
    <message>
        <source>{name!r} is in use (training); wait until it finishes.</source>
        <translation>{name!r} wird gerade verwendet (Training); warten Sie, bis es abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Select a model to see its details; select several (Ctrl+click) to compare their training curves.</source>
        <translation>Wählen Sie ein Modell aus, um seine Details zu sehen; wählen Sie mehrere mit Ctrl+click aus, um ihre Trainingskurven zu vergleichen.</translation>
    </message>
    <message>
        <source>Reading the training history…</source>
        <translation>Trainingsverlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Select one or more models to compare their training curves.</source>
        <translation>Wählen Sie ein oder mehrere Modelle aus, um ihre Trainingskurven zu vergleichen.</translation>
    </message>
    <message>
        <source>Could not read the training history of {name!r}: {message}</source>
        <translation>Der Trainingsverlauf von {name!r} konnte nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <source>New name for {name!r} (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;):</source>
        <translation>Neuer Name für {name!r} (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;):</translation>
    </message>
    <message>
        <source>Renamed {old!r} to {new!r}.</source>
        <translation>{old!r} in {new!r} umbenannt.</translation>
    </message>
    <message>
        <source>Delete the model {name!r}?</source>
        <translation>Modell {name!r} löschen?</translation>
    </message>
    <message>
        <source>Its files are removed from this computer. This cannot be undone.</source>
        <translation>Seine Dateien werden von diesem Computer entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete {count} models ({listed} and {more} more)?</source>
        <translation>{count} Modelle löschen ({listed} und {more} weitere)?</translation>
    </message>
    <message>
        <source>Delete {count} models ({listed})?</source>
        <translation>{count} Modelle löschen ({listed})?</translation>
    </message>
    <message>
        <source>Their files are removed from this computer. This cannot be undone.</source>
        <translation>Ihre Dateien werden von diesem Computer entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete models</source>
        <translation>Modelle löschen</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Deleted {name!r}.</source>
        <translation>{name!r} gelöscht.</translation>
    </message>
    <message>
        <source>Deleted {count} models.</source>
        <translation>{count} Modelle gelöscht.</translation>
    </message>
    <message>
        <source>Export {name!r}</source>
        <translation>{name!r} exportieren</translation>
    </message>
    <message>
        <source>Exporting {name!r} to {file}…</source>
        <translation>{name!r} wird nach {file} exportiert…</translation>
    </message>
    <message>
        <source>Exported {name!r} to {file}.</source>
        <translation>{name!r} nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Could not open a file manager; the model&apos;s files are in {folder}.</source>
        <translation>Es konnte kein Dateimanager geöffnet werden; die Dateien des Modells liegen in {folder}.</translation>
    </message>
</context>
<context>
    <name>ModelsTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Best BLEU on the validation set (higher is better)</source>
        <translation>Bester BLEU auf den Validierungsdaten (höher ist besser)</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <source>{name} (training now)</source>
        <translation>{name} (wird trainiert)</translation>
    </message>
    <message>
        <source>{name} (unfinished)</source>
        <translation>{name} (nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Noch nicht evaluiert</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} Parameter</translation>
    </message>
    <message>
        <source>Best BLEU {score}</source>
        <translation>Bester BLEU {score}</translation>
    </message>
    <message>
        <source>best chrF {score}</source>
        <translation>bester chrF {score}</translation>
    </message>
    <message>
        <source>Best chrF on the validation set (character n-grams; kinder to rich morphology)</source>
        <translation>Bester chrF auf den Validierungsdaten (Zeichen-n-Gramme; nachsichtiger bei reicher Morphologie)</translation>
    </message>
    <message>
        <source>Training time of the run</source>
        <translation>Trainingszeit des Laufs</translation>
    </message>
    <message>
        <source>Training pairs (the corpus size it learned from)</source>
        <translation>Trainingspaare (Größe des Korpus, aus dem es gelernt hat)</translation>
    </message>
</context>
<context>
    <name>QuickTranslate</name>
    <message>
        <source>Translate the clipboard in a small window</source>
        <translation>Die Zwischenablage in einem kleinen Fenster übersetzen</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Translate clipboard</source>
        <translation>Zwischenablage übersetzen</translation>
    </message>
    <message>
        <source>Let other apps use my models</source>
        <translation>Anderen Apps meine Modelle freigeben</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy some, then try again.</source>
        <translation>Die Zwischenablage enthält keinen Text: Kopieren Sie Text und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No model yet: train or import one in the window.</source>
        <translation>Noch kein Modell: Trainieren oder importieren Sie eines im Hauptfenster.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Wird übersetzt…</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Train a new model with these settings.</source>
        <translation>Ein neues Modell mit diesen Einstellungen trainieren.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop after the current step and save a checkpoint.</source>
        <translation>Nach dem aktuellen Schritt anhalten und einen Checkpoint speichern.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the run named above from its last checkpoint, with its own model and data; the epochs, time limit and device set here apply. With no run named, choose one of those that can continue.</source>
        <translation>Den oben genannten Lauf ab seinem letzten Checkpoint fortsetzen, mit seinem eigenen Modell und seinen Daten; es gelten die hier eingestellten Epochen, Zeitvorgabe und das Gerät. Ist kein Lauf genannt, wählen Sie einen der fortsetzbaren Läufe.</translation>
    </message>
    <message>
        <source>Cluster command…</source>
        <translation>Cluster-Befehl…</translation>
    </message>
    <message>
        <source>The torchrun command that trains these settings on a cluster&apos;s GPUs, and how to bring the model back.</source>
        <translation>Der torchrun-Befehl, der mit diesen Einstellungen auf den GPUs eines Clusters trainiert, und wie Sie das Modell zurückholen.</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping: saving a checkpoint…</source>
        <translation>Wird angehalten: Checkpoint wird gespeichert…</translation>
    </message>
    <message>
        <source>Epoch {epoch} · starting</source>
        <translation>Epoche {epoch} · beginnt</translation>
    </message>
    <message>
        <source>Training failed: see the message above</source>
        <translation>Training fehlgeschlagen: siehe Meldung oben</translation>
    </message>
</context>
<context>
    <name>ServeSwitch</name>
    <message>
        <source>Let other apps on this computer use my models</source>
        <translation>Anderen Apps auf diesem Computer meine Modelle freigeben</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>wird beendet…</translation>
    </message>
    <message>
        <source>Other apps can use your models at {url} (LibreTranslate API).</source>
        <translation>Andere Apps können Ihre Modelle unter {url} nutzen (LibreTranslate-API).</translation>
    </message>
    <message>
        <source>Other apps can no longer use your models.</source>
        <translation>Andere Apps können Ihre Modelle nicht mehr nutzen.</translation>
    </message>
    <message>
        <source>Serves your models on {url} to browser extensions, CAT-tool plug-ins and scripts that speak LibreTranslate&apos;s API (POST /translate, GET /languages); only this computer can reach it.</source>
        <translation>Stellt Ihre Modelle unter {url} für Browser-Erweiterungen, CAT-Tool-Plug-ins und Skripte bereit, die die API von LibreTranslate sprechen (POST /translate, GET /languages); nur dieser Computer kann darauf zugreifen.</translation>
    </message>
    <message>
        <source>Starts a LibreTranslate-compatible API on 127.0.0.1:{port} for browser extensions, CAT-tool plug-ins and scripts; only this computer can reach it.</source>
        <translation>Startet eine LibreTranslate-kompatible API auf 127.0.0.1:{port} für Browser-Erweiterungen, CAT-Tool-Plug-ins und Skripte; nur dieser Computer kann darauf zugreifen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Underlined letters in labels and buttons work with Alt; Tab moves between fields.</source>
        <translation>Unterstrichene Buchstaben in Beschriftungen und Schaltflächen funktionieren mit Alt; Tab wechselt zwischen Feldern.</translation>
    </message>
</context>
<context>
    <name>TextPair</name>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap: move the translation into the input and, when a model for the other direction exists, switch to it.</source>
        <translation>Tauschen: Die Übersetzung in die Eingabe verschieben und, falls ein Modell für die Gegenrichtung existiert, zu diesem wechseln.</translation>
    </message>
    <message>
        <source>Text to translate</source>
        <translation>Zu übersetzender Text</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>Die Übersetzung erscheint hier.</translation>
    </message>
    <message>
        <source>Click a word (or put the cursor on it and press Alt+Down) for the model&apos;s other words there and its other translations of the sentence.</source>
        <translation>Klicken Sie auf ein Wort (oder setzen Sie den Cursor darauf und drücken Sie Alt+Down), um andere Wörter des Modells an dieser Stelle und seine anderen Übersetzungen des Satzes zu sehen.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Translate now (Ctrl+Enter); typing also translates.</source>
        <translation>Jetzt übersetzen (Ctrl+Enter); auch beim Tippen wird übersetzt.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the translation to the clipboard.</source>
        <translation>Die Übersetzung in die Zwischenablage kopieren.</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Saved the plot as {path}.</source>
        <translation>Diagramm als {path} gespeichert.</translation>
    </message>
    <message>
        <source>Stopping {name}…</source>
        <translation>{name} wird angehalten…</translation>
    </message>
    <message>
        <source>A model is training already; stop it to train on the sample.</source>
        <translation>Es wird bereits ein Modell trainiert; halten Sie es an, um mit dem Beispiel zu trainieren.</translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation>{folder} wird durchsucht…</translation>
    </message>
    <message>
        <source>Found {count} training pairs.</source>
        <translation>{count} Trainingspaare gefunden.</translation>
    </message>
    <message>
        <source>not named in the file names</source>
        <translation>nicht in den Dateinamen angegeben</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <source>Language pairs: {pairs}; choose one.</source>
        <translation>Sprachpaare: {pairs}; wählen Sie eines.</translation>
    </message>
    <message>
        <source>Choose the language pair to train.</source>
        <translation>Wählen Sie das zu trainierende Sprachpaar.</translation>
    </message>
    <message>
        <source>Scan failed: {reason}</source>
        <translation>Durchsuchen fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The folder has no usable training data.</source>
        <translation>Der Ordner enthält keine verwendbaren Trainingsdaten.</translation>
    </message>
    <message>
        <source>Loading the model settings…</source>
        <translation>Modelleinstellungen werden geladen…</translation>
    </message>
    <message>
        <source>Fix the model settings above.</source>
        <translation>Korrigieren Sie die Modelleinstellungen oben.</translation>
    </message>
    <message>
        <source>Ready to train {name}</source>
        <translation>Bereit, {name} zu trainieren</translation>
    </message>
    <message>
        <source>Wait until this run ends to resume another.</source>
        <translation>Warten Sie, bis dieser Lauf endet, um einen anderen fortzusetzen.</translation>
    </message>
    <message>
        <source>Press Resume to continue {name} from its last checkpoint; “Train for” sets how long.</source>
        <translation>Klicken Sie auf „Fortsetzen“, um {name} ab seinem letzten Checkpoint fortzusetzen; „Trainingsdauer“ legt fest, wie lange.</translation>
    </message>
    <message>
        <source>Resuming {name}…</source>
        <translation>{name} wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Training {name}…</source>
        <translation>{name} wird trainiert…</translation>
    </message>
    <message>
        <source>The earlier curve could not be read: {reason}</source>
        <translation>Die frühere Kurve konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Training {name}: epoch {epoch}, {progress}</source>
        <translation>{name} wird trainiert: Epoche {epoch}, {progress}</translation>
    </message>
    <message>
        <source>Training {name} failed.</source>
        <translation>Training von {name} fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 Stunden</translation>
    </message>
    <message>
        <source>Custom time</source>
        <translation>Eigene Dauer</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Bis zum Anhalten</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Apple MPS</source>
        <translation>Apple MPS</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>named after the languages and preset</source>
        <translation>benannt nach Sprachen und Voreinstellung</translation>
    </message>
    <message>
        <source>Passes over the training data; each ends with an evaluation.</source>
        <translation>Durchläufe durch die Trainingsdaten; jeder endet mit einer Evaluierung.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The time budget in minutes.</source>
        <translation>Das Zeitbudget in Minuten.</translation>
    </message>
    <message>
        <source>A time budget trains the best model it can until the deadline: the learning rate is laid out over the time and reaches its end then, so the model at the deadline is finished. On a resume: this much more time.</source>
        <translation>Ein Zeitbudget trainiert bis zum Ablauf der Zeit das bestmögliche Modell: Die Lernrate wird über die Zeit verteilt und erreicht erst dann ihr Ende, sodass das Modell zum Schluss fertig ist. Beim Fortsetzen: so viel zusätzliche Zeit.</translation>
    </message>
    <message>
        <source>Tokens per batch (source + target). Lower it if the GPU runs out of memory.</source>
        <translation>Tokens pro Batch (Ausgangs- + Zielsprache). Verringern Sie den Wert, wenn der GPU der Speicher ausgeht.</translation>
    </message>
    <message>
        <source>Peak learning rate, reached after warm-up (arrows halve/double).</source>
        <translation>Maximale Lernrate, erreicht nach dem Warm-up (Pfeiltasten halbieren/verdoppeln).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Stop after this many evaluations without a better BLEU (0: never stop early).</source>
        <translation>Nach so vielen Evaluierungen ohne besseren BLEU anhalten (0: nie vorzeitig anhalten).</translation>
    </message>
    <message>
        <source>The NVIDIA GPU if there is one, else Apple&apos;s GPU, else the CPU.</source>
        <translation>Die NVIDIA-GPU, falls vorhanden, sonst die GPU von Apple, sonst die CPU.</translation>
    </message>
    <message>
        <source>Checking for an NVIDIA GPU…</source>
        <translation>Suche nach einer NVIDIA-GPU…</translation>
    </message>
    <message>
        <source>Checking for an Apple GPU…</source>
        <translation>Suche nach einer Apple-GPU…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Train &amp;for</source>
        <translation>&amp;Trainingsdauer</translation>
    </message>
    <message>
        <source>Batc&amp;h tokens</source>
        <translation>Bat&amp;ch-Tokens</translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation>Lern&amp;rate</translation>
    </message>
    <message>
        <source>&amp;Patience</source>
        <translation>&amp;Geduld</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>Ger&amp;ät</translation>
    </message>
    <message>
        <source>Minutes to train</source>
        <translation>Trainingsminuten</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>Zu trainierende Epochen</translation>
    </message>
    <message>
        <source>Name the model.</source>
        <translation>Geben Sie dem Modell einen Namen.</translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Verwenden Sie bis zu 80 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>A run named {name} is saved: Resume continues it; choose another name to start a new one.</source>
        <translation>Ein Lauf namens {name} ist gespeichert: „Fortsetzen“ setzt ihn fort; wählen Sie einen anderen Namen, um einen neuen zu starten.</translation>
    </message>
    <message>
        <source>A model named {name} already exists: choose another name.</source>
        <translation>Ein Modell namens {name} existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>On Resume: {minutes} more minutes of training for this run.</source>
        <translation>Beim Fortsetzen: {minutes} weitere Trainingsminuten für diesen Lauf.</translation>
    </message>
    <message>
        <source>On Resume: trains on until epoch {epoch} in all, counting those done.</source>
        <translation>Beim Fortsetzen: trainiert weiter bis insgesamt Epoche {epoch}, einschließlich der bereits abgeschlossenen.</translation>
    </message>
    <message>
        <source>On Resume: trains on until you press Stop.</source>
        <translation>Beim Fortsetzen: trainiert weiter, bis Sie auf „Anhalten“ klicken.</translation>
    </message>
    <message>
        <source>CUDA ({gpu})</source>
        <translation>CUDA ({gpu})</translation>
    </message>
    <message>
        <source>CUDA (no NVIDIA GPU found)</source>
        <translation>CUDA (keine NVIDIA-GPU gefunden)</translation>
    </message>
    <message>
        <source>Apple MPS (not available)</source>
        <translation>Apple MPS (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>TrainingLog</name>
    <message>
        <source>{count} more hours</source>
        <translation>{count} weitere Stunden</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} Stunden</translation>
    </message>
    <message>
        <source>{count} more minutes</source>
        <translation>{count} weitere Minuten</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation>{count} Epochen</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>bis zum Anhalten</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <source>What the folder holds, each evaluation with sample translations, and checkpoints are written here.</source>
        <translation>Hier erscheinen der Inhalt des Ordners, jede Evaluierung mit Beispielübersetzungen und die Checkpoints.</translation>
    </message>
    <message>
        <source>— Resuming {name}: preset {preset}, {src} → {tgt}, {how_long} —</source>
        <translation>— {name} wird fortgesetzt: Voreinstellung {preset}, {src} → {tgt}, {how_long} —</translation>
    </message>
    <message>
        <source>— Training {name}: preset {preset}, {src} → {tgt}, {how_long} —</source>
        <translation>— Training von {name}: Voreinstellung {preset}, {src} → {tgt}, {how_long} —</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Verlustdiagramm</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>BLEU and chrF plot</source>
        <translation>BLEU- und chrF-Diagramm</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The training loss appears here as soon as a run starts.</source>
        <translation>Der Trainingsverlust erscheint hier, sobald ein Lauf beginnt.</translation>
    </message>
    <message>
        <source>BLEU and chrF appear after each evaluation (each epoch, or through a time budget).</source>
        <translation>BLEU und chrF erscheinen nach jeder Evaluierung (nach jeder Epoche oder verteilt über ein Zeitbudget).</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save a plot as a PNG image or its points as CSV.</source>
        <translation>Ein Diagramm als PNG-Bild oder seine Punkte als CSV speichern.</translation>
    </message>
    <message>
        <source>Loss plot…</source>
        <translation>Verlustdiagramm…</translation>
    </message>
    <message>
        <source>BLEU / chrF plot…</source>
        <translation>BLEU-/chrF-Diagramm…</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export the loss plot</source>
        <translation>Verlustdiagramm exportieren</translation>
    </message>
    <message>
        <source>Export the BLEU / chrF plot</source>
        <translation>BLEU-/chrF-Diagramm exportieren</translation>
    </message>
    <message>
        <source>Could not save the plot: {reason}.</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>The training process ended unexpectedly (exit code {code}); resume the run to continue from its last checkpoint.</source>
        <translation>Der Trainingsprozess wurde unerwartet beendet (Exit-Code {code}); setzen Sie den Lauf fort, um ab seinem letzten Checkpoint weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>TranslateTab</name>
    <message>
        <source>Translate now (Translate tab)</source>
        <translation>Jetzt übersetzen (Tab „Übersetzen“)</translation>
    </message>
    <message>
        <source>Once you have a model, this shows which source words each output word looked at.</source>
        <translation>Sobald Sie ein Modell haben, sehen Sie hier, auf welche Ausgangswörter jedes Ausgabewort geachtet hat.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Once a model is trained, type here to translate.</source>
        <translation>Sobald ein Modell trainiert ist, tippen Sie hier, um zu übersetzen.</translation>
    </message>
    <message>
        <source>A file is being translated; one at a time.</source>
        <translation>Eine Datei wird gerade übersetzt; immer nur eine zur selben Zeit.</translation>
    </message>
    <message>
        <source>Type or paste {language} text; it translates as you type.
Each line is translated on its own line.
Drop a document here (Word, HTML, subtitles…) to translate it whole.</source>
        <translation>Geben Sie Text ({language}) ein oder fügen Sie ihn ein; er wird beim Tippen übersetzt.
Jede Zeile wird in einer eigenen Zeile übersetzt.
Legen Sie hier ein Dokument ab (Word, HTML, Untertitel…), um es vollständig zu übersetzen.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <source>Ready: {name}, {src} → {tgt}</source>
        <translation>Bereit: {name}, {src} → {tgt}</translation>
    </message>
    <message>
        <source>This model could not be loaded; choose another one.</source>
        <translation>Dieses Modell konnte nicht geladen werden; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Could not load {name}.</source>
        <translation>{name} konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Translated in {ms} ms</source>
        <translation>Übersetzt in {ms} ms</translation>
    </message>
    <message>
        <source>A model early in its training often does: train it longer (Resume in the Train tab) or choose another model.</source>
        <translation>Das passiert oft bei Modellen am Anfang des Trainings: Trainieren Sie es länger („Fortsetzen“ im Tab „Trainieren“) oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>{model} wrote nothing for this text.</source>
        <translation>{model} hat für diesen Text nichts ausgegeben.</translation>
    </message>
    <message>
        <source>{model} wrote nothing for {empty} of {total} lines.</source>
        <translation>{model} hat für {empty} von {total} Zeilen nichts ausgegeben.</translation>
    </message>
    <message>
        <source>Used the memory&apos;s translation.</source>
        <translation>Übersetzung aus dem TM übernommen.</translation>
    </message>
    <message>
        <source>Translate the text first, then use the memory&apos;s sentence.</source>
        <translation>Übersetzen Sie zuerst den Text und übernehmen Sie dann den Satz aus dem TM.</translation>
    </message>
    <message>
        <source>{model} is no longer stored; kept {current}.</source>
        <translation>{model} ist nicht mehr gespeichert; {current} wurde beibehalten.</translation>
    </message>
    <message>
        <source>Translation failed.</source>
        <translation>Übersetzung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Copied the translation.</source>
        <translation>Übersetzung kopiert.</translation>
    </message>
    <message>
        <source>Nothing to copy yet.</source>
        <translation>Noch nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Nothing to swap yet: translate something first.</source>
        <translation>Noch nichts zu tauschen: Übersetzen Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>There is no {src} → {tgt} model to translate back with, so nothing was swapped: train one with the languages the other way round, or import one in the Models tab.</source>
        <translation>Es gibt kein Modell {src} → {tgt} für die Rückübersetzung, daher wurde nichts getauscht: Trainieren Sie eines mit umgekehrten Sprachen oder importieren Sie eines im Tab „Modelle“.</translation>
    </message>
    <message>
        <source>A file is being translated: swap once it is done (or cancel it).</source>
        <translation>Eine Datei wird gerade übersetzt: Tauschen Sie, sobald sie fertig ist (oder brechen Sie die Übersetzung ab).</translation>
    </message>
</context>
<context>
    <name>TranslateTools</name>
    <message>
        <source>&amp;Memory</source>
        <translation>&amp;TM</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>Atte&amp;ntion</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>TranslationOutput</name>
    <message>
        <source>Other words and translations for the word at the cursor</source>
        <translation>Andere Wörter und Übersetzungen für das Wort am Cursor</translation>
    </message>
    <message>
        <source>This sentence is too long for alternatives.</source>
        <translation>Dieser Satz ist zu lang für Alternativen.</translation>
    </message>
    <message>
        <source>Looking for other words…</source>
        <translation>Suche nach anderen Wörtern…</translation>
    </message>
    <message>
        <source>Replaced the sentence with the model&apos;s other choice.</source>
        <translation>Satz durch die andere Wahl des Modells ersetzt.</translation>
    </message>
    <message>
        <source>A glossary term</source>
        <translation>Ein Glossarterm</translation>
    </message>
    <message>
        <source>The model could not place these glossary terms; check the translation: {terms}.</source>
        <translation>Das Modell konnte diese Glossarterme nicht unterbringen; prüfen Sie die Übersetzung: {terms}.</translation>
    </message>
</context>
<context>
    <name>TranslationWorker</name>
    <message>
        <source>No model is loaded; choose one in the model list.</source>
        <translation>Kein Modell geladen; wählen Sie eines in der Modellliste.</translation>
    </message>
    <message>
        <source>No model is loaded; choose one in the Translate tab first.</source>
        <translation>Kein Modell geladen; wählen Sie zuerst eines im Tab „Übersetzen“.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Translate a &amp;file…</source>
        <translation>Dat&amp;ei übersetzen…</translation>
    </message>
    <message>
        <source>Translate the clip&amp;board</source>
        <translation>&amp;Zwischenablage übersetzen</translation>
    </message>
    <message>
        <source>Choose a &amp;training folder…</source>
        <translation>Trainings&amp;ordner wählen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Import a model file…</source>
        <translation>Modelldatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import an OPUS-MT &amp;folder…</source>
        <translation>OPUS-MT-Ordner im&amp;portieren…</translation>
    </message>
    <message>
        <source>&amp;Evaluate on a test set…</source>
        <translation>Mit Testdaten e&amp;valuieren…</translation>
    </message>
    <message>
        <source>&amp;Resume a run</source>
        <translation>Trainingslauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Open the models &amp;folder</source>
        <translation>Modello&amp;rdner öffnen</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Übersetzen</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Tastat&amp;urkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Protoko&amp;llordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About s2s-desktop</source>
        <translation>Über s2s-des&amp;ktop</translation>
    </message>
    <message>
        <source>No run to resume</source>
        <translation>Kein Lauf zum Fortsetzen</translation>
    </message>
    <message>
        <source>Could not open a file manager; the folder is {folder}.</source>
        <translation>Es konnte kein Dateimanager geöffnet werden; der Ordner ist {folder}.</translation>
    </message>
    <message>
        <source>The new language applies when s2s-desktop is started again.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von s2s-desktop.</translation>
    </message>
</context>
<context>
    <name>model_details</name>
    <message>
        <source>{name} was imported from Argos Translate: CTranslate2 translates it and gives no attention to show.</source>
        <translation>{name} wurde aus Argos Translate importiert: CTranslate2 übersetzt damit und liefert keine Attention zur Anzeige.</translation>
    </message>
    <message>
        <source>Argos Translate packages ({patterns})</source>
        <translation>Argos-Translate-Pakete ({patterns})</translation>
    </message>
    <message>
        <source>Model files (*.zip)</source>
        <translation>Modelldateien (*.zip)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Fine-tuned from</source>
        <translation>Fine-Tuning von</translation>
    </message>
    <message>
        <source>{origin}, translation only (cannot be fine-tuned)</source>
        <translation>{origin}, nur Übersetzung (kein Fine-Tuning möglich)</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>{name} version {version}</source>
        <translation>{name} Version {version}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>{encoder} encoder + {decoder} decoder</source>
        <translation>{encoder} Encoder + {decoder} Decoder</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>{width}, {heads} heads, feed-forward {feed_forward}</source>
        <translation>{width}, {heads} Köpfe, Feed-Forward {feed_forward}</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>{source} source, {target} target pieces</source>
        <translation>{source} Ausgangs-, {target} Ziel-Teilwörter</translation>
    </message>
    <message>
        <source>{source} pieces, shared, embeddings tied</source>
        <translation>{source} Teilwörter, gemeinsam, Embeddings gekoppelt</translation>
    </message>
    <message>
        <source>{source} pieces, shared</source>
        <translation>{source} Teilwörter, gemeinsam</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>{bleu} with beam search of {beam} (greedy decoding: {greedy})</source>
        <translation>{bleu} mit Beam-Suche der Breite {beam} (Greedy-Dekodierung: {greedy})</translation>
    </message>
    <message>
        <source>Best BLEU</source>
        <translation>Bester BLEU</translation>
    </message>
    <message>
        <source>Best chrF</source>
        <translation>Bester chrF</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>epoch {number}</source>
        <translation>Epoche {number}</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>Reached at</source>
        <translation>Erreicht bei</translation>
    </message>
    <message>
        <source>BLEU {bleu} (the base: {base})</source>
        <translation>BLEU {bleu} (Basismodell: {base})</translation>
    </message>
    <message>
        <source>On the validation set of {base}</source>
        <translation>Auf den Validierungsdaten von {base}</translation>
    </message>
    <message>
        <source>Validation scores</source>
        <translation>Validierungswerte</translation>
    </message>
    <message>
        <source>{test_set} ({count} pairs)</source>
        <translation>{test_set} ({count} Paare)</translation>
    </message>
    <message>
        <source>BLEU {bleu}, chrF {chrf}, beam {beam}</source>
        <translation>BLEU {bleu}, chrF {chrf}, Beam {beam}</translation>
    </message>
    <message>
        <source>Test sets</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <source>{count} training</source>
        <translation>{count} zum Training</translation>
    </message>
    <message>
        <source>{count} validation</source>
        <translation>{count} zur Validierung</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>{epoch} of {epochs}</source>
        <translation>{epoch} von {epochs}</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} Tokens</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>step {step} (epoch {epoch})</source>
        <translation>Schritt {step} (Epoche {epoch})</translation>
    </message>
    <message>
        <source>Logged to</source>
        <translation>Protokolliert in</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation>Nicht abgeschlossener Lauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>{count} models selected</source>
        <translation>{count} Modelle ausgewählt</translation>
    </message>
    <message>
        <source>Their curves are overlaid in these colours. Select one model to see all its details.</source>
        <translation>Ihre Kurven werden in diesen Farben übereinandergelegt. Wählen Sie ein einzelnes Modell aus, um alle Details zu sehen.</translation>
    </message>
    <message>
        <source>fine-tuned from {base}</source>
        <translation>Fine-Tuning von {base}</translation>
    </message>
    <message>
        <source>{count} pairs</source>
        <translation>{count} Paare</translation>
    </message>
    <message>
        <source>{count} epoch</source>
        <translation>{count} Epoche</translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation>{count} Epochen</translation>
    </message>
</context>
<context>
    <name>run_request</name>
    <message>
        <source>Choose a folder of parallel text first.</source>
        <translation>Wählen Sie zuerst einen Ordner mit Paralleltexten.</translation>
    </message>
</context>
</TS>

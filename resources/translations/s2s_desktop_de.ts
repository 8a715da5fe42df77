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
        <source>The resumed run&apos;s own data, {src} → {tgt} (the log counts its pairs)</source>
        <translation>Die eigenen Daten des fortgesetzten Laufs, {src} → {tgt} (das Protokoll zählt seine Paare)</translation>
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
        <source>There is no model to translate with yet: train one in the Train tab, or import one in the Models tab.</source>
        <translation>Es gibt noch kein Modell zum Übersetzen: Trainieren Sie eines im Tab „Trainieren“ oder importieren Sie eines im Tab „Modelle“.</translation>
    </message>
    <message>
        <source>{name} will be translated once the model has loaded.</source>
        <translation>{name} wird übersetzt, sobald das Modell geladen ist.</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>{name} wird übersetzt…</translation>
    </message>
    <message>
        <source>{folder} cannot be written in: save the translation elsewhere</source>
        <translation>In {folder} kann nicht geschrieben werden: Speichern Sie die Übersetzung an einem anderen Ort</translation>
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
        <source>File not translated.</source>
        <translation>Datei nicht übersetzt.</translation>
    </message>
    <message>
        <source>Choose the text encoding</source>
        <translation>Textkodierung wählen</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text. Which encoding is it in?</source>
        <translation>{name} ist kein {encoding}-Text. In welcher Kodierung liegt die Datei vor?</translation>
    </message>
    <message>
        <source>Drop one document at a time; {count} were dropped.</source>
        <translation>Legen Sie jeweils ein Dokument ab; abgelegt wurden {count}.</translation>
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
        <source>Each model translates the test set&apos;s sentences and is compared with their reference translations (BLEU and chrF, sacrebleu). The score is saved with the model, in place of an earlier one on the same test set with the same beam.</source>
        <translation>Jedes Modell übersetzt die Sätze des Testsets und wird mit deren Referenzübersetzungen verglichen (BLEU und chrF, sacrebleu). Der Wert wird mit dem Modell gespeichert und ersetzt einen früheren auf demselben Testset mit derselben Strahlbreite.</translation>
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
        <source>{done} of {total} sentences, {left} left</source>
        <translation>{done} von {total} Sätzen, noch {left}</translation>
    </message>
    <message>
        <source>{done} of {total} sentences</source>
        <translation>{done} von {total} Sätzen</translation>
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
    <message>
        <source>The model you start from translates other languages.</source>
        <translation>Das Ausgangsmodell übersetzt andere Sprachen.</translation>
    </message>
    <message>
        <source>{name} is the model you start from; give the fine-tuned model a new name (the base stays as it is).</source>
        <translation>{name} ist das Modell, von dem Sie ausgehen; geben Sie dem feinabgestimmten Modell einen neuen Namen (das Basismodell bleibt, wie es ist).</translation>
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
    <message>
        <source>Training {name}.</source>
        <translation>{name} wird trainiert.</translation>
    </message>
    <message>
        <source>It is ready to use here when the run ends; follow it in the Train tab.</source>
        <translation>Es ist hier nutzbar, sobald der Lauf endet; verfolgen Sie ihn im Tab „Trainieren“.</translation>
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
        <source>Line {lines} was skipped: each term needs a source and a target.</source>
        <translation>Zeile {lines} wurde übersprungen: Jeder Term braucht eine Quelle und ein Ziel.</translation>
    </message>
    <message>
        <source>Lines {lines} were skipped: each term needs a source and a target.</source>
        <translation>Die Zeilen {lines} wurden übersprungen: Jeder Term braucht eine Quelle und ein Ziel.</translation>
    </message>
    <message>
        <source>Imported 1 new term from {name}, {updated} updated.</source>
        <translation>1 neuer Term aus {name} importiert, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>Imported 1 new term from {name}.</source>
        <translation>1 neuer Term aus {name} importiert.</translation>
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
        <source>1 row that repeats a term was skipped (the first row counts).</source>
        <translation>1 Zeile, die einen Term wiederholt, wurde übersprungen (die erste Zeile zählt).</translation>
    </message>
    <message>
        <source>{repeats} rows that repeat a term were skipped (the first row counts).</source>
        <translation>{repeats} Zeilen, die einen Term wiederholen, wurden übersprungen (die erste Zeile zählt).</translation>
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
        <source>The history file was damaged: it is kept as {path}, and a new history is started.</source>
        <translation>Die Verlaufsdatei war beschädigt: Sie bleibt als {path} erhalten, und ein neuer Verlauf beginnt.</translation>
    </message>
    <message>
        <source>The history cannot be read. Move its file aside and start a new, empty history?</source>
        <translation>Der Verlauf lässt sich nicht lesen. Seine Datei beiseitelegen und einen neuen, leeren Verlauf beginnen?</translation>
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
        <source>Translations you make appear here, newest first; double-click one to bring it back.</source>
        <translation>Ihre Übersetzungen erscheinen hier, die neueste zuerst; ein Doppelklick holt eine zurück.</translation>
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
        <source>A document is being translated</source>
        <translation>Ein Dokument wird übersetzt</translation>
    </message>
    <message>
        <source>{name} is being translated. Cancel it and quit? Nothing of it is written; translate it again later.</source>
        <translation>{name} wird gerade übersetzt. Abbrechen und beenden? Davon wird nichts geschrieben; übersetzen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Stopping the training run and saving a checkpoint…</source>
        <translation>Trainingslauf wird angehalten und ein Checkpoint gespeichert…</translation>
    </message>
</context>
<context>
    <name>MemoryCursor</name>
    <message>
        <source>Used the memory&apos;s translation.</source>
        <translation>Die Übersetzung aus dem Speicher wurde übernommen.</translation>
    </message>
    <message>
        <source>Translate the text first, then use the memory&apos;s sentence.</source>
        <translation>Übersetzen Sie zuerst den Text, dann übernehmen Sie den Satz aus dem Speicher.</translation>
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
        <source>Memory: added no pairs.</source>
        <translation>Speicher: keine Paare hinzugefügt.</translation>
    </message>
    <message>
        <source>Memory: added 1 pair.</source>
        <translation>TM: 1 Paar hinzugefügt.</translation>
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
    <name>ModelEdits</name>
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
        <source>Evaluate…</source>
        <translation>Evaluieren…</translation>
    </message>
    <message>
        <source>Import a model file…</source>
        <translation>Modelldatei importieren…</translation>
    </message>
    <message>
        <source>Train on the sample corpus</source>
        <translation>Mit dem Beispielkorpus trainieren</translation>
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
        <source>No models yet. Train one on your own text in the Train tab, try the sample corpus (English → Spanish, a few minutes), or import a model file.</source>
        <translation>Noch keine Modelle. Trainieren Sie eines mit eigenen Texten im Tab „Trainieren“, probieren Sie den Beispielkorpus (Englisch → Spanisch, wenige Minuten) oder importieren Sie eine Modelldatei.</translation>
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
        <source>Imported from {origin}</source>
        <translation>Importiert aus {origin}</translation>
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
    <name>PendingCopy</name>
    <message>
        <source>Not copied: the translation came long after Copy; press Copy again.</source>
        <translation>Nicht kopiert: Die Übersetzung kam lange nach „Kopieren“; klicken Sie erneut auf „Kopieren“.</translation>
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
        <source>Other apps can use your models at {url} (LibreTranslate API): {models}.</source>
        <translation>Andere Apps können Ihre Modelle unter {url} nutzen (LibreTranslate-API): {models}.</translation>
    </message>
    <message>
        <source>none stored yet</source>
        <translation>noch keine gespeichert</translation>
    </message>
    <message>
        <source>Other apps can no longer use your models.</source>
        <translation>Andere Apps können Ihre Modelle nicht mehr nutzen.</translation>
    </message>
    <message>
        <source>Serves your models on {url} to browser extensions, CAT-tool plug-ins and scripts that speak LibreTranslate&apos;s API (POST /translate, GET /languages); only this computer can reach it. The model picked in the Translate tab translates its language pair, the best-scored stored model each other pair ({models}); the Translate tab&apos;s glossary is not applied.</source>
        <translation>Stellt Ihre Modelle unter {url} für Browser-Erweiterungen, CAT-Tool-Plug-ins und Skripte bereit, die die API von LibreTranslate sprechen (POST /translate, GET /languages); nur dieser Computer erreicht sie. Das im Übersetzen-Tab gewählte Modell übersetzt sein Sprachpaar, jedes andere Paar das gespeicherte Modell mit der besten Bewertung ({models}); das Glossar des Übersetzen-Tabs wird nicht angewendet.</translation>
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
    <message>
        <source>Type or paste {language} text; it translates as you type.
Each line is translated on its own line.
Drop a document here (Word, HTML, subtitles…) to translate it whole.</source>
        <translation>Geben Sie Text ({language}) ein oder fügen Sie ihn ein; er wird beim Tippen übersetzt.
Jede Zeile wird in einer eigenen Zeile übersetzt.
Legen Sie hier ein Dokument ab (Word, HTML, Untertitel…), um es vollständig zu übersetzen.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Once a model is trained, type here to translate.</source>
        <translation>Sobald ein Modell trainiert ist, tippen Sie hier, um zu übersetzen.</translation>
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
        <source>On Resume: 1 more minute of training for this run.</source>
        <translation>Beim Fortsetzen: 1 weitere Minute Training für diesen Lauf.</translation>
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
        <source>1 more minute</source>
        <translation>1 weitere Minute</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
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
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
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
        <source>A file is being translated; one at a time.</source>
        <translation>Eine Datei wird gerade übersetzt; immer nur eine zur selben Zeit.</translation>
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
        <source>Copying once the text is translated…</source>
        <translation>Wird kopiert, sobald der Text übersetzt ist…</translation>
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
    <name>argos</name>
    <message>
        <source>{file} is not an Argos Translate package: its files are not all in one folder.</source>
        <translation>{file} ist kein Argos-Translate-Paket: Seine Dateien liegen nicht alle in einem Ordner.</translation>
    </message>
    <message>
        <source>{file} is not an Argos Translate package: it lacks {file_name}.</source>
        <translation>{file} ist kein Argos-Translate-Paket: Die Datei {file_name} fehlt.</translation>
    </message>
    <message>
        <source>{file} has no {file_name}: only Argos Translate packages that cut text with sentencepiece can be imported (not those with a BPE model).</source>
        <translation>{file} enthält keine Datei {file_name}: Nur Argos-Translate-Pakete, die Text mit sentencepiece zerlegen, lassen sich importieren (nicht solche mit einem BPE-Modell).</translation>
    </message>
    <message>
        <source>{file} is not an Argos Translate package: its model/ folder holds no vocabulary.</source>
        <translation>{file} ist kein Argos-Translate-Paket: Sein Ordner model/ enthält kein Vokabular.</translation>
    </message>
    <message>
        <source>{file} holds a damaged {file_name}.</source>
        <translation>{file} enthält eine beschädigte Datei {file_name}.</translation>
    </message>
    <message>
        <source>{file} is an Argos Translate package of type {kind!r}, not a translation model.</source>
        <translation>{file} ist ein Argos-Translate-Paket vom Typ {kind!r}, kein Übersetzungsmodell.</translation>
    </message>
    <message>
        <source>{file} has a missing or bad {key} in its {file_name}: {code!r}.</source>
        <translation>In {file} fehlt {key} in der Datei {file_name} oder ist ungültig: {code!r}.</translation>
    </message>
    <message>
        <source>{file} holds a {file_name} too big for an Argos Translate package; refused.</source>
        <translation>{file} enthält eine Datei {file_name}, die für ein Argos-Translate-Paket zu groß ist; abgelehnt.</translation>
    </message>
    <message>
        <source>{file} holds a damaged {file_name} ({error}).</source>
        <translation>{file} enthält eine beschädigte Datei {file_name} ({error}).</translation>
    </message>
    <message>
        <source>CTranslate2 cannot load the model in {file}: {error}.</source>
        <translation>CTranslate2 kann das Modell in {file} nicht laden: {error}.</translation>
    </message>
    <message>
        <source>{file} holds a {file_name} that is not a CTranslate2 model.</source>
        <translation>{file} enthält eine Datei {file_name}, die kein CTranslate2-Modell ist.</translation>
    </message>
</context>
<context>
    <name>argos_translator</name>
    <message>
        <source>{name!r} is an Argos Translate model, which translates with CTranslate2; install it with: pip install ctranslate2</source>
        <translation>{name!r} ist ein Argos-Translate-Modell, das mit CTranslate2 übersetzt; installieren Sie CTranslate2 mit: pip install ctranslate2</translation>
    </message>
    <message>
        <source>Cannot read the tokenizer of {name!r}: {error}.</source>
        <translation>Der Tokenizer von {name!r} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>CUDA was asked for but CTranslate2 finds no usable NVIDIA GPU; choose auto or CPU.</source>
        <translation>CUDA wurde angefordert, aber CTranslate2 findet keine nutzbare NVIDIA-GPU; wählen Sie auto oder CPU.</translation>
    </message>
    <message>
        <source>CTranslate2 cannot load {name!r}: {error}.</source>
        <translation>CTranslate2 kann {name!r} nicht laden: {error}.</translation>
    </message>
    <message>
        <source>The beam width must be at least 1, not {beam}.</source>
        <translation>Die Beam-Breite muss mindestens 1 sein, nicht {beam}.</translation>
    </message>
</context>
<context>
    <name>auto</name>
    <message>
        <source>Vocabulary: one shared vocabulary of {vocabulary:,} pieces: both languages are written in {script} script, so names and numbers share pieces ({why}).</source>
        <translation>Vokabular: ein gemeinsames Vokabular mit {vocabulary:,} Teilwörtern: Beide Sprachen werden in der Schrift {script} geschrieben, daher teilen sich Namen und Zahlen Teilwörter ({why}).</translation>
    </message>
    <message>
        <source>Vocabulary: {vocabulary:,} pieces per language ({src_script} and {tgt_script} scripts share little; {why}).</source>
        <translation>Vokabular: {vocabulary:,} Teilwörter pro Sprache (die Schriften {src_script} und {tgt_script} haben wenig gemeinsam; {why}).</translation>
    </message>
    <message>
        <source>Model: {size}, set by hand (auto would choose {auto_size} for {pairs:,} pairs).</source>
        <translation>Modell: {size}, von Hand eingestellt („auto“ würde für {pairs:,} Paare {auto_size} wählen).</translation>
    </message>
    <message>
        <source>Model: {size}, set by hand: {passes} in {budget} (auto would choose {auto_size} for {pairs:,} pairs).</source>
        <translation>Modell: {size}, von Hand eingestellt: {passes} in {budget} („auto“ würde für {pairs:,} Paare {auto_size} wählen).</translation>
    </message>
    <message>
        <source>Model: {auto_size}: the largest that a GPU trains well in {budget} on {pairs:,} pairs.</source>
        <translation>Modell: {auto_size}: das größte, das eine GPU in {budget} mit {pairs:,} Paaren gut trainiert.</translation>
    </message>
    <message>
        <source>Model: {auto_size}: the largest that a GPU trains well in {budget} on {pairs:,} pairs, {passes}.</source>
        <translation>Modell: {auto_size}: das größte, das eine GPU in {budget} mit {pairs:,} Paaren gut trainiert, {passes}.</translation>
    </message>
    <message>
        <source>Model: {auto_size}: the largest that this CPU trains well in {budget} on {pairs:,} pairs.</source>
        <translation>Modell: {auto_size}: das größte, das diese CPU in {budget} mit {pairs:,} Paaren gut trainiert.</translation>
    </message>
    <message>
        <source>Model: {auto_size}: the largest that this CPU trains well in {budget} on {pairs:,} pairs, {passes}.</source>
        <translation>Modell: {auto_size}: das größte, das diese CPU in {budget} mit {pairs:,} Paaren gut trainiert, {passes}.</translation>
    </message>
    <message>
        <source>Dropout {dropout}, label smoothing {smoothing}: many passes over a small corpus: strong regularisation against memorising.</source>
        <translation>Dropout {dropout}, Label-Smoothing {smoothing}: viele Durchläufe durch ein kleines Korpus: starke Regularisierung gegen Auswendiglernen.</translation>
    </message>
    <message>
        <source>Dropout {dropout}, label smoothing {smoothing}: several passes over the data: some regularisation.</source>
        <translation>Dropout {dropout}, Label-Smoothing {smoothing}: mehrere Durchläufe durch die Daten: etwas Regularisierung.</translation>
    </message>
    <message>
        <source>Dropout {dropout}, label smoothing {smoothing}: few passes over the data leave little to memorise.</source>
        <translation>Dropout {dropout}, Label-Smoothing {smoothing}: wenige Durchläufe durch die Daten lassen wenig zum Auswendiglernen.</translation>
    </message>
    <message>
        <source>Dropout {dropout}, label smoothing {smoothing}: {passes}, but its {weights:.1f} M weights see only about {per_weight:.1f} training tokens each: a model still learning, which more dropout would only slow.</source>
        <translation>Dropout {dropout}, Label-Smoothing {smoothing}: {passes}, aber die {weights:.1f} Mio. Gewichte des Modells sehen jeweils nur etwa {per_weight:.1f} Trainings-Tokens: ein Modell, das noch lernt und das mehr Dropout nur bremsen würde.</translation>
    </message>
    <message>
        <source>Batch: {batch:,} tokens, a steady size for a run without a deadline.</source>
        <translation>Batch: {batch:,} Tokens, eine gleichbleibende Größe für einen Lauf ohne Zeitlimit.</translation>
    </message>
    <message>
        <source>Batch: {batch:,} tokens, about {updates:,.0f} updates in {budget} at the expected speed.</source>
        <translation>Batch: {batch:,} Tokens, etwa {updates:,.0f} Updates in {budget} bei der erwarteten Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Learning rate: peak {learning_rate:g}, warmed up over {warmup:,} updates (faster in a run of fewer than {short_run:,}), then decaying to zero at the deadline.</source>
        <translation>Lernrate: Spitzenwert {learning_rate:g}, Warm-up über {warmup:,} Updates (schneller in einem Lauf mit weniger als {short_run:,}), danach Abfall auf null bis zum Ende der Zeit.</translation>
    </message>
    <message>
        <source>Learning rate: peak {learning_rate:g}, warmed up, then falling with the inverse square root of the step.</source>
        <translation>Lernrate: Spitzenwert {learning_rate:g}, nach dem Warm-up fallend umgekehrt proportional zur Quadratwurzel der Schrittzahl.</translation>
    </message>
    <message>
        <source>{pairs:,} pairs are few: a small vocabulary, so that each piece is still seen often enough to be learned</source>
        <translation>{pairs:,} Paare sind wenig: ein kleines Vokabular, damit jedes Teilwort trotzdem oft genug vorkommt, um gelernt zu werden</translation>
    </message>
    <message>
        <source>{pairs:,} pairs would support more, but a CPU pays for each piece</source>
        <translation>{pairs:,} Paare würden mehr tragen, aber auf einer CPU kostet jedes Teilwort Rechenzeit</translation>
    </message>
    <message>
        <source>{pairs:,} pairs: each piece is seen often enough to be learned</source>
        <translation>{pairs:,} Paare: jedes Teilwort kommt oft genug vor, um gelernt zu werden</translation>
    </message>
    <message>
        <source>about {share:.0%} of one pass over the data</source>
        <translation>etwa {share:.0%} eines Durchlaufs durch die Daten</translation>
    </message>
    <message>
        <source>about {passes:,.0f} pass over the data</source>
        <translation>etwa {passes:,.0f} Durchlauf durch die Daten</translation>
    </message>
    <message>
        <source>about {passes:,.0f} passes over the data</source>
        <translation>etwa {passes:,.0f} Durchläufe durch die Daten</translation>
    </message>
    <message>
        <source>{width} wide, {enc_layers} + {dec_layers} layers, {heads} heads, feed-forward {feed_forward}</source>
        <translation>{width} breit, {enc_layers} + {dec_layers} Schichten, {heads} Heads, Feed-Forward {feed_forward}</translation>
    </message>
    <message>
        <source>an open-ended run</source>
        <translation>einem Lauf ohne Zeitlimit</translation>
    </message>
    <message>
        <source>{hours:.3g} hours</source>
        <translation>{hours:.3g} Stunden</translation>
    </message>
    <message>
        <source>{seconds:.0f} seconds</source>
        <translation>{seconds:.0f} Sekunden</translation>
    </message>
    <message>
        <source>{minutes:.3g} minutes</source>
        <translation>{minutes:.3g} Minuten</translation>
    </message>
</context>
<context>
    <name>checkpoints</name>
    <message>
        <source>Could not save a checkpoint in {folder} ({error}); the previous checkpoint is intact: free some disk space, then resume.</source>
        <translation>Der Checkpoint konnte nicht in {folder} gespeichert werden ({error}); der vorherige Checkpoint ist unversehrt: Geben Sie Speicherplatz frei und setzen Sie das Training dann fort.</translation>
    </message>
    <message>
        <source>The checkpoint {path} cannot be loaded ({error_type}); delete it to restart this run from the beginning.</source>
        <translation>Der Checkpoint {path} kann nicht geladen werden ({error_type}); löschen Sie ihn, um diesen Lauf von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>The checkpoint {path} cannot be read ({error}); check the disk, then resume again.</source>
        <translation>Der Checkpoint {path} kann nicht gelesen werden ({error}); prüfen Sie den Datenträger und setzen Sie das Training dann erneut fort.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>{name} must be between {low} and {high}, not {value}.</source>
        <translation>{name} muss zwischen {low} und {high} liegen, nicht bei {value}.</translation>
    </message>
    <message>
        <source>{name} must be at least 0 and below 1, not {value}.</source>
        <translation>{name} muss mindestens 0 und kleiner als 1 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>hid_dim ({hid_dim}) must be divisible by {heads} ({count}); change one of them.</source>
        <translation>hid_dim ({hid_dim}) muss durch {heads} ({count}) teilbar sein; ändern Sie einen der beiden Werte.</translation>
    </message>
    <message>
        <source>{name} must be one of {allowed}, not {value!r}.</source>
        <translation>{name} muss einer der Werte {allowed} sein, nicht {value!r}.</translation>
    </message>
    <message>
        <source>A shared vocabulary needs equal source and target vocabulary sizes.</source>
        <translation>Ein gemeinsames Vokabular erfordert gleich große Vokabulare für Ausgangs- und Zielsprache.</translation>
    </message>
    <message>
        <source>Tied embeddings need one shared vocabulary for both languages; turn on the shared vocabulary or turn off tied embeddings.</source>
        <translation>Gekoppelte Embeddings erfordern ein gemeinsames Vokabular für beide Sprachen; schalten Sie das gemeinsame Vokabular ein oder die Kopplung der Embeddings aus.</translation>
    </message>
    <message>
        <source>The model&apos;s config has a bad value for {name}: {value!r}.</source>
        <translation>Die Konfiguration des Modells enthält einen ungültigen Wert für {name}: {value!r}.</translation>
    </message>
    <message>
        <source>Unknown preset {name!r}; choose one of {presets}.</source>
        <translation>Unbekannte Voreinstellung {name!r}; wählen Sie eine von {presets}.</translation>
    </message>
    <message>
        <source>{text!r} is not a duration; write it like 90s, 30m, 2h or 1h30m.</source>
        <translation>{text!r} ist keine Zeitdauer; schreiben Sie sie etwa als 90s, 30m, 2h oder 1h30m.</translation>
    </message>
    <message>
        <source>The time budget must be longer than zero, not {text!r}.</source>
        <translation>Das Zeitbudget muss länger als null sein, nicht {text!r}.</translation>
    </message>
    <message>
        <source>--epochs must be 1 or more (0: no limit).</source>
        <translation>--epochs muss 1 oder mehr sein (0: keine Grenze).</translation>
    </message>
    <message>
        <source>--time-budget must be positive.</source>
        <translation>--time-budget muss positiv sein.</translation>
    </message>
    <message>
        <source>--batch-tokens must be at least 16.</source>
        <translation>--batch-tokens muss mindestens 16 sein.</translation>
    </message>
    <message>
        <source>--lr must be between 0 and 1.</source>
        <translation>--lr muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>--warmup must be &gt;= 0.</source>
        <translation>--warmup muss &gt;= 0 sein.</translation>
    </message>
    <message>
        <source>--label-smoothing must be in [0, 1).</source>
        <translation>--label-smoothing muss in [0, 1) liegen.</translation>
    </message>
    <message>
        <source>--clip must be positive.</source>
        <translation>--clip muss positiv sein.</translation>
    </message>
    <message>
        <source>--patience must be at least 1.</source>
        <translation>--patience muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>--eval-every must be 0 or more.</source>
        <translation>--eval-every muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>--checkpoint-minutes must be positive.</source>
        <translation>--checkpoint-minutes muss positiv sein.</translation>
    </message>
    <message>
        <source>--max-chars must be at least 1.</source>
        <translation>--max-chars muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>--average must be 0 or more.</source>
        <translation>--average muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>--final-beam must be between 1 and {max_beam}.</source>
        <translation>--final-beam muss zwischen 1 und {max_beam} liegen.</translation>
    </message>
    <message>
        <source>--mix-base must be at least 0 and below 1.</source>
        <translation>--mix-base muss mindestens 0 und kleiner als 1 sein.</translation>
    </message>
</context>
<context>
    <name>corpus</name>
    <message>
        <source>empty side</source>
        <translation>mit leerer Seite</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>no tab</source>
        <translation>ohne Tabulator</translation>
    </message>
    <message>
        <source>missing language</source>
        <translation>mit fehlender Sprache</translation>
    </message>
    <message>
        <source>No parallel data found in {folder}: expected file pairs like train.en + train.de, tab-separated .tsv files, or .tmx files.</source>
        <translation>Keine Paralleldaten in {folder} gefunden: Erwartet werden Dateipaare wie train.en + train.de, tabulatorgetrennte .tsv-Dateien oder .tmx-Dateien.</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <source>Languages: {src} → {tgt} (source {src}, target {tgt}); also found {others} (not used)</source>
        <translation>Sprachen: {src} → {tgt} (Ausgangssprache {src}, Zielsprache {tgt}); außerdem gefunden: {others} (nicht verwendet)</translation>
    </message>
    <message>
        <source>Languages: {src} → {tgt} (source {src}, target {tgt})</source>
        <translation>Sprachen: {src} → {tgt} (Ausgangssprache {src}, Zielsprache {tgt})</translation>
    </message>
    <message>
        <source>{count:&gt;{width},} pairs (scored at the end)</source>
        <translation>{count:&gt;{width},} Paare (am Ende bewertet)</translation>
    </message>
    <message>
        <source>{count:&gt;{width},} pairs</source>
        <translation>{count:&gt;{width},} Paare</translation>
    </message>
    <message>
        <source>Training pairs: {pairs:,}</source>
        <translation>Trainingspaare: {pairs:,}</translation>
    </message>
    <message>
        <source>Validation pairs: {pairs:,} (from the validation files)</source>
        <translation>Validierungspaare: {pairs:,} (aus den Validierungsdateien)</translation>
    </message>
    <message>
        <source>Validation pairs: {pairs:,} (held out from the training data, 1 pair in {every})</source>
        <translation>Validierungspaare: {pairs:,} (aus den Trainingsdaten zurückgehalten, 1 Paar von je {every})</translation>
    </message>
    <message>
        <source>Validation pairs: {pairs:,} (too little data to hold any out)</source>
        <translation>Validierungspaare: {pairs:,} (zu wenig Daten, um welche zurückzuhalten)</translation>
    </message>
    <message>
        <source>Test pairs: {pairs:,} (in test files: never trained on; the final model is scored on them at the end)</source>
        <translation>Testpaare: {pairs:,} (in Testdateien: nie zum Training verwendet; das fertige Modell wird am Ende damit bewertet)</translation>
    </message>
    <message>
        <source>Skipped: {skipped} (at most {max_chars:,} characters per sentence)</source>
        <translation>Übersprungen: {skipped} (höchstens {max_chars:,} Zeichen pro Satz)</translation>
    </message>
    <message>
        <source>Skipped: none (at most {max_chars:,} characters per sentence)</source>
        <translation>Übersprungen: keine (höchstens {max_chars:,} Zeichen pro Satz)</translation>
    </message>
    <message>
        <source>No partner in another language, not used: {files}</source>
        <translation>Ohne Gegenstück in einer anderen Sprache, nicht verwendet: {files}</translation>
    </message>
    <message>
        <source>Languages not said, read as {src} → {tgt}: {files} (if one holds another pair, name it like data.xx-yy.tsv or move it out)</source>
        <translation>Sprachen nicht angegeben, gelesen als {src} → {tgt}: {files} (enthält eine ein anderes Paar, benennen Sie sie wie data.xx-yy.tsv oder verschieben Sie sie)</translation>
    </message>
    <message>
        <source>Not data files the app reads, not used: {files}</source>
        <translation>Keine Datendateien, die die App liest, nicht verwendet: {files}</translation>
    </message>
    <message>
        <source>The sentence length limit must be at least 1 character, not {max_chars}.</source>
        <translation>Die maximale Satzlänge muss mindestens 1 Zeichen betragen, nicht {max_chars}.</translation>
    </message>
    <message>
        <source>Source and target language are both {language}; pass two different languages with --src and --tgt.</source>
        <translation>Ausgangs- und Zielsprache sind beide {language}; geben Sie mit --src und --tgt zwei verschiedene Sprachen an.</translation>
    </message>
    <message>
        <source>The data folder {folder} does not exist; choose an existing folder.</source>
        <translation>Der Datenordner {folder} existiert nicht; wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose the folder that holds your data files.</source>
        <translation>{folder} ist kein Ordner; wählen Sie den Ordner, der Ihre Datendateien enthält.</translation>
    </message>
    <message>
        <source>{source} has {source_lines:,} lines but {target} has {target_lines:,}; line n of each file must translate line n of the other, so align the files (pairs out of line would be read as translations of each other).</source>
        <translation>{source} hat {source_lines:,} Zeilen, {target} aber {target_lines:,}; Zeile n jeder Datei muss Zeile n der anderen übersetzen, richten Sie die Dateien also aneinander aus (verschobene Paare würden als Übersetzungen voneinander gelesen).</translation>
    </message>
    <message>
        <source>{file} has no partner in another language (and {others} more like it): put its translation beside it as {stem}.&lt;language code&gt;, one sentence per line.</source>
        <translation>{file} hat kein Gegenstück in einer anderen Sprache (ebenso {others} weitere Dateien): Legen Sie die Übersetzung jeweils als {stem}.&lt;language code&gt; daneben, ein Satz pro Zeile.</translation>
    </message>
    <message>
        <source>{file} has no partner in another language: put its translation beside it as {stem}.&lt;language code&gt;, one sentence per line.</source>
        <translation>{file} hat kein Gegenstück in einer anderen Sprache: Legen Sie die Übersetzung als {stem}.&lt;language code&gt; daneben, ein Satz pro Zeile.</translation>
    </message>
    <message>
        <source>{code!r} is not a language code; pass a code like en or de to {flag}.</source>
        <translation>{code!r} ist kein Sprachcode; geben Sie bei {flag} einen Code wie en oder de an.</translation>
    </message>
    <message>
        <source>No {src}–{tgt} data in {folder}: found {found}; choose one with --src/--tgt.</source>
        <translation>Keine {src}–{tgt}-Daten in {folder}: Gefunden wurden {found}; wählen Sie ein Paar mit --src/--tgt.</translation>
    </message>
    <message>
        <source>The .tsv files in {folder} do not say which languages they hold; pass --src and --tgt, or name the files with codes like data.en-de.tsv.</source>
        <translation>Die .tsv-Dateien in {folder} geben nicht an, welche Sprachen sie enthalten; geben Sie --src und --tgt an oder benennen Sie die Dateien mit Codes wie data.en-de.tsv.</translation>
    </message>
    <message>
        <source>{folder} holds several pairs with {language} (found {found}); choose the pair with --src and --tgt.</source>
        <translation>{folder} enthält mehrere Paare mit {language} (gefunden: {found}); wählen Sie das Paar mit --src und --tgt.</translation>
    </message>
    <message>
        <source>{folder} holds no data with {language} (found {found}); choose the pair with --src and --tgt.</source>
        <translation>{folder} enthält keine Daten mit {language} (gefunden: {found}); wählen Sie das Paar mit --src und --tgt.</translation>
    </message>
    <message>
        <source>{folder} holds several language pairs ({found}); choose one with --src and --tgt.</source>
        <translation>{folder} enthält mehrere Sprachpaare ({found}); wählen Sie eines mit --src und --tgt.</translation>
    </message>
    <message>
        <source> and {count:,} more</source>
        <translation> und {count:,} weitere</translation>
    </message>
    <message>
        <source>Not read: {files}.</source>
        <translation>Nicht gelesen: {files}.</translation>
    </message>
    <message>
        <source>No usable {src}–{tgt} training pairs in {folder}: only validation or test files hold this pair ({files}); add training files, or rename or move these so that neither their names nor their folders say dev, valid, tune, test or eval.</source>
        <translation>Keine verwendbaren {src}–{tgt}-Trainingspaare in {folder}: nur Validierungs- oder Testdateien enthalten dieses Paar ({files}); fügen Sie Trainingsdateien hinzu, oder benennen oder verschieben Sie diese so, dass weder ihre Namen noch ihre Ordner dev, valid, tune, test oder eval sagen.</translation>
    </message>
    <message>
        <source>every line was skipped: {reasons}</source>
        <translation>alle Zeilen wurden übersprungen: {reasons}</translation>
    </message>
    <message>
        <source>every line was skipped: the files are empty</source>
        <translation>alle Zeilen wurden übersprungen: die Dateien sind leer</translation>
    </message>
    <message>
        <source>No usable {src}–{tgt} training pairs in {folder} ({why}); add training files or fix the skipped lines.</source>
        <translation>Keine verwendbaren {src}–{tgt}-Trainingspaare in {folder} ({why}); fügen Sie Trainingsdateien hinzu oder korrigieren Sie die übersprungenen Zeilen.</translation>
    </message>
    <message>
        <source>{file}: test, in the folder {word}</source>
        <translation>{file}: Test, im Ordner {word}</translation>
    </message>
    <message>
        <source>{file}: validation, in the folder {word}</source>
        <translation>{file}: Validierung, im Ordner {word}</translation>
    </message>
    <message>
        <source>{file}: test, its name says {word}</source>
        <translation>{file}: Test, sein Name sagt {word}</translation>
    </message>
    <message>
        <source>{file}: validation, its name says {word}</source>
        <translation>{file}: Validierung, sein Name sagt {word}</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} weitere</translation>
    </message>
</context>
<context>
    <name>corpus_fingerprint</name>
    <message>
        <source>The data in {folder} changed since {name!r} began ({change}); a resumed run must read the same data, or its validation set would change: put the files back as they were, or start a new run under another --name.</source>
        <translation>Die Daten in {folder} haben sich geändert, seit {name!r} begonnen hat ({change}); ein fortgesetzter Lauf muss dieselben Daten lesen, sonst ändert sich sein Validierungssatz: Stellen Sie die Dateien wieder her, wie sie waren, oder starten Sie einen neuen Lauf unter einem anderen --name.</translation>
    </message>
    <message>
        <source>{file} is gone</source>
        <translation>{file} fehlt</translation>
    </message>
    <message>
        <source>{file} is new</source>
        <translation>{file} ist neu</translation>
    </message>
    <message>
        <source>{file} changed</source>
        <translation>{file} wurde geändert</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <source>CUDA was asked for but no usable NVIDIA GPU was found; use --device cpu (or auto), or install a CUDA build of PyTorch.</source>
        <translation>CUDA wurde angefordert, aber es wurde keine nutzbare NVIDIA-GPU gefunden; verwenden Sie --device cpu (oder auto) oder installieren Sie eine CUDA-Version von PyTorch.</translation>
    </message>
    <message>
        <source>Apple&apos;s MPS was asked for but is not available; use --device cpu.</source>
        <translation>Apples MPS wurde angefordert, ist aber nicht verfügbar; verwenden Sie --device cpu.</translation>
    </message>
    <message>
        <source>Unknown device {device!r}; choose one of {choices}.</source>
        <translation>Unbekanntes Gerät {device!r}; wählen Sie eines von {choices}.</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple-GPU (MPS)</translation>
    </message>
    <message>
        <source>{dtype} mixed precision</source>
        <translation>gemischte Genauigkeit {dtype}</translation>
    </message>
    <message>
        <source>CPU (1 thread)</source>
        <translation>CPU (1 Thread)</translation>
    </message>
    <message>
        <source>CPU ({threads} threads)</source>
        <translation>CPU ({threads} Threads)</translation>
    </message>
</context>
<context>
    <name>distributed</name>
    <message>
        <source>Another process of this distributed run failed or lost its connection, so rank {rank} stopped at step {step:,}; the last checkpoint is intact: fix the cause (the failing process says it), then run the same torchrun command with --resume.</source>
        <translation>Ein anderer Prozess dieses verteilten Laufs ist fehlgeschlagen oder hat die Verbindung verloren, daher hat Rang {rank} bei Schritt {step:,} angehalten; der letzte Checkpoint ist unversehrt: Beheben Sie die Ursache (der fehlgeschlagene Prozess nennt sie) und führen Sie dann denselben torchrun-Befehl mit --resume aus.</translation>
    </message>
    <message>
        <source>WORLD_SIZE, RANK and LOCAL_RANK must be whole numbers; start distributed runs with torchrun, which sets them.</source>
        <translation>WORLD_SIZE, RANK und LOCAL_RANK müssen ganze Zahlen sein; starten Sie verteilte Läufe mit torchrun, das sie setzt.</translation>
    </message>
    <message>
        <source>RANK {rank} does not fit WORLD_SIZE {world_size}; start with torchrun.</source>
        <translation>RANK {rank} passt nicht zu WORLD_SIZE {world_size}; starten Sie mit torchrun.</translation>
    </message>
    <message>
        <source>Could not join the distributed run ({error}); check that every node was started with the same torchrun --rdzv-endpoint and can reach it.</source>
        <translation>Beitritt zum verteilten Lauf fehlgeschlagen ({error}); prüfen Sie, ob jeder Knoten mit demselben torchrun --rdzv-endpoint gestartet wurde und ihn erreichen kann.</translation>
    </message>
    <message>
        <source>This machine has {count} GPU but torchrun started more training processes on it; use --nproc_per_node={count} (or gpu), or --device cpu.</source>
        <translation>Dieser Rechner hat {count} GPU, aber torchrun hat mehr Trainingsprozesse darauf gestartet; verwenden Sie --nproc_per_node={count} (oder gpu) oder --device cpu.</translation>
    </message>
    <message>
        <source>This machine has {count} GPUs but torchrun started more training processes on it; use --nproc_per_node={count} (or gpu), or --device cpu.</source>
        <translation>Dieser Rechner hat {count} GPUs, aber torchrun hat mehr Trainingsprozesse darauf gestartet; verwenden Sie --nproc_per_node={count} (oder gpu) oder --device cpu.</translation>
    </message>
    <message>
        <source>Rank {rank} could not prepare the run: {error}</source>
        <translation>Rang {rank} konnte den Lauf nicht vorbereiten: {error}</translation>
    </message>
</context>
<context>
    <name>documents_docx</name>
    <message>
        <source>it is not a Word document (it has no {part}); open it in Word and save it as .docx</source>
        <translation>es ist kein Word-Dokument (es fehlt {part}); öffnen Sie es in Word und speichern Sie es als .docx</translation>
    </message>
</context>
<context>
    <name>documents_formats</name>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
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
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>SubRip-Untertitel</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT-Untertitel</translation>
    </message>
    <message>
        <source>a gettext catalogue</source>
        <translation>gettext-Katalog</translation>
    </message>
    <message>
        <source>Gettext catalogue</source>
        <translation>Gettext-Katalog</translation>
    </message>
    <message>
        <source>a gettext template</source>
        <translation>gettext-Vorlage</translation>
    </message>
    <message>
        <source>Gettext template</source>
        <translation>Gettext-Vorlage</translation>
    </message>
    <message>
        <source>XLIFF</source>
        <translation>XLIFF</translation>
    </message>
    <message>
        <source>{file} is not a kind of document the app translates; it reads {suffixes} files.</source>
        <translation>{file} ist keine Dokumentart, die die App übersetzt; sie liest Dateien mit den Endungen {suffixes}.</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokumente ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>documents_job</name>
    <message>
        <source>Its name says its text is in {language}, but the model translates {model}: if it is, choose a model from {language}.</source>
        <translation>Laut Dateiname ist der Text auf {language}, das Modell übersetzt aber {model}: Wenn das stimmt, wählen Sie ein Modell aus {language}.</translation>
    </message>
    <message>
        <source>It is written in UTF-8: {encoding} cannot hold the translation.</source>
        <translation>Sie ist in UTF-8 geschrieben: {encoding} kann die Übersetzung nicht aufnehmen.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} holds no text to translate; nothing was written.</source>
        <translation>{file} enthält keinen Text zum Übersetzen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled {file}; nothing was written.</source>
        <translation>{file} abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}.</source>
        <translation>{file} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write in {folder} ({reason}); choose another place for the translation.</source>
        <translation>In {folder} kann nicht geschrieben werden ({reason}); wählen Sie einen anderen Ort für die Übersetzung.</translation>
    </message>
    <message>
        <source>{file} holds binary data, not text: it is not a {kind} document; choose the text file to translate.</source>
        <translation>{file} enthält Binärdaten, keinen Text: Es ist kein {kind}-Dokument; wählen Sie die Textdatei, die übersetzt werden soll.</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text; choose its encoding (for example latin-1).</source>
        <translation>{file} ist kein {encoding}-Text; wählen Sie die Kodierung der Datei (zum Beispiel latin-1).</translation>
    </message>
    <message>
        <source>{file} cannot be read as {kind}: it is not a zip file, or a damaged one; open it in its application and save it again.</source>
        <translation>{file} kann nicht als {kind} gelesen werden: Die Datei ist keine oder eine beschädigte ZIP-Datei; öffnen Sie sie in ihrer Anwendung und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>{file} cannot be read as {kind}: {reason}.</source>
        <translation>{file} kann nicht als {kind} gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} says its text is in {language}, but this model translates {model}; choose a model from {language}.</source>
        <translation>{file} gibt an, dass sein Text in {language} ist, aber dieses Modell übersetzt {model}; wählen Sie ein Modell aus {language}.</translation>
    </message>
    <message>
        <source>{file} asks for a translation into {language}, but this model translates {model}; choose a model into {language}, or a file made for {target}.</source>
        <translation>{file} verlangt eine Übersetzung in {language}, aber dieses Modell übersetzt {model}; wählen Sie ein Modell nach {language} oder eine Datei für {target}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>documents_odt</name>
    <message>
        <source>it is not an OpenDocument text (it has no {part}); open it in LibreOffice Writer and save it as .odt</source>
        <translation>es ist kein OpenDocument-Text (es fehlt {part}); öffnen Sie es in LibreOffice Writer und speichern Sie es als .odt</translation>
    </message>
</context>
<context>
    <name>documents_subtitles</name>
    <message>
        <source>This is not a SubRip file: the text at character {position} is not a numbered cue with a timing line.</source>
        <translation>Dies ist keine SubRip-Datei: Der Text bei Zeichen {position} ist kein nummerierter Untertitelblock mit Zeitzeile.</translation>
    </message>
    <message>
        <source>This is not a SubRip file: the text is not a numbered cue with a timing line.</source>
        <translation>Dies ist keine SubRip-Datei: Der Text ist kein nummerierter Untertitelblock mit Zeitzeile.</translation>
    </message>
    <message>
        <source>This is not a SubRip file: it has no cues.</source>
        <translation>Dies ist keine SubRip-Datei: Sie enthält keine Untertitelblöcke.</translation>
    </message>
</context>
<context>
    <name>documents_xliff</name>
    <message>
        <source>its root element is &lt;{element}&gt; in {namespace}, not XLIFF 1.2&apos;s or 2.0&apos;s &lt;xliff&gt;</source>
        <translation>ihr Wurzelelement ist &lt;{element}&gt; in {namespace}, nicht das &lt;xliff&gt; von XLIFF 1.2 oder 2.0</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>keinem Namensraum</translation>
    </message>
</context>
<context>
    <name>error_log</name>
    <message>
        <source>{message}; details are in {log_file}.</source>
        <translation>{message}; Details stehen in {log_file}.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}: {error})</source>
        <translation>Etwas ist schiefgelaufen ({kind}: {error})</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>Scoring with beam search failed ({error}); greedy decoding&apos;s score stands</source>
        <translation>Die Bewertung mit Beam-Suche ist fehlgeschlagen ({error}); es gilt das Ergebnis der Greedy-Dekodierung</translation>
    </message>
    <message>
        <source>beam search of {beam} (greedy: BLEU {greedy_bleu:.1f})</source>
        <translation>Beam-Suche der Breite {beam} (Greedy-Dekodierung: BLEU {greedy_bleu:.1f})</translation>
    </message>
    <message>
        <source>The model was not scored on the folder&apos;s test files ({error}).</source>
        <translation>Das Modell wurde nicht mit den Testdateien des Ordners bewertet ({error}).</translation>
    </message>
    <message>
        <source>No step scored better than {base!r} on the new validation set, so {name!r} is {base!r} as it was: train it longer, or with a higher learning rate.</source>
        <translation>Kein Schritt war auf der neuen Validierungsmenge besser als {base!r}, also ist {name!r} {base!r} wie zuvor: trainieren Sie länger oder mit einer höheren Lernrate.</translation>
    </message>
    <message>
        <source>What the model forgot of its base was not measured ({error}).</source>
        <translation>Was das Modell von seinem Basismodell vergessen hat, wurde nicht gemessen ({error}).</translation>
    </message>
    <message>
        <source>Scoring the model on the test set {name} ({pairs:,} pairs)</source>
        <translation>Das Modell wird auf den Testdaten {name} bewertet ({pairs:,} Paare)</translation>
    </message>
    <message>
        <source>Stopped before the model was scored on the test set {name}; s2s-desktop evaluate {model} --test FOLDER scores it later.</source>
        <translation>Angehalten, bevor das Modell auf dem Testsatz {name} bewertet wurde; s2s-desktop evaluate {model} --test ORDNER bewertet es später.</translation>
    </message>
    <message>
        <source>On the test set {name} ({pairs:,} pairs, never trained on, beam search of {beam}): BLEU {bleu:.1f}, chrF {chrf:.1f}.</source>
        <translation>Auf den Testdaten {name} ({pairs:,} Paare, nie zum Training verwendet, Beam-Suche der Breite {beam}): BLEU {bleu:.1f}, chrF {chrf:.1f}.</translation>
    </message>
    <message>
        <source>On the test set {name} ({pairs:,} pairs, never trained on): BLEU {bleu:.1f}, chrF {chrf:.1f}.</source>
        <translation>Auf den Testdaten {name} ({pairs:,} Paare, nie zum Training verwendet): BLEU {bleu:.1f}, chrF {chrf:.1f}.</translation>
    </message>
    <message>
        <source>it is no longer stored under that name</source>
        <translation>es ist unter diesem Namen nicht mehr gespeichert</translation>
    </message>
    <message>
        <source>the base&apos;s validation set is no longer in its folder</source>
        <translation>die Validierungsdaten des Basismodells liegen nicht mehr in seinem Ordner</translation>
    </message>
    <message>
        <source>the base was imported, without a validation set of its own</source>
        <translation>das Basismodell wurde importiert, ohne eigene Validierungsdaten</translation>
    </message>
    <message>
        <source>What the model forgot of {base!r} is not measured: {why}.</source>
        <translation>Was das Modell von {base!r} vergessen hat, wird nicht gemessen: {why}.</translation>
    </message>
    <message>
        <source>Scoring the model and {base!r} on the base&apos;s validation set</source>
        <translation>Das Modell und {base!r} werden auf den Validierungsdaten des Basismodells bewertet</translation>
    </message>
    <message>
        <source>Stopped before measuring what the model forgot of {base!r}.</source>
        <translation>Angehalten, bevor gemessen wurde, was das Modell von {base!r} vergessen hat.</translation>
    </message>
    <message>
        <source>What the model forgot of {base!r} is not measured: {error}</source>
        <translation>Was das Modell von {base!r} vergessen hat, wird nicht gemessen: {error}</translation>
    </message>
    <message>
        <source>On the validation set of {base!r} ({pairs} pairs): BLEU {bleu:.1f}, chrF {chrf:.1f}; the base itself: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} ({forgotten:.1f} BLEU forgotten).</source>
        <translation>Auf den Validierungsdaten von {base!r} ({pairs} Paare): BLEU {bleu:.1f}, chrF {chrf:.1f}; das Basismodell selbst: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} ({forgotten:.1f} BLEU vergessen).</translation>
    </message>
    <message>
        <source>On the validation set of {base!r} ({pairs} pairs): BLEU {bleu:.1f}, chrF {chrf:.1f}; the base itself: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} ({change:+.1f} BLEU).</source>
        <translation>Auf den Validierungsdaten von {base!r} ({pairs} Paare): BLEU {bleu:.1f}, chrF {chrf:.1f}; das Basismodell selbst: BLEU {base_bleu:.1f}, chrF {base_chrf:.1f} ({change:+.1f} BLEU).</translation>
    </message>
    <message>
        <source>Scoring the model with beam search of {beam}</source>
        <translation>Das Modell wird mit Beam-Suche der Breite {beam} bewertet</translation>
    </message>
    <message>
        <source>Could not save the model in {folder} ({error}); free some disk space, then resume.</source>
        <translation>Das Modell konnte nicht in {folder} gespeichert werden ({error}); geben Sie Speicherplatz frei und setzen Sie das Training dann fort.</translation>
    </message>
</context>
<context>
    <name>event_words</name>
    <message>
        <source>Training finished</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation>Zeitbudget ausgeschöpft</translation>
    </message>
    <message>
        <source>Stopped early (no better BLEU within the patience)</source>
        <translation>Vorzeitig beendet (innerhalb der Patience kein besserer BLEU)</translation>
    </message>
    <message>
        <source>end of the epoch</source>
        <translation>Ende der Epoche</translation>
    </message>
    <message>
        <source>regular save</source>
        <translation>regelmäßige Sicherung</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>end of the run</source>
        <translation>Ende des Laufs</translation>
    </message>
    <message>
        <source>after the evaluation</source>
        <translation>nach der Evaluierung</translation>
    </message>
    <message>
        <source>the starting point, scored</source>
        <translation>der Ausgangspunkt, bewertet</translation>
    </message>
    <message>
        <source>Resuming from step {step:,}, the last checkpoint: the run was interrupted after step {last:,}, and the steps after the checkpoint are trained again.</source>
        <translation>Fortsetzung ab Schritt {step:,}, dem letzten Checkpoint: Der Lauf wurde nach Schritt {last:,} unterbrochen, und die Schritte nach dem Checkpoint werden erneut trainiert.</translation>
    </message>
    <message>
        <source>Resuming from step {step:,}.</source>
        <translation>Fortsetzung ab Schritt {step:,}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}{of_epochs} · {progress:.0%} · {speed:,.0f} tok/s · ETA {eta}</source>
        <translation>Epoche {epoch}{of_epochs} · {progress:.0%} · {speed:,.0f} tok/s · Restzeit {eta}</translation>
    </message>
    <message>
        <source>validation loss {loss:.3f}, BLEU {bleu:.2f}, chrF {chrf:.2f}</source>
        <translation>Validierungsverlust {loss:.3f}, BLEU {bleu:.2f}, chrF {chrf:.2f}</translation>
    </message>
    <message>
        <source>Average of the last {count} checkpoints: {scores} (better: saved as the model)</source>
        <translation>Mittel der letzten {count} Checkpoints: {scores} (besser: als Modell gespeichert)</translation>
    </message>
    <message>
        <source>Average of the last {count} checkpoints: {scores} (not better: not kept)</source>
        <translation>Mittel der letzten {count} Checkpoints: {scores} (nicht besser: verworfen)</translation>
    </message>
    <message>
        <source>Epoch {epoch} step {step:,}</source>
        <translation>Epoche {epoch}, Schritt {step:,}</translation>
    </message>
    <message>
        <source>Before the first step</source>
        <translation>Vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>{when}: {scores} (best so far, saved)</source>
        <translation>{when}: {scores} (bisher das beste, gespeichert)</translation>
    </message>
    <message>
        <source>{when}: {scores}</source>
        <translation>{when}: {scores}</translation>
    </message>
    <message>
        <source>    source:    {text}</source>
        <translation>    Ausgangstext: {text}</translation>
    </message>
    <message>
        <source>    reference: {text}</source>
        <translation>    Referenz:     {text}</translation>
    </message>
    <message>
        <source>    model:     {text}</source>
        <translation>    Modell:       {text}</translation>
    </message>
    <message>
        <source>(an empty translation)</source>
        <translation>(eine leere Übersetzung)</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {step:,} ({why}).</source>
        <translation>Checkpoint bei Schritt {step:,} gespeichert ({why}).</translation>
    </message>
    <message>
        <source>Sample translations of the saved model:</source>
        <translation>Beispielübersetzungen des gespeicherten Modells:</translation>
    </message>
    <message>
        <source>{heading} after {steps:,} steps: {name!r} is ready in the Translate tab.</source>
        <translation>{heading} nach {steps:,} Schritten: {name!r} ist im Tab „Übersetzen“ bereit.</translation>
    </message>
    <message>
        <source>Best BLEU {bleu:.1f}.</source>
        <translation>Bester BLEU {bleu:.1f}.</translation>
    </message>
    <message>
        <source>Resume continues the training.</source>
        <translation>„Fortsetzen“ setzt das Training fort.</translation>
    </message>
    <message>
        <source>{heading} before the first checkpoint, so nothing was kept; press Start to begin again.</source>
        <translation>{heading} vor dem ersten Checkpoint, daher wurde nichts behalten; klicken Sie auf „Starten“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>{heading} at step {step:,}, before the first evaluation, so there is no model to translate with yet; press Resume to continue training {name!r}.</source>
        <translation>{heading} bei Schritt {step:,}, vor der ersten Evaluierung, daher gibt es noch kein Modell zum Übersetzen; klicken Sie auf „Fortsetzen“, um das Training von {name!r} fortzusetzen.</translation>
    </message>
    <message>
        <source>{how} · step {step:,} · {time}</source>
        <translation>{how} · Schritt {step:,} · {time}</translation>
    </message>
    <message>
        <source>best BLEU {bleu:.1f} (beam search of {beam})</source>
        <translation>bester BLEU {bleu:.1f} (Beam-Suche der Breite {beam})</translation>
    </message>
    <message>
        <source>best BLEU {bleu:.1f}</source>
        <translation>bester BLEU {bleu:.1f}</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>{processes} processes, each on {device}</source>
        <translation>{processes} Prozesse, jeweils auf {device}</translation>
    </message>
    <message>
        <source>Model: {parameters:,} parameters, vocabularies {source:,} + {target:,}, on {where}.</source>
        <translation>Modell: {parameters:,} Parameter, Vokabulare {source:,} + {target:,}, Gerät: {where}.</translation>
    </message>
    <message>
        <source>Data: {train:,} training pairs, {valid:,} validation pairs; steps per epoch: {steps:,}.</source>
        <translation>Daten: {train:,} Trainingspaare, {valid:,} Validierungspaare; Schritte pro Epoche: {steps:,}.</translation>
    </message>
</context>
<context>
    <name>fine_tune</name>
    <message>
        <source>Model {name!r} cannot be read; choose another model to start from.</source>
        <translation>Modell {name!r} kann nicht gelesen werden; wählen Sie ein anderes Ausgangsmodell.</translation>
    </message>
    <message>
        <source>{name!r} is a translate-only model (imported from {origin}) and cannot be fine-tuned; start from one of your own models or an imported OPUS-MT model.</source>
        <translation>{name!r} ist ein reines Übersetzungsmodell (importiert aus {origin}) und kann nicht per Fine-Tuning angepasst werden; gehen Sie von einem Ihrer eigenen Modelle oder einem importierten OPUS-MT-Modell aus.</translation>
    </message>
    <message>
        <source>Cannot start from {name!r}: {error}</source>
        <translation>{name!r} kann nicht als Ausgangsmodell dienen: {error}</translation>
    </message>
    <message>
        <source>Cannot start from {name!r}: its folder lacks {files}; import the model again.</source>
        <translation>{name!r} kann nicht als Ausgangsmodell dienen: In seinem Ordner fehlt {files}; importieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>{option} is {kept}, not {wanted}</source>
        <translation>{option} ist {kept}, nicht {wanted}</translation>
    </message>
    <message>
        <source>A fine-tuned model keeps the architecture and vocabularies of {base!r}, whose {changes}: leave those out, or train a new model without a base.</source>
        <translation>Ein per Fine-Tuning angepasstes Modell behält Architektur und Vokabulare von {base!r}, und bei diesem gilt: {changes}. Lassen Sie diese Optionen weg oder trainieren Sie ein neues Modell ohne Basismodell.</translation>
    </message>
    <message>
        <source>{base!r} translates {base_src} → {base_tgt}, but the run would train {src} → {tgt} on {folder}; start from a model of that pair, or train a new model without a base.</source>
        <translation>{base!r} übersetzt {base_src} → {base_tgt}, aber der Lauf würde {src} → {tgt} mit {folder} trainieren; gehen Sie von einem Modell dieses Sprachpaars aus oder trainieren Sie ein neues Modell ohne Basismodell.</translation>
    </message>
    <message>
        <source>Fine-tuning {base!r} ({src} → {tgt}): its architecture, vocabularies and weights are the starting point; it stays unchanged.</source>
        <translation>Fine-Tuning von {base!r} ({src} → {tgt}): Seine Architektur, Vokabulare und Gewichte sind der Ausgangspunkt; es selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Learning rate: peak {learning_rate:g} ({share:g} of the base&apos;s {base_peak:g}), warmed up over {warmup} updates, decaying to zero at the deadline: the weights already know the languages, and a high rate would wash that out.</source>
        <translation>Lernrate: Spitzenwert {learning_rate:g} ({share:g} × {base_peak:g} des Basismodells), Warm-up über {warmup} Updates, Abfall auf null bis zum Ende der Zeit: Die Gewichte kennen die Sprachen bereits, und eine hohe Lernrate würde das wieder auslöschen.</translation>
    </message>
    <message>
        <source>Learning rate: peak {learning_rate:g} ({share:g} of the base&apos;s {base_peak:g}), warmed up over {warmup} updates (a tenth of a shorter run), then falling slowly: the weights already know the languages, and a high rate would wash that out.</source>
        <translation>Lernrate: Spitze {learning_rate:g} ({share:g} der {base_peak:g} der Basis), Aufwärmen über {warmup} Updates (ein Zehntel eines kürzeren Laufs), dann langsam fallend: die Gewichte kennen die Sprachen schon, und eine hohe Rate würde das auswaschen.</translation>
    </message>
    <message>
        <source>Batch: {batch:,} tokens, as the base was trained.</source>
        <translation>Batch: {batch:,} Tokens, wie beim Training des Basismodells.</translation>
    </message>
    <message>
        <source>This run starts from {name!r}, which is no longer stored under that name; rename it back, or delete this run and start a new one.</source>
        <translation>Dieser Lauf geht von {name!r} aus, das unter diesem Namen nicht mehr gespeichert ist; benennen Sie es zurück oder löschen Sie diesen Lauf und starten Sie einen neuen.</translation>
    </message>
    <message>
        <source>{share:.0%} of the pieces in {folder} are unknown to the vocabularies of {base!r}: its text is in another language or script than the base&apos;s; start from a model of that language pair, or train a new model without a base.</source>
        <translation>{share:.0%} der Teilwörter in {folder} sind den Vokabularen von {base!r} unbekannt: Der Text ist in einer anderen Sprache oder Schrift als der des Basismodells; gehen Sie von einem Modell dieses Sprachpaars aus oder trainieren Sie ein neues Modell ohne Basismodell.</translation>
    </message>
    <message>
        <source>{share:.1%} of the pieces in the new text are unknown to the base&apos;s vocabularies (characters it never saw); the model cannot learn to write those</source>
        <translation>{share:.1%} der Teilwörter im neuen Text sind den Vokabularen des Basismodells unbekannt (Zeichen, die es nie gesehen hat); diese kann das Modell nicht schreiben lernen</translation>
    </message>
    <message>
        <source>Mixing in {pairs:,} pairs of the base&apos;s training data ({share:.0%})</source>
        <translation>{pairs:,} Paare aus den Trainingsdaten des Basismodells werden beigemischt ({share:.0%})</translation>
    </message>
    <message>
        <source>The sides of {folder} look swapped: {base!r} reads its {tgt} side as {src} text far better than as given (loss {swapped:.2f} against {given:.2f} per character); check which files or columns hold which language ({src} text in the {src} side), then start again.</source>
        <translation>Die Seiten von {folder} scheinen vertauscht: {base!r} liest die {tgt}-Seite als {src}-Text weit besser als wie angegeben (Verlust {swapped:.2f} gegenüber {given:.2f} pro Zeichen); prüfen Sie, welche Dateien oder Spalten welche Sprache enthalten ({src}-Text auf der {src}-Seite), und starten Sie dann neu.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Cannot save the glossary to {path} ({reason}); check that the disk has room and the folder is writable.</source>
        <translation>Das Glossar kann nicht in {path} gespeichert werden ({reason}); prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}); choose another place.</source>
        <translation>{path} kann nicht geschrieben werden ({reason}); wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>A glossary term needs both a source term and a target term.</source>
        <translation>Ein Glossarterm braucht sowohl einen Ausgangsterm als auch einen Zielterm.</translation>
    </message>
    <message>
        <source>{file} is a document, not a glossary; a glossary is a TSV, CSV or TBX file with one term per line: source, target and an optional note.</source>
        <translation>{file} ist ein Dokument, kein Glossar; ein Glossar ist eine TSV-, CSV- oder TBX-Datei mit einem Begriff pro Zeile: Quelle, Ziel und eine optionale Anmerkung.</translation>
    </message>
    <message>
        <source>{file} line {line} does not hold a source and a target term; a glossary file has one term per line: source, target and an optional note.</source>
        <translation>{file}, Zeile {line}, enthält keinen Ausgangs- und Zielterm; eine Glossardatei hat einen Term pro Zeile: Ausgangsterm, Zielterm und eine optionale Notiz.</translation>
    </message>
    <message>
        <source>{file} holds binary data, not terms; a glossary is a TSV, CSV or TBX file.</source>
        <translation>{file} enthält Binärdaten, keine Terme; ein Glossar ist eine TSV-, CSV- oder TBX-Datei.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>{file} ist kein UTF-8-Text; speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{file} is not well-formed XML (line {line}); export the termbase again.</source>
        <translation>{file} ist kein wohlgeformtes XML (Zeile {line}); exportieren Sie die Termdatenbank erneut.</translation>
    </message>
    <message>
        <source>{file} declares XML entities, which are refused for safety; remove its DOCTYPE block and import it again.</source>
        <translation>{file} deklariert XML-Entitäten, die aus Sicherheitsgründen abgelehnt werden; entfernen Sie den DOCTYPE-Block und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>{file} holds no entry with terms in both {src_lang} and {tgt_lang}; choose a termbase for this language pair.</source>
        <translation>{file} enthält keinen Eintrag mit Termen in {src_lang} und {tgt_lang}; wählen Sie eine Termdatenbank für dieses Sprachpaar.</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason}); check that it exists and is readable.</source>
        <translation>{path} kann nicht gelesen werden ({reason}); prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
</context>
<context>
    <name>glossary_translation</name>
    <message>
        <source>Glossaries work with models trained or fine-tuned here, not with imported Argos models; choose another model or translate without the glossary.</source>
        <translation>Glossare funktionieren mit hier trainierten oder per Fine-Tuning angepassten Modellen, nicht mit importierten Argos-Modellen; wählen Sie ein anderes Modell oder übersetzen Sie ohne Glossar.</translation>
    </message>
</context>
<context>
    <name>held_out_scores</name>
    <message>
        <source>{model!r} was trained on about {share:.0%} of the sentences of {test_set}, so its score there measures memory more than translation; score it on sentences it never saw, such as its data folder&apos;s own test files.</source>
        <translation>{model!r} wurde mit etwa {share:.0%} der Sätze von {test_set} trainiert, daher misst seine Bewertung dort eher das Gedächtnis als die Übersetzung; bewerten Sie es mit Sätzen, die es nie gesehen hat, etwa den eigenen Testdateien seines Datenordners.</translation>
    </message>
    <message>
        <source>Could not save the test score in {path} ({error}); free some disk space, then evaluate again.</source>
        <translation>Das Testergebnis konnte nicht in {path} gespeichert werden ({error}); geben Sie Speicherplatz frei und evaluieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The card of the model in {folder} is damaged ({error}); the test score was not saved.</source>
        <translation>Die Modellkarte in {folder} ist beschädigt ({error}); das Testergebnis wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>held_out_sets</name>
    <message>
        <source>Choose one test file or folder, or two files: the source and its reference.</source>
        <translation>Wählen Sie eine Testdatei oder einen Ordner oder zwei Dateien: den Ausgangstext und seine Referenz.</translation>
    </message>
    <message>
        <source>{path} does not exist; choose an existing test file or folder.</source>
        <translation>{path} existiert nicht; wählen Sie eine vorhandene Testdatei oder einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>{folder} holds no {src}–{tgt} test files (names with test, like test.{src} + test.{tgt}); choose the test files themselves.</source>
        <translation>{folder} enthält keine {src}–{tgt}-Testdateien (Namen mit test, etwa test.{src} + test.{tgt}); wählen Sie die Testdateien direkt aus.</translation>
    </message>
    <message>
        <source>{origin} holds no usable {src}–{tgt} pairs (empty or without both languages); choose a test set with a reference translation for each line.</source>
        <translation>{origin} enthält keine verwendbaren {src}–{tgt}-Paare (leer oder nicht in beiden Sprachen); wählen Sie Testdaten mit einer Referenzübersetzung für jede Zeile.</translation>
    </message>
    <message>
        <source>{file} is not a test file the app reads; choose a .tsv or .tmx file, a folder, or a pair of files like test.{src} + test.{tgt}.</source>
        <translation>{file} ist keine Testdatei, die die App lesen kann; wählen Sie eine .tsv- oder .tmx-Datei, einen Ordner oder ein Dateipaar wie test.{src} + test.{tgt}.</translation>
    </message>
    <message>
        <source>{file} has no {language} partner beside it ({stem}.{language}); choose both files, the source and its reference.</source>
        <translation>Neben {file} liegt kein {language}-Gegenstück ({stem}.{language}); wählen Sie beide Dateien, den Ausgangstext und seine Referenz.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose two text files, source and reference.</source>
        <translation>{path} ist ein Ordner; wählen Sie zwei Textdateien, Ausgangstext und Referenz.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>The test files ({files}) hold {found} text, but {model} translates {src} → {tgt}; choose {src}–{tgt} test files.</source>
        <translation>Die Testdateien ({files}) enthalten {found}-Text, aber {model} übersetzt {src} → {tgt}; wählen Sie {src}–{tgt}-Testdateien.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Cannot open the history at {path}: {error}.</source>
        <translation>Der Verlauf unter {path} kann nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <source>The history at {path} cannot be used ({error}); clear it or move it away.</source>
        <translation>Der Verlauf unter {path} kann nicht verwendet werden ({error}); leeren Sie ihn oder verschieben Sie ihn an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The history is cleared, but {path} could not be compacted ({error}).</source>
        <translation>Der Verlauf wurde geleert, aber {path} konnte nicht verkleinert werden ({error}).</translation>
    </message>
    <message>
        <source>The history at {path} is damaged and could not be moved aside ({error}); move it away yourself.</source>
        <translation>Der Verlauf unter {path} ist beschädigt und konnte nicht beiseitegelegt werden ({error}); verschieben Sie ihn selbst.</translation>
    </message>
</context>
<context>
    <name>marian</name>
    <message>
        <source>{file} holds a {file_name} too big for an OPUS-MT model; refused.</source>
        <translation>{file} enthält eine Datei {file_name}, die für ein OPUS-MT-Modell zu groß ist; abgelehnt.</translation>
    </message>
    <message>
        <source>{file} holds a missing or damaged {file_name} ({error}).</source>
        <translation>In {file} fehlt die Datei {file_name} oder ist beschädigt ({error}).</translation>
    </message>
    <message>
        <source>{file} is an OPUS-MT model with {what}, which s2s-desktop&apos;s Transformer cannot represent; it cannot be imported.</source>
        <translation>{file} ist ein OPUS-MT-Modell mit {what}, was der Transformer von s2s-desktop nicht abbilden kann; es lässt sich nicht importieren.</translation>
    </message>
    <message>
        <source>{file} has a bad {key} in its config.json: {value!r}.</source>
        <translation>{file} hat einen ungültigen Wert für {key} in seiner config.json: {value!r}.</translation>
    </message>
    <message>
        <source>{file} is not an OPUS-MT (Marian) model (its config.json says model_type {kind!r}); only Marian models in Hugging Face&apos;s layout can be imported.</source>
        <translation>{file} ist kein OPUS-MT-Modell (Marian) (seine config.json gibt model_type {kind!r} an); nur Marian-Modelle im Hugging-Face-Format lassen sich importieren.</translation>
    </message>
    <message>
        <source>separate source and target vocabularies</source>
        <translation>getrennten Ausgangs- und Zielvokabularen</translation>
    </message>
    <message>
        <source>{key} = {value!r} (untied embeddings)</source>
        <translation>{key} = {value!r} (nicht gekoppelte Embeddings)</translation>
    </message>
    <message>
        <source>the activation {name!r}</source>
        <translation>der Aktivierungsfunktion {name!r}</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {error}</source>
        <translation>{file} lässt sich nicht importieren: {error}</translation>
    </message>
    <message>
        <source>{folder} looks like an OPUS-MT model&apos;s folder but lacks {missing}: download them from the model&apos;s Hugging Face page into it{weights}.</source>
        <translation>{folder} sieht wie der Ordner eines OPUS-MT-Modells aus, aber es fehlt {missing}: laden Sie sie von der Hugging-Face-Seite des Modells in ihn herunter{weights}.</translation>
    </message>
    <message>
        <source> (model.safetensors: pytorch_model.bin is refused)</source>
        <translation> (model.safetensors: pytorch_model.bin wird abgelehnt)</translation>
    </message>
    <message>
        <source>{file} holds its weights only as {file_name}, which s2s-desktop never opens (loading it can run code): download model.safetensors from the model&apos;s Hugging Face page (Helsinki-NLP/opus-mt-... has it), or convert with transformers: MarianMTModel.from_pretrained(folder).save_pretrained(folder, safe_serialization=True).</source>
        <translation>{file} enthält seine Gewichte nur als {file_name}, was s2s-desktop nie öffnet (das Laden kann Code ausführen): Laden Sie model.safetensors von der Hugging-Face-Seite des Modells herunter (Helsinki-NLP/opus-mt-... bietet die Datei an) oder konvertieren Sie mit transformers: MarianMTModel.from_pretrained(folder).save_pretrained(folder, safe_serialization=True).</translation>
    </message>
    <message>
        <source>{file} has a vocab.json that does not match its vocab_size ({size}).</source>
        <translation>Die vocab.json von {file} passt nicht zu seiner vocab_size ({size}).</translation>
    </message>
    <message>
        <source>{file} has a bad id in its vocab.json: {index!r}.</source>
        <translation>{file} hat eine ungültige ID in seiner vocab.json: {index!r}.</translation>
    </message>
    <message>
        <source>{file} has a vocab.json that gives two pieces the same id.</source>
        <translation>Die vocab.json von {file} gibt zwei Teilwörtern dieselbe ID.</translation>
    </message>
    <message>
        <source>{file} has a vocab.json without &lt;unk&gt;.</source>
        <translation>Die vocab.json von {file} enthält kein &lt;unk&gt;.</translation>
    </message>
    <message>
        <source>{file} has special token ids that do not fit its vocabulary.</source>
        <translation>{file} hat Sondertoken-IDs, die nicht zu seinem Vokabular passen.</translation>
    </message>
    <message>
        <source>a decoder start token that is its eos or unk</source>
        <translation>einem Decoder-Starttoken, das zugleich sein eos- oder unk-Token ist</translation>
    </message>
    <message>
        <source>{file} lacks {file_name}, the OPUS-MT model&apos;s weights.</source>
        <translation>In {file} fehlt {file_name}, die Gewichte des OPUS-MT-Modells.</translation>
    </message>
    <message>
        <source>{file} is not a complete OPUS-MT model: it lacks {file_name}.</source>
        <translation>{file} ist kein vollständiges OPUS-MT-Modell: Die Datei {file_name} fehlt.</translation>
    </message>
    <message>
        <source>{file} holds a damaged config.json.</source>
        <translation>{file} enthält eine beschädigte config.json.</translation>
    </message>
    <message>
        <source>{file} has no token embeddings in {file_name}.</source>
        <translation>{file} hat keine Token-Embeddings in {file_name}.</translation>
    </message>
    <message>
        <source>The weights in {file} do not match its config.json ({weight}); refused.</source>
        <translation>Die Gewichte in {file} passen nicht zu seiner config.json ({weight}); abgelehnt.</translation>
    </message>
    <message>
        <source>The weights in {file} hold a bad final_logits_bias; refused.</source>
        <translation>Die Gewichte in {file} enthalten einen ungültigen final_logits_bias; abgelehnt.</translation>
    </message>
    <message>
        <source>an untied {key}</source>
        <translation>einem nicht gekoppelten {key}</translation>
    </message>
    <message>
        <source>The weights in {file} are damaged or unreadable: {error}.</source>
        <translation>Die Gewichte in {file} sind beschädigt oder unlesbar: {error}.</translation>
    </message>
    <message>
        <source>Cannot read the weights in {file}: {error}.</source>
        <translation>Die Gewichte in {file} können nicht gelesen werden: {error}.</translation>
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
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>, {share:.0%} of it trained on</source>
        <translation>, {share:.0%} davon im Training gesehen</translation>
    </message>
    <message>
        <source>{base} (the same weights: no step scored better)</source>
        <translation>{base} (dieselben Gewichte: kein Schritt erzielte eine bessere Bewertung)</translation>
    </message>
    <message>
        <source>Fine-tuned into</source>
        <translation>Feinabgestimmt zu</translation>
    </message>
    <message>
        <source>BLEU {bleu} (the base: {base}), greedy decoding</source>
        <translation>BLEU {bleu} (Basismodell: {base}), Greedy-Dekodierung</translation>
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
        <source>Stopped at step {step}: Resume training… continues it.</source>
        <translation>Bei Schritt {step} angehalten: Training fortsetzen… setzt es fort.</translation>
    </message>
    <message>
        <source>Used its time budget at step {step}: Resume training… trains it longer.</source>
        <translation>Zeitbudget bei Schritt {step} aufgebraucht: Training fortsetzen… trainiert es länger.</translation>
    </message>
    <message>
        <source>Interrupted after step {step} (closed or crashed): Resume training… continues from its last checkpoint.</source>
        <translation>Nach Schritt {step} unterbrochen (beendet oder abgestürzt): Training fortsetzen… macht am letzten Sicherungspunkt weiter.</translation>
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
        <source>Interrupted after step {step} (closed or crashed): Resume training… continues from its last checkpoint, step {checkpoint}.</source>
        <translation>Unterbrochen nach Schritt {step} (geschlossen oder abgestürzt): Training fortsetzen… macht beim letzten Checkpoint weiter, Schritt {checkpoint}.</translation>
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
        <source>{count} parameters</source>
        <translation>{count} Parameter</translation>
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
    <name>model_files</name>
    <message>
        <source>Cannot resume {name!r}: its training settings ({path}) are missing or damaged; start a new run instead.</source>
        <translation>{name!r} kann nicht fortgesetzt werden: Seine Trainingseinstellungen ({path}) fehlen oder sind beschädigt; starten Sie stattdessen einen neuen Lauf.</translation>
    </message>
    <message>
        <source>The weights in {file} are damaged or unreadable ({error}); train or import the model again.</source>
        <translation>Die Gewichte in {file} sind beschädigt oder unlesbar ({error}); trainieren oder importieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>The weights in {file} do not match the architecture in its config.json; refused.</source>
        <translation>Die Gewichte in {file} passen nicht zur Architektur in seiner config.json; abgelehnt.</translation>
    </message>
    <message>
        <source>{file} has no model architecture in its config.json.</source>
        <translation>{file} hat keine Modellarchitektur in seiner config.json.</translation>
    </message>
    <message>
        <source>{file} has no tokenizer in its config.json.</source>
        <translation>{file} hat keinen Tokenizer in seiner config.json.</translation>
    </message>
    <message>
        <source>{file} names a bad tokenizer file in its config.json.</source>
        <translation>{file} nennt in seiner config.json eine ungültige Tokenizer-Datei.</translation>
    </message>
    <message>
        <source>The model in {folder} has a missing or damaged config.json.</source>
        <translation>Beim Modell in {folder} fehlt die config.json oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The model in {folder} has a damaged config.json.</source>
        <translation>Das Modell in {folder} hat eine beschädigte config.json.</translation>
    </message>
    <message>
        <source>The tokenizers in {folder} do not match its config.json.</source>
        <translation>Die Tokenizer in {folder} passen nicht zu dessen config.json.</translation>
    </message>
    <message>
        <source>The tokenizers in {folder} do not share the list of pieces it needs.</source>
        <translation>Die Tokenizer in {folder} haben nicht die gemeinsame Teilwortliste, die das Modell braucht.</translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <source>--mix-base mixes a base model&apos;s data into a fine-tuning run; use it with --from.</source>
        <translation>--mix-base mischt die Daten eines Basismodells in einen Fine-Tuning-Lauf; verwenden Sie es zusammen mit --from.</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists; choose another --name, delete it (s2s-desktop models delete {name}), or continue it with --resume.</source>
        <translation>Ein Modell namens {name!r} existiert bereits; wählen Sie einen anderen --name, löschen Sie es (s2s-desktop models delete {name}) oder setzen Sie es mit --resume fort.</translation>
    </message>
    <message>
        <source>{option} was {old}, not {new}</source>
        <translation>{option} war {old}, nicht {new}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A resumed run keeps its data, its model and its batches, but {changes}: leave those out to continue {name!r}, or start a new run under another --name.</source>
        <translation>Ein fortgesetzter Lauf behält seine Daten, sein Modell und seine Batches, aber {changes}: Lassen Sie diese Angaben weg, um {name!r} fortzusetzen, oder starten Sie einen neuen Lauf unter einem anderen --name.</translation>
    </message>
    <message>
        <source>Give the FOLDER with your parallel text: s2s-desktop train FOLDER.</source>
        <translation>Geben Sie den Ordner FOLDER mit Ihren Paralleltexten an: s2s-desktop train FOLDER.</translation>
    </message>
    <message>
        <source>Unknown preset {preset!r}; choose one of {presets}.</source>
        <translation>Unbekannte Voreinstellung {preset!r}; wählen Sie eine von {presets}.</translation>
    </message>
    <message>
        <source>The fine-tuned model is a new one and {base!r} stays as it is, so it needs another name: choose one with --name (without it: {base}-tuned).</source>
        <translation>Das feinabgestimmte Modell ist ein neues, und {base!r} bleibt, wie es ist; es braucht also einen anderen Namen: wählen Sie einen mit --name (ohne: {base}-tuned).</translation>
    </message>
    <message>
        <source>Give the FOLDER with your parallel text: s2s-desktop train FOLDER --from {base}.</source>
        <translation>Geben Sie den Ordner FOLDER mit Ihren Paralleltexten an: s2s-desktop train FOLDER --from {base}.</translation>
    </message>
    <message>
        <source>A fine-tuned model keeps the architecture of {base!r}; leave out --preset {preset}.</source>
        <translation>Ein per Fine-Tuning angepasstes Modell behält die Architektur von {base!r}; lassen Sie --preset {preset} weg.</translation>
    </message>
    <message>
        <source>--mix-base needs the training data of {base!r}, but its folder {folder} is gone; leave out --mix-base, or put that folder back.</source>
        <translation>--mix-base braucht die Trainingsdaten von {base!r}, aber dessen Ordner {folder} ist nicht mehr vorhanden; lassen Sie --mix-base weg oder stellen Sie den Ordner wieder her.</translation>
    </message>
    <message>
        <source>--mix-base needs the training data of {base!r}, but it was not trained here, so its data is unknown; leave out --mix-base.</source>
        <translation>--mix-base braucht die Trainingsdaten von {base!r}, aber dieses Modell wurde nicht hier trainiert; lassen Sie --mix-base weg.</translation>
    </message>
    <message>
        <source>Mixing in the training data of {base!r} from {folder}: {share:.0%} of the training pairs, so the model keeps more of what the base knew.</source>
        <translation>Die Trainingsdaten von {base!r} aus {folder} werden beigemischt: {share:.0%} der Trainingspaare, damit das Modell mehr von dem behält, was die Basis konnte.</translation>
    </message>
    <message>
        <source>{folder} has no {src}–{tgt} pairs, the languages of {base!r} (it has {found}); a fine-tuned model keeps its base&apos;s languages: choose a folder of {src}–{tgt} text, or train a new model without --from.</source>
        <translation>{folder} enthält keine {src}–{tgt}-Paare, die Sprachen von {base!r} (er enthält {found}); ein feinabgestimmtes Modell behält die Sprachen seiner Basis: Wählen Sie einen Ordner mit {src}–{tgt}-Text, oder trainieren Sie ein neues Modell ohne --from.</translation>
    </message>
    <message>
        <source>{name!r} has already trained into epoch {reached}; ask for more epochs than that in total, or for more time.</source>
        <translation>{name!r} hat bereits bis in Epoche {reached} trainiert; verlangen Sie insgesamt mehr Epochen als das, oder mehr Zeit.</translation>
    </message>
    <message>
        <source>{name!r} read its data from {folder}, which is not there any more: give the folder it moved to (s2s-desktop train FOLDER --name {name} --resume, or choose it under Data in the window), or put the files back.</source>
        <translation>{name!r} las seine Daten aus {folder}, das es nicht mehr gibt: Geben Sie den Ordner an, in den sie verschoben wurden (s2s-desktop train FOLDER --name {name} --resume, oder wählen Sie ihn im Fenster unter „Daten“), oder legen Sie die Dateien zurück.</translation>
    </message>
    <message>
        <source>--resume needs the --name of the run to continue.</source>
        <translation>--resume braucht den --name des fortzusetzenden Laufs.</translation>
    </message>
    <message>
        <source>Cannot resume {name!r}: there is no run of that name; start it without --resume (see &apos;s2s-desktop models&apos;).</source>
        <translation>{name!r} kann nicht fortgesetzt werden: Es gibt keinen Lauf dieses Namens; starten Sie ihn ohne --resume (siehe „s2s-desktop models“).</translation>
    </message>
    <message>
        <source>{name!r} trains to a time budget ({minutes:g} minutes), which it has used; give it more time with --time-budget (e.g. --time-budget 10m): more epochs alone do not lift the budget.</source>
        <translation>{name!r} trainiert mit einem Zeitbudget ({minutes:g} Minuten), das aufgebraucht ist; geben Sie ihm mehr Zeit mit --time-budget (z. B. --time-budget 10m): mehr Epochen allein heben das Budget nicht auf.</translation>
    </message>
    <message>
        <source>Resuming {name!r} on {folder} ({src} → {tgt}).</source>
        <translation>{name!r} wird mit {folder} fortgesetzt ({src} → {tgt}).</translation>
    </message>
    <message>
        <source>Its data was in {old}, which is gone; the run checks that the files here are the same.</source>
        <translation>Seine Daten lagen in {old}, das es nicht mehr gibt; der Lauf prüft, ob die Dateien hier dieselben sind.</translation>
    </message>
    <message>
        <source>{option} changes from {old} to {new}, as asked.</source>
        <translation>{option} ändert sich wie gewünscht von {old} auf {new}.</translation>
    </message>
</context>
<context>
    <name>replace_question</name>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} ist in {folder} bereits vorhanden. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>run_data</name>
    <message>
        <source>Tokenizing {pairs:,} training pairs</source>
        <translation>{pairs:,} Trainingspaare werden tokenisiert</translation>
    </message>
    <message>
        <source>Skipped {pairs:,} pairs longer than {pieces} pieces</source>
        <translation>{pairs:,} Paare mit mehr als {pieces} Teilwörtern übersprungen</translation>
    </message>
    <message>
        <source>Left out {pairs:,} training pair whose source is also a validation or test sentence, so the scores measure translation, not memory</source>
        <translation>{pairs:,} Trainingspaar ausgelassen, dessen Ausgangssatz auch ein Validierungs- oder Testsatz ist, damit die Bewertungen die Übersetzung messen und nicht das Gedächtnis</translation>
    </message>
    <message>
        <source>Left out {pairs:,} training pairs whose source is also a validation or test sentence, so the scores measure translation, not memory</source>
        <translation>{pairs:,} Trainingspaare ausgelassen, deren Ausgangssatz auch ein Validierungs- oder Testsatz ist, damit die Bewertungen die Übersetzung messen und nicht das Gedächtnis</translation>
    </message>
    <message>
        <source>No training pairs fit the model: every pair is longer than {pieces} pieces or repeats a validation or test sentence; raise --max-positions or check the data.</source>
        <translation>Kein Trainingspaar passt zum Modell: Jedes Paar ist länger als {pieces} Teilwörter oder wiederholt einen Validierungs- oder Testsatz; erhöhen Sie --max-positions oder prüfen Sie die Daten.</translation>
    </message>
    <message>
        <source>Learning a shared vocabulary of {pieces} pieces</source>
        <translation>Ein gemeinsames Vokabular mit {pieces} Teilwörtern wird gelernt</translation>
    </message>
    <message>
        <source>Learning the {language} vocabulary ({pieces} pieces)</source>
        <translation>Das Vokabular für {language} wird gelernt ({pieces} Teilwörter)</translation>
    </message>
    <message>
        <source>The corpus holds too little text for {wanted:,} source pieces; the model uses the {got:,} it learned</source>
        <translation>Das Korpus enthält zu wenig Text für {wanted:,} Ausgangs-Teilwörter; das Modell verwendet die {got:,} gelernten</translation>
    </message>
    <message>
        <source>The corpus holds too little text for {wanted:,} target pieces; the model uses the {got:,} it learned</source>
        <translation>Das Korpus enthält zu wenig Text für {wanted:,} Ziel-Teilwörter; das Modell verwendet die {got:,} gelernten</translation>
    </message>
</context>
<context>
    <name>run_request</name>
    <message>
        <source>Choose a folder of parallel text first.</source>
        <translation>Wählen Sie zuerst einen Ordner mit Paralleltexten.</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>{name!r} is training now; its model appears after its first evaluation.</source>
        <translation>{name!r} wird gerade trainiert; das Modell erscheint nach der ersten Evaluierung.</translation>
    </message>
    <message>
        <source>{name!r} stopped at step {step:,} (epoch {epoch}) before its first evaluation: Resume continues it.</source>
        <translation>{name!r} wurde bei Schritt {step:,} (Epoche {epoch}) vor der ersten Evaluierung angehalten: „Fortsetzen“ setzt den Lauf fort.</translation>
    </message>
    <message>
        <source>{name!r} stopped before its first evaluation: Resume continues it.</source>
        <translation>{name!r} wurde vor der ersten Evaluierung angehalten: „Fortsetzen“ setzt den Lauf fort.</translation>
    </message>
    <message>
        <source>{name!r} stopped at step {step:,} (epoch {epoch}) before its first checkpoint: delete it and start again.</source>
        <translation>{name!r} wurde bei Schritt {step:,} (Epoche {epoch}) vor dem ersten Checkpoint angehalten: Löschen Sie den Lauf und starten Sie neu.</translation>
    </message>
    <message>
        <source>{name!r} stopped before its first checkpoint: delete it and start again.</source>
        <translation>{name!r} wurde vor dem ersten Checkpoint angehalten: Löschen Sie den Lauf und starten Sie neu.</translation>
    </message>
    <message>
        <source>stopped at step {step:,}</source>
        <translation>angehalten bei Schritt {step:,}</translation>
    </message>
    <message>
        <source>time budget used at step {step:,}</source>
        <translation>Zeitbudget bei Schritt {step:,} aufgebraucht</translation>
    </message>
    <message>
        <source>interrupted after step {step:,}</source>
        <translation>unterbrochen nach Schritt {step:,}</translation>
    </message>
    <message>
        <source>ended at step {step:,}</source>
        <translation>beendet bei Schritt {step:,}</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>Choose at least one model to evaluate.</source>
        <translation>Wählen Sie mindestens ein Modell zum Evaluieren.</translation>
    </message>
    <message>
        <source>The beam width must be between 1 and {max_beam}, not {beam}.</source>
        <translation>Die Beam-Breite muss zwischen 1 und {max_beam} liegen, nicht bei {beam}.</translation>
    </message>
    <message>
        <source>Model {name!r} is training; evaluate it when its run ends.</source>
        <translation>Modell {name!r} wird gerade trainiert; evaluieren Sie es, wenn sein Lauf beendet ist.</translation>
    </message>
    <message>
        <source>model {name!r}</source>
        <translation>Modell {name!r}</translation>
    </message>
    <message>
        <source>The test set {test} does not say its languages, so it can score models of one language pair only, not {pairs}; put the languages in the file names (like {example}) or evaluate one pair at a time.</source>
        <translation>Der Testsatz {test} nennt seine Sprachen nicht und kann daher nur Modelle eines Sprachpaars bewerten, nicht {pairs}; nennen Sie die Sprachen in den Dateinamen (etwa {example}) oder bewerten Sie ein Paar nach dem anderen.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{name!r} is not a usable model name; use up to 80 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>{name!r} ist kein gültiger Modellname; verwenden Sie bis zu 80 Buchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Model {name!r} is damaged (its config.json cannot be read); delete it (s2s-desktop models delete {name}) and train or import it again.</source>
        <translation>Modell {name!r} ist beschädigt (seine config.json kann nicht gelesen werden); löschen Sie es (s2s-desktop models delete {name}) und trainieren oder importieren Sie es erneut.</translation>
    </message>
    <message>
        <source>Model {name!r} has not finished its first evaluation yet; resume its training (s2s-desktop train --name {name} --resume) or delete it.</source>
        <translation>Modell {name!r} hat seine erste Evaluierung noch nicht abgeschlossen; setzen Sie sein Training fort (s2s-desktop train --name {name} --resume) oder löschen Sie es.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>There is no model named {name!r} (stored models: {known}); see them with &apos;s2s-desktop models&apos;.</source>
        <translation>Es gibt kein Modell namens {name!r} (gespeicherte Modelle: {known}); eine Liste zeigt „s2s-desktop models“.</translation>
    </message>
    <message>
        <source>{name!r} is already training in another window or process; stop that run first.</source>
        <translation>{name!r} wird bereits in einem anderen Fenster oder Prozess trainiert; halten Sie zuerst diesen Lauf an.</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists; choose another name, delete it, or resume it.</source>
        <translation>Ein Modell namens {name!r} existiert bereits; wählen Sie einen anderen Namen, löschen Sie es oder setzen Sie es fort.</translation>
    </message>
    <message>
        <source>A model named {name!r} was created by another run just now; choose another name.</source>
        <translation>Ein Modell namens {name!r} wurde soeben von einem anderen Lauf angelegt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not create {folder} ({reason}); check that the data folder is writable and has free space.</source>
        <translation>{folder} konnte nicht angelegt werden ({reason}); prüfen Sie, ob der Datenordner beschreibbar ist und freien Speicherplatz hat.</translation>
    </message>
    <message>
        <source>{name!r} is training right now; stop the run before you delete it.</source>
        <translation>{name!r} wird gerade trainiert; halten Sie den Lauf an, bevor Sie das Modell löschen.</translation>
    </message>
    <message>
        <source>Could not delete {name!r} ({reason}); is it in use?</source>
        <translation>{name!r} konnte nicht gelöscht werden ({reason}); wird es gerade verwendet?</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists; choose another name.</source>
        <translation>Ein Modell namens {name!r} existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{name!r} is training right now; stop the run before you rename it.</source>
        <translation>{name!r} wird gerade trainiert; halten Sie den Lauf an, bevor Sie das Modell umbenennen.</translation>
    </message>
    <message>
        <source>Could not rename {name!r} ({reason}); is it in use?</source>
        <translation>{name!r} konnte nicht umbenannt werden ({reason}); wird es gerade verwendet?</translation>
    </message>
    <message>
        <source>Only a model imported from Argos Translate can be exported as an Argos Translate package ({suffix}); export {name!r} to a .zip file instead.</source>
        <translation>Nur ein aus Argos Translate importiertes Modell lässt sich als Argos-Translate-Paket ({suffix}) exportieren; exportieren Sie {name!r} stattdessen in eine .zip-Datei.</translation>
    </message>
    <message>
        <source>{file} is a folder; choose another file name.</source>
        <translation>{file} ist ein Ordner; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{name!r} cannot be exported: its weights ({file}) or its config.json are damaged; delete it (s2s-desktop models delete {name}) and train or import it again.</source>
        <translation>{name!r} lässt sich nicht exportieren: seine Gewichte ({file}) oder seine config.json sind beschädigt; löschen Sie es (s2s-desktop models delete {name}) und trainieren oder importieren Sie es erneut.</translation>
    </message>
    <message>
        <source>{file} is a folder, but not an OPUS-MT model&apos;s (config.json, source.spm, target.spm, vocab.json); give an exported model .zip or such a folder.</source>
        <translation>{file} ist ein Ordner, aber nicht der eines OPUS-MT-Modells (config.json, source.spm, target.spm, vocab.json); geben Sie eine exportierte Modell-.zip-Datei oder einen solchen Ordner an.</translation>
    </message>
    <message>
        <source>{file} does not exist; give the path of an exported model .zip or of an OPUS-MT model&apos;s folder.</source>
        <translation>{file} existiert nicht; geben Sie den Pfad einer exportierten Modell-.zip-Datei oder des Ordners eines OPUS-MT-Modells an.</translation>
    </message>
    <message>
        <source>{file} is not a model file (not a zip archive).</source>
        <translation>{file} ist keine Modelldatei (kein ZIP-Archiv).</translation>
    </message>
    <message>
        <source>{file} is damaged ({error}); export the model again.</source>
        <translation>{file} ist beschädigt ({error}); exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>{file} is damaged: its tokenizer {file_name} cannot be read; export the model again.</source>
        <translation>{file} ist beschädigt: sein Tokenizer {file_name} lässt sich nicht lesen; exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>Could not unpack {file} into {folder} ({reason}); free some disk space and try again.</source>
        <translation>{file} konnte nicht nach {folder} entpackt werden ({reason}); geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A model named {name!r} already exists; import with --name NEW.</source>
        <translation>Ein Modell namens {name!r} existiert bereits; importieren Sie mit --name NEW.</translation>
    </message>
    <message>
        <source>{file} holds more than {gigabytes} GB; refused.</source>
        <translation>{file} enthält mehr als {gigabytes} GB; abgelehnt.</translation>
    </message>
    <message>
        <source>{file} is damaged ({error}); download it again.</source>
        <translation>{file} ist beschädigt ({error}); laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {gigabytes} GB.</source>
        <translation>{file} würde entpackt mehr als {gigabytes} GB belegen.</translation>
    </message>
    <message>
        <source>Importing {file} needs {needed_mb:,} MB free in {folder} but only {free_mb:,} MB are; free some disk space and try again.</source>
        <translation>Der Import von {file} braucht {needed_mb:,} MB freien Speicherplatz in {folder}, aber nur {free_mb:,} MB sind frei; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{file} holds a config.json too big for a model file; refused.</source>
        <translation>{file} enthält eine config.json, die für eine Modelldatei zu groß ist; abgelehnt.</translation>
    </message>
    <message>
        <source>{file} holds a damaged config.json.</source>
        <translation>{file} enthält eine beschädigte config.json.</translation>
    </message>
    <message>
        <source>{file} holds {count} files, too many for a model file.</source>
        <translation>{file} enthält {count} Dateien, zu viele für eine Modelldatei.</translation>
    </message>
    <message>
        <source>{file} holds a file with an unsafe path ({name!r}); refused.</source>
        <translation>{file} enthält eine Datei mit unsicherem Pfad ({name!r}); abgelehnt.</translation>
    </message>
    <message>
        <source>{file} is not a model file: it lacks {file_name}.</source>
        <translation>{file} ist keine Modelldatei: Die Datei {file_name} fehlt.</translation>
    </message>
</context>
<context>
    <name>text_files</name>
    <message>
        <source>Unknown text encoding {encoding!r}; give a name like utf-8 or latin-1 (--encoding, or Encoding in the window).</source>
        <translation>Unbekannte Textkodierung {encoding!r}; geben Sie einen Namen wie utf-8 oder latin-1 an (--encoding oder Kodierung im Fenster).</translation>
    </message>
    <message>
        <source>The encoding {encoding} is not supported for text files; convert them to UTF-8.</source>
        <translation>Die Kodierung {encoding} wird für Textdateien nicht unterstützt; konvertieren Sie sie nach UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not a text file (it contains NUL bytes); move it out of the data folder, or convert it to UTF-8 if it is UTF-16 text.</source>
        <translation>{path} ist keine Textdatei (sie enthält NUL-Bytes); verschieben Sie sie aus dem Datenordner oder konvertieren Sie sie nach UTF-8, falls es sich um UTF-16-Text handelt.</translation>
    </message>
    <message>
        <source>{path} is not {encoding} text (line {line}); convert it to UTF-8 or give its text encoding (--encoding, or Encoding in the Train tab).</source>
        <translation>{path} ist kein {encoding}-Text (Zeile {line}); konvertieren Sie die Datei nach UTF-8 oder geben Sie ihre Textkodierung an (--encoding oder „Kodierung“ im Tab „Trainieren“).</translation>
    </message>
    <message>
        <source>Cannot read {path} ({error}); check that it exists and is readable.</source>
        <translation>{path} kann nicht gelesen werden ({error}); prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
</context>
<context>
    <name>tmx</name>
    <message>
        <source>{path} is not well-formed XML at line {line}, column {column} ({reason}: often an &amp; not written as &amp;amp;, or a control character); fix the file there, or export it again from the tool that made it.</source>
        <translation>{path} ist kein wohlgeformtes XML in Zeile {line}, Spalte {column} ({reason}: oft ein &amp; nicht als &amp;amp; geschrieben, oder ein Steuerzeichen); korrigieren Sie die Datei dort oder exportieren Sie sie erneut aus dem Programm, das sie erstellt hat.</translation>
    </message>
    <message>
        <source>{path} declares XML entities or external references, which are refused for safety; remove its DOCTYPE block or export the translation memory again.</source>
        <translation>{path} deklariert XML-Entitäten oder externe Verweise, die aus Sicherheitsgründen abgelehnt werden; entfernen Sie den DOCTYPE-Block oder exportieren Sie das Translation Memory erneut.</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason}); check that it exists and is readable.</source>
        <translation>{path} kann nicht gelesen werden ({reason}); prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
</context>
<context>
    <name>tokenizer</name>
    <message>
        <source>The tokenizer&apos;s special ids are not pad=0, unk=1, bos=2, eos=3.</source>
        <translation>Die Sonder-IDs des Tokenizers sind nicht pad=0, unk=1, bos=2, eos=3.</translation>
    </message>
    <message>
        <source>Cannot read the tokenizer {path}: {error}.</source>
        <translation>Der Tokenizer {path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The tokenizer is damaged ({error}).</source>
        <translation>Der Tokenizer ist beschädigt ({error}).</translation>
    </message>
    <message>
        <source>The tokenizer&apos;s list of pieces is damaged (not distinct strings).</source>
        <translation>Die Teilwortliste des Tokenizers ist beschädigt (keine eindeutigen Zeichenketten).</translation>
    </message>
    <message>
        <source>A vocabulary of {pieces} pieces cannot hold this corpus&apos;s {characters} distinct characters; choose a vocabulary size of at least {at_least}.</source>
        <translation>Ein Vokabular mit {pieces} Teilwörtern kann die {characters} verschiedenen Zeichen dieses Korpus nicht aufnehmen; wählen Sie eine Vokabulargröße von mindestens {at_least}.</translation>
    </message>
    <message>
        <source>Could not learn a vocabulary of {pieces} pieces from this corpus; try a different vocabulary size or add more text.</source>
        <translation>Aus diesem Korpus konnte kein Vokabular mit {pieces} Teilwörtern gelernt werden; versuchen Sie eine andere Vokabulargröße oder fügen Sie mehr Text hinzu.</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>The GPU ran out of memory; start a new run with fewer batch tokens or a smaller preset (a resumed run keeps its batch size), or train on the CPU.</source>
        <translation>Der GPU ist der Speicher ausgegangen; starten Sie einen neuen Lauf mit weniger Batch-Tokens oder einer kleineren Voreinstellung (ein fortgesetzter Lauf behält seine Batch-Größe) oder trainieren Sie auf der CPU.</translation>
    </message>
    <message>
        <source>Training failed unexpectedly ({error_type}: {error}).</source>
        <translation>Das Training ist unerwartet fehlgeschlagen ({error_type}: {error}).</translation>
    </message>
    <message>
        <source>Rank {rank}: {message}</source>
        <translation>Rang {rank}: {message}</translation>
    </message>
    <message>
        <source>There is no run named {name!r} to resume; start it without --resume.</source>
        <translation>Es gibt keinen Lauf namens {name!r} zum Fortsetzen; starten Sie ihn ohne --resume.</translation>
    </message>
    <message>
        <source>Scoring the base on the new validation set: where the curves start</source>
        <translation>Das Basismodell wird auf den neuen Validierungsdaten bewertet: dort beginnen die Kurven</translation>
    </message>
    <message>
        <source>The folder of {name!r} was deleted or renamed during training; the run stopped without saving.</source>
        <translation>Der Ordner von {name!r} wurde während des Trainings gelöscht oder umbenannt; der Lauf wurde ohne Speichern beendet.</translation>
    </message>
    <message>
        <source>{name!r} has already finished epoch {epochs}, its last; ask for more epochs in total, or for a time to train, to go on.</source>
        <translation>{name!r} hat Epoche {epochs}, seine letzte, bereits abgeschlossen; verlangen Sie insgesamt mehr Epochen oder eine Trainingszeit, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>translation_memory</name>
    <message>
        <source>A memory needs two different languages, not {src} and {tgt}.</source>
        <translation>Ein Translation Memory braucht zwei verschiedene Sprachen, nicht {src} und {tgt}.</translation>
    </message>
    <message>
        <source>{path} holds no {src}–{tgt} translation units; choose a TMX file with {src} and {tgt} segments.</source>
        <translation>{path} enthält keine {src}–{tgt}-Übersetzungseinheiten; wählen Sie eine TMX-Datei mit {src}- und {tgt}-Segmenten.</translation>
    </message>
    <message>
        <source>{folder} holds {found_src}–{found_tgt} data, not {src}–{tgt}; choose a folder with this memory&apos;s language pair.</source>
        <translation>{folder} enthält {found_src}–{found_tgt}-Daten, nicht {src}–{tgt}; wählen Sie einen Ordner mit dem Sprachpaar dieses Translation Memorys.</translation>
    </message>
    <message>
        <source>{code!r} is not a source language code; use a code like en or es.</source>
        <translation>{code!r} ist kein Code für die Ausgangssprache; verwenden Sie einen Code wie en oder es.</translation>
    </message>
    <message>
        <source>{code!r} is not a target language code; use a code like en or es.</source>
        <translation>{code!r} ist kein Code für die Zielsprache; verwenden Sie einen Code wie en oder es.</translation>
    </message>
    <message>
        <source>Cannot open the translation memory {path} ({error}).</source>
        <translation>Das Translation Memory {path} kann nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
        <source>The translation memory {path} was written by a newer version of the app; update the app to use it.</source>
        <translation>Das Translation Memory {path} wurde von einer neueren Version der App geschrieben; aktualisieren Sie die App, um es zu verwenden.</translation>
    </message>
    <message>
        <source>The translation memory {path} is damaged or not a memory file ({error}); move it aside and add its corpora again.</source>
        <translation>Das Translation Memory {path} ist beschädigt oder keine TM-Datei ({error}); verschieben Sie es an einen anderen Ort und fügen Sie seine Korpora erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>translator</name>
    <message>
        <source>The beam width must be at least 1, not {beam}.</source>
        <translation>Die Beam-Breite muss mindestens 1 sein, nicht {beam}.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>not usable yet: it has learned words, not sentences</source>
        <translation>noch nicht brauchbar: es hat Wörter gelernt, keine Sätze</translation>
    </message>
    <message>
        <source>rough: it gives the gist of simple sentences</source>
        <translation>grob: es gibt den Kern einfacher Sätze wieder</translation>
    </message>
    <message>
        <source>understandable, with frequent errors</source>
        <translation>verständlich, mit häufigen Fehlern</translation>
    </message>
    <message>
        <source>good: mostly fluent, with some errors</source>
        <translation>gut: meist flüssig, mit einigen Fehlern</translation>
    </message>
    <message>
        <source>very good for this kind of text</source>
        <translation>sehr gut für diese Art von Text</translation>
    </message>
    <message>
        <source>No evaluation finished, so there is no model yet; train for longer.</source>
        <translation>Keine Evaluierung wurde abgeschlossen, daher gibt es noch kein Modell; wählen Sie eine längere „Trainingsdauer“.</translation>
    </message>
    <message>
        <source>BLEU {bleu:.1f}, chrF {chrf:.1f} with {decoding} (held-out pairs scored: {pairs:,}, too few to say how well it translates; a validation file, valid or dev, of a few hundred pairs gives a firm score).</source>
        <translation>BLEU {bleu:.1f}, chrF {chrf:.1f} mit {decoding} (bewertete zurückgehaltene Paare: {pairs:,}, zu wenige, um zu sagen, wie gut es übersetzt; eine Validierungsdatei, valid oder dev, mit einigen hundert Paaren ergibt eine verlässliche Bewertung).</translation>
    </message>
    <message>
        <source>BLEU {bleu:.1f}, chrF {chrf:.1f} (held-out pairs scored: {pairs:,}, too few to say how well it translates; a validation file, valid or dev, of a few hundred pairs gives a firm score).</source>
        <translation>BLEU {bleu:.1f}, chrF {chrf:.1f} (bewertete zurückgehaltene Paare: {pairs:,}, zu wenige, um zu sagen, wie gut es übersetzt; eine Validierungsdatei, valid oder dev, mit einigen hundert Paaren ergibt eine verlässliche Bewertung).</translation>
    </message>
    <message>
        <source>BLEU {bleu:.1f}, chrF {chrf:.1f} on {pairs:,} held-out pairs with {decoding}: {quality} (a rough guide: scores depend on the languages and the text).</source>
        <translation>BLEU {bleu:.1f}, chrF {chrf:.1f} auf {pairs:,} zurückgehaltenen Paaren mit {decoding}: {quality} (ein grober Anhaltspunkt: Die Werte hängen von den Sprachen und vom Text ab).</translation>
    </message>
    <message>
        <source>BLEU {bleu:.1f}, chrF {chrf:.1f} on {pairs:,} held-out pairs: {quality} (a rough guide: scores depend on the languages and the text).</source>
        <translation>BLEU {bleu:.1f}, chrF {chrf:.1f} auf {pairs:,} zurückgehaltenen Paaren: {quality} (ein grober Anhaltspunkt: Die Werte hängen von den Sprachen und vom Text ab).</translation>
    </message>
    <message>
        <source>Only {pairs:,} held-out pairs were scored, so the score can be far from how well it translates: a validation file (valid or dev) of a few hundred pairs gives a firmer one.</source>
        <translation>Nur {pairs:,} zurückgehaltene Paare wurden bewertet, daher kann die Bewertung weit davon entfernt sein, wie gut es übersetzt: Eine Validierungsdatei (valid oder dev) mit einigen hundert Paaren ergibt eine verlässlichere.</translation>
    </message>
    <message>
        <source>Train for longer: it was evaluated too few times to tell how it is learning.</source>
        <translation>Wählen Sie eine längere „Trainingsdauer“: Das Modell wurde zu selten evaluiert, um zu erkennen, wie es lernt.</translation>
    </message>
    <message>
        <source>More data would help most: the validation loss rose again at the end, so the model began to memorise its {pairs:,} training pairs.</source>
        <translation>Mehr Daten würden am meisten helfen: Der Validierungsverlust ist am Ende wieder gestiegen, das Modell hat also begonnen, seine {pairs:,} Trainingspaare auswendig zu lernen.</translation>
    </message>
    <message>
        <source>The validation loss rose again at the end (memorising): more dropout or more data would help more than more time.</source>
        <translation>Der Validierungsverlust ist am Ende wieder gestiegen (Auswendiglernen): Mehr Dropout oder mehr Daten würden mehr helfen als mehr Zeit.</translation>
    </message>
    <message>
        <source>More time would help most: the scores were still rising at the end (resume it with more time, or train for longer).</source>
        <translation>Mehr Zeit würde am meisten helfen: Die Werte sind am Ende noch gestiegen (setzen Sie das Training mit mehr Zeit fort oder wählen Sie eine längere „Trainingsdauer“).</translation>
    </message>
    <message>
        <source>More time would help most: the validation loss was still falling at the end, and the scores follow it later (resume it with more time, or train for longer).</source>
        <translation>Mehr Zeit würde am meisten helfen: Der Validierungsverlust ist am Ende noch gesunken, und die Werte folgen ihm später (setzen Sie das Training mit mehr Zeit fort oder wählen Sie eine längere „Trainingsdauer“).</translation>
    </message>
    <message>
        <source>More data would help most: the scores stopped rising, and {pairs:,} pairs is a small corpus for translation.</source>
        <translation>Mehr Daten würden am meisten helfen: Die Werte sind nicht mehr gestiegen, und {pairs:,} Paare sind ein kleines Korpus für Übersetzung.</translation>
    </message>
    <message>
        <source>A larger model would help most: the scores stopped rising on a corpus large enough for one (a wider preset, or more layers).</source>
        <translation>Ein größeres Modell würde am meisten helfen: Die Werte sind auf einem Korpus, das groß genug dafür ist, nicht mehr gestiegen (eine breitere Voreinstellung oder mehr Schichten).</translation>
    </message>
</context>
</TS>

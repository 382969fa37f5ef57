<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AnswerEditorPane</name>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="126"/>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="220"/>
        <source>Select a question in the list, or add one with Ctrl+Return.</source>
        <extracomment>Footnotes are numbered through the letter, in the editor as in print.</extracomment>
        <translation>Kies een vraag in de lijst, of voeg er een toe met Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="45"/>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="140"/>
        <source>Remove reference</source>
        <translation>Verwijzing verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="147"/>
        <source>Answer text</source>
        <translation>Tekst van het antwoord</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="214"/>
        <source>This is a postponement notice (uitstelbericht). Its text is made from the postponement in the letter details: the reason and the expected date.</source>
        <translation>Dit is een uitstelbericht. De tekst wordt gemaakt uit het uitstel in de briefgegevens: de reden en de verwachte datum.</translation>
    </message>
    <message>
        <source>Answer to question {number}</source>
        <translation type="vanished">Antwoord op vraag {number}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="42"/>
        <source>Edit answer</source>
        <translation>Antwoord bewerken</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../src/answerletter/safety/autosave.py" line="113"/>
        <source>Untitled letter</source>
        <extracomment>Quiet time after the last change before a copy is written. Longest time changes stay without a copy while the user keeps typing.</extracomment>
        <translation>Naamloze brief</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <location filename="../../src/answerletter/gui/body_form.py" line="29"/>
        <source>&amp;Own offering text (instead of the generated one)</source>
        <extracomment>The letter text&apos;s notes follow the offering&apos;s, in the editor as in print.</extracomment>
        <translation>&amp;Eigen aanbiedingstekst (in plaats van de gegenereerde)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/body_form.py" line="31"/>
        <source>Offering text</source>
        <translation>Aanbiedingstekst</translation>
    </message>
    <message>
        <source>&amp;Paragraphs after the offering:</source>
        <translation type="vanished">&amp;Alinea’s na de aanbieding:</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/body_form.py" line="34"/>
        <source>P&amp;aragraphs after the offering:</source>
        <translation>A&amp;linea’s na de aanbieding:</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/body_form.py" line="36"/>
        <source>Paragraphs after the offering</source>
        <translation>Alinea’s na de aanbieding</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/body_form.py" line="39"/>
        <source>&amp;Closing (e.g. “Hoogachtend,”):</source>
        <translation>&amp;Slotformule (bijv. “Hoogachtend,”):</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/body_form.py" line="41"/>
        <source>Closing</source>
        <translation>Slotformule</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/body_form.py" line="17"/>
        <source>Edit letter text</source>
        <extracomment>The undo steps made here (named again in the interface language of the moment).</extracomment>
        <translation>Brieftekst bewerken</translation>
    </message>
</context>
<context>
    <name>CheckDialogs</name>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="35"/>
        <source>Accept finding</source>
        <extracomment>How many errors the summary lists before &quot;and N more&quot;.</extracomment>
        <translation>Bevinding accepteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="36"/>
        <source>Why is this correct? (stored with the letter)</source>
        <translation>Waarom is dit juist? (wordt bij de brief bewaard)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="49"/>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="55"/>
        <source>The letter still has errors</source>
        <translation>De brief bevat nog fouten</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="58"/>
        <source>The checks found {count} errors. Print anyway?</source>
        <translation>De controle vond {count} fouten. Toch afdrukken?</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="63"/>
        <source>Print Anyway</source>
        <translation>Toch afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="68"/>
        <source>The checks found {count} errors. Export anyway?</source>
        <translation>De controle vond {count} fouten. Toch exporteren?</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="73"/>
        <source>Export Anyway</source>
        <translation>Toch exporteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="89"/>
        <source>Make Postponement Notice</source>
        <translation>Uitstelbericht maken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="92"/>
        <source>dat de interdepartementale afstemming meer tijd vergt</source>
        <translation>dat de interdepartementale afstemming meer tijd vergt</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="96"/>
        <source>Reason for the delay</source>
        <translation>Reden van het uitstel</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="98"/>
        <source>Answer expected before</source>
        <translation>Antwoord verwacht vóór</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="107"/>
        <source>The reason for the delay is</source>
        <translation>De reden van het uitstel is</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/check_dialogs.py" line="110"/>
        <source>Without a date the notice promises an answer as soon as possible. The postponement is recorded in this letter; the notice opens as a new document.</source>
        <translation>Zonder datum belooft het bericht een antwoord zo spoedig mogelijk. Het uitstel wordt in deze brief vastgelegd; het uitstelbericht opent als nieuw document.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/crash_report.py" line="32"/>
        <source>A recovery copy of your unsaved changes was written (%n letter(s)).</source>
        <translation>
            <numerusform>Er is een herstelkopie van uw niet-opgeslagen wijzigingen gemaakt (%n brief).</numerusform>
            <numerusform>Er zijn herstelkopieën van uw niet-opgeslagen wijzigingen gemaakt (%n brieven).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/crash_report.py" line="39"/>
        <source>No unsaved changes were at risk.</source>
        <translation>Er liepen geen niet-opgeslagen wijzigingen gevaar.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/crash_report.py" line="28"/>
        <source>Something went wrong in AnswerLetter ({error}). You can go on working.</source>
        <translation>Er ging iets mis in AnswerLetter ({error}). U kunt gewoon doorwerken.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/answerletter/gui/date_field.py" line="62"/>
        <source>dd-mm-yyyy</source>
        <extracomment>Shown and accepted: day-month-year, as Dutch letters write dates in forms. How long the status bar repeats why a typed date was refused.</extracomment>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/date_field.py" line="64"/>
        <source>Choose from a calendar</source>
        <translation>Kiezen uit een kalender</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/date_field.py" line="98"/>
        <source>{text} is not a date that exists; the letter keeps {date}.</source>
        <translation>{text} is geen bestaande datum; de brief houdt {date}.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/date_field.py" line="112"/>
        <source>“{text}” is not a date (type it as 31-3-2026); the letter keeps {date}.</source>
        <translation>“{text}” is geen datum (typ die als 31-3-2026); de brief houdt {date}.</translation>
    </message>
</context>
<context>
    <name>EditorSpeech</name>
    <message>
        <location filename="../../src/answerletter/gui/editor_access.py" line="55"/>
        <source>footnote {number}: {text}</source>
        <translation>voetnoot {number}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/editor_access.py" line="61"/>
        <source>link: {text}, {url}</source>
        <translation>koppeling: {text}, {url}</translation>
    </message>
</context>
<context>
    <name>FaultText</name>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="19"/>
        <source>the file or folder does not exist (was it removed or disconnected?)</source>
        <extracomment>errno → the reason, as translation source (context &quot;FaultText&quot;).</extracomment>
        <translation>het bestand of de map bestaat niet (is die verwijderd of losgekoppeld?)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="22"/>
        <location filename="../../src/answerletter/gui/fault_text.py" line="23"/>
        <source>you have no permission for it</source>
        <translation>u hebt daarvoor geen toestemming</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="24"/>
        <source>the disk or share is read-only: you have no permission to write there</source>
        <translation>de schijf of netwerkmap is alleen-lezen: u hebt geen toestemming om daar te schrijven</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="27"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="28"/>
        <source>your disk quota is used up</source>
        <translation>uw schijfruimtequotum is op</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="29"/>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="30"/>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="31"/>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="32"/>
        <location filename="../../src/answerletter/gui/fault_text.py" line="33"/>
        <source>the file is in use by another program</source>
        <translation>het bestand is in gebruik door een ander programma</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="34"/>
        <source>the disk reported an Input/output error (EIO)</source>
        <translation>de schijf meldde een invoer-/uitvoerfout (EIO)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="35"/>
        <source>it already exists</source>
        <translation>het bestaat al</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="36"/>
        <source>the path has too many symbolic links</source>
        <translation>het pad bevat te veel symbolische koppelingen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="37"/>
        <location filename="../../src/answerletter/gui/fault_text.py" line="38"/>
        <source>too many files are open</source>
        <translation>er zijn te veel bestanden geopend</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="39"/>
        <source>the network share was disconnected</source>
        <translation>de verbinding met de netwerkmap is verbroken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="40"/>
        <location filename="../../src/answerletter/gui/fault_text.py" line="41"/>
        <source>the network share did not answer</source>
        <translation>de netwerkmap antwoordde niet</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="42"/>
        <location filename="../../src/answerletter/gui/fault_text.py" line="43"/>
        <source>the network is not available</source>
        <translation>het netwerk is niet beschikbaar</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="193"/>
        <source>“{name}” is open read-only: {holder} has it open.</source>
        <translation>“{name}” is alleen-lezen geopend: {holder} heeft de brief open.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="203"/>
        <source>“{name}” is open by {holder}; saving would overwrite it.</source>
        <translation>“{name}” is geopend door {holder}; opslaan zou de brief overschrijven.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/fault_text.py" line="75"/>
        <source>line {line}: {message}</source>
        <translation>regel {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="51"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="66"/>
        <source>Cannot create the letter</source>
        <translation>Kan de brief niet maken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="67"/>
        <source>The example letter could not be read.</source>
        <translation>De voorbeeldbrief kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="97"/>
        <location filename="../../src/answerletter/gui/file_commands.py" line="106"/>
        <location filename="../../src/answerletter/gui/file_commands.py" line="116"/>
        <location filename="../../src/answerletter/gui/file_commands.py" line="256"/>
        <source>Cannot open the letter</source>
        <translation>Kan de brief niet openen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="107"/>
        <source>“{name}” is not a valid letter file.</source>
        <translation>“{name}” is geen geldig briefbestand.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="98"/>
        <location filename="../../src/answerletter/gui/file_commands.py" line="117"/>
        <source>“{name}” could not be read: {reason}</source>
        <translation>“{name}” kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="149"/>
        <location filename="../../src/answerletter/gui/file_commands.py" line="300"/>
        <location filename="../../src/answerletter/gui/file_commands.py" line="345"/>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="179"/>
        <source>Cannot save the letter</source>
        <translation>Kan de brief niet opslaan</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="184"/>
        <source>“{name}” is read-only (write-protected): you may not change it.</source>
        <translation>“{name}” is alleen-lezen (schrijfbeveiligd): u mag het niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="216"/>
        <source>The letter could not be saved as “{name}”: {reason}</source>
        <translation>De brief kon niet worden opgeslagen als “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="243"/>
        <source>No recent letters</source>
        <translation>Geen recente brieven</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="247"/>
        <source>&amp;Clear List</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="257"/>
        <source>“{name}” no longer exists; it is removed from the recent letters.</source>
        <translation>“{name}” bestaat niet meer; het is uit de recente brieven verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="314"/>
        <source>Cannot export the PDF</source>
        <translation>Kan de pdf niet exporteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="315"/>
        <source>The PDF could not be written to “{name}”.</source>
        <translation>De pdf kon niet naar “{name}” worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="268"/>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="386"/>
        <source>Cannot export the Word document</source>
        <translation>Kan het Word-document niet exporteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="387"/>
        <source>The Word document could not be written as “{name}”: {reason}</source>
        <translation>Het Word-document kon niet als “{name}” worden geschreven: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="413"/>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="414"/>
        <source>The letter was not printed.</source>
        <translation>De brief is niet afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="270"/>
        <source>Exported to {path} (the letter as it was when the export started)</source>
        <translation>Geëxporteerd naar {path} (de brief zoals hij was toen de export begon)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/file_commands.py" line="282"/>
        <source>Wait for the export or print in progress, or cancel it.</source>
        <translation>Wacht tot de export of het afdrukken klaar is, of annuleer het.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd</numerusform>
            <numerusform>%n pagina&apos;s naar de printer gestuurd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <location filename="../../src/answerletter/fileformat/atomic.py" line="62"/>
        <source>The folder {folder} does not exist (was it removed or disconnected?)</source>
        <extracomment>A temporary file of ours whose writer cannot be checked (another machine, or a name from before the writer was recorded) is left alone for this long after its last write. Room for &quot;.&quot;, the writer, the random part and &quot;.tmp&quot; within the 255 bytes a name may have.</extracomment>
        <translation>De map {folder} bestaat niet (is ze verwijderd of losgekoppeld?)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/atomic.py" line="193"/>
        <source>The disk is full; {path} was not saved (the previous version is unchanged)</source>
        <translation>De schijf is vol; {path} is niet opgeslagen (de vorige versie is ongewijzigd)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/atomic.py" line="201"/>
        <source>You have no permission to write in {folder}; {name} was not saved (choose another folder with Save As)</source>
        <translation>U hebt geen toestemming om in {folder} te schrijven; {name} is niet opgeslagen (kies een andere map met ‘Opslaan als’)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/atomic.py" line="211"/>
        <source>The folder {folder} no longer exists; {name} was not saved</source>
        <translation>De map {folder} bestaat niet meer; {name} is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/atomic.py" line="218"/>
        <source>{path} could not be saved: {reason}</source>
        <translation>{path} kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="180"/>
        <source>The {what} date {date!r} is not a real calendar date</source>
        <extracomment>Question numbers run to the thousands; more digits than this is not a real number.</extracomment>
        <translation>De datum {date!r} ({what}) bestaat niet in de kalender</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="207"/>
        <source>The id {id!r} is used twice (first on line {first})</source>
        <translation>De id {id!r} komt twee keer voor (eerst op regel {first})</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="249"/>
        <source>The question number {number}… is too large</source>
        <translation>Het vraagnummer {number}… is te groot</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="268"/>
        <source>Answer {answer!r} answers question {question!r}, which is not among the questions before it (an answer follows the questions it answers)</source>
        <translation>Antwoord {answer!r} beantwoordt vraag {question!r}, die niet bij de vragen ervoor staat (een antwoord volgt op de vragen die het beantwoordt)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="279"/>
        <source>Question {question!r} is answered twice: by {first!r} and by {answer!r}</source>
        <translation>Vraag {question!r} wordt twee keer beantwoord: door {first!r} en door {answer!r}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="293"/>
        <source>Answer {answer!r} must stand right after the last question it answers ({question!r}), not after later questions</source>
        <translation>Antwoord {answer!r} moet direct na de laatste vraag staan die het beantwoordt ({question!r}), niet na latere vragen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="304"/>
        <source>Answer {answer!r} names a question twice</source>
        <translation>Antwoord {answer!r} noemt een vraag twee keer</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="318"/>
        <source>Answer {answer!r} refers to question {question!r}, which does not exist</source>
        <translation>Antwoord {answer!r} verwijst naar vraag {question!r}, die niet bestaat</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="328"/>
        <source>Answer {answer!r} refers to question {question!r}, which it answers itself</source>
        <translation>Antwoord {answer!r} verwijst naar vraag {question!r}, die het zelf beantwoordt</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/build.py" line="339"/>
        <source>Answer {answer!r} is part of a circle of answers referring to each other</source>
        <translation>Antwoord {answer!r} hoort bij een kring van antwoorden die naar elkaar verwijzen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/reader.py" line="46"/>
        <source>This letter uses file format {version}, newer than this AnswerLetter knows ({known}), and contains parts it cannot read. Update AnswerLetter to open it</source>
        <translation>Deze brief gebruikt bestandsformaat {version}, nieuwer dan deze AnswerLetter kent ({known}), en bevat delen die hij niet kan lezen. Werk AnswerLetter bij om de brief te openen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/reader.py" line="66"/>
        <source>The file could not be read: {reason}</source>
        <translation>Het bestand kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/reader.py" line="84"/>
        <source>The file {path} does not exist</source>
        <translation>Het bestand {path} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/reader.py" line="96"/>
        <source>{path} is {kind}, not a letter file (refused unread)</source>
        <translation>{path} is {kind}, geen briefbestand (ongelezen geweigerd)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/reader.py" line="108"/>
        <source>You have no permission to read {path}</source>
        <translation>U hebt geen toestemming om {path} te lezen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/reader.py" line="115"/>
        <source>The file {path} could not be read: {reason}</source>
        <translation>Het bestand {path} kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/reader.py" line="126"/>
        <source>{path} is a folder, not a letter file</source>
        <translation>{path} is een map, geen briefbestand</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="63"/>
        <source>The file is empty</source>
        <extracomment>Far above any real letter (1,000 questions are about 1 MB) and below what hurts memory. Longest first: the UTF-32LE mark begins with the UTF-16LE one. Which of the first four bytes are zero, for text without a byte-order mark (XML 1.0 appendix F; the first character is &quot;&lt;&quot; or white space).</extracomment>
        <translation>Het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="73"/>
        <source>The file has a DOCTYPE declaration; letter files may not have one</source>
        <translation>Het bestand heeft een DOCTYPE-declaratie; briefbestanden mogen die niet hebben</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="83"/>
        <source>The file uses an XML entity; letter files may not</source>
        <translation>Het bestand gebruikt een XML-entiteit; briefbestanden mogen dat niet</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="100"/>
        <source>The file is {encoding} text (it starts with a byte-order mark); letter files are UTF-8</source>
        <translation>Het bestand is {encoding}-tekst (het begint met een byte-order mark); briefbestanden zijn UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="120"/>
        <source>The file declares the encoding {encoding}; letter files are UTF-8</source>
        <translation>Het bestand geeft de codering {encoding} op; briefbestanden zijn UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="137"/>
        <source>This is not an XML file (it may be another format, or damaged)</source>
        <translation>Dit is geen XML-bestand (het kan een ander formaat hebben, of beschadigd zijn)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="144"/>
        <source>The file is not valid UTF-8 text ({reason})</source>
        <translation>Het bestand is geen geldige UTF-8-tekst ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="150"/>
        <source>The file defines entities that expand without end (refused)</source>
        <translation>Het bestand definieert entiteiten die zich eindeloos uitbreiden (geweigerd)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="157"/>
        <source>The XML is nested too deeply (more than 256 levels)</source>
        <translation>De XML is te diep genest (meer dan 256 niveaus)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="162"/>
        <source>The file holds a single text larger than 10 MB (refused)</source>
        <translation>Het bestand bevat één tekst groter dan 10 MB (geweigerd)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="170"/>
        <source>The file ends too early; it looks truncated ({reason})</source>
        <translation>Het bestand houdt te vroeg op; het lijkt afgekapt ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="177"/>
        <source>The file is not well-formed XML: {reason}</source>
        <translation>Het bestand is geen goedgevormde XML: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="188"/>
        <source>The file is too large to be a letter ({size}; the limit is {limit})</source>
        <translation>Het bestand is te groot voor een brief ({size}; de grens is {limit})</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/safe_parse.py" line="198"/>
        <source>The file is {encoding} text; letter files are UTF-8</source>
        <translation>Het bestand is {encoding}-tekst; briefbestanden zijn UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/versions.py" line="60"/>
        <source>This is not an AnswerLetter letter: its root element is &lt;{element}&gt;</source>
        <extracomment>(major, minor) of the input → (version it produces, migration). More digits than this in a version number is not a version (and int() refuses 4,300+).</extracomment>
        <translation>Dit is geen AnswerLetter-brief: het hoofdelement is &lt;{element}&gt;</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/versions.py" line="65"/>
        <source>This is not an AnswerLetter letter: its root element is &lt;{element}&gt; in namespace {namespace}</source>
        <translation>Dit is geen AnswerLetter-brief: het hoofdelement is &lt;{element}&gt; in naamruimte {namespace}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/versions.py" line="82"/>
        <source>The namespace {namespace} names no format version AnswerLetter knows</source>
        <translation>De naamruimte {namespace} noemt geen formaatversie die AnswerLetter kent</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/versions.py" line="100"/>
        <source>The format version {version!r} is not of the form 1.0</source>
        <translation>De formaatversie {version!r} heeft niet de vorm 1.0</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/versions.py" line="113"/>
        <source>The format version {version} does not match the namespace (format {major})</source>
        <translation>De formaatversie {version} past niet bij de naamruimte (formaat {major})</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/versions.py" line="129"/>
        <source>This letter was written by a newer AnswerLetter (file format {version}); this version reads format {major} files. Update AnswerLetter to open it</source>
        <translation>Deze brief is geschreven door een nieuwere AnswerLetter (bestandsformaat {version}); deze versie leest bestanden van formaat {major}. Werk AnswerLetter bij om de brief te openen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/versions.py" line="154"/>
        <source>The file format {version} is not one this version of AnswerLetter can read</source>
        <translation>Bestandsformaat {version} kan deze versie van AnswerLetter niet lezen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/fileformat/writer.py" line="50"/>
        <source>The letter is inconsistent: {reason}</source>
        <translation>De brief is niet consistent: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="125"/>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="126"/>
        <source>Find in the letter</source>
        <translation>Zoeken in de brief</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="127"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="128"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="129"/>
        <source>Previous hit</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="130"/>
        <source>Next hit (F3)</source>
        <translation>Volgende treffer (F3)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="131"/>
        <source>Next hit</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="132"/>
        <source>Match case</source>
        <translation>Hoofdlettergevoelig</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="133"/>
        <source>Whole words</source>
        <translation>Hele woorden</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="134"/>
        <source>Letter details too</source>
        <translation>Ook in briefgegevens</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="136"/>
        <source>Also find in the letter details: references, subject, people, sender</source>
        <translation>Ook zoeken in de briefgegevens: kenmerken, onderwerp, personen, afzender</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="139"/>
        <source>Close the find bar (Esc)</source>
        <translation>Zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="140"/>
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="141"/>
        <source>Replace:</source>
        <translation>Vervangen:</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="142"/>
        <location filename="../../src/answerletter/gui/find_bar.py" line="143"/>
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="144"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="145"/>
        <source>Replace this hit and go to the next</source>
        <translation>Deze treffer vervangen en naar de volgende gaan</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="146"/>
        <source>Replace All</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_bar.py" line="148"/>
        <source>Replace every hit in the letter (one undo step)</source>
        <translation>Elke treffer in de brief vervangen (één stap ongedaan te maken)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="46"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="47"/>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="48"/>
        <source>footnote</source>
        <translation>voetnoot</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="49"/>
        <source>letter text</source>
        <translation>brieftekst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="50"/>
        <source>letter details</source>
        <translation>briefgegevens</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="60"/>
        <source>Question {number}</source>
        <translation>Vraag {number}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="76"/>
        <source>Checks: no errors or warnings</source>
        <translation>Controle: geen fouten of waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="77"/>
        <source>Checks: {errors} errors, {warnings} warnings</source>
        <translation>Controle: {errors} fouten, {warnings} waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="167"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="168"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="182"/>
        <source>{message} (accepted)</source>
        <translation>{message} (geaccepteerd)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="192"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="193"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="194"/>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
</context>
<context>
    <name>FindingsPane</name>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="215"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="237"/>
        <source>Fix</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="239"/>
        <source>Replace the text by the suggested correction</source>
        <translation>De tekst vervangen door de voorgestelde verbetering</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="241"/>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="302"/>
        <source>Accept…</source>
        <translation>Accepteren…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="243"/>
        <source>Mark this finding as correct, with a reason</source>
        <translation>Deze bevinding als juist markeren, met een reden</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="245"/>
        <source>Show accepted</source>
        <translation>Geaccepteerde tonen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_pane.py" line="300"/>
        <source>Unaccept</source>
        <translation>Acceptatie intrekken</translation>
    </message>
</context>
<context>
    <name>FootnotePopup</name>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="47"/>
        <source>Footnote editor</source>
        <translation>Voetnoot bewerken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="51"/>
        <source>New footnote {number}</source>
        <translation>Nieuwe voetnoot {number}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="51"/>
        <source>Footnote {number}</source>
        <translation>Voetnoot {number}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="56"/>
        <source>Text of footnote {number}</source>
        <translation>Tekst van voetnoot {number}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="60"/>
        <source>Enter: done · Shift+Enter: new line · Esc: cancel</source>
        <translation>Enter: klaar · Shift+Enter: nieuwe regel · Esc: annuleren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="67"/>
        <source>&amp;Delete Footnote</source>
        <translation>Voetnoot &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="68"/>
        <source>Delete footnote</source>
        <translation>Voetnoot verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="70"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/footnote_popup.py" line="71"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>FormatMenu</name>
    <message>
        <location filename="../../src/answerletter/gui/format_menu.py" line="26"/>
        <source>Fo&amp;rmat</source>
        <translation>Opmaa&amp;k</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/format_menu.py" line="74"/>
        <source>No text field to format</source>
        <translation>Geen tekstveld om op te maken</translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <location filename="../../src/answerletter/gui/help_commands.py" line="32"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_commands.py" line="40"/>
        <source>The user guide that comes with the program</source>
        <translation>De handleiding die bij het programma hoort</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_commands.py" line="42"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_commands.py" line="43"/>
        <source>Every shortcut of the program in one list</source>
        <translation>Alle sneltoetsen van het programma in één lijst</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="226"/>
        <source>User Guide — {name}</source>
        <extracomment>The chapters, in the order of the contents (file names without &quot;.html&quot;). The folder of the pages shown (inside *root*).</extracomment>
        <translation>Handleiding — {name}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="227"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="228"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="229"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="230"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="231"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="232"/>
        <source>Chapters</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="233"/>
        <source>User guide page</source>
        <translation>Pagina van de handleiding</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="234"/>
        <source>Copy &amp;Address</source>
        <translation>&amp;Adres kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/help_window.py" line="282"/>
        <source>The guide opens no web pages. To visit this address, copy it into your browser: {url}</source>
        <translation>De handleiding opent geen internetpagina&apos;s. Kopieer dit adres in uw browser om het te bezoeken: {url}</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="50"/>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="66"/>
        <source>{source}: {questions} questions, {answers} answers, {notes} footnotes</source>
        <translation>{source}: {questions} vragen, {answers} antwoorden, {notes} voetnoten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/import_report.py" line="84"/>
        <source>Skipped text (%n paragraph(s))</source>
        <translation>
            <numerusform>Overgeslagen tekst (%n alinea)</numerusform>
            <numerusform>Overgeslagen tekst (%n alinea&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="112"/>
        <source>{status}, from the {source}</source>
        <translation>{status}, uit de {source}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="131"/>
        <source>Use “{value}” ({source})</source>
        <translation>Gebruik “{value}” ({source})</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="148"/>
        <source>Use {value} for {field}</source>
        <translation>{value} gebruiken voor {field}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="54"/>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="57"/>
        <source>https://… or mailto:…</source>
        <translation>https://… of mailto:…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="58"/>
        <source>Link address</source>
        <translation>Adres van de koppeling</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="61"/>
        <source>Link text</source>
        <translation>Tekst van de koppeling</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="62"/>
        <source>Shown text (the address if empty)</source>
        <translation>Getoonde tekst (het adres als dit leeg is)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="66"/>
        <source>Link problem</source>
        <translation>Probleem met de koppeling</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="70"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="72"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="81"/>
        <source>&amp;Remove link</source>
        <translation>Koppeling &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/linkdialog.py" line="100"/>
        <source>Only web addresses (http:// or https://) and e-mail addresses (mailto:) can be links in a letter; “{address}” is neither.</source>
        <translation>Alleen webadressen (http:// of https://) en e-mailadressen (mailto:) kunnen in een brief een koppeling zijn; “{address}” is geen van beide.</translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <location filename="../../src/answerletter/safety/opening.py" line="90"/>
        <source>the lock file keeps changing</source>
        <extracomment>The question asked when someone else holds the lock on the file: who, and the answer.</extracomment>
        <translation>het vergrendelbestand verandert steeds</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="22"/>
        <source>someone (the lock file cannot be read)</source>
        <translation>iemand (het vergrendelbestand is onleesbaar)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="25"/>
        <source>{user} on {host}</source>
        <translation>{user} op {host}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="26"/>
        <source>an unknown user</source>
        <translation>een onbekende gebruiker</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="100"/>
        <location filename="../../src/answerletter/gui/main_window.py" line="585"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="102"/>
        <location filename="../../src/answerletter/gui/main_window.py" line="586"/>
        <source>Letter details</source>
        <translation>Briefgegevens</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="120"/>
        <location filename="../../src/answerletter/gui/main_window.py" line="589"/>
        <source>Answer deadline</source>
        <translation>Uiterste antwoorddatum</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="175"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation type="vanished">Nieuw op basis van &amp;voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="177"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="178"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="181"/>
        <source>Make a new letter from a Word letter, the Kamer&apos;s questions (.docx, .pdf) or text</source>
        <translation>Een nieuwe brief maken van een Word-brief, de vragen van de Kamer (.docx, .pdf) of tekst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="185"/>
        <source>Paste &amp;Questions…</source>
        <translation>Vragen pl&amp;akken…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="187"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="188"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="vanished">Pdf &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="193"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Available when the typesetter is installed</source>
        <translation type="vanished">Beschikbaar als de zetter is geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="197"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="201"/>
        <location filename="../../src/answerletter/gui/main_window.py" line="431"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="202"/>
        <location filename="../../src/answerletter/gui/main_window.py" line="434"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="203"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="204"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="205"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="207"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="214"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="219"/>
        <location filename="../../src/answerletter/gui/main_window.py" line="271"/>
        <source>&amp;Questions</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="222"/>
        <source>Letter &amp;Details</source>
        <translation>Brief&amp;gegevens</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="225"/>
        <source>&amp;Findings</source>
        <translation>B&amp;evindingen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="227"/>
        <source>&amp;Editor</source>
        <translation>E&amp;ditor</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="228"/>
        <source>Pre&amp;view</source>
        <translation>Voo&amp;rbeeld</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="231"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="232"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="233"/>
        <source>Fit &amp;Width</source>
        <translation>Pagina&amp;breedte</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="234"/>
        <source>Fit &amp;Page</source>
        <translation>Hele &amp;pagina</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="236"/>
        <source>&amp;About AnswerLetter</source>
        <translation>&amp;Over AnswerLetter</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="244"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente brieven</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="251"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="259"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="273"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="285"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="420"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="431"/>
        <source>&amp;Undo {action}</source>
        <translation>{action} &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="434"/>
        <source>&amp;Redo {action}</source>
        <translation>{action} opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="441"/>
        <source>Postponement notice</source>
        <translation>Uitstelbericht</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="445"/>
        <source>Deadline: {text}</source>
        <translation>Uiterste datum: {text}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="486"/>
        <source>No question is selected.</source>
        <translation>Er is geen vraag geselecteerd.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="512"/>
        <source>{copyright}. Licensed under the {licence} (European Union Public Licence v. 1.2); its text is the file LICENSE that comes with the program.</source>
        <translation>{copyright}. In licentie gegeven krachtens de {licence} (Europese Unie Publieke Licentie v. 1.2); de tekst staat in het bestand LICENSE dat bij het programma hoort.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="516"/>
        <source>Uses Qt {qt} and PySide6 {pyside} under the LGPL-3.0, and the DejaVu fonts; these and the other components keep their own licences (THIRD-PARTY.md).</source>
        <translation>Gebruikt Qt {qt} en PySide6 {pyside} onder de LGPL-3.0, en de DejaVu-lettertypen; deze en de andere onderdelen houden hun eigen licenties (THIRD-PARTY.md).</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="520"/>
        <source>About AnswerLetter</source>
        <translation>Over AnswerLetter</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="507"/>
        <source>{name} {version}: answer letters to parliamentary questions.</source>
        <translation>{name} {version}: antwoordbrieven op Kamervragen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="176"/>
        <source>New &amp;from Example</source>
        <translation>Nieuw op basis van &amp;voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="189"/>
        <source>&amp;PDF…</source>
        <translation>&amp;Pdf…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="191"/>
        <source>&amp;Word Document…</source>
        <translation>&amp;Word-document…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="195"/>
        <source>Make Postpone&amp;ment Notice…</source>
        <translation>Uitstel&amp;bericht maken…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="549"/>
        <source>Cannot use this house style</source>
        <translation>Kan deze huisstijl niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/main_window.py" line="550"/>
        <source>The profile could not be loaded.</source>
        <translation>Het profiel kon niet worden geladen.</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../src/answerletter/gui/metadata_form.py" line="56"/>
        <source>unknown (no submission date)</source>
        <translation>onbekend (geen datum van inzending)</translation>
    </message>
    <message>
        <source>{date} (passed {days} days ago)</source>
        <translation type="vanished">{date} ({days} dagen geleden verstreken)</translation>
    </message>
    <message>
        <source>{date} (answered {days} days late)</source>
        <translation type="vanished">{date} ({days} dagen te laat beantwoord)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/metadata_form.py" line="67"/>
        <source>{date} (answered in time, on {answered})</source>
        <translation>{date} (op tijd beantwoord, op {answered})</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/metadata_form.py" line="77"/>
        <source>{date} (today)</source>
        <translation>{date} (vandaag)</translation>
    </message>
    <message>
        <source>{date} ({days} days left)</source>
        <translation type="vanished">{date} (nog {days} dagen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/metadata_form.py" line="63"/>
        <source>{date} (answered %n day(s) late)</source>
        <translation>
            <numerusform>{date} (%n dag te laat beantwoord)</numerusform>
            <numerusform>{date} (%n dagen te laat beantwoord)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/metadata_form.py" line="73"/>
        <source>{date} (passed %n day(s) ago)</source>
        <translation>
            <numerusform>{date} (%n dag geleden verstreken)</numerusform>
            <numerusform>{date} (%n dagen geleden verstreken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/metadata_form.py" line="80"/>
        <source>{date} (%n day(s) left)</source>
        <translation>
            <numerusform>{date} (nog %n dag)</numerusform>
            <numerusform>{date} (nog %n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/metadata_form.py" line="158"/>
        <source>Letter &amp;text</source>
        <translation>Brief&amp;tekst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/metadata_form.py" line="48"/>
        <source>Edit letter details</source>
        <extracomment>The undo steps made here (named again in the interface language of the moment).</extracomment>
        <translation>Briefgegevens bewerken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/metadata_form.py" line="452"/>
        <source>Not a Kamer zaaknummer (the form is 2026Z09763).</source>
        <translation>Geen zaaknummer van de Kamer (de vorm is 2026Z09763).</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/metadata_form.py" line="458"/>
        <source>The letter is dated before the questions were submitted.</source>
        <translation>De brief is gedateerd vóór de datum waarop de vragen zijn ingezonden.</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="6"/>
        <location filename="../../ui/metadata_form.ui" line="24"/>
        <source>Letter details</source>
        <translation>Briefgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="28"/>
        <source>&amp;Letter</source>
        <translation>Brie&amp;f</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="59"/>
        <source>&amp;Our reference:</source>
        <translation>&amp;Onze referentie:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="69"/>
        <source>Our reference</source>
        <translation>Onze referentie</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="72"/>
        <source>the ministry&apos;s kenmerk</source>
        <translation>het kenmerk van het ministerie</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="79"/>
        <source>&amp;Your reference:</source>
        <translation>Uw &amp;referentie:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="89"/>
        <source>Your reference (zaaknummer)</source>
        <translation>Uw referentie (zaaknummer)</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="92"/>
        <source>2026Z01234</source>
        <translation>2026Z01234</translation>
    </message>
    <message>
        <source>Su&amp;bmitted:</source>
        <translation type="vanished">&amp;Ingezonden:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="109"/>
        <source>Sub&amp;mitted:</source>
        <translation>&amp;Ingezonden:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="121"/>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="128"/>
        <source>Date the questions were submitted</source>
        <translation>Datum waarop de vragen zijn ingezonden</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="150"/>
        <source>Letter &amp;date:</source>
        <translation>Briefdatu&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="162"/>
        <source>dated</source>
        <translation>gedateerd</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="165"/>
        <source>Unchecked: the letter is a draft without a date</source>
        <translation>Uit: de brief is een concept zonder datum</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="172"/>
        <source>Letter date</source>
        <translation>Briefdatum</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="204"/>
        <source>Answer deadline:</source>
        <translation>Uiterste antwoorddatum:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="224"/>
        <source>S&amp;ubject:</source>
        <translation>O&amp;nderwerp:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="234"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="237"/>
        <source>what the questions are about (follows “over”)</source>
        <translation>waar de vragen over gaan (volgt op “over”)</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="244"/>
        <source>&amp;Betreft:</source>
        <translation>B&amp;etreft:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="256"/>
        <source>own text</source>
        <translation>eigen tekst</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="263"/>
        <source>Betreft line</source>
        <translation>Betreft-regel</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="272"/>
        <source>&amp;Classification:</source>
        <translation>Rubri&amp;cering:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="285"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="297"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="325"/>
        <source>Members who asked</source>
        <translation>Vragenstellers</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="331"/>
        <source>Members who asked the questions</source>
        <translation>Kamerleden die de vragen stelden</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="356"/>
        <location filename="../../ui/metadata_form.ui" line="528"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="361"/>
        <source>Party</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="371"/>
        <location filename="../../ui/metadata_form.ui" line="452"/>
        <location filename="../../ui/metadata_form.ui" line="538"/>
        <location filename="../../ui/metadata_form.ui" line="619"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="374"/>
        <source>Add member</source>
        <translation>Kamerlid toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="381"/>
        <location filename="../../ui/metadata_form.ui" line="462"/>
        <location filename="../../ui/metadata_form.ui" line="548"/>
        <location filename="../../ui/metadata_form.ui" line="629"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="384"/>
        <source>Remove member</source>
        <translation>Kamerlid verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="403"/>
        <source>Addressed to</source>
        <translation>Gericht aan</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="409"/>
        <source>Offices the questions were addressed to</source>
        <translation>Bewindspersonen aan wie de vragen zijn gericht</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="434"/>
        <location filename="../../ui/metadata_form.ui" line="515"/>
        <location filename="../../ui/metadata_form.ui" line="601"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="439"/>
        <location filename="../../ui/metadata_form.ui" line="520"/>
        <location filename="../../ui/metadata_form.ui" line="606"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="442"/>
        <location filename="../../ui/metadata_form.ui" line="523"/>
        <location filename="../../ui/metadata_form.ui" line="609"/>
        <source>The portfolio with its preposition: “van Financiën”, or “voor Buitenlandse Handel en Ontwikkelingshulp” for a minister without a ministry of their own</source>
        <translation>De portefeuille met het voorzetsel: ‘van Financiën’, of ‘voor Buitenlandse Handel en Ontwikkelingshulp’ bij een minister zonder eigen ministerie</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="455"/>
        <location filename="../../ui/metadata_form.ui" line="622"/>
        <source>Add office</source>
        <translation>Bewindspersoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="465"/>
        <location filename="../../ui/metadata_form.ui" line="632"/>
        <source>Remove office</source>
        <translation>Bewindspersoon verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="484"/>
        <source>Signatories (the first answers)</source>
        <translation>Ondertekenaars (de eerste antwoordt)</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="490"/>
        <source>Signatories</source>
        <translation>Ondertekenaars</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="541"/>
        <source>Add signatory</source>
        <translation>Ondertekenaar toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="551"/>
        <source>Remove signatory</source>
        <translation>Ondertekenaar verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="570"/>
        <source>Also on behalf of (mede namens)</source>
        <translation>Mede namens</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="576"/>
        <source>Offices answered on behalf of</source>
        <translation>Bewindspersonen namens wie mede wordt geantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="656"/>
        <source>&amp;Sender</source>
        <translation>&amp;Afzender</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="687"/>
        <source>House st&amp;yle:</source>
        <translation>Hu&amp;isstijl:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="741"/>
        <source>V&amp;isiting address:</source>
        <translation>Bez&amp;oekadres:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="770"/>
        <source>P&amp;ostal address:</source>
        <translation>Po&amp;stadres:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="799"/>
        <source>Return a&amp;ddress:</source>
        <translation>&amp;Retouradres:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="833"/>
        <source>Lo&amp;go file:</source>
        <translation>&amp;Logobestand:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="887"/>
        <source>Postpo&amp;nement</source>
        <translation>&amp;Uitstel</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="930"/>
        <source>Sent &amp;on:</source>
        <translation>Verz&amp;onden op:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="953"/>
        <source>Re&amp;ason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="979"/>
        <source>E&amp;xpected:</source>
        <translation>Verwa&amp;cht:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="1023"/>
        <source>Atta&amp;chments (one per line):</source>
        <translation>B&amp;ijlagen (één per regel):</translation>
    </message>
    <message>
        <source>&amp;Attachments (one per line):</source>
        <translation type="vanished">B&amp;ijlagen (één per regel):</translation>
    </message>
    <message>
        <source>House s&amp;tyle:</source>
        <translation type="vanished">&amp;Huisstijl:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="697"/>
        <source>House style profile</source>
        <translation>Huisstijlprofiel</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="700"/>
        <source>Letterhead, fonts and the sender details used where the fields below are empty</source>
        <translation>Briefhoofd, lettertypen en de afzendergegevens die gelden waar de velden hieronder leeg zijn</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="707"/>
        <source>&amp;Ministry:</source>
        <translation>&amp;Ministerie:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="717"/>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="724"/>
        <source>&amp;Unit:</source>
        <translation>O&amp;nderdeel:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="734"/>
        <source>Unit</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>&amp;Visiting address:</source>
        <translation type="vanished">&amp;Bezoekadres:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="751"/>
        <source>Visiting address</source>
        <translation>Bezoekadres</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="763"/>
        <location filename="../../ui/metadata_form.ui" line="792"/>
        <location filename="../../ui/metadata_form.ui" line="875"/>
        <source>One line per address line</source>
        <translation>Eén regel per adresregel</translation>
    </message>
    <message>
        <source>&amp;Postal address:</source>
        <translation type="vanished">&amp;Postadres:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="780"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation type="vanished">&amp;Retouradres:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="809"/>
        <source>Return address</source>
        <translation>Retouradres</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="816"/>
        <source>&amp;Website:</source>
        <translation>W&amp;ebsite:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="826"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Logo file:</source>
        <translation type="vanished">&amp;Logobestand:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="843"/>
        <source>Logo file</source>
        <translation>Logobestand</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="846"/>
        <source>path of an image, or empty</source>
        <translation>pad van een afbeelding, of leeg</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="853"/>
        <source>&amp;Addressee:</source>
        <translation>&amp;Geadresseerde:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="863"/>
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <source>P&amp;ostponement</source>
        <translation type="vanished">&amp;Uitstel</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="915"/>
        <source>Postponement (uitstelbericht) sent</source>
        <translation>Uitstelbericht verzonden</translation>
    </message>
    <message>
        <source>Sen&amp;t on:</source>
        <translation type="vanished">&amp;Verzonden op:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="940"/>
        <source>Postponement sent on</source>
        <translation>Uitstelbericht verzonden op</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="vanished">&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="963"/>
        <source>Reason for the postponement</source>
        <translation>Reden voor het uitstel</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation type="vanished">&amp;Verwacht:</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="991"/>
        <source>date given</source>
        <translation>datum genoemd</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="998"/>
        <source>Answer expected on</source>
        <translation>Antwoord verwacht op</translation>
    </message>
    <message>
        <source>A&amp;ttachments (one per line):</source>
        <translation type="vanished">&amp;Bijlagen (één per regel):</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_form.ui" line="1033"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
</context>
<context>
    <name>NoticeCommands</name>
    <message>
        <location filename="../../src/answerletter/gui/notice_commands.py" line="32"/>
        <source>Make Postponement Notice</source>
        <translation>Uitstelbericht maken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/notice_commands.py" line="33"/>
        <source>This document is a postponement notice itself.</source>
        <translation>Dit document is zelf een uitstelbericht.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/notice_commands.py" line="46"/>
        <source>Record postponement</source>
        <translation>Uitstel vastleggen</translation>
    </message>
</context>
<context>
    <name>OutputJobs</name>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="34"/>
        <source>Exporting the PDF</source>
        <extracomment>Phases a job reports (the layout&apos;s phases plus the ones the work functions add). Jobs still running after their window went away (kept alive until their thread ends).</extracomment>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="36"/>
        <source>Exporting the Word document</source>
        <translation>Word-document exporteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="37"/>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="44"/>
        <source>typesetting the letter…</source>
        <translation>de brief zetten…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="46"/>
        <source>building the document…</source>
        <translation>het document opbouwen…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="48"/>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="56"/>
        <source>page {done} of {total}</source>
        <translation>pagina {done} van {total}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="52"/>
        <source>structure for screen readers, page {done} of {total}</source>
        <translation>structuur voor schermlezers, pagina {done} van {total}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="60"/>
        <source>writing the file…</source>
        <translation>het bestand schrijven…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="84"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="87"/>
        <source>Cancel {title}</source>
        <translation>{title} annuleren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="113"/>
        <source>{title}: cancelling…</source>
        <translation>{title}: annuleren…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="187"/>
        <source>{title} cancelled; no file was changed.</source>
        <translation>{title} geannuleerd; er is geen bestand gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/output_jobs.py" line="191"/>
        <source>Printing cancelled.</source>
        <translation>Afdrukken geannuleerd.</translation>
    </message>
</context>
<context>
    <name>PasteQuestionsDialog</name>
    <message>
        <location filename="../../src/answerletter/gui/paste_questions.py" line="60"/>
        <source>Paste questions</source>
        <extracomment>Re-split this long after the last keystroke.</extracomment>
        <translation>Vragen plakken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/paste_questions.py" line="67"/>
        <source>Paste the questions here, as copied from tweedekamer.nl or the Kamer&apos;s document</source>
        <translation>Plak hier de vragen, zoals gekopieerd van tweedekamer.nl of uit het document van de Kamer</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/paste_questions.py" line="76"/>
        <source>&amp;Join with next</source>
        <translation>&amp;Samenvoegen met volgende</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/paste_questions.py" line="77"/>
        <source>&amp;Split at paragraphs</source>
        <translation>S&amp;plitsen per alinea</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/paste_questions.py" line="78"/>
        <source>&amp;Renumber 1…N</source>
        <translation>&amp;Hernummeren 1…N</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/paste_questions.py" line="84"/>
        <source>&amp;Add to this letter</source>
        <translation>&amp;Toevoegen aan deze brief</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/paste_questions.py" line="87"/>
        <source>As a &amp;new letter</source>
        <translation>Als &amp;nieuwe brief</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/paste_questions.py" line="140"/>
        <source>Vraag {number}: {text}</source>
        <translation>Vraag {number}: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/paste_questions.py" line="148"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/answerletter/gui/preview.py" line="306"/>
        <source>Preview</source>
        <extracomment>Wait this long after the last change before re-typesetting (the issue allows 300 ms)... ...but no longer than this after the first change not yet typeset (issue 16). How long a closing window waits for its layout thread to finish the layout under way.</extracomment>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/preview.py" line="315"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/preview.py" line="316"/>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/preview.py" line="317"/>
        <source>Fit page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/preview.py" line="322"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/preview.py" line="427"/>
        <source>Laying out… %n page(s) so far</source>
        <translation>
            <numerusform>Opmaken… %n pagina tot nu toe</numerusform>
            <numerusform>Opmaken… %n pagina&apos;s tot nu toe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/preview.py" line="440"/>
        <source>Preview failed: {error}</source>
        <translation>Voorbeeld mislukt: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/preview.py" line="414"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewReader</name>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/preview_access.py" line="106"/>
        <source>The letter as it is printed, %n page(s)</source>
        <translation>
            <numerusform>De brief zoals hij wordt afgedrukt, %n pagina</numerusform>
            <numerusform>De brief zoals hij wordt afgedrukt, %n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionActions</name>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="54"/>
        <source>&amp;Add Question</source>
        <translation>Vraag &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="56"/>
        <source>&amp;Insert Question Before</source>
        <translation>Vraag &amp;invoegen ervoor</translation>
    </message>
    <message>
        <source>D&amp;uplicate Question</source>
        <translation type="vanished">Vraag &amp;dupliceren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="59"/>
        <source>&amp;Delete Questions</source>
        <translation>Vragen &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="63"/>
        <source>Move &amp;Up</source>
        <translation>Omhoog ver&amp;plaatsen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="64"/>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Renumber 1…N</source>
        <translation type="vanished">&amp;Hernummeren 1…N</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="66"/>
        <source>&amp;Combine Answers</source>
        <translation>Antwoorden &amp;samenvoegen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="67"/>
        <source>&amp;Split Combined Answer</source>
        <translation>Samengevoegd antwoord &amp;opsplitsen</translation>
    </message>
    <message>
        <source>&amp;Refer to Another Answer…</source>
        <translation type="vanished">&amp;Verwijzen naar ander antwoord…</translation>
    </message>
    <message>
        <source>Remove &amp;Reference</source>
        <translation type="vanished">Verwijzing &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="58"/>
        <source>Du&amp;plicate Question</source>
        <translation>Vraag &amp;dupliceren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="65"/>
        <source>Re&amp;number 1…N</source>
        <translation>&amp;Hernummeren 1…N</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="68"/>
        <source>Re&amp;fer to Another Answer…</source>
        <translation>Ver&amp;wijzen naar ander antwoord…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="69"/>
        <source>Remove R&amp;eference</source>
        <translation>Verwijzing verwijde&amp;ren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="120"/>
        <source>Cannot do that</source>
        <translation>Dat kan niet</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="18"/>
        <source>Add question</source>
        <extracomment>The undo steps made here (named again in the interface language of the moment).</extracomment>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="19"/>
        <source>Insert question</source>
        <translation>Vraag invoegen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="21"/>
        <source>Duplicate question</source>
        <translation>Vraag dupliceren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="23"/>
        <source>Delete questions</source>
        <translation>Vragen verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="24"/>
        <source>Move questions</source>
        <translation>Vragen verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="26"/>
        <source>Renumber questions</source>
        <translation>Vragen hernummeren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="28"/>
        <source>Combine answers</source>
        <translation>Antwoorden samenvoegen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="29"/>
        <source>Split answer</source>
        <translation>Antwoord splitsen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="224"/>
        <source>Question {number}</source>
        <translation>Vraag {number}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="31"/>
        <location filename="../../src/answerletter/gui/question_actions.py" line="231"/>
        <source>Refer to another answer</source>
        <translation>Verwijzen naar ander antwoord</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="232"/>
        <source>The answer reads “Zie antwoord op vraag N”. Choose question N:</source>
        <translation>Het antwoord luidt “Zie antwoord op vraag N”. Kies vraag N:</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_actions.py" line="34"/>
        <source>Remove reference</source>
        <translation>Verwijzing verwijderen</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="47"/>
        <source>the checks found an error</source>
        <extracomment>The worst severity of the question&apos;s open findings (None without findings). Text colour of a question with open errors or warnings (notes leave it alone), before it is made readable on the palette (``palette_colours.row_text_colour``).</extracomment>
        <translation>de controle vond een fout</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="49"/>
        <source>the checks found a warning</source>
        <translation>de controle vond een waarschuwing</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="50"/>
        <source>the checks have a note</source>
        <translation>de controle heeft een opmerking</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="82"/>
        <source>No answer yet</source>
        <translation>Nog geen antwoord</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="83"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="84"/>
        <source>Covered by a combined answer</source>
        <translation>Beantwoord in een samengevoegd antwoord</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="85"/>
        <source>Refers to another answer</source>
        <translation>Verwijst naar een ander antwoord</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="141"/>
        <source>Question {number}</source>
        <extracomment>Question id → the worst severity of its open findings (see set_finding_marks).</extracomment>
        <translation>Vraag {number}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_model.py" line="59"/>
        <source>Move questions</source>
        <extracomment>The undo steps made here (named again in the interface language of the moment).</extracomment>
        <translation>Vragen verplaatsen</translation>
    </message>
</context>
<context>
    <name>QuestionListPane</name>
    <message>
        <location filename="../../src/answerletter/gui/question_list.py" line="43"/>
        <source>Filter questions…</source>
        <translation>Vragen filteren…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_list.py" line="44"/>
        <source>Filter questions</source>
        <translation>Vragen filteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_list.py" line="45"/>
        <source>Clear filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/question_list.py" line="50"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="56"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="59"/>
        <source>Question number</source>
        <translation>Vraagnummer</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="60"/>
        <source>The number the Kamer gave this question</source>
        <translation>Het nummer dat de Kamer deze vraag gaf</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="64"/>
        <source>Question text</source>
        <translation>Tekst van de vraag</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="37"/>
        <source>Edit question</source>
        <extracomment>The undo steps made here (named again in the interface language of the moment).</extracomment>
        <translation>Vraag bewerken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/answer_editor.py" line="39"/>
        <source>Change question number</source>
        <translation>Vraagnummer wijzigen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/answerletter/safety/restore.py" line="18"/>
        <source>Recovered Changes</source>
        <extracomment>The undo step&apos;s name.</extracomment>
        <translation>Herstelde wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/desktop/session.py" line="74"/>
        <source>Cannot recover the letter</source>
        <translation>Kan de brief niet herstellen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/desktop/session.py" line="75"/>
        <source>The recovery copy of “{title}” cannot be read; it is kept in {folder}.</source>
        <translation>De herstelkopie van “{title}” is onleesbaar; ze blijft bewaard in {folder}.</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="111"/>
        <source>Footnote text</source>
        <extracomment>The text changed by the user (not by ``set_rich_text``); debouncing is the caller&apos;s job. A paste converted on a worker thread is in place (or was dropped); see ``big_paste``.</extracomment>
        <translation>Tekst van de voetnoot</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="111"/>
        <source>Rich text</source>
        <translation>Opgemaakte tekst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="146"/>
        <source>The paste was stopped: another text was opened in its place.</source>
        <translation>Het plakken is gestopt: er is een andere tekst op die plaats geopend.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="242"/>
        <source>Footnote {number}: {text}</source>
        <translation>Voetnoot {number}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="243"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="412"/>
        <source>Still pasting: wait until the previous paste is in place.</source>
        <translation>Er wordt nog geplakt: wacht tot de vorige plakactie klaar is.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="434"/>
        <source>Pasting…</source>
        <translation>Bezig met plakken…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="479"/>
        <source>{count} characters</source>
        <translation>{count} tekens</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="481"/>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="486"/>
        <source>The text on the clipboard has too many paragraphs to paste ({size}; at most {limit} are taken at a time). Paste it in parts, or import the document with File ▸ Import. Nothing was pasted; the clipboard still holds it.</source>
        <translation>De tekst op het klembord heeft te veel alinea&apos;s om te plakken ({size}; er worden er hoogstens {limit} tegelijk overgenomen). Plak hem in delen, of importeer het document met Bestand ▸ Importeren. Er is niets geplakt; het klembord bevat hem nog.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="493"/>
        <source>The formatted text on the clipboard is too large to paste ({size} of HTML; at most {limit} bytes are taken at a time). Paste it as plain text (Ctrl+Shift+V), or in parts. Nothing was pasted; the clipboard still holds it.</source>
        <translation>De opgemaakte tekst op het klembord is te groot om te plakken ({size} HTML; er worden hoogstens {limit} bytes tegelijk overgenomen). Plak hem als platte tekst (Ctrl+Shift+V) of in delen. Er is niets geplakt; het klembord bevat hem nog.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="499"/>
        <source>The text on the clipboard is too large to paste ({size}; at most {limit} characters, about 30 pages, are taken at a time). Paste it in parts, or import the document with File ▸ Import. Nothing was pasted; the clipboard still holds it.</source>
        <translation>De tekst op het klembord is te groot om te plakken ({size}; er worden hoogstens {limit} tekens, ongeveer 30 pagina&apos;s, tegelijk overgenomen). Plak hem in delen, of importeer het document met Bestand ▸ Importeren. Er is niets geplakt; het klembord bevat hem nog.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="507"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="527"/>
        <source>The pasted text was nested too deeply; its deepest formatting was left out (the text is all there).</source>
        <translation>De geplakte tekst was te diep genest; de diepste opmaak is weggelaten (de tekst is er helemaal).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="534"/>
        <source>%n invisible text-direction character(s) removed from the pasted text.</source>
        <translation>
            <numerusform>%n onzichtbaar tekenrichtingsteken uit de geplakte tekst verwijderd.</numerusform>
            <numerusform>%n onzichtbare tekenrichtingstekens uit de geplakte tekst verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="542"/>
        <source>%n pasted table(s) became one paragraph per row, cells separated by tabs.</source>
        <translation>
            <numerusform>%n geplakte tabel werd één alinea per rij, cellen gescheiden door tabs.</numerusform>
            <numerusform>%n geplakte tabellen werden één alinea per rij, cellen gescheiden door tabs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/richtext/editor.py" line="549"/>
        <source>%n image(s) left out: the letter text holds no images.</source>
        <translation>
            <numerusform>%n afbeelding weggelaten: de tekst van de brief bevat geen afbeeldingen.</numerusform>
            <numerusform>%n afbeeldingen weggelaten: de tekst van de brief bevat geen afbeeldingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="69"/>
        <source>&amp;Bold</source>
        <translation>&amp;Vet</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="71"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="78"/>
        <source>&amp;Italic</source>
        <translation>&amp;Cursief</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="80"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="87"/>
        <source>&amp;Underline</source>
        <translation>&amp;Onderstrepen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="89"/>
        <source>Underline</source>
        <translation>Onderstrepen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="96"/>
        <source>Su&amp;perscript</source>
        <translation>Su&amp;perscript</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="98"/>
        <source>Superscript</source>
        <translation>Superscript</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="107"/>
        <source>Subs&amp;cript</source>
        <translation>&amp;Subscript</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="109"/>
        <source>Subscript</source>
        <translation>Subscript</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="116"/>
        <source>&amp;Link…</source>
        <translation>Koppel&amp;ing…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="117"/>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="118"/>
        <source>Insert or edit a link</source>
        <translation>Koppeling invoegen of bewerken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="141"/>
        <source>Bulle&amp;ted List</source>
        <translation>Opso&amp;mmingstekens</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="167"/>
        <source>Incre&amp;ase Indent</source>
        <translation>Inspringing vergro&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation type="vanished">Koppeling &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="125"/>
        <source>Re&amp;move Link</source>
        <translation>Koppeling ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="126"/>
        <source>Unlink</source>
        <translation>Koppeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="127"/>
        <source>Remove the link</source>
        <translation>De koppeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="133"/>
        <source>Paste &amp;Without Formatting</source>
        <translation>Plakken &amp;zonder opmaak</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="134"/>
        <source>Paste text</source>
        <translation>Tekst plakken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="135"/>
        <source>Paste the clipboard&apos;s text without its formatting</source>
        <translation>De tekst van het klembord plakken zonder opmaak</translation>
    </message>
    <message>
        <source>&amp;Bulleted List</source>
        <translation type="vanished">&amp;Opsommingstekens</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="143"/>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="150"/>
        <source>&amp;Numbered List</source>
        <translation>&amp;Genummerde lijst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="152"/>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="159"/>
        <source>&amp;Decrease Indent</source>
        <translation>Inspringing ver&amp;kleinen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="161"/>
        <source>Decrease the list level</source>
        <translation>Het lijstniveau verlagen</translation>
    </message>
    <message>
        <source>&amp;Increase Indent</source>
        <translation type="vanished">Inspringing ver&amp;groten</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="169"/>
        <source>Increase the list level</source>
        <translation>Het lijstniveau verhogen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="175"/>
        <source>&amp;Footnote…</source>
        <translation>Voet&amp;noot…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="176"/>
        <source>Footnote</source>
        <translation>Voetnoot</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="177"/>
        <source>Insert a footnote</source>
        <translation>Een voetnoot invoegen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="183"/>
        <source>&amp;Edit Footnote…</source>
        <translation>Voetnoot &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="184"/>
        <source>Edit footnote</source>
        <translation>Voetnoot bewerken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="185"/>
        <source>Edit the footnote at the cursor</source>
        <translation>De voetnoot bij de cursor bewerken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="235"/>
        <location filename="../../src/answerletter/gui/richtext/actions.py" line="237"/>
        <source>Formatting</source>
        <translation>Opmaak</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="68"/>
        <source>Letter in use</source>
        <translation>Brief in gebruik</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="77"/>
        <source>Open it read-only to look without risk. If you open it anyway and both of you save, one of you overwrites the other&apos;s work.</source>
        <translation>Kies ‘Alleen-lezen openen’ om zonder risico te kijken. Als u de brief toch opent en u allebei opslaat, overschrijft de een het werk van de ander.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="84"/>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="88"/>
        <source>Open &amp;Anyway</source>
        <translation>&amp;Toch openen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="105"/>
        <source>Your changes are still here. Save them somewhere else?</source>
        <translation>Uw wijzigingen zijn er nog. Wilt u ze ergens anders opslaan?</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="112"/>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="221"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="125"/>
        <source>Save recovered letter</source>
        <translation>Herstelde brief opslaan</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="131"/>
        <source>The file may have changed since; its current version is kept as a backup.</source>
        <translation>Het bestand kan sindsdien gewijzigd zijn; de huidige versie wordt als reservekopie bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="145"/>
        <source>Letter changed on disk</source>
        <translation>Brief op schijf gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="151"/>
        <source>Reload shows the version on disk (Undo brings yours back). Keep mine leaves your version here; saving it replaces theirs.</source>
        <translation>‘Opnieuw laden’ toont de versie op schijf (‘Ongedaan maken’ brengt de uwe terug). ‘Mijn versie houden’ laat uw versie staan; opslaan vervangt dan die van de ander.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="158"/>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="161"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="175"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="187"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="190"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="194"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Later beslissen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="212"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="224"/>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="184"/>
        <source>The letter had never been saved.</source>
        <translation>De brief was nog nooit opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="72"/>
        <source>“{name}” is opened by {holder} (since {since}).</source>
        <translation>“{name}” is geopend door {holder} (sinds {since}).</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="126"/>
        <source>Replace “{name}” with the recovered letter?</source>
        <translation>“{name}” vervangen door de herstelde brief?</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="146"/>
        <source>“{name}” was changed by another program or person.</source>
        <translation>“{name}” is gewijzigd door een ander programma of iemand anders.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="176"/>
        <source>AnswerLetter stopped unexpectedly. Unsaved changes to “{title}” ({time}) were kept.</source>
        <translation>AnswerLetter is onverwacht gestopt. Niet-opgeslagen wijzigingen in “{title}” ({time}) zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/safety_dialogs.py" line="182"/>
        <source>Original file: {path}</source>
        <translation>Oorspronkelijk bestand: {path}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="68"/>
        <source>Footnote editor</source>
        <translation>Voetnootvenster</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="69"/>
        <source>Question list</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="70"/>
        <source>Text editor</source>
        <translation>Tekstveld</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="71"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="72"/>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="73"/>
        <source>Find bar</source>
        <translation>Zoekbalk</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="74"/>
        <source>double-click</source>
        <translation>dubbelklikken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="75"/>
        <source>Ctrl+click</source>
        <translation>Ctrl+klik</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="80"/>
        <source>Done: keep the footnote&apos;s text</source>
        <extracomment>(where, what, keys): the keys the widgets handle themselves; a key text in TRANSLATED_KEYS is a word (&quot;double-click&quot;), the others are keys as Qt names them.</extracomment>
        <translation>Klaar: de tekst van de voetnoot houden</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="81"/>
        <source>New line in the footnote</source>
        <translation>Nieuwe regel in de voetnoot</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="82"/>
        <source>Cancel: keep the text as it was</source>
        <translation>Annuleren: de tekst blijft zoals hij was</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="83"/>
        <source>Edit the footnote at a mark</source>
        <translation>De voetnoot bij een voetnootcijfer bewerken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="84"/>
        <source>Next field / previous field</source>
        <translation>Volgend veld / vorig veld</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="85"/>
        <source>New line in the same paragraph</source>
        <translation>Nieuwe regel in dezelfde alinea</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="86"/>
        <source>Previous / next question</source>
        <translation>Vorige / volgende vraag</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="87"/>
        <source>First / last question</source>
        <translation>Eerste / laatste vraag</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="90"/>
        <source>Select a range of questions</source>
        <translation>Een reeks vragen selecteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="93"/>
        <source>Select more questions</source>
        <translation>Meer vragen selecteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="94"/>
        <source>Zoom in / zoom out</source>
        <translation>Inzoomen / uitzoomen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="95"/>
        <source>Fit the width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="96"/>
        <source>Next hit / previous hit</source>
        <translation>Volgende / vorige treffer</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="99"/>
        <source>Replace this hit (in the replace field)</source>
        <translation>Deze treffer vervangen (in het vervangveld)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="102"/>
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="160"/>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="162"/>
        <source>Filter shortcuts…</source>
        <translation>Sneltoetsen filteren…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="163"/>
        <source>Filter shortcuts</source>
        <translation>Sneltoetsen filteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="167"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="168"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="168"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/shortcuts.py" line="171"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../../src/answerletter/gui/spelling_menu.py" line="59"/>
        <source>Looking for suggestions…</source>
        <translation>Suggesties zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_menu.py" line="62"/>
        <source>&amp;Add to Word List</source>
        <translation>Toevoegen aan &amp;woordenlijst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_menu.py" line="65"/>
        <source>Accept “{word}” in every letter from now on</source>
        <translation>“{word}” voortaan in elke brief goedkeuren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_menu.py" line="68"/>
        <source>&amp;Ignore All</source>
        <translation>Overal ne&amp;geren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_menu.py" line="71"/>
        <source>Accept “{word}” everywhere in this letter while it is open</source>
        <translation>“{word}” overal in deze brief goedkeuren zolang hij open is</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_menu.py" line="92"/>
        <source>No suggestions found</source>
        <translation>Geen suggesties gevonden</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_menu.py" line="94"/>
        <source>No suggestions (the search took too long)</source>
        <translation>Geen suggesties (het zoeken duurde te lang)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_menu.py" line="133"/>
        <source>“{word}” is accepted until the program closes, but the word list could not be saved: {reason}</source>
        <translation>“{word}” is goedgekeurd tot het programma sluit, maar de woordenlijst kon niet worden opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/answerletter/desktop/instance.py" line="308"/>
        <location filename="../../src/answerletter/desktop/startup.py" line="32"/>
        <source>AnswerLetter is running but not responding</source>
        <extracomment>The primary&apos;s answer after it has taken a request in. A request is one short JSON line; anything longer is not from us. Unix socket paths are limited to ~104-108 bytes; longer paths fall back to a hashed name. After this long without an answer a waiting launch says so on stderr (and goes on waiting: a slow primary is not a reason to start a second editor). The per-user secret behind unguessable server names: 128 random bits, as hex. An editor holds the lock but nobody listened within a bound the caller set (``find_primary_ms``; without one the launch waits). The user is told, never given a second editor silently.</extracomment>
        <translation>AnswerLetter is actief maar reageert niet</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/desktop/instance.py" line="309"/>
        <source>Waiting for it to take the files…</source>
        <translation>Wachten tot het de bestanden overneemt…</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/counts.py" line="40"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln woord</numerusform>
            <numerusform>%Ln woorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/counts.py" line="41"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln teken</numerusform>
            <numerusform>%Ln tekens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/counts.py" line="42"/>
        <source>{words}, {characters}</source>
        <translation>{words}, {characters}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/counts.py" line="52"/>
        <source>Answer: {counts}</source>
        <translation>Antwoord: {counts}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/counts.py" line="55"/>
        <source>Letter: counting…</source>
        <translation>Brief: wordt geteld…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/counts.py" line="57"/>
        <source>Letter: {counts}</source>
        <translation>Brief: {counts}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/counts.py" line="60"/>
        <source>{answered} of {questions} answered</source>
        <translation>{answered} van {questions} beantwoord</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/counts.py" line="69"/>
        <source>Words and characters (with spaces) of the text you wrote: questions, answers, footnotes and the letter text.</source>
        <translation>Woorden en tekens (met spaties) van de tekst die u schreef: vragen, antwoorden, voetnoten en de brieftekst.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/counts.py" line="77"/>
        <source>Questions answered: {answered}; not answered yet: {unanswered}.</source>
        <translation>Vragen beantwoord: {answered}; nog niet beantwoord: {unanswered}.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/counts.py" line="126"/>
        <source>Word and character counts</source>
        <translation>Aantallen woorden en tekens</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <location filename="../../src/answerletter/gui/status_marks.py" line="74"/>
        <source>Status marks: open ring, no answer yet; filled circle, answered; two bars, covered by a combined answer; triangle, refers to another answer. Red text: the checks found an error; brown text: the checks found a warning.</source>
        <extracomment>The house colour of each status (by ``question_model.Status`` value). Pixel sizes drawn, so the marks stay sharp at 150 % and 200 % (the icon picks the best). The drawing grid: shapes are drawn in 16 × 16 units and scaled. The ring&apos;s line, in grid units: 2 units on whole coordinates cover whole pixels, so the ring shows its full colour (a thinner line is only partly painted, and paler).</extracomment>
        <translation>Statustekens: open rondje, nog geen antwoord; gevuld rondje, beantwoord; twee balkjes, beantwoord in een samengevoegd antwoord; driehoekje, verwijst naar een ander antwoord. Rode tekst: de controle vond een fout; bruine tekst: de controle vond een waarschuwing.</translation>
    </message>
</context>
<context>
    <name>TextFormatting</name>
    <message>
        <location filename="../../src/answerletter/gui/richtext/formatting.py" line="146"/>
        <source>Only http, https and mailto addresses can be links.</source>
        <translation>Alleen http-, https- en mailto-adressen kunnen een koppeling zijn.</translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <location filename="../../src/answerletter/gui/text_zoom.py" line="72"/>
        <source>&amp;Larger Text</source>
        <extracomment>The sizes Ctrl++ and Ctrl+- step through, in percent of the normal size.</extracomment>
        <translation>Tekst &amp;groter</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/text_zoom.py" line="74"/>
        <source>&amp;Smaller Text</source>
        <translation>Tekst &amp;kleiner</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/text_zoom.py" line="76"/>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/text_zoom.py" line="78"/>
        <source>Size of the text in the question and answer editors (in the preview: zoom)</source>
        <translation>Grootte van de tekst in de vraag- en antwoordvelden (in het voorbeeld: zoomen)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/text_zoom.py" line="84"/>
        <source>&amp;Text Size</source>
        <translation>&amp;Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/text_zoom.py" line="158"/>
        <source>Text size {size} %</source>
        <translation>Tekstgrootte {size} %</translation>
    </message>
</context>
<context>
    <name>WindowFind</name>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="48"/>
        <source>Replace</source>
        <extracomment>The undo steps made here (named again in the interface language of the moment).</extracomment>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="49"/>
        <source>Replace All</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="151"/>
        <source>F&amp;ind…</source>
        <extracomment>Count after this pause in typing the query (or in editing the letter with the bar open). A count made on the worker thread (a SearchResult, or None when it failed). Index into ``result.hits`` of the hit shown; -1 before the first. The hit shown, as it was found (to find its place again after an edit). The text field where the hit shown is selected.</extracomment>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="152"/>
        <source>Find text in the whole letter</source>
        <translation>Tekst zoeken in de hele brief</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="153"/>
        <source>Find &amp;Next</source>
        <translation>Volgende &amp;treffer</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="154"/>
        <source>Find Pre&amp;vious</source>
        <translation>Vorige tr&amp;effer</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="155"/>
        <source>R&amp;eplace…</source>
        <translation>Ve&amp;rvangen…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="156"/>
        <source>Find text in the letter and replace it</source>
        <translation>Tekst zoeken in de brief en vervangen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="296"/>
        <source>No hits</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="300"/>
        <source>{current} of more than {total}</source>
        <translation>{current} van meer dan {total}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="302"/>
        <source>{current} of {total}</source>
        <translation>{current} van {total}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="343"/>
        <source>Searched to the end; continued from the beginning</source>
        <translation>Tot het einde gezocht; verder vanaf het begin</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="345"/>
        <source>Searched to the beginning; continued from the end</source>
        <translation>Tot het begin gezocht; verder vanaf het einde</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="381"/>
        <source>The text changed since it was found; find it again.</source>
        <translation>De tekst is veranderd sinds hij werd gevonden; zoek opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/find_window.py" line="412"/>
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>%n keer vervangen</numerusform>
            <numerusform>%n keer vervangen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="414"/>
        <source>Replacing…</source>
        <translation>Bezig met vervangen…</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="414"/>
        <source>Replace All failed; the letter is unchanged.</source>
        <translation>Alles vervangen is mislukt; de brief is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="414"/>
        <source>Nothing replaced: the letter kept changing while it was being replaced.</source>
        <translation>Niets vervangen: de brief bleef veranderen terwijl er werd vervangen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="414"/>
        <source>Nothing replaced</source>
        <translation>Niets vervangen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/answerletter/gui/find_window.py" line="417"/>
        <source>(%n hit(s) left in text made from the letter details)</source>
        <translation>
            <numerusform>(%n treffer niet vervangen in tekst die uit de briefgegevens wordt gemaakt)</numerusform>
            <numerusform>(%n treffers niet vervangen in tekst die uit de briefgegevens wordt gemaakt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="428"/>
        <source>The text of a postponement notice is made from the postponement in the letter details (reason, expected date): replace it there, or give the notice its own text first.</source>
        <translation>De tekst van een uitstelbericht wordt gemaakt uit het uitstel in de briefgegevens (reden, verwachte datum): vervang het daar, of geef het bericht eerst een eigen tekst.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="434"/>
        <source>The offering sentence is made from the letter details: change those, or switch on an own offering text (Letter text tab) to replace words in it.</source>
        <translation>De aanbiedingszin wordt gemaakt uit de briefgegevens: wijzig die, of zet een eigen aanbiedingstekst aan (tabblad Brieftekst) om er woorden in te vervangen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/find_window.py" line="437"/>
        <source>Not replaced</source>
        <translation>Niet vervangen</translation>
    </message>
</context>
<context>
    <name>WindowFindings</name>
    <message>
        <location filename="../../src/answerletter/gui/findings_window.py" line="33"/>
        <location filename="../../src/answerletter/gui/findings_window.py" line="56"/>
        <source>Findings</source>
        <extracomment>Findings from other sources (the spell check), shown with the checks&apos; own.</extracomment>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_window.py" line="43"/>
        <location filename="../../src/answerletter/gui/findings_window.py" line="57"/>
        <source>Findings of the checks</source>
        <translation>Bevindingen van de controle</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_window.py" line="126"/>
        <source>Cannot fix this: {reason}</source>
        <translation>Kan dit niet verbeteren: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_window.py" line="132"/>
        <source>Fix “{excerpt}”</source>
        <translation>“{excerpt}” verbeteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_window.py" line="145"/>
        <source>Accept finding</source>
        <translation>Bevinding accepteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/findings_window.py" line="153"/>
        <source>Withdraw acceptance</source>
        <translation>Acceptatie intrekken</translation>
    </message>
</context>
<context>
    <name>WindowGuard</name>
    <message>
        <location filename="../../src/answerletter/safety/guard.py" line="29"/>
        <source>Reload from Disk</source>
        <extracomment>Asked when another program changed the letter&apos;s file: True to reload it from disk.</extracomment>
        <translation>Opnieuw laden van schijf</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="81"/>
        <source>[read-only]</source>
        <extracomment>How long transient status-bar messages stay.</extracomment>
        <translation>[alleen-lezen]</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="120"/>
        <source>Read-only: opened by {holder}. Use Save As to keep changes.</source>
        <translation>Alleen-lezen: geopend door {holder}. Kies ‘Opslaan als’ om uw wijzigingen te bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="91"/>
        <source>The recovery copy could not be written: {reason}</source>
        <translation>De herstelkopie kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="111"/>
        <source>Cannot reload the letter</source>
        <translation>Kan de brief niet opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="124"/>
        <source>Read-only: you may not change this file (it is write-protected). Use Save As to keep changes.</source>
        <translation>Alleen-lezen: u mag dit bestand niet wijzigen (het is schrijfbeveiligd). Kies ‘Opslaan als’ om uw wijzigingen te bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="130"/>
        <source>No lock file ({reason}): others cannot see you have it open.</source>
        <translation>Geen vergrendelbestand ({reason}): anderen zien niet dat u de brief open hebt.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="99"/>
        <source>“{name}” was removed or renamed on disk; Save writes it again.</source>
        <translation>“{name}” is op schijf verwijderd of hernoemd; ‘Opslaan’ schrijft de brief opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="134"/>
        <source>Also opened by {holder}.</source>
        <translation>Ook geopend door {holder}.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/window_safety.py" line="112"/>
        <source>“{name}” on disk cannot be read; your version stays.</source>
        <translation>“{name}” op schijf is onleesbaar; uw versie blijft staan.</translation>
    </message>
</context>
<context>
    <name>WindowSpelling</name>
    <message>
        <location filename="../../src/answerletter/gui/spelling_window.py" line="48"/>
        <source>Check &amp;Spelling</source>
        <translation>&amp;Spelling controleren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_window.py" line="52"/>
        <source>Underline unknown words and list them among the findings</source>
        <translation>Onbekende woorden onderstrepen en bij de bevindingen tonen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_window.py" line="75"/>
        <source>Spell check is not available: the Dutch dictionary could not be loaded.</source>
        <translation>De spellingcontrole is niet beschikbaar: het Nederlandse woordenboek kon niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/spelling_window.py" line="128"/>
        <source>Word list not saved</source>
        <translation>Woordenlijst niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Answer letters (*.kvb);;All files (*)</source>
        <translation type="vanished">Antwoordbrieven (*.kvb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="27"/>
        <source>Answer letters (*.kvb);;Documents to import (*.docx *.docm *.pdf);;All files (*)</source>
        <translation>Antwoordbrieven (*.kvb);;Te importeren documenten (*.docx *.docm *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="36"/>
        <source>Open letter</source>
        <translation>Brief openen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="44"/>
        <source>Save letter</source>
        <translation>Brief opslaan</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="56"/>
        <source>Export PDF</source>
        <translation>Pdf exporteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="58"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="71"/>
        <source>Export Word Document</source>
        <translation>Word-document exporteren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="73"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="85"/>
        <source>Print letter</source>
        <translation>Brief afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="99"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="101"/>
        <source>The letter “{name}” has unsaved changes.</source>
        <translation>De brief “{name}” heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="105"/>
        <source>Do you want to save them?</source>
        <translation>Wilt u ze opslaan?</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="113"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="114"/>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="115"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="126"/>
        <source>Old Word document</source>
        <translation>Oud Word-document</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="127"/>
        <source>“{name}” is an old binary Word document (.doc). Convert it to .docx with LibreOffice and import that? (Or save it as .docx in Word yourself.)</source>
        <translation>“{name}” is een oud binair Word-document (.doc). Met LibreOffice omzetten naar .docx en dat importeren? (Of sla het zelf in Word op als .docx.)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="179"/>
        <source>AnswerLetter</source>
        <translation>AnswerLetter</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="181"/>
        <source>AnswerLetter is running but not responding.</source>
        <translation>AnswerLetter is actief maar reageert niet.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="184"/>
        <source>“{names}” could not be handed to it.</source>
        <translation>“{names}” kon er niet aan worden doorgegeven.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="188"/>
        <source>It could not be asked to open a window.</source>
        <translation>Er kon niet worden gevraagd een venster te openen.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="193"/>
        <source>Wait until it responds again (or close it), then try once more. A second editor beside it works, but a letter open in both can be overwritten by either.</source>
        <translation>Wacht tot het weer reageert (of sluit het) en probeer het dan opnieuw. Een tweede editor ernaast werkt, maar een brief die in beide open is, kan door elk van beide worden overschreven.</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="200"/>
        <source>Start a &amp;Second Editor</source>
        <translation>&amp;Tweede editor starten</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="204"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="239"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/dialogs.py" line="240"/>
        <source>Interface language:</source>
        <translation>Weergavetaal:</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../src/answerletter/gui/i18n.py" line="41"/>
        <source>System language</source>
        <extracomment>Where compiled .qm files go; None = the user&apos;s cache folder (tests point it elsewhere).</extracomment>
        <translation>Systeemtaal</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/answerletter/gui/import_commands.py" line="35"/>
        <source>Documents to import (*.docx *.docm *.pdf *.txt);;Word documents (*.docx *.docm);;PDF documents (*.pdf);;Text files (*.txt);;All files (*)</source>
        <extracomment>Opened or dropped, these are imported instead of read as letters. Text files are imported only through File ▸ Import… (a dropped .txt is more often notes than the Kamer&apos;s questions).</extracomment>
        <translation>Te importeren documenten (*.docx *.docm *.pdf *.txt);;Word-documenten (*.docx *.docm);;PDF-documenten (*.pdf);;Tekstbestanden (*.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_commands.py" line="44"/>
        <source>Import a document</source>
        <translation>Een document importeren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_commands.py" line="69"/>
        <location filename="../../src/answerletter/gui/import_commands.py" line="97"/>
        <source>Cannot import the document</source>
        <translation>Kan het document niet importeren</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_commands.py" line="70"/>
        <location filename="../../src/answerletter/gui/import_commands.py" line="98"/>
        <source>“{name}” could not be imported.</source>
        <translation>“{name}” kon niet worden geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n question(s)</source>
        <translation>
            <numerusform>%n vraag plakken</numerusform>
            <numerusform>%n vragen plakken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="25"/>
        <source>body text</source>
        <translation>brieftekst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="26"/>
        <source>page header</source>
        <translation>koptekst</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="27"/>
        <source>document property</source>
        <translation>documenteigenschap</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="28"/>
        <source>file name</source>
        <translation>bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="35"/>
        <source>recognised</source>
        <translation>herkend</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="36"/>
        <source>guessed</source>
        <translation>geraden</translation>
    </message>
    <message>
        <location filename="../../src/answerletter/gui/import_report.py" line="37"/>
        <source>conflict</source>
        <translation>tegenstrijdig</translation>
    </message>
</context>
</TS>

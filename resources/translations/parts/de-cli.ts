<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="276"/>
        <source>Sitbreak settings</source>
        <translation>Sitbreak-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="291"/>
        <source>Settings reloaded.</source>
        <translation>Einstellungen neu geladen.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="305"/>
        <source>Autostart could not be changed: {problem}</source>
        <translation>Der Autostart konnte nicht geändert werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="335"/>
        <source>The database is locked by another program.</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="340"/>
        <source>{problem} The settings in use stay as they were.</source>
        <translation>{problem} Die aktiven Einstellungen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="342"/>
        <location filename="../../../src/sitbreak/app.py" line="353"/>
        <source>Sitbreak: check your settings</source>
        <translation>Sitbreak: Bitte prüfen Sie Ihre Einstellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/sitbreak/app.py" line="352"/>
        <source>… and %n more (see the log).</source>
        <translation>
            <numerusform>… und %n weiteres Problem (siehe Protokoll).</numerusform>
            <numerusform>… und %n weitere Probleme (siehe Protokoll).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="357"/>
        <source>Not now: {reason}.</source>
        <translation>Jetzt nicht: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="399"/>
        <source>Sitbreak: data not saved</source>
        <translation>Sitbreak: Daten werden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="401"/>
        <source>The database {path} is locked by another program. Sitbreak tracks as usual and saves once the lock is gone.</source>
        <translation>Die Datenbank {path} ist von einem anderen Programm gesperrt. Sitbreak misst wie gewohnt weiter und speichert, sobald die Sperre aufgehoben ist.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="407"/>
        <source>Sitbreak: not saving yet</source>
        <translation>Sitbreak: Speichern noch nicht möglich</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="410"/>
        <source>The old database could not be read; it was kept as {path}.</source>
        <translation>Die alte Datenbank war nicht lesbar; sie wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="413"/>
        <source>Sitbreak started a new database</source>
        <translation>Sitbreak hat eine neue Datenbank angelegt</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="456"/>
        <source>{problem} Sitbreak runs, but nothing is saved.</source>
        <translation>{problem} Sitbreak läuft, speichert aber nichts.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="485"/>
        <source>another Sitbreak holds the lock but does not answer: {problem}</source>
        <translation>ein anderes Sitbreak hält die Sperre, antwortet aber nicht: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="490"/>
        <source>Sitbreak is already running.</source>
        <translation>Sitbreak läuft bereits.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/app.py" line="497"/>
        <source>Sitbreak cannot start</source>
        <translation>Sitbreak kann nicht starten</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../../src/sitbreak/platform/portal_autostart.py" line="35"/>
        <source>Sitbreak counts your sitting time and reminds you to move while you work.</source>
        <translation>Sitbreak misst Ihre Sitzzeit und erinnert Sie während der Arbeit daran, sich zu bewegen.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/portal_autostart.py" line="70"/>
        <source>the desktop's background apps permission (Background portal)</source>
        <translation>die Hintergrund-Berechtigung des Desktops (Background-Portal)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/portal_autostart.py" line="102"/>
        <source>no session bus to reach the Background portal: {problem}</source>
        <translation>kein Sitzungsbus, um das Background-Portal zu erreichen: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/portal_autostart.py" line="123"/>
        <source>the Background portal could not be asked: {problem}</source>
        <translation>das Background-Portal konnte nicht gefragt werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/portal_autostart.py" line="153"/>
        <source>the Background portal did not answer: {problem}</source>
        <translation>das Background-Portal hat nicht geantwortet: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/portal_autostart.py" line="177"/>
        <source>you declined</source>
        <comment>Sitbreak cannot start at login: ...</comment>
        <translation>Sie haben abgelehnt</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/portal_autostart.py" line="179"/>
        <source>the desktop does not allow it</source>
        <translation>der Desktop erlaubt es nicht</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/portal_autostart.py" line="180"/>
        <source>Sitbreak cannot start at login: {why}. Allow Sitbreak to run in the background in your system settings (Apps); Sitbreak asks again at its next start.</source>
        <translation>Sitbreak kann nicht bei der Anmeldung starten: {why}. Erlauben Sie Sitbreak in den Systemeinstellungen (Apps), im Hintergrund zu laufen; Sitbreak fragt beim nächsten Start erneut.</translation>
    </message>
</context>
<context>
    <name>CommandChannel</name>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="95"/>
        <source>this Sitbreak speaks command protocol {ours}, the command line {theirs}: use the sitbreak command of the running installation</source>
        <translation>dieses Sitbreak spricht Befehlsprotokoll {ours}, die Befehlszeile {theirs}: Verwenden Sie den sitbreak-Befehl der laufenden Installation</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="105"/>
        <source>unknown command: {command} (known: {known})</source>
        <translation>unbekannter Befehl: {command} (bekannt: {known})</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="118"/>
        <source>{command} failed inside Sitbreak; details are in its log</source>
        <translation>{command} ist in Sitbreak fehlgeschlagen; Einzelheiten stehen im Protokoll</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="211"/>
        <source>could not send {command}: {problem}</source>
        <translation>{command} konnte nicht gesendet werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="228"/>
        <source>the socket {name} belongs to another user; not trusted</source>
        <translation>der Socket {name} gehört einem anderen Benutzer; ihm wird nicht vertraut</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="235"/>
        <source>cannot reach Sitbreak on {name}: {problem}</source>
        <translation>Sitbreak ist unter {name} nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="238"/>
        <source>Sitbreak is not running (nothing answers on {name})</source>
        <translation>Sitbreak läuft nicht (unter {name} antwortet nichts)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="254"/>
        <source>Sitbreak closed the connection without answering</source>
        <translation>Sitbreak hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="258"/>
        <source>Sitbreak did not answer in time</source>
        <translation>Sitbreak hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="271"/>
        <source>garbled answer from Sitbreak: {problem}</source>
        <translation>unlesbare Antwort von Sitbreak: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="274"/>
        <source>unexpected answer from Sitbreak: {reply}</source>
        <translation>unerwartete Antwort von Sitbreak: {reply}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="278"/>
        <source>the running Sitbreak speaks command protocol {theirs}, this command line {ours}: restart Sitbreak after an update</source>
        <translation>das laufende Sitbreak spricht Befehlsprotokoll {theirs}, diese Befehlszeile {ours}: Starten Sie Sitbreak nach einem Update neu</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/command_channel.py" line="288"/>
        <source>unexpected result from Sitbreak: {result}</source>
        <translation>unerwartetes Ergebnis von Sitbreak: {result}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../src/sitbreak/cli/main.py" line="26"/>
        <source>Counts continuous sitting, prompts glute squeezes and stand-up breaks, and teaches a short glute-activation routine.</source>
        <translation>Misst ununterbrochenes Sitzen, erinnert ans Anspannen der Gesäßmuskeln und ans Aufstehen und leitet eine kurze Übungsfolge zur Aktivierung der Gesäßmuskeln an.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/main.py" line="36"/>
        <source>show the version and exit</source>
        <translation>Version zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/main.py" line="39"/>
        <source>where settings.toml lives</source>
        <translation>Ordner der settings.toml</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/main.py" line="44"/>
        <source>where the database and logs live</source>
        <translation>Ordner der Datenbank und der Protokolle</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="70"/>
        <source>start the tray app (the default)</source>
        <translation>die App im Infobereich starten (Standard)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="73"/>
        <source>what the running app knows now</source>
        <translation>was die laufende App gerade weiß</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="77"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="83"/>
        <source>show the running app's status window, or today's stats</source>
        <translation>das Statusfenster der laufenden App zeigen oder die heutige Statistik</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="91"/>
        <source>status (default) or stats</source>
        <translation>status (Standard) oder stats</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="98"/>
        <source>hold prompts back (tracking goes on)</source>
        <translation>Erinnerungen zurückhalten (die Messung läuft weiter)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="105"/>
        <source>30m, 1h, 90m... or tomorrow</source>
        <translation>30m, 1h, 90m … oder tomorrow</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="110"/>
        <source>end a pause</source>
        <translation>eine Pause beenden</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="111"/>
        <source>show the stand-up prompt now</source>
        <translation>die Erinnerung zum Aufstehen jetzt zeigen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="112"/>
        <source>show the squeeze prompt now</source>
        <translation>die Erinnerung zum Anspannen der Gesäßmuskeln jetzt zeigen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="115"/>
        <source>open a routine in the running app (the daily one by default)</source>
        <translation>eine Übungsfolge in der laufenden App öffnen (standardmäßig die tägliche)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="121"/>
        <source>list the routines: exercises, dose and length (no app needed)</source>
        <translation>die Übungsfolgen auflisten: Übungen, Umfang und Dauer (ohne laufende App)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="127"/>
        <source>quit the running app (the open bout is saved)</source>
        <translation>die laufende App beenden (die laufende Sitzphase wird gespeichert)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="131"/>
        <source>daily sitting stats (reads the database directly)</source>
        <translation>tägliche Sitzstatistik (liest die Datenbank direkt)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="135"/>
        <source>export bouts, prompts and routines as CSV or JSON</source>
        <translation>Sitzphasen, Erinnerungen und Übungsfolgen als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="139"/>
        <source>list, get, set or reset a setting (edits settings.toml)</source>
        <translation>eine Einstellung auflisten, lesen, setzen oder zurücksetzen (bearbeitet settings.toml)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/registry.py" line="143"/>
        <source>open the settings dialog (the running app applies what you save)</source>
        <translation>den Einstellungsdialog öffnen (die laufende App übernimmt, was Sie speichern)</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="37"/>
        <source>every key: value, default, allowed, source</source>
        <translation>jeder Schlüssel: Wert, Standard, erlaubte Werte, Herkunft</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="40"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="42"/>
        <source>print one key's value</source>
        <translation>den Wert eines Schlüssels ausgeben</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="45"/>
        <source>set one key (checked like the file)</source>
        <translation>einen Schlüssel setzen (geprüft wie in der Datei)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="51"/>
        <source>e.g. 30, true, "mon,tue", 08:00-18:00, off</source>
        <translation>z. B. 30, true, "mon,tue", 08:00-18:00, off</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="54"/>
        <source>set one key back to its default</source>
        <translation>einen Schlüssel auf seinen Standardwert zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="67"/>
        <source>unknown key {key}; `sitbreak config list` shows every key.</source>
        <translation>unbekannter Schlüssel {key}; `sitbreak config list` zeigt alle Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="161"/>
        <source>(default {value})</source>
        <comment>config list: the default value</comment>
        <translation>(Standard: {value})</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/config.py" line="166"/>
        <source>the file's value is not used: {problem}</source>
        <translation>der Wert aus der Datei wird nicht verwendet: {problem}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="93"/>
        <source>Cannot read the database: {problem}.</source>
        <translation>Die Datenbank kann nicht gelesen werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="108"/>
        <location filename="../../../src/sitbreak/storage/database.py" line="437"/>
        <source>Cannot save to the database</source>
        <translation>Speichern in der Datenbank nicht möglich</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="367"/>
        <source>Cannot create the data folder {path}: {problem}.</source>
        <translation>Der Datenordner {path} kann nicht angelegt werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="382"/>
        <source>Cannot create the database {path}: {problem}.</source>
        <translation>Die Datenbank {path} kann nicht angelegt werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="439"/>
        <source>Cannot save to the database {path}</source>
        <translation>Speichern in der Datenbank {path} nicht möglich</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="472"/>
        <source>the database file cannot be written (read-only)</source>
        <translation>die Datenbankdatei ist nicht beschreibbar (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="473"/>
        <source>a disk error</source>
        <translation>ein Datenträgerfehler</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="474"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="475"/>
        <source>the database file cannot be opened</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="476"/>
        <source>no permission to use the database file</source>
        <translation>keine Berechtigung für die Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="485"/>
        <source>{where}: {problem}.</source>
        <comment>where: e.g. Cannot open the database X</comment>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="490"/>
        <source>{where}: the database is locked by another program.</source>
        <translation>{where}: Die Datenbank ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="495"/>
        <source>No database at {path} yet: Sitbreak has not recorded anything.</source>
        <translation>Noch keine Datenbank unter {path}: Sitbreak hat noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="500"/>
        <source>The database {path} is from an older Sitbreak (schema {version}); start the app once to update it.</source>
        <translation>Die Datenbank {path} stammt von einem älteren Sitbreak (Schema {version}); starten Sie die App einmal, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="509"/>
        <source>Cannot open the database {path}</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="513"/>
        <source>Cannot read the database {path}</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="549"/>
        <source>The database {path} was written by a newer Sitbreak (schema {version}; this version knows up to {known}). It was left untouched; update Sitbreak, or start this one with another --data-dir.</source>
        <translation>Die Datenbank {path} wurde von einem neueren Sitbreak geschrieben (Schema {version}; diese Version kennt bis {known}). Sie wurde nicht verändert; aktualisieren Sie Sitbreak oder starten Sie diese Version mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="559"/>
        <source>The file {path} is an SQLite database of another program, not Sitbreak's. It was left untouched; move it elsewhere, or start Sitbreak with another --data-dir.</source>
        <translation>Die Datei {path} ist die SQLite-Datenbank eines anderen Programms, nicht die von Sitbreak. Sie wurde nicht verändert; verschieben Sie sie oder starten Sie Sitbreak mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/database.py" line="582"/>
        <source>The database {path} is empty: Sitbreak has not recorded anything.</source>
        <translation>Die Datenbank {path} ist leer: Sitbreak hat noch nichts aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../../src/sitbreak/platform/editor.py" line="89"/>
        <source>the default text editor</source>
        <translation>dem Standard-Texteditor</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/editor.py" line="100"/>
        <source>{editor} in {terminal}</source>
        <comment>e.g. vim in xterm</comment>
        <translation>{editor} in {terminal}</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="83"/>
        <source>csv (four files into a folder) or json</source>
        <translation>csv (vier Dateien in einen Ordner) oder json</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="89"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>erster Tag, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="95"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>letzter Tag, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="100"/>
        <source>csv: a folder for the four files (required); json: a file (default: stdout)</source>
        <translation>csv: ein Ordner für die vier Dateien (nötig); json: eine Datei (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="108"/>
        <source>replace output files that exist (never a link or a device)</source>
        <translation>vorhandene Ausgabedateien ersetzen (nie einen Link oder ein Gerät)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="118"/>
        <source>--from {first} is after --to {last}.</source>
        <translation>--from {first} liegt nach --to {last}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="122"/>
        <source>csv needs --output FOLDER (it writes four files).</source>
        <translation>csv braucht --output ORDNER (es schreibt vier Dateien).</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="133"/>
        <location filename="../../../src/sitbreak/cli/export.py" line="147"/>
        <source>nothing recorded in that period.</source>
        <translation>in diesem Zeitraum wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="160"/>
        <source>cannot write {path}: {problem}</source>
        <translation>{path} kann nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="174"/>
        <source>{path} is a folder; json is written to a file (give a file name).</source>
        <translation>{path} ist ein Ordner; json wird in eine Datei geschrieben (geben Sie einen Dateinamen an).</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="179"/>
        <source>{path} is a symbolic link; give the folder itself.</source>
        <translation>{path} ist ein symbolischer Link; geben Sie den Ordner selbst an.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="182"/>
        <source>{path} is not a folder; csv writes four files into a folder.</source>
        <translation>{path} ist kein Ordner; csv schreibt vier Dateien in einen Ordner.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="188"/>
        <source>{path} is a symbolic link; it was left as it is.</source>
        <translation>{path} ist ein symbolischer Link; er wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="193"/>
        <source>{path} is not a regular file (a device, pipe or folder); it was left alone.</source>
        <translation>{path} ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Ordner); sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/export.py" line="199"/>
        <source>{path} exists; add --force to replace it.</source>
        <translation>{path} existiert bereits; mit --force wird die Datei ersetzt.</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../../../src/sitbreak/platform/holds/detect.py" line="25"/>
        <source>Full screen is not seen on this Wayland desktop: it does not tell other apps which window is full screen (KDE's KWin does).</source>
        <translation>Vollbild wird auf diesem Wayland-Desktop nicht erkannt: Er teilt anderen Apps nicht mit, welches Fenster im Vollbild ist (KDEs KWin tut das).</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/holds/detect.py" line="30"/>
        <source>Screen sharing is seen on GNOME only.</source>
        <translation>Bildschirmfreigabe wird nur unter GNOME erkannt.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/holds/detect.py" line="31"/>
        <source>On macOS the camera alone is not seen; the microphone is.</source>
        <translation>Unter macOS wird die Kamera allein nicht erkannt, das Mikrofon schon.</translation>
    </message>
</context>
<context>
    <name>IdleDetection</name>
    <message>
        <location filename="../../../src/sitbreak/platform/detect.py" line="68"/>
        <source>no graphical session found ({details})</source>
        <translation>keine grafische Sitzung gefunden ({details})</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/detect.py" line="164"/>
        <source>This Wayland compositor offers neither ext_idle_notify_v1 nor org_kde_kwin_idle to Sitbreak, and no idle service answered on D-Bus.</source>
        <translation>Dieser Wayland-Compositor bietet Sitbreak weder ext_idle_notify_v1 noch org_kde_kwin_idle an, und kein Leerlaufdienst hat über D-Bus geantwortet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/detect.py" line="175"/>
        <source>Idle detection is off: {reasons}.</source>
        <translation>Die Leerlauferkennung ist aus: {reasons}.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <location filename="../../../src/sitbreak/runtime/instance.py" line="70"/>
        <source>cannot create the lock file {path}: {problem}</source>
        <translation>die Sperrdatei {path} kann nicht angelegt werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/runtime/instance.py" line="88"/>
        <source>cannot listen on {name}: {problem}</source>
        <translation>auf {name} kann nicht gelauscht werden: {problem}</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="48"/>
        <source>Sitbreak is not running (start it with: sitbreak).</source>
        <translation>Sitbreak läuft nicht (starten mit: sitbreak).</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="76"/>
        <source>Sitting for {duration}</source>
        <translation>Sie sitzen seit {duration}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="79"/>
        <source>Standing for {duration}</source>
        <translation>Sie stehen seit {duration}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="84"/>
        <source>Away from the desk</source>
        <translation>Nicht am Schreibtisch</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="86"/>
        <source>Away for {duration}</source>
        <translation>Abwesend seit {duration}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="93"/>
        <source>Prompts paused until {moment} (in {countdown}); tracking goes on</source>
        <comment>{moment}: weekday and time, e.g. Mon 14:30</comment>
        <translation>Erinnerungen pausiert bis {moment} (noch {countdown}); die Messung läuft weiter</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="106"/>
        <source>Prompts paused until resumed; tracking goes on</source>
        <translation>Erinnerungen pausiert bis zur Fortsetzung; die Messung läuft weiter</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="119"/>
        <source>Manual mode: {reason}</source>
        <translation>Manueller Modus: {reason}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="122"/>
        <source>Not saving now: {problem} (kept in memory until it can)</source>
        <translation>Speichern gerade nicht möglich: {problem} (bis dahin im Speicher gehalten)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="140"/>
        <source>A squeeze prompt is on screen now</source>
        <translation>Eine Erinnerung zum Anspannen der Gesäßmuskeln ist gerade zu sehen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="141"/>
        <source>A stand prompt is on screen now</source>
        <translation>Eine Erinnerung zum Aufstehen ist gerade zu sehen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="142"/>
        <source>A routine prompt is on screen now</source>
        <translation>Eine Erinnerung an die Übungsfolge ist gerade zu sehen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="145"/>
        <source>Next: squeeze prompt in {countdown}</source>
        <translation>Als Nächstes: Gesäßmuskeln anspannen in {countdown}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="146"/>
        <source>Next: stand prompt in {countdown}</source>
        <translation>Als Nächstes: Aufstehen in {countdown}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="147"/>
        <source>Next: routine prompt in {countdown}</source>
        <translation>Als Nächstes: Übungsfolge in {countdown}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="156"/>
        <source>A {kind} prompt is on screen now</source>
        <translation>Eine Erinnerung ({kind}) ist gerade zu sehen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/remote.py" line="157"/>
        <source>Next: {kind} prompt in {countdown}</source>
        <translation>Als Nächstes: Erinnerung ({kind}) in {countdown}</translation>
    </message>
</context>
<context>
    <name>RoutinesCommand</name>
    <message>
        <location filename="../../../src/sitbreak/cli/routines.py" line="38"/>
        <source>one of {ids} (default: daily); see `sitbreak routines`</source>
        <translation>eine von {ids} (Standard: daily); siehe `sitbreak routines`</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/routines.py" line="48"/>
        <source>print JSON instead of a table</source>
        <translation>JSON statt einer Tabelle ausgeben</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/routines.py" line="58"/>
        <source>left out: {problem}</source>
        <translation>ausgelassen: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/routines.py" line="61"/>
        <source>no routine could be loaded.</source>
        <translation>keine Übungsfolge konnte geladen werden.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/routines.py" line="95"/>
        <source>{problem} Listed as for a new user.</source>
        <translation>{problem} Aufgelistet wie für einen neuen Benutzer.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/routines.py" line="123"/>
        <source>about {duration}</source>
        <comment>a routine's length</comment>
        <translation>etwa {duration}</translation>
    </message>
</context>
<context>
    <name>RuntimeDir</name>
    <message>
        <location filename="../../../src/sitbreak/platform/runtime_dir.py" line="52"/>
        <source>Cannot create the private folder {path}: {problem}.</source>
        <translation>Der private Ordner {path} kann nicht angelegt werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/platform/runtime_dir.py" line="57"/>
        <source>{path} belongs to another user or is not a folder, so Sitbreak will not use it for its command socket. Remove it, or set XDG_RUNTIME_DIR to your own folder.</source>
        <translation>{path} gehört einem anderen Benutzer oder ist kein Ordner, daher verwendet Sitbreak ihn nicht für seinen Befehls-Socket. Entfernen Sie ihn oder setzen Sie XDG_RUNTIME_DIR auf Ihren eigenen Ordner.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_edit.py" line="51"/>
        <source>Cannot read the settings file {path}: {problem}.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_edit.py" line="74"/>
        <source>The settings file {path} is not valid TOML: {problem}.</source>
        <translation>Die Einstellungsdatei {path} ist kein gültiges TOML: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_edit.py" line="86"/>
        <source>Cannot create the settings file {path}: {problem}.</source>
        <translation>Die Einstellungsdatei {path} kann nicht angelegt werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_edit.py" line="119"/>
        <source>[{section}] in {path} is not a table; fix it in the file first.</source>
        <translation>[{section}] in {path} ist keine Tabelle; korrigieren Sie das zuerst in der Datei.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_edit.py" line="131"/>
        <source>Cannot write the settings file {path}: {problem}.</source>
        <translation>Die Einstellungsdatei {path} kann nicht geschrieben werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="52"/>
        <source>Cannot create the settings file {path}: {problem}. Using the defaults.</source>
        <translation>Die Einstellungsdatei {path} kann nicht angelegt werden: {problem}. Die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="64"/>
        <source>The settings file {path} is not valid TOML ({problem}).</source>
        <translation>Die Einstellungsdatei {path} ist kein gültiges TOML ({problem}).</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="67"/>
        <source>The settings file {path} nests too deeply to be read.</source>
        <translation>Die Einstellungsdatei {path} ist zu tief verschachtelt, um gelesen zu werden.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="70"/>
        <source>The settings file {path} could not be read ({problem}).</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="85"/>
        <source>The settings file {path} is not a regular file. Using the defaults.</source>
        <translation>Die Einstellungsdatei {path} ist keine reguläre Datei. Die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="95"/>
        <source>Cannot read the settings file {path}: {problem}. Using the defaults.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden: {problem}. Die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="104"/>
        <source>The settings file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Die Einstellungsdatei {path} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="111"/>
        <source>The settings file {path} is {size} MB; a settings file is a few kB, so it was not read (the limit is {limit} kB). Using the defaults.</source>
        <translation>Die Einstellungsdatei {path} ist {size} MB groß; eine Einstellungsdatei hat wenige kB, daher wurde sie nicht gelesen (die Grenze liegt bei {limit} kB). Die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="128"/>
        <source>version = {value} is not a whole number (write version = {known}); the file is read as version {known}.</source>
        <translation>version = {value} ist keine ganze Zahl (schreiben Sie version = {known}); die Datei wird als Version {known} gelesen.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="139"/>
        <source>version = {value} is not a settings version; the file is read as version {known}.</source>
        <translation>version = {value} ist keine Einstellungsversion; die Datei wird als Version {known} gelesen.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/storage/settings_file.py" line="150"/>
        <source>{problem} Using the defaults until it is fixed; the file was left as it is.</source>
        <translation>{problem} Bis zur Korrektur werden die Standardwerte verwendet; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="31"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="32"/>
        <source>sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="33"/>
        <source>standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="34"/>
        <source>bouts</source>
        <translation>Sitzphasen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="35"/>
        <source>longest</source>
        <translation>längste</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="36"/>
        <source>over</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="37"/>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="38"/>
        <source>squeezes</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="39"/>
        <location filename="../../../src/sitbreak/cli/stats.py" line="212"/>
        <source>routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="53"/>
        <source>{text} is not a date like 2026-03-02 (YYYY-MM-DD)</source>
        <translation>{text} ist kein Datum wie 2026-03-02 (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="63"/>
        <source>--days takes a whole number from 1 to {most}</source>
        <translation>--days nimmt eine ganze Zahl von 1 bis {most}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="73"/>
        <source>one day, YYYY-MM-DD (default: today)</source>
        <translation>ein Tag, JJJJ-MM-TT (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="76"/>
        <source>the last N days up to today</source>
        <translation>die letzten N Tage bis heute</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="81"/>
        <source>print JSON instead of a table</source>
        <translation>JSON statt einer Tabelle ausgeben</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="109"/>
        <source>nothing recorded for {day}.</source>
        <translation>für {day} wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="111"/>
        <source>nothing recorded for {first} to {last}.</source>
        <translation>von {first} bis {last} wurde nichts aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/sitbreak/cli/stats.py" line="178"/>
        <source>Average sitting on %n tracked day(s): {average} (goal: at most {goal})</source>
        <translation>
            <numerusform>Durchschnittliche Sitzzeit an %n erfassten Tag: {average} (Ziel: höchstens {goal})</numerusform>
            <numerusform>Durchschnittliche Sitzzeit an %n erfassten Tagen: {average} (Ziel: höchstens {goal})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="196"/>
        <source>Breaks: {kinds}</source>
        <translation>Pausen: {kinds}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="198"/>
        <source>Prompts shown: {prompts}</source>
        <translation>Gezeigte Erinnerungen: {prompts}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="199"/>
        <source>none</source>
        <comment>no prompts shown</comment>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="203"/>
        <source>Exercises done: {count}</source>
        <translation>Erledigte Übungen: {count}</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="210"/>
        <source>squeeze</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="211"/>
        <source>stand</source>
        <translation>Aufstehen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="215"/>
        <source>prompted</source>
        <translation>nach Erinnerung</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="216"/>
        <source>natural</source>
        <translation>von selbst</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/stats.py" line="217"/>
        <source>lock/suspend</source>
        <translation>Sperre/Ruhezustand</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/sitbreak/cli/stats.py" line="232"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/sitbreak/cli/stats.py" line="233"/>
        <source>skipped %n stored record(s) that cannot be read ({rows}: {problem}); the rest is shown.</source>
        <translation>
            <numerusform>%n gespeicherter Eintrag ist nicht lesbar und wurde übersprungen ({rows}: {problem}); der Rest wird gezeigt.</numerusform>
            <numerusform>%n gespeicherte Einträge sind nicht lesbar und wurden übersprungen ({rows}: {problem}); der Rest wird gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="24"/>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="25"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="26"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="27"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="28"/>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="29"/>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="30"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="31"/>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="32"/>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="33"/>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="34"/>
        <source>ignored explicit argument %r</source>
        <translation>ausdrücklich angegebenes Argument %r ignoriert</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="71"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="83"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="84"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="91"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../../src/sitbreak/cli/parser.py" line="96"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
</context>
</TS>

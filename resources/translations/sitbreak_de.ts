<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>App</name>
        <message>
            <source>Sitbreak settings</source>
            <translation>Sitbreak-Einstellungen</translation>
        </message>
        <message>
            <source>Autostart could not be changed: {problem}</source>
            <translation>Der Autostart konnte nicht geändert werden: {problem}</translation>
        </message>
        <message>
            <source>{problem} The settings in use stay as they were.</source>
            <translation>{problem} Die aktiven Einstellungen bleiben unverändert.</translation>
        </message>
        <message>
            <source>Sitbreak: check your settings</source>
            <translation>Sitbreak: Bitte prüfen Sie Ihre Einstellungen</translation>
        </message>
        <message>
            <source>Settings reloaded.</source>
            <translation>Einstellungen neu geladen.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (see the log).</source>
            <translation>
                <numerusform>… und %n weiteres Problem (siehe Protokoll).</numerusform>
                <numerusform>… und %n weitere Probleme (siehe Protokoll).</numerusform>
            </translation>
        </message>
        <message>
            <source>The database is locked by another program.</source>
            <translation>Die Datenbank ist von einem anderen Programm gesperrt.</translation>
        </message>
        <message>
            <source>Not now: {reason}.</source>
            <translation>Jetzt nicht: {reason}.</translation>
        </message>
        <message>
            <source>Sitbreak: data not saved</source>
            <translation>Sitbreak: Daten werden nicht gespeichert</translation>
        </message>
        <message>
            <source>The database {path} is locked by another program. Sitbreak tracks as usual and saves once the lock is gone.</source>
            <translation>Die Datenbank {path} ist von einem anderen Programm gesperrt. Sitbreak misst wie gewohnt weiter und speichert, sobald die Sperre aufgehoben ist.</translation>
        </message>
        <message>
            <source>Sitbreak: not saving yet</source>
            <translation>Sitbreak: Speichern noch nicht möglich</translation>
        </message>
        <message>
            <source>The old database could not be read; it was kept as {path}.</source>
            <translation>Die alte Datenbank war nicht lesbar; sie wurde als {path} aufbewahrt.</translation>
        </message>
        <message>
            <source>{problem} Sitbreak runs, but nothing is saved.</source>
            <translation>{problem} Sitbreak läuft, speichert aber nichts.</translation>
        </message>
        <message>
            <source>another Sitbreak holds the lock but does not answer: {problem}</source>
            <translation>ein anderes Sitbreak hält die Sperre, antwortet aber nicht: {problem}</translation>
        </message>
        <message>
            <source>Sitbreak started a new database</source>
            <translation>Sitbreak hat eine neue Datenbank angelegt</translation>
        </message>
        <message>
            <source>Sitbreak is already running.</source>
            <translation>Sitbreak läuft bereits.</translation>
        </message>
        <message>
            <source>Sitbreak cannot start</source>
            <translation>Sitbreak kann nicht starten</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>Sitbreak counts your sitting time and reminds you to move while you work.</source>
            <translation>Sitbreak misst Ihre Sitzzeit und erinnert Sie während der Arbeit daran, sich zu bewegen.</translation>
        </message>
        <message>
            <source>the desktop's background apps permission (Background portal)</source>
            <translation>die Hintergrund-Berechtigung des Desktops (Background-Portal)</translation>
        </message>
        <message>
            <source>no session bus to reach the Background portal: {problem}</source>
            <translation>kein Sitzungsbus, um das Background-Portal zu erreichen: {problem}</translation>
        </message>
        <message>
            <source>the Background portal could not be asked: {problem}</source>
            <translation>das Background-Portal konnte nicht gefragt werden: {problem}</translation>
        </message>
        <message>
            <source>the Background portal did not answer: {problem}</source>
            <translation>das Background-Portal hat nicht geantwortet: {problem}</translation>
        </message>
        <message>
            <source>you declined</source>
            <comment>Sitbreak cannot start at login: ...</comment>
            <translation>Sie haben abgelehnt</translation>
        </message>
        <message>
            <source>the desktop does not allow it</source>
            <translation>der Desktop erlaubt es nicht</translation>
        </message>
        <message>
            <source>Sitbreak cannot start at login: {why}. Allow Sitbreak to run in the background in your system settings (Apps); Sitbreak asks again at its next start.</source>
            <translation>Sitbreak kann nicht bei der Anmeldung starten: {why}. Erlauben Sie Sitbreak in den Systemeinstellungen (Apps), im Hintergrund zu laufen; Sitbreak fragt beim nächsten Start erneut.</translation>
        </message>
    </context>
    <context>
        <name>CommandChannel</name>
        <message>
            <source>this Sitbreak speaks command protocol {ours}, the command line {theirs}: use the sitbreak command of the running installation</source>
            <translation>dieses Sitbreak spricht Befehlsprotokoll {ours}, die Befehlszeile {theirs}: Verwenden Sie den sitbreak-Befehl der laufenden Installation</translation>
        </message>
        <message>
            <source>unknown command: {command} (known: {known})</source>
            <translation>unbekannter Befehl: {command} (bekannt: {known})</translation>
        </message>
        <message>
            <source>{command} failed inside Sitbreak; details are in its log</source>
            <translation>{command} ist in Sitbreak fehlgeschlagen; Einzelheiten stehen im Protokoll</translation>
        </message>
        <message>
            <source>could not send {command}: {problem}</source>
            <translation>{command} konnte nicht gesendet werden: {problem}</translation>
        </message>
        <message>
            <source>the socket {name} belongs to another user; not trusted</source>
            <translation>der Socket {name} gehört einem anderen Benutzer; ihm wird nicht vertraut</translation>
        </message>
        <message>
            <source>cannot reach Sitbreak on {name}: {problem}</source>
            <translation>Sitbreak ist unter {name} nicht erreichbar: {problem}</translation>
        </message>
        <message>
            <source>Sitbreak is not running (nothing answers on {name})</source>
            <translation>Sitbreak läuft nicht (unter {name} antwortet nichts)</translation>
        </message>
        <message>
            <source>Sitbreak closed the connection without answering</source>
            <translation>Sitbreak hat die Verbindung ohne Antwort geschlossen</translation>
        </message>
        <message>
            <source>Sitbreak did not answer in time</source>
            <translation>Sitbreak hat nicht rechtzeitig geantwortet</translation>
        </message>
        <message>
            <source>garbled answer from Sitbreak: {problem}</source>
            <translation>unlesbare Antwort von Sitbreak: {problem}</translation>
        </message>
        <message>
            <source>unexpected answer from Sitbreak: {reply}</source>
            <translation>unerwartete Antwort von Sitbreak: {reply}</translation>
        </message>
        <message>
            <source>the running Sitbreak speaks command protocol {theirs}, this command line {ours}: restart Sitbreak after an update</source>
            <translation>das laufende Sitbreak spricht Befehlsprotokoll {theirs}, diese Befehlszeile {ours}: Starten Sie Sitbreak nach einem Update neu</translation>
        </message>
        <message>
            <source>unexpected result from Sitbreak: {result}</source>
            <translation>unerwartetes Ergebnis von Sitbreak: {result}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Counts continuous sitting, prompts glute squeezes and stand-up breaks, and teaches a short glute-activation routine.</source>
            <translation>Misst ununterbrochenes Sitzen, erinnert ans Anspannen der Gesäßmuskeln und ans Aufstehen und leitet eine kurze Übungsfolge zur Aktivierung der Gesäßmuskeln an.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>Version zeigen und beenden</translation>
        </message>
        <message>
            <source>where settings.toml lives</source>
            <translation>Ordner der settings.toml</translation>
        </message>
        <message>
            <source>where the database and logs live</source>
            <translation>Ordner der Datenbank und der Protokolle</translation>
        </message>
        <message>
            <source>start the tray app (the default)</source>
            <translation>die App im Infobereich starten (Standard)</translation>
        </message>
        <message>
            <source>what the running app knows now</source>
            <translation>was die laufende App gerade weiß</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>show the running app's status window, or today's stats</source>
            <translation>das Statusfenster der laufenden App zeigen oder die heutige Statistik</translation>
        </message>
        <message>
            <source>status (default) or stats</source>
            <translation>status (Standard) oder stats</translation>
        </message>
        <message>
            <source>hold prompts back (tracking goes on)</source>
            <translation>Erinnerungen zurückhalten (die Messung läuft weiter)</translation>
        </message>
        <message>
            <source>30m, 1h, 90m... or tomorrow</source>
            <translation>30m, 1h, 90m … oder tomorrow</translation>
        </message>
        <message>
            <source>end a pause</source>
            <translation>eine Pause beenden</translation>
        </message>
        <message>
            <source>show the stand-up prompt now</source>
            <translation>die Erinnerung zum Aufstehen jetzt zeigen</translation>
        </message>
        <message>
            <source>show the squeeze prompt now</source>
            <translation>die Erinnerung zum Anspannen der Gesäßmuskeln jetzt zeigen</translation>
        </message>
        <message>
            <source>open a routine in the running app (the daily one by default)</source>
            <translation>eine Übungsfolge in der laufenden App öffnen (standardmäßig die tägliche)</translation>
        </message>
        <message>
            <source>list the routines: exercises, dose and length (no app needed)</source>
            <translation>die Übungsfolgen auflisten: Übungen, Umfang und Dauer (ohne laufende App)</translation>
        </message>
        <message>
            <source>quit the running app (the open bout is saved)</source>
            <translation>die laufende App beenden (die laufende Sitzphase wird gespeichert)</translation>
        </message>
        <message>
            <source>daily sitting stats (reads the database directly)</source>
            <translation>tägliche Sitzstatistik (liest die Datenbank direkt)</translation>
        </message>
        <message>
            <source>export bouts, prompts and routines as CSV or JSON</source>
            <translation>Sitzphasen, Erinnerungen und Übungsfolgen als CSV oder JSON exportieren</translation>
        </message>
        <message>
            <source>list, get, set or reset a setting (edits settings.toml)</source>
            <translation>eine Einstellung auflisten, lesen, setzen oder zurücksetzen (bearbeitet settings.toml)</translation>
        </message>
        <message>
            <source>open the settings dialog (the running app applies what you save)</source>
            <translation>den Einstellungsdialog öffnen (die laufende App übernimmt, was Sie speichern)</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>unknown command {command}</source>
            <translation>unbekannter Befehl {command}</translation>
        </message>
        <message>
            <source>Today's stats are shown.</source>
            <translation>Die heutige Statistik wird angezeigt.</translation>
        </message>
        <message>
            <source>Sitbreak is already running; its status window is shown.</source>
            <translation>Sitbreak läuft bereits; das Statusfenster wird angezeigt.</translation>
        </message>
        <message>
            <source>pause needs 1 minute to 24 hours, or tomorrow</source>
            <translation>eine Pause dauert 1 Minute bis 24 Stunden oder bis morgen</translation>
        </message>
        <message>
            <source>Prompts paused until {time} ({left}); tracking goes on.</source>
            <comment>{time}: Tue 14:30, {left}: 30 min</comment>
            <translation>Erinnerungen pausiert bis {time} (noch {left}); die Sitzzeit wird weiter erfasst.</translation>
        </message>
        <message>
            <source>Prompts resumed.</source>
            <translation>Erinnerungen laufen wieder.</translation>
        </message>
        <message>
            <source>Stand-up prompt shown.</source>
            <translation>Erinnerung zum Aufstehen angezeigt.</translation>
        </message>
        <message>
            <source>Squeeze prompt shown.</source>
            <translation>Erinnerung zum Anspannen angezeigt.</translation>
        </message>
        <message>
            <source>there is no routine {routine}</source>
            <translation>es gibt keine Routine {routine}</translation>
        </message>
        <message>
            <source>Routine {routine} opened.</source>
            <translation>Routine {routine} geöffnet.</translation>
        </message>
        <message>
            <source>Sitbreak is quitting, but could not save the open bout: {problem}</source>
            <translation>Sitbreak wird beendet, konnte die laufende Sitzphase aber nicht speichern: {problem}</translation>
        </message>
        <message>
            <source>Sitbreak is quitting; the open bout was saved.</source>
            <translation>Sitbreak wird beendet; die laufende Sitzphase wurde gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ConfigCommand</name>
        <message>
            <source>every key: value, default, allowed, source</source>
            <translation>jeder Schlüssel: Wert, Standard, erlaubte Werte, Herkunft</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>print one key's value</source>
            <translation>den Wert eines Schlüssels ausgeben</translation>
        </message>
        <message>
            <source>set one key (checked like the file)</source>
            <translation>einen Schlüssel setzen (geprüft wie in der Datei)</translation>
        </message>
        <message>
            <source>e.g. 30, true, "mon,tue", 08:00-18:00, off</source>
            <translation>z. B. 30, true, "mon,tue", 08:00-18:00, off</translation>
        </message>
        <message>
            <source>set one key back to its default</source>
            <translation>einen Schlüssel auf seinen Standardwert zurücksetzen</translation>
        </message>
        <message>
            <source>unknown key {key}; `sitbreak config list` shows every key.</source>
            <translation>unbekannter Schlüssel {key}; `sitbreak config list` zeigt alle Schlüssel.</translation>
        </message>
        <message>
            <source>(default {value})</source>
            <comment>config list: the default value</comment>
            <translation>(Standard: {value})</translation>
        </message>
        <message>
            <source>the file's value is not used: {problem}</source>
            <translation>der Wert aus der Datei wird nicht verwendet: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot read the database: {problem}.</source>
            <translation>Die Datenbank kann nicht gelesen werden: {problem}.</translation>
        </message>
        <message>
            <source>Cannot save to the database</source>
            <translation>Speichern in der Datenbank nicht möglich</translation>
        </message>
        <message>
            <source>Cannot read the database {path}: {problem}.</source>
            <translation>Die Datenbank {path} kann nicht gelesen werden: {problem}.</translation>
        </message>
        <message>
            <source>Cannot create the data folder {path}: {problem}.</source>
            <translation>Der Datenordner {path} kann nicht angelegt werden: {problem}.</translation>
        </message>
        <message>
            <source>Cannot create the database {path}: {problem}.</source>
            <translation>Die Datenbank {path} kann nicht angelegt werden: {problem}.</translation>
        </message>
        <message>
            <source>Cannot save to the database {path}</source>
            <translation>Speichern in der Datenbank {path} nicht möglich</translation>
        </message>
        <message>
            <source>the database file cannot be written (read-only)</source>
            <translation>die Datenbankdatei ist nicht beschreibbar (schreibgeschützt)</translation>
        </message>
        <message>
            <source>a disk error</source>
            <translation>ein Datenträgerfehler</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the database file cannot be opened</source>
            <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>no permission to use the database file</source>
            <translation>keine Berechtigung für die Datenbankdatei</translation>
        </message>
        <message>
            <source>{where}: {problem}.</source>
            <comment>where: e.g. Cannot open the database X</comment>
            <translation>{where}: {problem}.</translation>
        </message>
        <message>
            <source>{where}: the database is locked by another program.</source>
            <translation>{where}: Die Datenbank ist von einem anderen Programm gesperrt.</translation>
        </message>
        <message>
            <source>No database at {path} yet: Sitbreak has not recorded anything.</source>
            <translation>Noch keine Datenbank unter {path}: Sitbreak hat noch nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>The database {path} is from an older Sitbreak (schema {version}); start the app once to update it.</source>
            <translation>Die Datenbank {path} stammt von einem älteren Sitbreak (Schema {version}); starten Sie die App einmal, um sie zu aktualisieren.</translation>
        </message>
        <message>
            <source>Cannot open the database {path}</source>
            <translation>Die Datenbank {path} kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Cannot read the database {path}</source>
            <translation>Die Datenbank {path} kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer Sitbreak (schema {version}; this version knows up to {known}). It was left untouched; update Sitbreak, or start this one with another --data-dir.</source>
            <translation>Die Datenbank {path} wurde von einem neueren Sitbreak geschrieben (Schema {version}; diese Version kennt bis {known}). Sie wurde nicht verändert; aktualisieren Sie Sitbreak oder starten Sie diese Version mit einem anderen --data-dir.</translation>
        </message>
        <message>
            <source>The file {path} is an SQLite database of another program, not Sitbreak's. It was left untouched; move it elsewhere, or start Sitbreak with another --data-dir.</source>
            <translation>Die Datei {path} ist die SQLite-Datenbank eines anderen Programms, nicht die von Sitbreak. Sie wurde nicht verändert; verschieben Sie sie oder starten Sie Sitbreak mit einem anderen --data-dir.</translation>
        </message>
        <message>
            <source>The database {path} is empty: Sitbreak has not recorded anything.</source>
            <translation>Die Datenbank {path} ist leer: Sitbreak hat noch nichts aufgezeichnet.</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Keyboard and mouse activity cannot be read here</source>
            <translation>Tastatur- und Mausaktivität können hier nicht gelesen werden</translation>
        </message>
        <message>
            <source>Idle detection stopped working: {reason}</source>
            <translation>Die Leerlauferkennung funktioniert nicht mehr: {reason}</translation>
        </message>
        <message>
            <source>{error} Sitbreak keeps tracking and saves once it can; nothing is lost unless it quits before then.</source>
            <comment>{error}: why saving failed, one sentence</comment>
            <translation>{error} Sitbreak erfasst weiter und speichert, sobald es wieder geht; verloren geht nur etwas, wenn Sitbreak vorher beendet wird.</translation>
        </message>
        <message>
            <source>Sitbreak can save to its database again.</source>
            <translation>Sitbreak kann wieder in seine Datenbank speichern.</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} Std.</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <comment>minutes zero-padded: 1 h 05 min</comment>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>the default text editor</source>
            <translation>dem Standard-Texteditor</translation>
        </message>
        <message>
            <source>{editor} in {terminal}</source>
            <comment>e.g. vim in xterm</comment>
            <translation>{editor} in {terminal}</translation>
        </message>
    </context>
    <context>
        <name>Exercise</name>
        <message>
            <source>This is general guidance, not medical advice. Move slowly and with control, and stop any exercise that causes pain. If you have a back or hip condition, ask a health professional first.</source>
            <translation>Dies sind allgemeine Hinweise, keine ärztliche Beratung. Bewegen Sie sich langsam und kontrolliert, und brechen Sie jede Übung ab, die Schmerzen verursacht. Wenn Sie Beschwerden an Rücken oder Hüfte haben, fragen Sie vorher eine medizinische Fachperson.</translation>
        </message>
        <message>
            <source>Bridge</source>
            <translation>Beckenheben (Bridge)</translation>
        </message>
        <message>
            <source>Lift your hips off the floor with your glutes until your body forms a straight ramp from shoulders to knees.</source>
            <translation>Heben Sie das Becken mit der Kraft der Gesäßmuskeln vom Boden, bis Schultern, Hüfte und Knie eine gerade schräge Linie bilden.</translation>
        </message>
        <message>
            <source>Lie on your back, knees bent, feet flat on the floor about hip-width apart, arms by your sides.</source>
            <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße etwa hüftbreit flach auf dem Boden, Arme neben dem Körper.</translation>
        </message>
        <message>
            <source>gluteus maximus</source>
            <translation>großer Gesäßmuskel (Gluteus maximus)</translation>
        </message>
        <message>
            <source>gluteus medius</source>
            <translation>mittlerer Gesäßmuskel (Gluteus medius)</translation>
        </message>
        <message>
            <source>hamstrings</source>
            <translation>hintere Oberschenkelmuskeln</translation>
        </message>
        <message>
            <source>Tuck your chin slightly and keep your lower back steady.</source>
            <translation>Ziehen Sie das Kinn leicht an und halten Sie den unteren Rücken stabil.</translation>
        </message>
        <message>
            <source>Push through your heels and let your glutes do the lifting.</source>
            <translation>Drücken Sie sich über die Fersen hoch und lassen Sie die Gesäßmuskeln die Arbeit machen.</translation>
        </message>
        <message>
            <source>Stop when shoulders, hips and knees form a straight line; do not arch your back.</source>
            <translation>Hören Sie auf, wenn Schultern, Hüfte und Knie eine gerade Linie bilden; kein Hohlkreuz.</translation>
        </message>
        <message>
            <source>Lower slowly, one vertebra at a time.</source>
            <translation>Senken Sie langsam ab, Wirbel für Wirbel.</translation>
        </message>
        <message>
            <source>Clam shell</source>
            <translation>Muschel (Clamshell)</translation>
        </message>
        <message>
            <source>Lying on your side with knees bent, open the top knee like a shell while the feet stay together.</source>
            <translation>In Seitenlage mit gebeugten Knien öffnen Sie das obere Knie wie eine Muschel, die Füße bleiben zusammen.</translation>
        </message>
        <message>
            <source>Lie on your side, hips and knees bent, feet together, head resting on your lower arm. Band just above the knees.</source>
            <translation>Legen Sie sich auf die Seite, Hüfte und Knie gebeugt, Füße zusammen, der Kopf ruht auf dem unteren Arm. Das Band knapp oberhalb der Knie.</translation>
        </message>
        <message>
            <source>Keep your feet touching the whole time.</source>
            <translation>Die Füße berühren sich die ganze Zeit.</translation>
        </message>
        <message>
            <source>Rest your top hand on the top of your hip bone: it should not roll back.</source>
            <translation>Legen Sie die obere Hand auf den oberen Rand des Beckenknochens (Beckenkamm): Das Becken darf nicht nach hinten kippen.</translation>
        </message>
        <message>
            <source>Open the knee only as far as the pelvis stays still.</source>
            <translation>Öffnen Sie das Knie nur so weit, wie das Becken ruhig bleibt.</translation>
        </message>
        <message>
            <source>Close slowly against the band.</source>
            <translation>Schließen Sie langsam gegen den Zug des Bandes.</translation>
        </message>
        <message>
            <source>Fire hydrant</source>
            <translation>Hydrant (Fire Hydrant)</translation>
        </message>
        <message>
            <source>On hands and knees, lift one bent knee out to the side and lower it again.</source>
            <translation>Im Vierfüßlerstand ein gebeugtes Knie seitlich anheben und wieder absenken.</translation>
        </message>
        <message>
            <source>Hands under the shoulders, knees under the hips, back flat, eyes on the floor.</source>
            <translation>Hände unter den Schultern, Knie unter der Hüfte, Rücken gerade, Blick zum Boden.</translation>
        </message>
        <message>
            <source>hip external rotators</source>
            <translation>Außenrotatoren der Hüfte</translation>
        </message>
        <message>
            <source>Keep the knee bent at a right angle as it lifts out to the side.</source>
            <translation>Das Knie bleibt im rechten Winkel gebeugt, während es seitlich nach oben geht.</translation>
        </message>
        <message>
            <source>Brace your belly; the spine stays long and level.</source>
            <translation>Spannen Sie den Bauch an; die Wirbelsäule bleibt lang und gerade.</translation>
        </message>
        <message>
            <source>Lift only as high as the pelvis stays square to the floor.</source>
            <translation>Heben Sie nur so hoch, wie das Becken parallel zum Boden bleibt.</translation>
        </message>
        <message>
            <source>Monster walk</source>
            <translation>Monster Walk</translation>
        </message>
        <message>
            <source>Small side steps in a quarter squat against a band around the legs, keeping it taut all the way.</source>
            <translation>Kleine Seitschritte in leichter Kniebeuge gegen ein Band um die Beine, das die ganze Zeit gespannt bleibt.</translation>
        </message>
        <message>
            <source>Feet hip-width apart, band just above the knees and already taut; hips back, knees soft and over the toes, chest up.</source>
            <translation>Füße hüftbreit, das Band knapp oberhalb der Knie und schon gespannt; Gesäß nach hinten, Knie leicht gebeugt und über den Zehen, Brust aufgerichtet.</translation>
        </message>
        <message>
            <source>hip abductors</source>
            <translation>Hüftabduktoren (seitliche Hüftmuskeln)</translation>
        </message>
        <message>
            <source>Stay in the quarter squat and look straight ahead.</source>
            <translation>Bleiben Sie in der leichten Kniebeuge und schauen Sie geradeaus.</translation>
        </message>
        <message>
            <source>Step out from the hip with the whole leg, then let the other foot follow; never let the feet come together.</source>
            <translation>Setzen Sie das ganze Bein aus der Hüfte heraus zur Seite, dann folgt der andere Fuß; die Füße kommen nie ganz zusammen.</translation>
        </message>
        <message>
            <source>Keep tension on the band the whole time, knees pointing over the toes.</source>
            <translation>Halten Sie das Band die ganze Zeit auf Spannung, die Knie zeigen über die Zehen.</translation>
        </message>
        <message>
            <source>Take all the steps one way, then walk back leading with the other leg.</source>
            <translation>Machen Sie alle Schritte in eine Richtung und gehen Sie dann mit dem anderen Bein voran zurück.</translation>
        </message>
        <message>
            <source>Seated glute squeeze</source>
            <translation>Gesäß anspannen im Sitzen</translation>
        </message>
        <message>
            <source>Squeeze both glutes hard while sitting, hold, and let go.</source>
            <translation>Im Sitzen beide Gesäßmuskeln kräftig anspannen, halten und loslassen.</translation>
        </message>
        <message>
            <source>Sit tall on your chair, feet flat on the floor, hands resting on your thighs.</source>
            <translation>Sitzen Sie aufrecht auf dem Stuhl, Füße flach auf dem Boden, Hände auf den Oberschenkeln.</translation>
        </message>
        <message>
            <source>Squeeze both buttocks as hard as you can; you rise a little on the seat.</source>
            <translation>Spannen Sie beide Gesäßhälften so fest wie möglich an; Sie heben sich dabei etwas auf dem Sitz.</translation>
        </message>
        <message>
            <source>Hold for about five seconds and keep breathing.</source>
            <translation>Etwa fünf Sekunden halten und dabei weiteratmen.</translation>
        </message>
        <message>
            <source>Let go completely before the next squeeze.</source>
            <translation>Vor dem nächsten Anspannen ganz locker lassen.</translation>
        </message>
        <message>
            <source>Side-lying leg raise</source>
            <translation>Seitliches Beinheben in Seitenlage</translation>
        </message>
        <message>
            <source>Lying on your side, lift the straight top leg, held slightly behind the body line.</source>
            <translation>In Seitenlage das gestreckte obere Bein anheben, leicht hinter der Körperlinie gehalten.</translation>
        </message>
        <message>
            <source>Lie on your side, bottom knee slightly bent for balance, top leg straight and a little behind the bottom leg. Band just above the knees.</source>
            <translation>Legen Sie sich auf die Seite, das untere Knie zur Stabilität leicht gebeugt, das obere Bein gestreckt und etwas hinter dem unteren Bein. Das Band knapp oberhalb der Knie.</translation>
        </message>
        <message>
            <source>gluteus minimus</source>
            <translation>kleiner Gesäßmuskel (Gluteus minimus)</translation>
        </message>
        <message>
            <source>Keep the top leg straight and a little behind you, toes pointing forward.</source>
            <translation>Das obere Bein bleibt gestreckt und etwas hinter dem Körper, die Zehen zeigen nach vorn.</translation>
        </message>
        <message>
            <source>Lift from the hip without rolling the pelvis back.</source>
            <translation>Heben Sie aus der Hüfte, ohne das Becken nach hinten zu drehen.</translation>
        </message>
        <message>
            <source>Lower slowly; do not let the leg drop.</source>
            <translation>Langsam absenken; das Bein nicht fallen lassen.</translation>
        </message>
        <message>
            <source>Single-leg bridge</source>
            <translation>Einbeiniges Beckenheben</translation>
        </message>
        <message>
            <source>The bridge on one leg: one foot pushes, the other leg stays straight in line with its thigh.</source>
            <translation>Beckenheben auf einem Bein: Ein Fuß drückt, das andere Bein bleibt gestreckt in Verlängerung seines Oberschenkels.</translation>
        </message>
        <message>
            <source>Lie on your back, knees bent and feet flat; straighten one leg so its thigh stays level with the other thigh.</source>
            <translation>Legen Sie sich auf den Rücken, Knie gebeugt und Füße flach; strecken Sie ein Bein, sodass sein Oberschenkel auf gleicher Höhe mit dem anderen bleibt.</translation>
        </message>
        <message>
            <source>Only once the two-leg bridge feels easy and steady.</source>
            <translation>Erst wenn das Beckenheben auf beiden Beinen leicht und stabil gelingt.</translation>
        </message>
        <message>
            <source>Keep the straight leg in line with its thigh, not pointing at the ceiling.</source>
            <translation>Das gestreckte Bein bleibt in Verlängerung des Oberschenkels und zeigt nicht zur Decke.</translation>
        </message>
        <message>
            <source>Push through the heel of the bent leg; keep the hips level.</source>
            <translation>Drücken Sie über die Ferse des gebeugten Beins; das Becken bleibt waagerecht.</translation>
        </message>
        <message>
            <source>Lower slowly with control.</source>
            <translation>Langsam und kontrolliert absenken.</translation>
        </message>
        <message>
            <source>Sit-to-stand</source>
            <translation>Aufstehen vom Stuhl</translation>
        </message>
        <message>
            <source>Stand up from your chair by pushing through the heels, squeeze the glutes at the top, and sit down slowly.</source>
            <translation>Stehen Sie über die Fersen vom Stuhl auf, spannen Sie oben die Gesäßmuskeln an und setzen Sie sich langsam wieder.</translation>
        </message>
        <message>
            <source>Sit near the front of the chair, feet flat and slightly behind the knees, arms crossed on your chest.</source>
            <translation>Sitzen Sie vorn auf dem Stuhl, Füße flach und etwas hinter den Knien, Arme vor der Brust verschränkt.</translation>
        </message>
        <message>
            <source>quadriceps</source>
            <translation>vordere Oberschenkelmuskeln (Quadrizeps)</translation>
        </message>
        <message>
            <source>Shuffle to the front of the seat, feet flat and a little behind your knees; cross your arms on your chest.</source>
            <translation>Rutschen Sie an die Vorderkante der Sitzfläche, Füße flach und etwas hinter den Knien; verschränken Sie die Arme vor der Brust.</translation>
        </message>
        <message>
            <source>Lean forward, nose over toes, then drive through your heels to stand; the feet stay where they are.</source>
            <translation>Lehnen Sie sich vor, Nase über den Zehen, und drücken Sie sich dann über die Fersen in den Stand; die Füße bleiben, wo sie sind.</translation>
        </message>
        <message>
            <source>Squeeze your glutes at the top and stand tall.</source>
            <translation>Oben die Gesäßmuskeln anspannen und aufrecht stehen.</translation>
        </message>
        <message>
            <source>Sit back down slowly, hips first, taking about three seconds.</source>
            <translation>Setzen Sie sich langsam wieder, das Gesäß zuerst, in etwa drei Sekunden.</translation>
        </message>
        <message>
            <source>Standing glute squeeze</source>
            <translation>Gesäß anspannen im Stehen</translation>
        </message>
        <message>
            <source>Stand tall, squeeze both glutes, hold, and release.</source>
            <translation>Aufrecht stehen, beide Gesäßmuskeln anspannen, halten und lösen.</translation>
        </message>
        <message>
            <source>Stand tall, feet hip-width apart, knees soft.</source>
            <translation>Stehen Sie aufrecht, Füße hüftbreit, Knie locker.</translation>
        </message>
        <message>
            <source>Squeeze both buttocks together; the hips tuck slightly forward.</source>
            <translation>Spannen Sie beide Gesäßhälften an; das Becken richtet sich dabei leicht auf.</translation>
        </message>
        <message>
            <source>Hold for a few seconds without leaning back.</source>
            <translation>Einige Sekunden halten, ohne sich nach hinten zu lehnen.</translation>
        </message>
        <message>
            <source>Release fully, then squeeze again.</source>
            <translation>Ganz lösen, dann wieder anspannen.</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>csv (four files into a folder) or json</source>
            <translation>csv (vier Dateien in einen Ordner) oder json</translation>
        </message>
        <message>
            <source>first day, YYYY-MM-DD</source>
            <translation>erster Tag, JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>last day, YYYY-MM-DD</source>
            <translation>letzter Tag, JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>csv: a folder for the four files (required); json: a file (default: stdout)</source>
            <translation>csv: ein Ordner für die vier Dateien (nötig); json: eine Datei (Standard: Standardausgabe)</translation>
        </message>
        <message>
            <source>replace output files that exist (never a link or a device)</source>
            <translation>vorhandene Ausgabedateien ersetzen (nie einen Link oder ein Gerät)</translation>
        </message>
        <message>
            <source>--from {first} is after --to {last}.</source>
            <translation>--from {first} liegt nach --to {last}.</translation>
        </message>
        <message>
            <source>csv needs --output FOLDER (it writes four files).</source>
            <translation>csv braucht --output ORDNER (es schreibt vier Dateien).</translation>
        </message>
        <message>
            <source>nothing recorded in that period.</source>
            <translation>in diesem Zeitraum wurde nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>cannot write {path}: {problem}</source>
            <translation>{path} kann nicht geschrieben werden: {problem}</translation>
        </message>
        <message>
            <source>{path} is a folder; json is written to a file (give a file name).</source>
            <translation>{path} ist ein Ordner; json wird in eine Datei geschrieben (geben Sie einen Dateinamen an).</translation>
        </message>
        <message>
            <source>{path} is a symbolic link; give the folder itself.</source>
            <translation>{path} ist ein symbolischer Link; geben Sie den Ordner selbst an.</translation>
        </message>
        <message>
            <source>{path} is not a folder; csv writes four files into a folder.</source>
            <translation>{path} ist kein Ordner; csv schreibt vier Dateien in einen Ordner.</translation>
        </message>
        <message>
            <source>{path} is a symbolic link; it was left as it is.</source>
            <translation>{path} ist ein symbolischer Link; er wurde nicht verändert.</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a device, pipe or folder); it was left alone.</source>
            <translation>{path} ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Ordner); sie wurde nicht angetastet.</translation>
        </message>
        <message>
            <source>{path} exists; add --force to replace it.</source>
            <translation>{path} existiert bereits; mit --force wird die Datei ersetzt.</translation>
        </message>
    </context>
    <context>
        <name>HistoryChart</name>
        <message>
            <source>%1: nothing recorded</source>
            <translation>%1: nichts aufgezeichnet</translation>
        </message>
        <message>
            <source>routine done</source>
            <translation>Übungsprogramm gemacht</translation>
        </message>
        <message>
            <source>routine not done</source>
            <translation>Übungsprogramm nicht gemacht</translation>
        </message>
        <message>
            <source>%1: %2 sitting, longest bout %3
%4 · %5 · %6</source>
            <translation>%1: %2 Sitzen, längste Sitzphase %3
%4 · %5 · %6</translation>
        </message>
        <message numerus="yes">
            <source>%n break(s)</source>
            <translation>
                <numerusform>%n Pause</numerusform>
                <numerusform>%n Pausen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n squeeze(s)</source>
            <translation>
                <numerusform>%n-mal angespannt</numerusform>
                <numerusform>%n-mal angespannt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s): nothing recorded.</source>
            <translation>
                <numerusform>%n Tag: nichts aufgezeichnet.</numerusform>
                <numerusform>%n Tage: nichts aufgezeichnet.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2 with sitting recorded. Most sitting on %3: %4. %5 over the goal of %6.</source>
            <translation>%1, davon %2 mit aufgezeichnetem Sitzen. Am meisten gesessen am %3: %4. %5 über dem Ziel von %6.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Sitting per day</source>
            <translation>Sitzen pro Tag</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 Std.</translation>
        </message>
        <message>
            <source>goal
%1</source>
            <translation>Ziel
%1</translation>
        </message>
    </context>
    <context>
        <name>Holds</name>
        <message>
            <source>Full screen is not seen on this Wayland desktop: it does not tell other apps which window is full screen (KDE's KWin does).</source>
            <translation>Vollbild wird auf diesem Wayland-Desktop nicht erkannt: Er teilt anderen Apps nicht mit, welches Fenster im Vollbild ist (KDEs KWin tut das).</translation>
        </message>
        <message>
            <source>Screen sharing is seen on GNOME only.</source>
            <translation>Bildschirmfreigabe wird nur unter GNOME erkannt.</translation>
        </message>
        <message>
            <source>On macOS the camera alone is not seen; the microphone is.</source>
            <translation>Unter macOS wird die Kamera allein nicht erkannt, das Mikrofon schon.</translation>
        </message>
    </context>
    <context>
        <name>HourChart</name>
        <message>
            <source>Sitting per hour</source>
            <translation>Sitzen pro Stunde</translation>
        </message>
        <message>
            <source>Most sitting in the hour from %1: %2.</source>
            <translation>Am meisten gesessen in der Stunde ab %1: %2.</translation>
        </message>
        <message>
            <source>No sitting recorded.</source>
            <translation>Kein Sitzen aufgezeichnet.</translation>
        </message>
        <message>
            <source>Sitting per hour (a full bar is 60 min)</source>
            <translation>Sitzen pro Stunde (ein voller Balken sind 60 Min.)</translation>
        </message>
    </context>
    <context>
        <name>IdleDetection</name>
        <message>
            <source>no graphical session found ({details})</source>
            <translation>keine grafische Sitzung gefunden ({details})</translation>
        </message>
        <message>
            <source>Idle detection is off: {reasons}. This Wayland compositor offers neither ext_idle_notify_v1 nor org_kde_kwin_idle to Sitbreak, and no idle service answered on D-Bus.</source>
            <translation>Die Leerlauferkennung ist aus: {reasons}. Dieser Wayland-Compositor bietet Sitbreak weder ext_idle_notify_v1 noch org_kde_kwin_idle an, und kein Leerlaufdienst hat über D-Bus geantwortet.</translation>
        </message>
        <message>
            <source>Idle detection is off: {reasons}.</source>
            <translation>Die Leerlauferkennung ist aus: {reasons}.</translation>
        </message>
    </context>
    <context>
        <name>Instance</name>
        <message>
            <source>cannot create the lock file {path}: {problem}</source>
            <translation>die Sperrdatei {path} kann nicht angelegt werden: {problem}</translation>
        </message>
        <message>
            <source>cannot listen on {name}: {problem}</source>
            <translation>auf {name} kann nicht gelauscht werden: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Pause</name>
        <message>
            <source>{text} is not a pause length: use e.g. 30m, 1h or tomorrow</source>
            <translation>{text} ist keine Pausenlänge: geben Sie z. B. 30m, 1h oder tomorrow an</translation>
        </message>
        <message>
            <source>a pause lasts from 1 minute to 24 hours, or until tomorrow</source>
            <translation>eine Pause dauert 1 Minute bis 24 Stunden oder bis morgen</translation>
        </message>
    </context>
    <context>
        <name>PromptNotice</name>
        <message>
            <source>Click this notification to answer in Sitbreak.</source>
            <translation>Klicken Sie auf diese Benachrichtigung, um in Sitbreak zu antworten.</translation>
        </message>
    </context>
    <context>
        <name>PromptText</name>
        <message>
            <source>General guidance, not medical advice. Stop any exercise that hurts.</source>
            <translation>Allgemeine Hinweise, keine ärztliche Beratung. Brechen Sie jede Übung ab, die schmerzt.</translation>
        </message>
        <message>
            <source>Do the 2-minute routine</source>
            <translation>2-Minuten-Routine machen</translation>
        </message>
        <message>
            <source>Guide me</source>
            <translation>Anleiten</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so Sitbreak shows this small window instead. Minimise it; closing it does not stop Sitbreak.</source>
            <translation>Diese Arbeitsumgebung hat keinen Infobereich (System-Tray), daher zeigt Sitbreak stattdessen dieses kleine Fenster. Minimieren Sie es; Schließen beendet Sitbreak nicht.</translation>
        </message>
        <message>
            <source>Can't see keyboard and mouse activity here; tell Sitbreak when you stand up</source>
            <translation>Tastatur- und Mausaktivität sind hier nicht sichtbar; sagen Sie Sitbreak, wenn Sie aufstehen</translation>
        </message>
        <message>
            <source>For a tray icon on GNOME, turn on the AppIndicator extension (package gnome-shell-extension-appindicator).</source>
            <translation>Für ein Symbol im Infobereich unter GNOME schalten Sie die Erweiterung AppIndicator ein (Paket gnome-shell-extension-appindicator).</translation>
        </message>
        <message>
            <source>One set of 10 of each, good form first</source>
            <translation>Je ein Satz mit 10 Wiederholungen, saubere Ausführung geht vor</translation>
        </message>
        <message>
            <source>squeeze now</source>
            <translation>Anspannen jetzt</translation>
        </message>
        <message>
            <source>stand-up prompt now</source>
            <translation>Aufstehen jetzt</translation>
        </message>
        <message>
            <source>daily routine now</source>
            <translation>tägliche Routine jetzt</translation>
        </message>
        <message>
            <source>squeeze in {time}</source>
            <comment>{time}: 7 min</comment>
            <translation>Anspannen in {time}</translation>
        </message>
        <message>
            <source>stand-up prompt in {time}</source>
            <comment>{time}: 7 min</comment>
            <translation>Aufstehen in {time}</translation>
        </message>
        <message>
            <source>daily routine in {time}</source>
            <comment>{time}: 7 min</comment>
            <translation>tägliche Routine in {time}</translation>
        </message>
        <message>
            <source>Away from the desk</source>
            <translation>Nicht am Platz</translation>
        </message>
        <message>
            <source>Away for {time}</source>
            <translation>Seit {time} nicht am Platz</translation>
        </message>
        <message>
            <source>Sitting {time}</source>
            <translation>Sitzen seit {time}</translation>
        </message>
        <message>
            <source>Standing {time}</source>
            <translation>Stehen seit {time}</translation>
        </message>
        <message>
            <source>Prompts paused until you resume</source>
            <translation>Erinnerungen pausiert, bis Sie sie fortsetzen</translation>
        </message>
        <message>
            <source>Prompts paused until {time}</source>
            <comment>{time}: 14:30 or Tue 09:00</comment>
            <translation>Erinnerungen pausiert bis {time}</translation>
        </message>
        <message>
            <source>on a break</source>
            <translation>in der Pause</translation>
        </message>
        <message>
            <source>sitting {time}</source>
            <comment>after a dot: ... · sitting 38 min</comment>
            <translation>Sitzen seit {time}</translation>
        </message>
        <message>
            <source>time to stand up</source>
            <translation>Zeit zum Aufstehen</translation>
        </message>
        <message>
            <source>{sitting} of {limit} before standing up</source>
            <comment>38 min of 45 min</comment>
            <translation>{sitting} von {limit} bis zum Aufstehen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Snooze {minutes} min</source>
            <translation>{minutes} Min. später</translation>
        </message>
        <message>
            <source>Snoozed once.</source>
            <translation>Einmal verschoben.</translation>
        </message>
        <message numerus="yes">
            <source>Snoozed %n times.</source>
            <translation>
                <numerusform>%n-mal verschoben.</numerusform>
                <numerusform>%n-mal verschoben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Squeeze, hold {seconds} s, release · {reps} times</source>
            <comment>hold 5 s, 10 times</comment>
            <translation>Anspannen, {seconds} s halten, lösen · {reps}-mal</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>It takes under a minute, right in your chair: squeeze both glutes hard, hold, let go.</source>
            <translation>Das dauert keine Minute, direkt auf Ihrem Stuhl: beide Gesäßmuskeln kräftig anspannen, halten, loslassen.</translation>
        </message>
        <message>
            <source>Squeeze your glutes now</source>
            <translation>Jetzt die Gesäßmuskeln anspannen</translation>
        </message>
        <message>
            <source>Squeeze your glutes</source>
            <translation>Gesäßmuskeln anspannen</translation>
        </message>
        <message>
            <source>Squeeze both glutes hard, hold about 5 seconds, then release. Firing them often keeps them switched on while you sit.</source>
            <translation>Spannen Sie beide Gesäßmuskeln kräftig an, halten Sie etwa 5 Sekunden und lösen Sie dann. Wer sie oft anspannt, hält sie auch im Sitzen aktiv.</translation>
        </message>
        <message>
            <source>{reps} sit-to-stands: drive through your heels, squeeze your glutes at the top</source>
            <comment>{reps}: 10</comment>
            <translation>{reps}-mal vom Stuhl aufstehen: über die Fersen hochdrücken, oben die Gesäßmuskeln anspannen</translation>
        </message>
        <message>
            <source>I stood up</source>
            <translation>Aufgestanden</translation>
        </message>
        <message>
            <source>You have been sitting for {time} and snoozed once.</source>
            <translation>Sie sitzen seit {time} und haben einmal verschoben.</translation>
        </message>
        <message numerus="yes">
            <source>You have been sitting for {time} and snoozed %n times.</source>
            <translation>
                <numerusform>Sie sitzen seit {time} und haben %n-mal verschoben.</numerusform>
                <numerusform>Sie sitzen seit {time} und haben %n-mal verschoben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your lower back takes the load while your glutes rest: stand up and move.</source>
            <translation>Ruht das Gesäß, trägt der untere Rücken die Last: Stehen Sie auf und bewegen Sie sich.</translation>
        </message>
        <message>
            <source>Please stand up now</source>
            <translation>Bitte stehen Sie jetzt auf</translation>
        </message>
        <message>
            <source>Time to stand up</source>
            <translation>Zeit zum Aufstehen</translation>
        </message>
        <message>
            <source>You have been sitting for {time}. Stand up and move for a minute, or do the 2-minute routine.</source>
            <translation>Sie sitzen seit {time}. Stehen Sie auf und bewegen Sie sich eine Minute, oder machen Sie die 2-Minuten-Routine.</translation>
        </message>
        <message>
            <source>Start the routine</source>
            <translation>Routine starten</translation>
        </message>
        <message>
            <source>Not today</source>
            <translation>Heute nicht</translation>
        </message>
        <message>
            <source>Ten minutes or less of clam shells, bridges and monster walks keep your lower back happy.</source>
            <translation>Zehn Minuten oder weniger mit Muschel, Beckenheben und Monster Walk tun Ihrem unteren Rücken gut.</translation>
        </message>
        <message>
            <source>Your glute routine is still waiting</source>
            <translation>Ihre Gesäßroutine wartet noch</translation>
        </message>
        <message>
            <source>Time for your glute routine</source>
            <translation>Zeit für Ihre Gesäßroutine</translation>
        </message>
        <message>
            <source>Your daily glute activation: six short exercises, shown by the figure.</source>
            <translation>Ihre tägliche Gesäßaktivierung: sechs kurze Übungen, von der Figur vorgemacht.</translation>
        </message>
        <message>
            <source>a full-screen window</source>
            <translation>Vollbildfenster</translation>
        </message>
        <message>
            <source>in a call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>sharing the screen</source>
            <translation>Bildschirmfreigabe</translation>
        </message>
        <message>
            <source>the desktop's do not disturb</source>
            <translation>„Nicht stören“ der Arbeitsumgebung</translation>
        </message>
        <message>
            <source>a routine is running</source>
            <translation>laufende Routine</translation>
        </message>
        <message>
            <source>Prompts held: {reasons}</source>
            <translation>Erinnerungen zurückgehalten: {reasons}</translation>
        </message>
        <message>
            <source>Held back for {held} so as not to disturb you.</source>
            <translation>Um Sie nicht zu stören, {held} lang zurückgehalten.</translation>
        </message>
        <message>
            <source>Held back for {held} so as not to disturb you; you have been sitting for {sitting}.</source>
            <translation>Um Sie nicht zu stören, {held} lang zurückgehalten; Sie sitzen seit {sitting}.</translation>
        </message>
        <message numerus="yes">
            <source>%n prompts in a row went unanswered: the next waits until {time}. Answer one to go back to normal.</source>
            <comment>{time}: 14:30 or Tue 09:00</comment>
            <translation>
                <numerusform>%n Erinnerung blieb unbeantwortet: Die nächste wartet bis {time}. Beantworten Sie eine, damit wieder alles normal läuft.</numerusform>
                <numerusform>%n Erinnerungen in Folge blieben unbeantwortet: Die nächste wartet bis {time}. Beantworten Sie eine, damit wieder alles normal läuft.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptWindow</name>
        <message>
            <source>Dismiss (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Time left before the prompt closes</source>
            <translation>Zeit, bis sich die Erinnerung schließt</translation>
        </message>
        <message>
            <source>Closes in %1</source>
            <translation>Schließt in %1</translation>
        </message>
    </context>
    <context>
        <name>RemoteCommand</name>
        <message>
            <source>Sitbreak is not running (start it with: sitbreak).</source>
            <translation>Sitbreak läuft nicht (starten mit: sitbreak).</translation>
        </message>
        <message>
            <source>Sitting for {duration}</source>
            <translation>Sie sitzen seit {duration}</translation>
        </message>
        <message>
            <source>Standing for {duration}</source>
            <translation>Sie stehen seit {duration}</translation>
        </message>
        <message>
            <source>Away from the desk</source>
            <translation>Nicht am Schreibtisch</translation>
        </message>
        <message>
            <source>Away for {duration}</source>
            <translation>Abwesend seit {duration}</translation>
        </message>
        <message>
            <source>Prompts paused until {moment} (in {countdown}); tracking goes on</source>
            <comment>{moment}: weekday and time, e.g. Mon 14:30</comment>
            <translation>Erinnerungen pausiert bis {moment} (noch {countdown}); die Messung läuft weiter</translation>
        </message>
        <message>
            <source>Prompts paused until resumed; tracking goes on</source>
            <translation>Erinnerungen pausiert bis zur Fortsetzung; die Messung läuft weiter</translation>
        </message>
        <message>
            <source>Manual mode: {reason}</source>
            <translation>Manueller Modus: {reason}</translation>
        </message>
        <message>
            <source>Not saving now: {problem} (tracking goes on in memory)</source>
            <translation>Zurzeit wird nicht gespeichert: {problem} (die Erfassung läuft im Arbeitsspeicher weiter)</translation>
        </message>
        <message>
            <source>A squeeze prompt is on screen now</source>
            <translation>Eine Erinnerung zum Anspannen der Gesäßmuskeln ist gerade zu sehen</translation>
        </message>
        <message>
            <source>A stand prompt is on screen now</source>
            <translation>Eine Erinnerung zum Aufstehen ist gerade zu sehen</translation>
        </message>
        <message>
            <source>A routine prompt is on screen now</source>
            <translation>Eine Erinnerung an die Übungsfolge ist gerade zu sehen</translation>
        </message>
        <message>
            <source>Next: squeeze prompt in {countdown}</source>
            <translation>Als Nächstes: Gesäßmuskeln anspannen in {countdown}</translation>
        </message>
        <message>
            <source>Next: stand prompt in {countdown}</source>
            <translation>Als Nächstes: Aufstehen in {countdown}</translation>
        </message>
        <message>
            <source>Next: routine prompt in {countdown}</source>
            <translation>Als Nächstes: Übungsfolge in {countdown}</translation>
        </message>
        <message>
            <source>A {kind} prompt is on screen now</source>
            <translation>Eine Erinnerung ({kind}) ist gerade zu sehen</translation>
        </message>
        <message>
            <source>Next: {kind} prompt in {countdown}</source>
            <translation>Als Nächstes: Erinnerung ({kind}) in {countdown}</translation>
        </message>
    </context>
    <context>
        <name>Routine</name>
        <message>
            <source>Daily glute activation</source>
            <translation>Tägliche Gesäßaktivierung</translation>
        </message>
        <message>
            <source>The six glute exercises, one set of 10 each (each side where it applies), with short changes between them: about 9 minutes (7 before the single-leg bridge joins). Good form first; stop early rather than lose it. The single-leg bridge joins once the bridge was done three times.</source>
            <translation>Die sechs Gesäßübungen mit je einem Satz zu 10 Wiederholungen (wo nötig pro Seite), mit kurzen Wechseln dazwischen: etwa 9 Minuten (7, solange das einbeinige Beckenheben noch nicht dabei ist). Saubere Ausführung geht vor; hören Sie lieber früher auf, als unsauber weiterzumachen. Das einbeinige Beckenheben kommt dazu, sobald das Beckenheben dreimal gemacht wurde.</translation>
        </message>
        <message>
            <source>Desk break</source>
            <translation>Pause am Schreibtisch</translation>
        </message>
        <message>
            <source>About 2 minutes: stand up from the chair ten times, then ten standing squeezes.</source>
            <translation>Etwa 2 Minuten: zehnmal vom Stuhl aufstehen, dann zehnmal das Gesäß im Stehen anspannen.</translation>
        </message>
        <message>
            <source>Full glute routine</source>
            <translation>Vollständige Gesäßroutine</translation>
        </message>
        <message>
            <source>The six glute exercises at the full dose: 3 sets of 10-12 (each side where it applies), about 37 minutes (29 before the single-leg bridge joins). Good form first; stop early rather than lose it. The single-leg bridge joins once the bridge was done three times.</source>
            <translation>Die sechs Gesäßübungen im vollen Umfang: 3 Sätze mit 10–12 Wiederholungen (wo nötig pro Seite), etwa 37 Minuten (29, solange das einbeinige Beckenheben noch nicht dabei ist). Saubere Ausführung geht vor; hören Sie lieber früher auf, als unsauber weiterzumachen. Das einbeinige Beckenheben kommt dazu, sobald das Beckenheben dreimal gemacht wurde.</translation>
        </message>
        <message>
            <source>Seated squeeze</source>
            <translation>Anspannen im Sitzen</translation>
        </message>
        <message>
            <source>Ten guided glute squeezes without leaving your chair.</source>
            <translation>Zehnmal angeleitet das Gesäß anspannen, ohne vom Stuhl aufzustehen.</translation>
        </message>
    </context>
    <context>
        <name>RoutineOverview</name>
        <message numerus="yes">
            <source>%n set of {reps} each side</source>
            <translation>
                <numerusform>%n Satz mit {reps} Wiederholungen pro Seite</numerusform>
                <numerusform>%n Sätze mit {reps} Wiederholungen pro Seite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sets of {reps} each side</source>
            <translation>
                <numerusform>%n Satz mit {reps} Wiederholungen pro Seite</numerusform>
                <numerusform>%n Sätze mit {reps} Wiederholungen pro Seite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set of {reps}</source>
            <translation>
                <numerusform>%n Satz mit {reps} Wiederholungen</numerusform>
                <numerusform>%n Sätze mit {reps} Wiederholungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sets of {reps}</source>
            <translation>
                <numerusform>%n Satz mit {reps} Wiederholungen</numerusform>
                <numerusform>%n Sätze mit {reps} Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <source>another exercise</source>
            <translation>einer anderen Übung</translation>
        </message>
        <message numerus="yes">
            <source>{exercise} joins after %n completed {after} sessions</source>
            <comment>{exercise}, {after}: exercise ids, e.g. single_leg_bridge, bridge</comment>
            <translation>
                <numerusform>{exercise} kommt dazu, sobald {after} %n-mal abgeschlossen wurde</numerusform>
                <numerusform>{exercise} kommt dazu, sobald {after} %n-mal abgeschlossen wurde</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineSession</name>
        <message>
            <source>This session could not be saved: {error}</source>
            <translation>Diese Einheit konnte nicht gespeichert werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>RoutineWindow</name>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Heben</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Lower</source>
            <translation>Senken</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Ruhen</translation>
        </message>
        <message>
            <source>Mini band just above the knees</source>
            <translation>Miniband knapp über den Knien</translation>
        </message>
        <message>
            <source>Mini band around the ankles</source>
            <translation>Miniband um die Knöchel</translation>
        </message>
        <message>
            <source>Mini band around the legs</source>
            <translation>Miniband um die Beine</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Switch to the left side</source>
            <translation>Wechseln Sie auf die linke Seite</translation>
        </message>
        <message>
            <source>Switch to the right side</source>
            <translation>Wechseln Sie auf die rechte Seite</translation>
        </message>
        <message>
            <source>Next: set %1 of %2</source>
            <translation>Als Nächstes: Satz %1 von %2</translation>
        </message>
        <message>
            <source>Next up. Get into the start position.</source>
            <translation>Gleich geht es weiter. Gehen Sie in die Ausgangsposition.</translation>
        </message>
        <message>
            <source>Get into the start position.</source>
            <translation>Gehen Sie in die Ausgangsposition.</translation>
        </message>
        <message>
            <source>Each side</source>
            <translation>Jede Seite</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>Satz %1 von %2</translation>
        </message>
        <message>
            <source>Rep %1 of %2</source>
            <translation>Wiederholung %1 von %2</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <source>No equipment needed</source>
            <translation>Keine Hilfsmittel nötig</translation>
        </message>
        <message>
            <source>Mini band</source>
            <translation>Miniband</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Next: exercise %1 of %2</source>
            <translation>Als Nächstes: Übung %1 von %2</translation>
        </message>
        <message>
            <source>Exercise %1 of %2</source>
            <translation>Übung %1 von %2</translation>
        </message>
        <message>
            <source>About %1 left</source>
            <translation>Noch etwa %1</translation>
        </message>
        <message>
            <source>Routine stopped</source>
            <translation>Übungsprogramm abgebrochen</translation>
        </message>
        <message>
            <source>Routine complete. Well done!</source>
            <translation>Übungsprogramm geschafft. Gut gemacht!</translation>
        </message>
        <message>
            <source>Routine finished</source>
            <translation>Übungsprogramm beendet</translation>
        </message>
        <message>
            <source>Exercises completed: %1 of %2</source>
            <translation>Übungen geschafft: %1 von %2</translation>
        </message>
        <message>
            <source>Reps done: %1</source>
            <translation>Wiederholungen: %1</translation>
        </message>
        <message>
            <source>Sets done: %1</source>
            <translation>Sätze: %1</translation>
        </message>
        <message>
            <source>Time: %1</source>
            <translation>Zeit: %1</translation>
        </message>
        <message>
            <source>%1: about %2</source>
            <translation>%1: etwa %2</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>%1 of %2 each</source>
            <translation>je %1 mit %2</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n Satz</numerusform>
                <numerusform>%n Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <source>at their own dose</source>
            <translation>jeweils in eigener Dosierung</translation>
        </message>
        <message>
            <source>In the start position: %1</source>
            <translation>In der Ausgangsposition: %1</translation>
        </message>
        <message>
            <source>Moving: %1</source>
            <translation>Bewegung: %1</translation>
        </message>
        <message>
            <source>Holding at the top of the movement.</source>
            <translation>Hält am höchsten Punkt der Bewegung.</translation>
        </message>
        <message>
            <source>Lowering slowly back to the start position.</source>
            <translation>Senkt langsam zurück in die Ausgangsposition.</translation>
        </message>
        <message>
            <source>Resting in the start position.</source>
            <translation>Ruht in der Ausgangsposition.</translation>
        </message>
        <message>
            <source>%1, left side</source>
            <translation>%1, linke Seite</translation>
        </message>
        <message>
            <source>%1, right side</source>
            <translation>%1, rechte Seite</translation>
        </message>
        <message>
            <source>Stop the routine?</source>
            <translation>Übungsprogramm abbrechen?</translation>
        </message>
        <message>
            <source>Stop the routine now? What you have done so far is saved.</source>
            <translation>Das Übungsprogramm jetzt abbrechen? Was Sie bisher gemacht haben, wird gespeichert.</translation>
        </message>
        <message>
            <source>Do it again</source>
            <translation>Noch einmal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Which routine today?</source>
            <translation>Welches Übungsprogramm heute?</translation>
        </message>
        <message>
            <source>Tab moves between them, Return starts one, Esc closes.</source>
            <translation>Tab wechselt zwischen ihnen, Eingabe startet eines, Esc schließt.</translation>
        </message>
        <message>
            <source>Paused. Press Space to go on.</source>
            <translation>Angehalten. Drücken Sie die Leertaste, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Previous exercise (Left arrow)</source>
            <translation>Vorige Übung (Pfeil nach links)</translation>
        </message>
        <message>
            <source>Pause or resume (Space)</source>
            <translation>Anhalten oder fortsetzen (Leertaste)</translation>
        </message>
        <message>
            <source>Next exercise (Right arrow)</source>
            <translation>Nächste Übung (Pfeil nach rechts)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Demonstration figure</source>
            <translation>Vorführfigur</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Start: %1</source>
            <translation>Ausgangsposition: %1</translation>
        </message>
    </context>
    <context>
        <name>RoutinesCommand</name>
        <message>
            <source>one of {ids} (default: daily); see `sitbreak routines`</source>
            <translation>eine von {ids} (Standard: daily); siehe `sitbreak routines`</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>JSON statt einer Tabelle ausgeben</translation>
        </message>
        <message>
            <source>left out: {problem}</source>
            <translation>ausgelassen: {problem}</translation>
        </message>
        <message>
            <source>no routine could be loaded.</source>
            <translation>keine Übungsfolge konnte geladen werden.</translation>
        </message>
        <message>
            <source>{problem} Listed as for a new user.</source>
            <translation>{problem} Aufgelistet wie für einen neuen Benutzer.</translation>
        </message>
        <message>
            <source>about {duration}</source>
            <comment>a routine's length</comment>
            <translation>etwa {duration}</translation>
        </message>
    </context>
    <context>
        <name>RuntimeDir</name>
        <message>
            <source>Cannot create the private folder {path}: {problem}.</source>
            <translation>Der private Ordner {path} kann nicht angelegt werden: {problem}.</translation>
        </message>
        <message>
            <source>{path} belongs to another user or is not a folder, so Sitbreak will not use it for its command socket. Remove it, or set XDG_RUNTIME_DIR to your own folder.</source>
            <translation>{path} gehört einem anderen Benutzer oder ist kein Ordner, daher verwendet Sitbreak ihn nicht für seinen Befehls-Socket. Entfernen Sie ihn oder setzen Sie XDG_RUNTIME_DIR auf Ihren eigenen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>SettingEditor</name>
        <message>
            <source>Auto</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>Benachrichtigung</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbig</translation>
        </message>
        <message>
            <source>Mono</source>
            <translation>Einfarbig</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>On, at</source>
            <translation>Ein, um</translation>
        </message>
        <message>
            <source>On, from</source>
            <translation>Ein, von</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>%1 from</source>
            <translation>%1 von</translation>
        </message>
        <message>
            <source>%1 to</source>
            <translation>%1 bis</translation>
        </message>
        <message>
            <source>The start and the end are the same time: the range would be empty.</source>
            <translation>Beginn und Ende sind dieselbe Uhrzeit: der Zeitraum wäre leer.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Erfassung</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Do not disturb</source>
            <translation>Nicht stören</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Stats</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>App</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>A break after</source>
            <translation>Pause nach</translation>
        </message>
        <message>
            <source>Read idle time at most every</source>
            <translation>Leerlauf prüfen höchstens alle</translation>
        </message>
        <message>
            <source>Squeeze reminder every</source>
            <translation>Anspannen alle</translation>
        </message>
        <message>
            <source>Stand-up reminder after</source>
            <translation>Aufstehen nach</translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>Später um</translation>
        </message>
        <message>
            <source>Urgent after snoozes</source>
            <translation>Dringend nach „Später“</translation>
        </message>
        <message>
            <source>Close an unanswered prompt after</source>
            <translation>Unbeantwortete schließen nach</translation>
        </message>
        <message>
            <source>Show prompts as</source>
            <translation>Erinnerungen als</translation>
        </message>
        <message>
            <source>Chime with a prompt</source>
            <translation>Klang bei Erinnerung</translation>
        </message>
        <message>
            <source>Work days</source>
            <translation>Arbeitstage</translation>
        </message>
        <message>
            <source>Work hours</source>
            <translation>Arbeitszeit</translation>
        </message>
        <message>
            <source>Quiet hours</source>
            <translation>Ruhezeit</translation>
        </message>
        <message>
            <source>Offer the daily routine</source>
            <translation>Tägliche Übungen anbieten</translation>
        </message>
        <message>
            <source>Tones during the routine</source>
            <translation>Töne bei den Übungen</translation>
        </message>
        <message>
            <source>Daily sitting goal</source>
            <translation>Tägliches Sitzziel</translation>
        </message>
        <message>
            <source>Start when you log in</source>
            <translation>Beim Anmelden starten</translation>
        </message>
        <message>
            <source>Tray icon</source>
            <translation>Symbol im Systembereich</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Not over full-screen windows</source>
            <translation>Nicht über Vollbildfenstern</translation>
        </message>
        <message>
            <source>Not during calls</source>
            <translation>Nicht während Anrufen</translation>
        </message>
        <message>
            <source>Not while the screen is shared</source>
            <translation>Nicht bei Bildschirmfreigabe</translation>
        </message>
        <message>
            <source>Follow the desktop's do not disturb</source>
            <translation>„Nicht stören“ des Desktops folgen</translation>
        </message>
        <message>
            <source>After a hold, wait</source>
            <translation>Danach noch warten</translation>
        </message>
        <message>
            <source>Sitbreak settings</source>
            <translation>Sitbreak-Einstellungen</translation>
        </message>
        <message>
            <source>Edit settings file…</source>
            <translation>Einstellungsdatei bearbeiten …</translation>
        </message>
        <message>
            <source>Restore all defaults</source>
            <translation>Alles zurücksetzen</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Standardwerte</translation>
        </message>
        <message>
            <source>Set the values on this page back to their defaults</source>
            <translation>Die Werte dieser Seite auf ihre Standardwerte zurücksetzen</translation>
        </message>
        <message>
            <source>Sitbreak does not overwrite it, so nothing in it is lost. Open it in an editor and fix it, then open Settings again.</source>
            <translation>Sitbreak überschreibt sie nicht, damit nichts darin verloren geht. Öffnen Sie sie in einem Editor, korrigieren Sie sie und öffnen Sie dann die Einstellungen erneut.</translation>
        </message>
        <message>
            <source>Open in editor…</source>
            <translation>Im Editor öffnen …</translation>
        </message>
        <message>
            <source>Fix the value marked in red first; nothing is saved until then.</source>
            <translation>Korrigieren Sie zuerst den rot markierten Wert; bis dahin wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>Saved. Sitbreak uses the new settings now.</source>
            <translation>Gespeichert. Sitbreak verwendet jetzt die neuen Einstellungen.</translation>
        </message>
        <message>
            <source>The new language is used from the next start of Sitbreak.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von Sitbreak.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFile</name>
        <message>
            <source>Cannot read the settings file {path}: {problem}.</source>
            <translation>Die Einstellungsdatei {path} kann nicht gelesen werden: {problem}.</translation>
        </message>
        <message>
            <source>The settings file {path} is not valid TOML: {problem}.</source>
            <translation>Die Einstellungsdatei {path} ist kein gültiges TOML: {problem}.</translation>
        </message>
        <message>
            <source>Cannot create the settings file {path}: {problem}.</source>
            <translation>Die Einstellungsdatei {path} kann nicht angelegt werden: {problem}.</translation>
        </message>
        <message>
            <source>[{section}] in {path} is not a table; fix it in the file first.</source>
            <translation>[{section}] in {path} ist keine Tabelle; korrigieren Sie das zuerst in der Datei.</translation>
        </message>
        <message>
            <source>Cannot write the settings file {path}: {problem}.</source>
            <translation>Die Einstellungsdatei {path} kann nicht geschrieben werden: {problem}.</translation>
        </message>
        <message>
            <source>Cannot create the settings file {path}: {problem}. Using the defaults.</source>
            <translation>Die Einstellungsdatei {path} kann nicht angelegt werden: {problem}. Die Standardwerte werden verwendet.</translation>
        </message>
        <message>
            <source>The settings file {path} is not valid TOML ({problem}).</source>
            <translation>Die Einstellungsdatei {path} ist kein gültiges TOML ({problem}).</translation>
        </message>
        <message>
            <source>The settings file {path} nests too deeply to be read.</source>
            <translation>Die Einstellungsdatei {path} ist zu tief verschachtelt, um gelesen zu werden.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({problem}).</source>
            <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({problem}).</translation>
        </message>
        <message>
            <source>The settings file {path} is not a regular file. Using the defaults.</source>
            <translation>Die Einstellungsdatei {path} ist keine reguläre Datei. Die Standardwerte werden verwendet.</translation>
        </message>
        <message>
            <source>Cannot read the settings file {path}: {problem}. Using the defaults.</source>
            <translation>Die Einstellungsdatei {path} kann nicht gelesen werden: {problem}. Die Standardwerte werden verwendet.</translation>
        </message>
        <message>
            <source>The settings file {path} is not UTF-8 text (byte {byte}).</source>
            <translation>Die Einstellungsdatei {path} ist kein UTF-8-Text (Byte {byte}).</translation>
        </message>
        <message>
            <source>The settings file {path} is {size} MB; a settings file is a few kB, so it was not read (the limit is {limit} kB). Using the defaults.</source>
            <translation>Die Einstellungsdatei {path} ist {size} MB groß; eine Einstellungsdatei hat wenige kB, daher wurde sie nicht gelesen (die Grenze liegt bei {limit} kB). Die Standardwerte werden verwendet.</translation>
        </message>
        <message>
            <source>version = {value} is not a whole number (write version = {known}); the file is read as version {known}.</source>
            <translation>version = {value} ist keine ganze Zahl (schreiben Sie version = {known}); die Datei wird als Version {known} gelesen.</translation>
        </message>
        <message>
            <source>version = {value} is not a settings version; the file is read as version {known}.</source>
            <translation>version = {value} ist keine Einstellungsversion; die Datei wird als Version {known} gelesen.</translation>
        </message>
        <message>
            <source>{problem} Using the defaults until it is fixed; the file was left as it is.</source>
            <translation>{problem} Bis zur Korrektur werden die Standardwerte verwendet; die Datei wurde nicht verändert.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFileOpener</name>
        <message>
            <source>Sitbreak applies your changes when you save.</source>
            <translation>Sitbreak übernimmt Ihre Änderungen beim Speichern.</translation>
        </message>
        <message>
            <source>The settings file %1 opens in your editor. %2</source>
            <translation>Die Einstellungsdatei %1 wird in Ihrem Editor geöffnet. %2</translation>
        </message>
        <message>
            <source>Opened %1 with %2. %3</source>
            <translation>%1 mit %2 geöffnet. %3</translation>
        </message>
        <message>
            <source>No editor could be opened. The settings file is %1: open it in any text editor. %2</source>
            <translation>Es konnte kein Editor geöffnet werden. Die Einstellungsdatei ist %1: öffnen Sie sie in einem beliebigen Texteditor. %2</translation>
        </message>
    </context>
    <context>
        <name>SettingsSchema</name>
        <message>
            <source>%1 is not a whole number</source>
            <translation>%1 ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>%1 is not true or false</source>
            <translation>%1 ist weder true noch false</translation>
        </message>
        <message>
            <source>%1: %2; allowed is %3.</source>
            <translation>%1: %2; erlaubt ist %3.</translation>
        </message>
        <message>
            <source>%1 is not a time like 07:30</source>
            <translation>%1 ist keine Uhrzeit wie 07:30</translation>
        </message>
        <message>
            <source>%1 is past 24:00</source>
            <translation>%1 liegt nach 24:00</translation>
        </message>
        <message>
            <source>%1 is not a range like 08:00-18:00</source>
            <translation>%1 ist kein Zeitraum wie 08:00-18:00</translation>
        </message>
        <message>
            <source>%1 cannot start at 24:00</source>
            <translation>%1 kann nicht um 24:00 beginnen</translation>
        </message>
        <message>
            <source>%1 is an empty range</source>
            <translation>%1 ist ein leerer Zeitraum</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2</source>
            <translation>eine ganze Zahl von %1 bis %2</translation>
        </message>
        <message>
            <source>%1 is out of range</source>
            <translation>%1 liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a list of days from %1</source>
            <translation>eine Liste von Tagen aus %1</translation>
        </message>
        <message>
            <source>%1 is not a list of day names</source>
            <translation>%1 ist keine Liste von Tagesnamen</translation>
        </message>
        <message>
            <source>unknown day %1</source>
            <translation>unbekannter Tag %1</translation>
        </message>
        <message>
            <source>one of %1</source>
            <translation>einer der Werte %1</translation>
        </message>
        <message>
            <source>%1 is not a prompt style</source>
            <translation>%1 ist keine Art der Erinnerung</translation>
        </message>
        <message>
            <source>%1 is not a choice</source>
            <translation>%1 ist keine der Möglichkeiten</translation>
        </message>
        <message>
            <source>"" (the system's language) or one of %1</source>
            <translation>"" (die Systemsprache) oder einer der Werte %1</translation>
        </message>
        <message>
            <source>%1 is not a language Sitbreak speaks</source>
            <translation>%1 ist keine Sprache, die Sitbreak spricht</translation>
        </message>
        <message>
            <source>%1 is not text</source>
            <translation>%1 ist kein Text</translation>
        </message>
        <message>
            <source>a time like "17:30", or "" for off</source>
            <translation>eine Uhrzeit wie "17:30" oder "" für aus</translation>
        </message>
        <message>
            <source>24:00 is not a time of day</source>
            <translation>24:00 ist keine Uhrzeit</translation>
        </message>
        <message>
            <source>a range like "22:00-07:00", or "" for off</source>
            <translation>ein Zeitraum wie "22:00-07:00" oder "" für aus</translation>
        </message>
        <message>
            <source>a range like "08:00-18:00"</source>
            <translation>ein Zeitraum wie "08:00-18:00"</translation>
        </message>
        <message>
            <source>Seconds without keyboard or mouse input after which you count as away; the break starts at your last input.</source>
            <translation>Sekunden ohne Tastatur- oder Mauseingabe, nach denen Sie als abwesend gelten; die Pause beginnt mit Ihrer letzten Eingabe.</translation>
        </message>
        <message>
            <source>Shortest wait in seconds between idle-time readings where the system must be asked (Windows, macOS, X11 without XSync); X11 XSync, GNOME and Wayland tell Sitbreak.</source>
            <translation>Kürzeste Wartezeit in Sekunden zwischen zwei Abfragen der Leerlaufzeit, wo das System gefragt werden muss (Windows, macOS, X11 ohne XSync); X11 mit XSync, GNOME und Wayland melden sie von selbst.</translation>
        </message>
        <message>
            <source>Minutes of continuous sitting between squeeze prompts.</source>
            <translation>Minuten ununterbrochenen Sitzens zwischen den Erinnerungen, die Gesäßmuskeln anzuspannen.</translation>
        </message>
        <message>
            <source>Minutes of continuous sitting before the stand-up prompt.</source>
            <translation>Minuten ununterbrochenen Sitzens bis zur Erinnerung aufzustehen.</translation>
        </message>
        <message>
            <source>How long Snooze postpones a prompt.</source>
            <translation>Um wie lange „Später“ eine Erinnerung verschiebt.</translation>
        </message>
        <message>
            <source>From this many snoozes of one prompt on, snoozes are halved and the prompt is marked urgent.</source>
            <translation>Ab so vielen „Später“ für eine Erinnerung wird die Verschiebung halbiert und die Erinnerung als dringend markiert.</translation>
        </message>
        <message>
            <source>A prompt left unanswered this long closes itself and counts as missed.</source>
            <translation>Eine so lange unbeantwortete Erinnerung schließt sich selbst und zählt als verpasst.</translation>
        </message>
        <message>
            <source>How prompts appear: "window" (the prompt window), "notification" (desktop notifications with buttons) or "auto" (the window on X11 with a tray, Windows and macOS; notifications on Wayland and wherever there is no tray).</source>
            <translation>Wie Erinnerungen erscheinen: als Fenster ("window": das Erinnerungsfenster), als Benachrichtigung ("notification": Desktop-Benachrichtigungen mit Schaltflächen) oder automatisch ("auto": das Fenster unter X11 mit Systembereich, Windows und macOS; Benachrichtigungen unter Wayland und überall ohne Systembereich).</translation>
        </message>
        <message>
            <source>Play a soft chime when a prompt appears.</source>
            <translation>Einen leisen Klang spielen, wenn eine Erinnerung erscheint.</translation>
        </message>
        <message>
            <source>Days on which prompts are shown.</source>
            <translation>Tage, an denen Erinnerungen gezeigt werden.</translation>
        </message>
        <message>
            <source>Hours of the day in which prompts are shown (local time).</source>
            <translation>Tageszeit, in der Erinnerungen gezeigt werden (Ortszeit).</translation>
        </message>
        <message>
            <source>Hours in which no prompt is shown even on a work day; may wrap midnight.</source>
            <translation>Zeit, in der auch an Arbeitstagen keine Erinnerung erscheint; darf über Mitternacht gehen.</translation>
        </message>
        <message>
            <source>Local time to offer the daily glute routine, or empty for never.</source>
            <translation>Uhrzeit (Ortszeit), zu der das tägliche Gesäß-Übungsprogramm angeboten wird, oder leer für nie.</translation>
        </message>
        <message>
            <source>Short tones on each phase change and rep.</source>
            <translation>Kurze Töne bei jedem Phasenwechsel und jeder Wiederholung.</translation>
        </message>
        <message>
            <source>Your goal for the most sitting in a day; drawn as a line in the history chart.</source>
            <translation>Ihr Ziel für das meiste Sitzen an einem Tag; als Linie im Verlaufsdiagramm gezeichnet.</translation>
        </message>
        <message>
            <source>Start Sitbreak when you log in.</source>
            <translation>Sitbreak beim Anmelden starten.</translation>
        </message>
        <message>
            <source>The tray icon: a coloured disc, or one colour (the panel's text colour) for panels of monochrome icons.</source>
            <translation>Das Symbol im Systembereich: eine farbige Scheibe oder einfarbig (in der Textfarbe der Leiste) für Leisten mit einfarbigen Symbolen.</translation>
        </message>
        <message>
            <source>The language of Sitbreak's windows and messages; empty follows the system. Takes effect at the next start.</source>
            <translation>Die Sprache der Fenster und Meldungen von Sitbreak; die Systemsprache (in der Datei leer) folgt dem System. Gilt ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Hold prompts back while the focused window is full screen (a talk, a film, a game).</source>
            <translation>Erinnerungen zurückhalten, solange das aktive Fenster im Vollbild ist (ein Vortrag, ein Film, ein Spiel).</translation>
        </message>
        <message>
            <source>Hold prompts back while an application uses the microphone or the camera.</source>
            <translation>Erinnerungen zurückhalten, solange ein Programm das Mikrofon oder die Kamera nutzt.</translation>
        </message>
        <message>
            <source>Hold prompts back while the screen is shared or recorded (where the desktop tells).</source>
            <translation>Erinnerungen zurückhalten, solange der Bildschirm geteilt oder aufgezeichnet wird (wo der Desktop es meldet).</translation>
        </message>
        <message>
            <source>Hold prompts back while the desktop's own do not disturb (or focus mode) is on.</source>
            <translation>Erinnerungen zurückhalten, solange „Nicht stören“ (oder der Fokusmodus) des Desktops an ist.</translation>
        </message>
        <message>
            <source>Seconds to wait after the last hold ends before the prompt that fell due is shown.</source>
            <translation>Sekunden, die nach dem Ende der letzten Zurückhaltung gewartet wird, bevor die fällige Erinnerung erscheint.</translation>
        </message>
        <message>
            <source>The settings file is version %1, newer than this Sitbreak understands (%2); keys it knows are used, the file is left as it is.</source>
            <translation>Die Einstellungsdatei hat Version %1, neuer als diese Sitbreak-Version versteht (%2); bekannte Schlüssel werden verwendet, die Datei bleibt unverändert.</translation>
        </message>
        <message>
            <source>Unknown section [%1] is ignored.</source>
            <translation>Unbekannter Abschnitt [%1] wird ignoriert.</translation>
        </message>
        <message>
            <source>%1: %2; allowed is %3. Using the default %4.</source>
            <translation>%1: %2; erlaubt ist %3. Der Standardwert %4 wird verwendet.</translation>
        </message>
        <message>
            <source>[%1] must be a table; ignored.</source>
            <translation>[%1] muss eine Tabelle sein; ignoriert.</translation>
        </message>
        <message>
            <source>Unknown key [%1] %2 is ignored.</source>
            <translation>Unbekannter Schlüssel [%1] %2 wird ignoriert.</translation>
        </message>
        <message>
            <source>Sitbreak settings. Edit and save: the running app reloads this file.</source>
            <translation>Sitbreak-Einstellungen. Bearbeiten und speichern: das laufende Programm lädt diese Datei neu.</translation>
        </message>
        <message>
            <source>A bad value is reported and its default used; this file is never rewritten.</source>
            <translation>Ein ungültiger Wert wird gemeldet und sein Standardwert verwendet; diese Datei wird nie neu geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message numerus="yes">
            <source>%n bout</source>
            <translation>
                <numerusform>%n Sitzphase</numerusform>
                <numerusform>%n Sitzphasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bouts</source>
            <translation>
                <numerusform>%n Sitzphase</numerusform>
                <numerusform>%n Sitzphasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>over the {goal} goal</source>
            <comment>{goal}: 6 h</comment>
            <translation>über dem Ziel von {goal}</translation>
        </message>
        <message>
            <source>goal: under {goal}</source>
            <comment>{goal}: 6 h</comment>
            <translation>Ziel: unter {goal}</translation>
        </message>
        <message>
            <source> · stood {time}</source>
            <comment>after the goal: · stood 25 min</comment>
            <translation> · {time} gestanden</translation>
        </message>
        <message>
            <source>Sitting</source>
            <translation>Sitzen</translation>
        </message>
        <message>
            <source>Longest bout</source>
            <translation>Längste Sitzphase</translation>
        </message>
        <message>
            <source>no sitting recorded</source>
            <translation>kein Sitzen erfasst</translation>
        </message>
        <message>
            <source>{bouts} over {limit}</source>
            <comment>2 bouts over 45 min</comment>
            <translation>{bouts} über {limit}</translation>
        </message>
        <message>
            <source>{bouts}, all under {limit}</source>
            <comment>5 bouts, all under 45 min</comment>
            <translation>{bouts}, alle unter {limit}</translation>
        </message>
        <message>
            <source>no squeeze prompts</source>
            <translation>keine Erinnerungen zum Anspannen</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n prompt done</source>
            <translation>
                <numerusform>{done} von %n Erinnerung erledigt</numerusform>
                <numerusform>{done} von %n Erinnerungen erledigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n prompts done</source>
            <translation>
                <numerusform>{done} von %n Erinnerung erledigt</numerusform>
                <numerusform>{done} von %n Erinnerungen erledigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Squeezes</source>
            <translation>Anspannungen</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message numerus="yes">
            <source>Done ×%n</source>
            <translation>
                <numerusform>Erledigt ×%n</numerusform>
                <numerusform>Erledigt ×%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise done</source>
            <translation>
                <numerusform>%n Übung erledigt</numerusform>
                <numerusform>%n Übungen erledigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercises done</source>
            <translation>
                <numerusform>%n Übung erledigt</numerusform>
                <numerusform>%n Übungen erledigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>{prompted} prompted · {natural} natural · {lock} lock</source>
            <comment>counts of breaks</comment>
            <translation>{prompted} nach Erinnerung · {natural} von selbst · {lock} durch Sperre</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <source>No sitting recorded in these days</source>
            <translation>An diesen Tagen wurde kein Sitzen erfasst</translation>
        </message>
        <message>
            <source>Average {time} sitting a day</source>
            <translation>Im Schnitt {time} Sitzen pro Tag</translation>
        </message>
        <message numerus="yes">
            <source>{percent} more than the %n days before</source>
            <translation>
                <numerusform>{percent} mehr als in den %n Tagen davor</numerusform>
                <numerusform>{percent} mehr als in den %n Tagen davor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{percent} less than the %n days before</source>
            <translation>
                <numerusform>{percent} weniger als in den %n Tagen davor</numerusform>
                <numerusform>{percent} weniger als in den %n Tagen davor</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine streak: {routine_days} · {limit_days} in a row without a bout over {limit}</source>
            <comment>Routine streak: 3 days · 2 days in a row without a bout over 45 min</comment>
            <translation>Routine-Serie: {routine_days} · {limit_days} in Folge ohne Sitzphase über {limit}</translation>
        </message>
    </context>
    <context>
        <name>StatsCommand</name>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>sitting</source>
            <translation>Sitzen</translation>
        </message>
        <message>
            <source>standing</source>
            <translation>Stehen</translation>
        </message>
        <message>
            <source>bouts</source>
            <translation>Sitzphasen</translation>
        </message>
        <message>
            <source>longest</source>
            <translation>längste</translation>
        </message>
        <message>
            <source>over</source>
            <translation>zu lang</translation>
        </message>
        <message>
            <source>breaks</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <source>squeezes</source>
            <translation>Anspannen</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>Übungsfolge</translation>
        </message>
        <message>
            <source>{text} is not a date like 2026-03-02 (YYYY-MM-DD)</source>
            <translation>{text} ist kein Datum wie 2026-03-02 (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>--days takes a whole number from 1 to {most}</source>
            <translation>--days nimmt eine ganze Zahl von 1 bis {most}</translation>
        </message>
        <message>
            <source>one day, YYYY-MM-DD (default: today)</source>
            <translation>ein Tag, JJJJ-MM-TT (Standard: heute)</translation>
        </message>
        <message>
            <source>the last N days up to today</source>
            <translation>die letzten N Tage bis heute</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>JSON statt einer Tabelle ausgeben</translation>
        </message>
        <message>
            <source>nothing recorded for {day}.</source>
            <translation>für {day} wurde nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>nothing recorded for {first} to {last}.</source>
            <translation>von {first} bis {last} wurde nichts aufgezeichnet.</translation>
        </message>
        <message numerus="yes">
            <source>Average sitting on %n tracked day(s): {average} (goal: at most {goal})</source>
            <translation>
                <numerusform>Durchschnittliche Sitzzeit an %n erfassten Tag: {average} (Ziel: höchstens {goal})</numerusform>
                <numerusform>Durchschnittliche Sitzzeit an %n erfassten Tagen: {average} (Ziel: höchstens {goal})</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks: {kinds}</source>
            <translation>Pausen: {kinds}</translation>
        </message>
        <message>
            <source>Prompts shown: {prompts}</source>
            <translation>Gezeigte Erinnerungen: {prompts}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no prompts shown</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Exercises done: {count}</source>
            <translation>Erledigte Übungen: {count}</translation>
        </message>
        <message>
            <source>squeeze</source>
            <translation>Anspannen</translation>
        </message>
        <message>
            <source>stand</source>
            <translation>Aufstehen</translation>
        </message>
        <message>
            <source>prompted</source>
            <translation>nach Erinnerung</translation>
        </message>
        <message>
            <source>natural</source>
            <translation>von selbst</translation>
        </message>
        <message>
            <source>lock/suspend</source>
            <translation>Sperre/Ruhezustand</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> und %n weiterer</numerusform>
                <numerusform> und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>skipped %n stored record(s) that cannot be read ({rows}: {problem}); the rest is shown.</source>
            <translation>
                <numerusform>%n gespeicherter Eintrag ist nicht lesbar und wurde übersprungen ({rows}: {problem}); der Rest wird gezeigt.</numerusform>
                <numerusform>%n gespeicherte Einträge sind nicht lesbar und wurden übersprungen ({rows}: {problem}); der Rest wird gezeigt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsWindow</name>
        <message>
            <source>Today · %1</source>
            <translation>Heute · %1</translation>
        </message>
        <message>
            <source>Yesterday · %1</source>
            <translation>Gestern · %1</translation>
        </message>
        <message>
            <source>Sitting</source>
            <translation>Sitzen</translation>
        </message>
        <message>
            <source>Longest bout</source>
            <translation>Längste Sitzphase</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <source>Squeezes</source>
            <translation>Anspannen</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Sitting stats - Sitbreak</source>
            <translation>Sitzstatistik - Sitbreak</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Vorheriger Tag</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Nächster Tag</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Click a day to see it</source>
            <translation>Klicken Sie auf einen Tag, um ihn anzusehen</translation>
        </message>
        <message>
            <source>Bars: sitting per day (orange: over the goal) · line across a bar: longest bout</source>
            <translation>Balken: Sitzen pro Tag (orange: über dem Ziel) · Strich im Balken: längste Sitzphase</translation>
        </message>
        <message>
            <source>Cannot show the stats: %1</source>
            <translation>Die Statistik kann nicht angezeigt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>StatusText</name>
        <message>
            <source>On a break: no prompts until you are back</source>
            <translation>In der Pause: keine Erinnerungen, bis Sie zurück sind</translation>
        </message>
        <message>
            <source>Standing: no stand-up prompts until you sit again</source>
            <translation>Im Stehen: keine Erinnerungen zum Aufstehen, bis Sie wieder sitzen</translation>
        </message>
        <message>
            <source>No prompts until then; your sitting time is still counted</source>
            <translation>Bis dahin keine Erinnerungen; Ihre Sitzzeit wird weiter gezählt</translation>
        </message>
        <message>
            <source>A stand-up prompt is on screen now</source>
            <translation>Eine Erinnerung zum Aufstehen ist gerade zu sehen</translation>
        </message>
        <message>
            <source>A squeeze prompt is on screen now</source>
            <translation>Eine Erinnerung zum Anspannen der Gesäßmuskeln ist gerade zu sehen</translation>
        </message>
        <message>
            <source>A routine prompt is on screen now</source>
            <translation>Eine Erinnerung an die Übungsfolge ist gerade zu sehen</translation>
        </message>
        <message>
            <source>Time to stand up</source>
            <translation>Zeit zum Aufstehen</translation>
        </message>
        <message>
            <source>No prompt planned (outside work hours or quiet hours)</source>
            <translation>Nichts geplant (außerhalb der Arbeitszeit oder Ruhezeit)</translation>
        </message>
        <message>
            <source>Time to stand up · {next}</source>
            <comment>{next}: squeeze in 5 min</comment>
            <translation>Zeit zum Aufstehen · {next}</translation>
        </message>
        <message>
            <source>Next: {next}</source>
            <comment>{next}: squeeze in 5 min</comment>
            <translation>Als Nächstes: {next}</translation>
        </message>
        <message>
            <source>Sitting time starts again from zero when you are back</source>
            <translation>Die Sitzzeit beginnt wieder bei null, wenn Sie zurück sind</translation>
        </message>
        <message>
            <source>Standing is not counted as sitting</source>
            <translation>Stehen zählt nicht als Sitzen</translation>
        </message>
        <message>
            <source>Today so far: not available (see the log)</source>
            <translation>Heute bisher: nicht verfügbar (siehe Protokoll)</translation>
        </message>
        <message numerus="yes">
            <source>%n break</source>
            <translation>
                <numerusform>%n Pause</numerusform>
                <numerusform>%n Pausen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n breaks</source>
            <translation>
                <numerusform>%n Pause</numerusform>
                <numerusform>%n Pausen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n squeeze</source>
            <translation>
                <numerusform>%n-mal angespannt</numerusform>
                <numerusform>%n-mal angespannt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n squeezes</source>
            <translation>
                <numerusform>%n-mal angespannt</numerusform>
                <numerusform>%n-mal angespannt</numerusform>
            </translation>
        </message>
        <message>
            <source>Today so far: {sitting} sitting · {breaks} · {squeezes}</source>
            <translation>Heute bisher: {sitting} Sitzen · {breaks} · {squeezes}</translation>
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message>
            <source>I'm standing</source>
            <translation>Ich stehe</translation>
        </message>
        <message>
            <source>✓ I'm standing</source>
            <translation>✓ Ich stehe</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Startet …</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sitting time towards the stand-up prompt</source>
            <translation>Sitzzeit bis zur Erinnerung aufzustehen</translation>
        </message>
        <message>
            <source>Today so far: …</source>
            <translation>Heute bisher: …</translation>
        </message>
        <message>
            <source>Today so far</source>
            <translation>Heute bisher</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Squeeze now</source>
            <translation>Jetzt anspannen</translation>
        </message>
        <message>
            <source>Stand up now</source>
            <translation>Jetzt aufstehen</translation>
        </message>
        <message>
            <source>I stood up</source>
            <translation>Ich bin aufgestanden</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Show prompts again</source>
            <translation>Erinnerungen wieder zeigen</translation>
        </message>
        <message>
            <source>Daily routine…</source>
            <translation>Tägliche Übungen …</translation>
        </message>
        <message>
            <source>Full routine…</source>
            <translation>Alle Übungen …</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen …</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>You are standing: click when you sit down again</source>
            <translation>Sie stehen: klicken Sie, wenn Sie sich wieder setzen</translation>
        </message>
        <message>
            <source>Click when you stand at a standing desk: standing is not counted as sitting</source>
            <translation>Klicken Sie, wenn Sie an einem Stehpult stehen: Stehen zählt nicht als Sitzen</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>verschoben</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>dismissed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>verpasst</translation>
        </message>
        <message>
            <source>showing now</source>
            <translation>wird gerade angezeigt</translation>
        </message>
        <message>
            <source>squeeze</source>
            <translation>Anspannen</translation>
        </message>
        <message>
            <source>stand-up</source>
            <translation>Aufstehen</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>prompted break</source>
            <translation>Pause nach Erinnerung</translation>
        </message>
        <message>
            <source>natural break</source>
            <translation>Pause von selbst</translation>
        </message>
        <message>
            <source>lock / suspend</source>
            <translation>Sperre / Ruhezustand</translation>
        </message>
        <message>
            <source>Squeeze prompt</source>
            <translation>Erinnerung zum Anspannen</translation>
        </message>
        <message>
            <source>Stand-up prompt</source>
            <translation>Erinnerung zum Aufstehen</translation>
        </message>
        <message>
            <source>Routine prompt</source>
            <translation>Erinnerung an die Routine</translation>
        </message>
        <message>
            <source>Prompted break</source>
            <translation>Pause nach Erinnerung</translation>
        </message>
        <message>
            <source>Natural break</source>
            <translation>Pause von selbst</translation>
        </message>
        <message>
            <source>Lock / suspend</source>
            <translation>Sperre / Ruhezustand</translation>
        </message>
        <message>
            <source>{count} {outcome}</source>
            <comment>2 missed</comment>
            <translation>{count} {outcome}</translation>
        </message>
        <message>
            <source>{prompt} at {time}: {outcome}</source>
            <comment>Squeeze prompt at 10:15: done</comment>
            <translation>{prompt} um {time}: {outcome}</translation>
        </message>
        <message numerus="yes">
            <source>%n prompts {first}–{last}: {breakdown}</source>
            <translation>
                <numerusform>%n Erinnerung {first}–{last}: {breakdown}</numerusform>
                <numerusform>%n Erinnerungen {first}–{last}: {breakdown}</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} {kind}: {outcome}</source>
            <comment>10:15 squeeze: done</comment>
            <translation>{time} {kind}: {outcome}</translation>
        </message>
        <message>
            <source>Standing {start}–{end} ({length})</source>
            <translation>Stehen {start}–{end} ({length})</translation>
        </message>
        <message>
            <source>Sitting since {start} ({length} so far)</source>
            <translation>Sitzen seit {start} (bisher {length})</translation>
        </message>
        <message>
            <source>Sitting {start}–{end} ({length}), over the stand-up limit</source>
            <translation>Sitzen {start}–{end} ({length}), über der Grenze zum Aufstehen</translation>
        </message>
        <message>
            <source>Sitting {start}–{end} ({length})</source>
            <translation>Sitzen {start}–{end} ({length})</translation>
        </message>
        <message>
            <source>{break} from {start}, a long one</source>
            <comment>Natural break from 17:30</comment>
            <translation>{break} ab {start} (lang)</translation>
        </message>
        <message>
            <source>{break} {start}–{end} ({length})</source>
            <translation>{break} {start}–{end} ({length})</translation>
        </message>
        <message>
            <source>Nothing recorded on this day.</source>
            <translation>An diesem Tag wurde nichts erfasst.</translation>
        </message>
        <message numerus="yes">
            <source>%n sitting bout from {first} to {last}, the longest {longest}</source>
            <translation>
                <numerusform>%n Sitzphase von {first} bis {last}, die längste {longest}</numerusform>
                <numerusform>%n Sitzphasen von {first} bis {last}, die längste {longest}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sitting bouts from {first} to {last}, the longest {longest}</source>
            <translation>
                <numerusform>%n Sitzphase von {first} bis {last}, die längste {longest}</numerusform>
                <numerusform>%n Sitzphasen von {first} bis {last}, die längste {longest}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n over the stand-up limit</source>
            <translation>
                <numerusform>; davon %n über der Grenze zum Aufstehen</numerusform>
                <numerusform>; davon %n über der Grenze zum Aufstehen</numerusform>
            </translation>
        </message>
        <message>
            <source>Standing {time}.</source>
            <translation>Stehen {time}.</translation>
        </message>
        <message numerus="yes">
            <source>%n break.</source>
            <translation>
                <numerusform>%n Pause.</numerusform>
                <numerusform>%n Pausen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n breaks.</source>
            <translation>
                <numerusform>%n Pause.</numerusform>
                <numerusform>%n Pausen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prompt: {breakdown}.</source>
            <translation>
                <numerusform>%n Erinnerung: {breakdown}.</numerusform>
                <numerusform>%n Erinnerungen: {breakdown}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prompts: {breakdown}.</source>
            <translation>
                <numerusform>%n Erinnerung: {breakdown}.</numerusform>
                <numerusform>%n Erinnerungen: {breakdown}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <source>Timeline of the day</source>
            <translation>Zeitleiste des Tages</translation>
        </message>
        <message>
            <source>sitting</source>
            <translation>Sitzen</translation>
        </message>
        <message>
            <source>over the limit</source>
            <translation>über der Grenze</translation>
        </message>
        <message>
            <source>standing</source>
            <translation>Stehen</translation>
        </message>
        <message>
            <source>prompt %1</source>
            <translation>Erinnerung %1</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Pause for 30 min</source>
            <translation>30 Min. pausieren</translation>
        </message>
        <message>
            <source>Pause for 1 h</source>
            <translation>1 Std. pausieren</translation>
        </message>
        <message>
            <source>Pause until tomorrow</source>
            <translation>Bis morgen pausieren</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <source>Edit settings file</source>
            <translation>Einstellungsdatei bearbeiten</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Startet …</translation>
        </message>
        <message>
            <source>I stood up</source>
            <translation>Ich bin aufgestanden</translation>
        </message>
        <message>
            <source>Squeeze now</source>
            <translation>Jetzt anspannen</translation>
        </message>
        <message>
            <source>Stand up now</source>
            <translation>Jetzt aufstehen</translation>
        </message>
        <message>
            <source>I'm standing</source>
            <translation>Ich stehe</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Daily routine…</source>
            <translation>Tägliche Übungen …</translation>
        </message>
        <message>
            <source>Full routine…</source>
            <translation>Alle Übungen …</translation>
        </message>
        <message>
            <source>Today's stats…</source>
            <translation>Heutige Statistik …</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen …</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>{weekday} {time}</source>
            <comment>Tue 09:00</comment>
            <translation>{weekday} {time}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWindow</name>
        <message>
            <source>Sitbreak counts how long you sit without a break, from your keyboard and mouse activity. It reminds you to squeeze your glutes now and then and to stand up before you have sat too long, and it shows a short glute routine to do once a day. Everything stays on this computer.</source>
            <translation>Sitbreak misst anhand Ihrer Tastatur- und Mausaktivität, wie lange Sie ohne Pause sitzen. Es erinnert Sie, ab und zu die Gesäßmuskeln anzuspannen und aufzustehen, bevor Sie zu lange gesessen haben, und es zeigt ein kurzes Übungsprogramm für die Gesäßmuskeln, einmal am Tag. Alles bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>Sitbreak lives in the system tray, in a corner of your panel: the round icon with a seated figure. Its ring fills as you sit. Click it to see how long you have been sitting; right-click it for the menu.</source>
            <translation>Sitbreak wohnt im Systembereich, in einer Ecke Ihrer Leiste: das runde Symbol mit einer sitzenden Figur. Sein Ring füllt sich, während Sie sitzen. Klicken Sie darauf, um zu sehen, wie lange Sie schon sitzen; mit einem Rechtsklick öffnen Sie das Menü.</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so a small Sitbreak window stands in for the icon. Minimise it when you like; closing it does not stop Sitbreak.</source>
            <translation>Dieser Desktop hat keinen Systembereich, daher vertritt ein kleines Sitbreak-Fenster das Symbol. Minimieren Sie es nach Belieben; Schließen beendet Sitbreak nicht.</translation>
        </message>
        <message>
            <source>(the default)</source>
            <translation>(Standardwert)</translation>
        </message>
        <message>
            <source>(default %1)</source>
            <translation>(Standard: %1)</translation>
        </message>
        <message>
            <source>Squeeze reminder</source>
            <translation>Anspannen</translation>
        </message>
        <message>
            <source>every %1 of sitting %2</source>
            <translation>alle %1 Sitzen %2</translation>
        </message>
        <message>
            <source>Stand-up reminder</source>
            <translation>Aufstehen</translation>
        </message>
        <message>
            <source>after %1 of sitting %2</source>
            <translation>nach %1 Sitzen %2</translation>
        </message>
        <message>
            <source>A break</source>
            <translation>Eine Pause</translation>
        </message>
        <message>
            <source>after %1 without keyboard or mouse input %2</source>
            <translation>nach %1 ohne Tastatur- oder Mauseingabe %2</translation>
        </message>
        <message>
            <source>Welcome to Sitbreak</source>
            <translation>Willkommen bei Sitbreak</translation>
        </message>
        <message>
            <source>Three settings shape it:</source>
            <translation>Drei Einstellungen bestimmen es:</translation>
        </message>
        <message>
            <source>The Sitbreak tray icon</source>
            <translation>Das Sitbreak-Symbol im Systembereich</translation>
        </message>
        <message>
            <source>Open settings…</source>
            <translation>Einstellungen öffnen …</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Los geht's</translation>
        </message>
    </context>
    <context>
        <name>Windows</name>
        <message>
            <source>Sitbreak settings</source>
            <translation>Sitbreak-Einstellungen</translation>
        </message>
        <message>
            <source>The settings dialog could not be started; use Advanced &gt; Edit settings file.</source>
            <translation>Der Einstellungsdialog konnte nicht gestartet werden; verwenden Sie Erweitert &gt; Einstellungsdatei bearbeiten.</translation>
        </message>
        <message>
            <source>Sitbreak: some exercises could not be loaded</source>
            <translation>Sitbreak: einige Übungen konnten nicht geladen werden</translation>
        </message>
        <message>
            <source>the routine choice is open; pick one or close it</source>
            <translation>die Auswahl des Übungsprogramms ist offen; wählen Sie eines oder schließen Sie sie</translation>
        </message>
        <message>
            <source>another routine is still open; finish or close it first</source>
            <translation>ein anderes Übungsprogramm ist noch offen; beenden oder schließen Sie es zuerst</translation>
        </message>
        <message>
            <source>the %1 routine is still open; finish or close it first</source>
            <translation>das Übungsprogramm „%1“ ist noch offen; beenden oder schließen Sie es zuerst</translation>
        </message>
        <message>
            <source>Glute routine</source>
            <translation>Gesäß-Übungsprogramm</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>folgende Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit Argument %s erlaubt</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist nötig</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>erwartet ein Argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>erwartet höchstens ein Argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>erwartet mindestens ein Argument</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ausdrücklich angegebenes Argument %r ignoriert</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>{prog}: error: {message}</source>
            <translation>{prog}: Fehler: {message}</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>App</name>
        <message>
            <source>Not now: %1.</source>
            <translation>Jetzt nicht: %1.</translation>
        </message>
        <message>
            <source>Sitbreak settings</source>
            <translation>Sitbreak-Einstellungen</translation>
        </message>
        <message>
            <source>Sitbreak: check your settings</source>
            <translation>Sitbreak: bitte Einstellungen prüfen</translation>
        </message>
        <message>
            <source>%1 The settings in use stay as they were.</source>
            <translation>%1 Die verwendeten Einstellungen bleiben, wie sie waren.</translation>
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
            <source>Autostart could not be changed: %1</source>
            <translation>Der automatische Start konnte nicht geändert werden: %1</translation>
        </message>
        <message>
            <source>The database is locked by another program.</source>
            <translation>Die Datenbank ist von einem anderen Programm gesperrt.</translation>
        </message>
        <message>
            <source>Sitbreak: data not saved</source>
            <translation>Sitbreak: Daten nicht gespeichert</translation>
        </message>
        <message>
            <source>Sitbreak: not saving yet</source>
            <translation>Sitbreak: speichert noch nicht</translation>
        </message>
        <message>
            <source>The database %1 is locked by another program. Sitbreak tracks as usual and saves once the lock is gone.</source>
            <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt. Sitbreak erfasst wie gewohnt und speichert, sobald die Sperre aufgehoben ist.</translation>
        </message>
        <message>
            <source>Sitbreak started a new database</source>
            <translation>Sitbreak hat eine neue Datenbank angelegt</translation>
        </message>
        <message>
            <source>The old database could not be read; it was kept as %1.</source>
            <translation>Die alte Datenbank konnte nicht gelesen werden; sie wurde als %1 aufbewahrt.</translation>
        </message>
        <message>
            <source>another Sitbreak holds the lock but does not answer: %1</source>
            <translation>ein anderes Sitbreak hält die Sperre, antwortet aber nicht: %1</translation>
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
            <source>Read idle time every</source>
            <translation>Leerlauf prüfen alle</translation>
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
            <source>How often idle time is read while you are at the desk.</source>
            <translation>Wie oft die Leerlaufzeit gelesen wird, während Sie am Schreibtisch sind.</translation>
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
            <translation>Wie Erinnerungen erscheinen: "window" (das Erinnerungsfenster), "notification" (Desktop-Benachrichtigungen mit Schaltflächen) oder "auto" (das Fenster unter X11 mit Systembereich, Windows und macOS; Benachrichtigungen unter Wayland und überall ohne Systembereich).</translation>
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
            <translation>Die Sprache der Fenster und Meldungen von Sitbreak; leer folgt dem System. Gilt ab dem nächsten Start.</translation>
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
            <source>Sitbreak · Sitting stats</source>
            <translation>Sitbreak · Sitzstatistik</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <name>Desk</name>
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
            <translation>{prompted} nach Erinnerung · {natural} von selbst · {lock} Sperre</translation>
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
        <name>Weekday</name>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>{weekday} {time}</source>
            <comment>Tue 09:00</comment>
            <translation>{weekday} {time}</translation>
        </message>
    </context>
</TS>

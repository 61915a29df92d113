<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>HistoryChart</name>
        <message>
            <source>%1: nothing recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 sitting, longest bout %3
%4 · %5 · %6</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n break(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n squeeze(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s): nothing recorded.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1, %2 with sitting recorded. Most sitting on %3: %4. %5 over the goal of %6.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sitting per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goal
%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HourChart</name>
        <message>
            <source>Sitting per hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most sitting in the hour from %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sitting recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting per hour (a full bar is 60 min)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptWindow</name>
        <message>
            <source>Dismiss (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time left before the prompt closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closes in %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoutineWindow</name>
        <message>
            <source>Get ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mini band just above the knees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mini band around the ankles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mini band around the legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to the left side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to the right side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: set %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next up. Get into the start position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get into the start position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rep %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No equipment needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mini band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: exercise %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About %1 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine complete. Well done!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises completed: %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reps done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sets done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: about %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 each</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>at their own dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the start position: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holding at the top of the movement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowering slowly back to the start position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resting in the start position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, left side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, right side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the routine?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the routine now? What you have done so far is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which routine today?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab moves between them, Return starts one, Esc closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused. Press Space to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous exercise (Left arrow)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next exercise (Right arrow)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demonstration figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingEditor</name>
        <message>
            <source>Auto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mono</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On, at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On, from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The start and the end are the same time: the range would be empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not disturb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A break after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read idle time every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Squeeze reminder every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand-up reminder after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent after snoozes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close an unanswered prompt after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show prompts as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chime with a prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiet hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer the daily routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tones during the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily sitting goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start when you log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tray icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not over full-screen windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not during calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not while the screen is shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the desktop's do not disturb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a hold, wait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitbreak settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit settings file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore all defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the values on this page back to their defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitbreak does not overwrite it, so nothing in it is lost. Open it in an editor and fix it, then open Settings again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in editor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the value marked in red first; nothing is saved until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. Sitbreak uses the new settings now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language is used from the next start of Sitbreak.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsFileOpener</name>
        <message>
            <source>Sitbreak applies your changes when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file %1 opens in your editor. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened %1 with %2. %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No editor could be opened. The settings file is %1: open it in any text editor. %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsSchema</name>
        <message>
            <source>%1 is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2; allowed is %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a time like 07:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is past 24:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a range like 08:00-18:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot start at 24:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is an empty range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list of days from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a list of day names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown day %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a prompt style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"" (the system's language) or one of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a language Sitbreak speaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a time like "17:30", or "" for off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>24:00 is not a time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a range like "22:00-07:00", or "" for off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a range like "08:00-18:00"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds without keyboard or mouse input after which you count as away; the break starts at your last input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often idle time is read while you are at the desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of continuous sitting between squeeze prompts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of continuous sitting before the stand-up prompt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long Snooze postpones a prompt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From this many snoozes of one prompt on, snoozes are halved and the prompt is marked urgent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A prompt left unanswered this long closes itself and counts as missed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How prompts appear: "window" (the prompt window), "notification" (desktop notifications with buttons) or "auto" (the window on X11 with a tray, Windows and macOS; notifications on Wayland and wherever there is no tray).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play a soft chime when a prompt appears.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days on which prompts are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours of the day in which prompts are shown (local time).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours in which no prompt is shown even on a work day; may wrap midnight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local time to offer the daily glute routine, or empty for never.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short tones on each phase change and rep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your goal for the most sitting in a day; drawn as a line in the history chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Sitbreak when you log in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tray icon: a coloured disc, or one colour (the panel's text colour) for panels of monochrome icons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of Sitbreak's windows and messages; empty follows the system. Takes effect at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold prompts back while the focused window is full screen (a talk, a film, a game).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold prompts back while an application uses the microphone or the camera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold prompts back while the screen is shared or recorded (where the desktop tells).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold prompts back while the desktop's own do not disturb (or focus mode) is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds to wait after the last hold ends before the prompt that fell due is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file is version %1, newer than this Sitbreak understands (%2); keys it knows are used, the file is left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown section [%1] is ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2; allowed is %3. Using the default %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[%1] must be a table; ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key [%1] %2 is ignored.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatsWindow</name>
        <message>
            <source>Today · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest bout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Squeezes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitbreak · Sitting stats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Click a day to see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bars: sitting per day (orange: over the goal) · line across a bar: longest bout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot show the stats: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message>
            <source>I'm standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ I'm standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting time towards the stand-up prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today so far: …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Squeeze now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I stood up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show prompts again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily routine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full routine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are standing: click when you sit down again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click when you stand at a standing desk: standing is not counted as sitting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <source>Timeline of the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sitting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>over the limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prompt %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Pause for 30 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause for 1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause until tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit settings file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I stood up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Squeeze now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I'm standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily routine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full routine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's stats…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeWindow</name>
        <message>
            <source>Sitbreak counts how long you sit without a break, from your keyboard and mouse activity. It reminds you to squeeze your glutes now and then and to stand up before you have sat too long, and it shows a short glute routine to do once a day. Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitbreak lives in the system tray, in a corner of your panel: the round icon with a seated figure. Its ring fills as you sit. Click it to see how long you have been sitting; right-click it for the menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This desktop has no system tray, so a small Sitbreak window stands in for the icon. Minimise it when you like; closing it does not stop Sitbreak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(default %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Squeeze reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every %1 of sitting %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand-up reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after %1 of sitting %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after %1 without keyboard or mouse input %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Sitbreak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three settings shape it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Sitbreak tray icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Windows</name>
        <message>
            <source>Sitbreak settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings dialog could not be started; use Advanced &gt; Edit settings file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitbreak: some exercises could not be loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the routine choice is open; pick one or close it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another routine is still open; finish or close it first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the %1 routine is still open; finish or close it first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glute routine</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

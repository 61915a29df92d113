<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
</TS>

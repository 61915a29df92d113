"""The settings schema: every key, its default, its allowed values, and validation.

Reading and writing the TOML file lives in storage/settings_file.py; this module only
turns a parsed mapping into typed Settings plus a list of problems, one per bad key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from sitbreak.core.prompt_channel import PromptStyle

SETTINGS_VERSION = 1
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# The languages Sitbreak speaks: English (the source) and each resources/translations
# sitbreak_xx.ts (tests/test_translations.py keeps the two lists equal).
LANGUAGES = ("en", "de")
_HHMM = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")


@dataclass(frozen=True)
class TimeRange:
    """A daily window such as 08:00-18:00; it may wrap past midnight (22:00-07:00)."""

    start: time
    end: time | None  # None means 24:00

    def contains(self, moment: time) -> bool:
        end = self.end
        if end is None:
            return moment >= self.start
        if self.start <= end:
            return self.start <= moment < end
        return moment >= self.start or moment < end

    def __str__(self) -> str:
        end = "24:00" if self.end is None else self.end.strftime("%H:%M")
        return f"{self.start.strftime('%H:%M')}-{end}"


def parse_hhmm(text: str) -> time | None:
    """'07:30' -> time(7, 30); '24:00' -> None (end of day). Raises ValueError otherwise."""
    match = _HHMM.match(text.strip())
    if not match:
        raise ValueError(
            fill(translate("SettingsSchema", "%1 is not a time like 07:30"), repr(text))
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour == 24:
        if minute:
            raise ValueError(fill(translate("SettingsSchema", "%1 is past 24:00"), repr(text)))
        return None
    return time(hour, minute)


def parse_time_range(text: str) -> TimeRange:
    parts = text.split("-")
    if len(parts) != 2:
        raise ValueError(
            fill(translate("SettingsSchema", "%1 is not a range like 08:00-18:00"), repr(text))
        )
    start = parse_hhmm(parts[0])
    if start is None:
        raise ValueError(fill(translate("SettingsSchema", "%1 cannot start at 24:00"), repr(text)))
    end = parse_hhmm(parts[1])
    if end == start:
        raise ValueError(fill(translate("SettingsSchema", "%1 is an empty range"), repr(text)))
    return TimeRange(start, end)


@dataclass(frozen=True)
class TrackingSettings:
    away_after_seconds: int = 300
    sample_seconds: int = 5


@dataclass(frozen=True)
class PromptSettings:
    squeeze_every_minutes: int = 20
    stand_after_minutes: int = 45
    snooze_minutes: int = 5
    escalate_after_snoozes: int = 3
    timeout_seconds: int = 120
    style: str = "auto"  # a PromptStyle value: "auto", "window" or "notification"
    chime: bool = False


@dataclass(frozen=True)
class ScheduleSettings:
    work_days: tuple[str, ...] = DAY_NAMES
    work_hours: TimeRange = field(default_factory=lambda: parse_time_range("00:00-24:00"))
    quiet_hours: TimeRange | None = None


@dataclass(frozen=True)
class RoutineSettings:
    daily_time: time | None = None
    sound: bool = True


@dataclass(frozen=True)
class StatsSettings:
    daily_sitting_goal_minutes: int = 360


@dataclass(frozen=True)
class AppSettings:
    autostart: bool = False
    tray_icon: str = "colour"
    language: str = ""  # "" follows the system; else one of LANGUAGES


@dataclass(frozen=True)
class RespectSettings:
    """Which holds keep prompts back (do not disturb), and the grace after a hold ends."""

    fullscreen: bool = True
    calls: bool = True
    screen_sharing: bool = True
    desktop_dnd: bool = True
    grace_seconds: int = 30


@dataclass(frozen=True)
class Settings:
    tracking: TrackingSettings = field(default_factory=TrackingSettings)
    prompts: PromptSettings = field(default_factory=PromptSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    routine: RoutineSettings = field(default_factory=RoutineSettings)
    stats: StatsSettings = field(default_factory=StatsSettings)
    app: AppSettings = field(default_factory=AppSettings)
    respect: RespectSettings = field(default_factory=RespectSettings)


class ValueType:
    """What one kind of key accepts, and how its value is read and written.

    `parse` turns a raw TOML value into the typed value or raises ValueError with the
    reason; `to_toml` is the plain value TOML stores; `format` is how the value reads in
    the file; `allowed` says in words what is accepted."""

    def allowed(self) -> str:
        raise NotImplementedError

    def parse(self, raw: Any) -> Any:
        raise NotImplementedError

    def to_toml(self, value: Any) -> Any:
        return value

    def format(self, value: Any) -> str:
        raw = self.to_toml(value)
        return f'"{raw}"' if isinstance(raw, str) else str(raw)


@dataclass(frozen=True)
class WholeNumber(ValueType):
    minimum: int
    maximum: int

    def allowed(self) -> str:
        return fill(
            translate("SettingsSchema", "a whole number from %1 to %2"), self.minimum, self.maximum
        )

    def parse(self, raw: Any) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueError(
                fill(translate("SettingsSchema", "%1 is not a whole number"), repr(raw))
            )
        if not self.minimum <= raw <= self.maximum:
            raise ValueError(fill(translate("SettingsSchema", "%1 is out of range"), raw))
        return raw


class Switch(ValueType):
    def allowed(self) -> str:
        return translate("SettingsSchema", "true or false")

    def parse(self, raw: Any) -> bool:
        if not isinstance(raw, bool):
            raise ValueError(
                fill(translate("SettingsSchema", "%1 is not true or false"), repr(raw))
            )
        return raw

    def format(self, value: Any) -> str:
        return "true" if value else "false"


class Days(ValueType):
    def allowed(self) -> str:
        return fill(translate("SettingsSchema", "a list of days from %1"), ", ".join(DAY_NAMES))

    def parse(self, raw: Any) -> tuple[str, ...]:
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise ValueError(
                fill(translate("SettingsSchema", "%1 is not a list of day names"), repr(raw))
            )
        days = [v.strip().lower()[:3] for v in raw]
        unknown = [v for v, d in zip(raw, days, strict=True) if d not in DAY_NAMES]
        if unknown:
            raise ValueError(fill(translate("SettingsSchema", "unknown day %1"), repr(unknown[0])))
        return tuple(d for d in DAY_NAMES if d in days)

    def to_toml(self, value: Any) -> list[str]:
        return list(value)

    def format(self, value: Any) -> str:
        return "[" + ", ".join(f'"{d}"' for d in value) + "]"


class PromptStyleChoice(ValueType):
    """`[prompts] style`. An older file's `notifications_only` switch reads as a style:
    true is "notification", false "auto"."""

    def allowed(self) -> str:
        styles = ", ".join(f'"{style.value}"' for style in PromptStyle)
        return fill(translate("SettingsSchema", "one of %1"), styles)

    def parse(self, raw: Any) -> str:
        if isinstance(raw, bool):  # notifications_only = true / false
            return (PromptStyle.NOTIFICATION if raw else PromptStyle.AUTO).value
        if not isinstance(raw, str) or raw not in {style.value for style in PromptStyle}:
            raise ValueError(
                fill(translate("SettingsSchema", "%1 is not a prompt style"), repr(raw))
            )
        return raw


@dataclass(frozen=True)
class Choice(ValueType):
    """One of a few words."""

    choices: tuple[str, ...]

    def allowed(self) -> str:
        return fill(
            translate("SettingsSchema", "one of %1"), ", ".join(f'"{c}"' for c in self.choices)
        )

    def parse(self, raw: Any) -> str:
        if raw not in self.choices:
            raise ValueError(fill(translate("SettingsSchema", "%1 is not a choice"), repr(raw)))
        return str(raw)


class Language(ValueType):
    """`[app] language`: "" for the system's language, or a language Sitbreak ships."""

    def allowed(self) -> str:
        languages = ", ".join(f'"{c}"' for c in LANGUAGES)
        return fill(
            translate("SettingsSchema", '"" (the system\'s language) or one of %1'), languages
        )

    def parse(self, raw: Any) -> str:
        if not isinstance(raw, str) or raw.strip().lower() not in ("", *LANGUAGES):
            raise ValueError(
                fill(translate("SettingsSchema", "%1 is not a language Sitbreak speaks"), repr(raw))
            )
        return raw.strip().lower()


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError(fill(translate("SettingsSchema", "%1 is not text"), repr(raw)))
    return raw


class TimeOfDay(ValueType):
    """A local time like "17:30", or "" for off (None)."""

    def allowed(self) -> str:
        return translate("SettingsSchema", 'a time like "17:30", or "" for off')

    def parse(self, raw: Any) -> time | None:
        text = _text(raw)
        if not text.strip():
            return None
        parsed = parse_hhmm(text)
        if parsed is None:
            raise ValueError(translate("SettingsSchema", "24:00 is not a time of day"))
        return parsed

    def to_toml(self, value: Any) -> str:
        return "" if value is None else str(value.strftime("%H:%M"))


@dataclass(frozen=True)
class DailyRange(ValueType):
    """A daily range like "08:00-18:00"; `optional`: "" means off (None)."""

    optional: bool = False

    def allowed(self) -> str:
        if self.optional:
            return translate("SettingsSchema", 'a range like "22:00-07:00", or "" for off')
        return translate("SettingsSchema", 'a range like "08:00-18:00"')

    def parse(self, raw: Any) -> TimeRange | None:
        text = _text(raw)
        if self.optional and not text.strip():
            return None
        return parse_time_range(text)

    def to_toml(self, value: Any) -> str:
        return "" if value is None else str(value)


@dataclass(frozen=True)
class SettingKey:
    """One key of the file: where it lives, what it accepts, what it means.

    `field` is the attribute of the section's settings (the key's name unless it was
    renamed); `renamed_from` lists the names the key had before ("old_name" in the same
    section, or "section.old_name"), so a rename never breaks a user's file."""

    section: str
    name: str
    type: ValueType
    help: str
    renamed_from: tuple[str, ...] = ()
    field: str = ""

    @property
    def attribute(self) -> str:
        return self.field or self.name

    @property
    def label(self) -> str:
        return f"[{self.section}] {self.name}"

    def allowed(self) -> str:
        return self.type.allowed()

    def explanation(self) -> str:
        """The one-line help in the user's language."""
        return translate("SettingsSchema", self.help)

    def old_places(self) -> list[tuple[str, str]]:
        """(section, name) of each former name."""
        places = []
        for old in self.renamed_from:
            section, _, name = old.rpartition(".")
            places.append((section or self.section, name))
        return places


SCHEMA: tuple[SettingKey, ...] = (
    SettingKey(
        "tracking",
        "away_after_seconds",
        WholeNumber(30, 7200),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Seconds without keyboard or mouse input after which you count as away; "
            "the break starts at your last input.",
        ),
    ),
    SettingKey(
        "tracking",
        "sample_seconds",
        WholeNumber(1, 60),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Shortest wait in seconds between idle-time readings where the system must be asked"
            " (Windows, macOS, X11 without XSync); X11 XSync, GNOME and Wayland tell Sitbreak.",
        ),
    ),
    SettingKey(
        "prompts",
        "squeeze_every_minutes",
        WholeNumber(1, 240),
        QT_TRANSLATE_NOOP(
            "SettingsSchema", "Minutes of continuous sitting between squeeze prompts."
        ),
    ),
    SettingKey(
        "prompts",
        "stand_after_minutes",
        WholeNumber(1, 480),
        QT_TRANSLATE_NOOP(
            "SettingsSchema", "Minutes of continuous sitting before the stand-up prompt."
        ),
    ),
    SettingKey(
        "prompts",
        "snooze_minutes",
        WholeNumber(1, 120),
        QT_TRANSLATE_NOOP("SettingsSchema", "How long Snooze postpones a prompt."),
    ),
    SettingKey(
        "prompts",
        "escalate_after_snoozes",
        WholeNumber(1, 10),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "From this many snoozes of one prompt on, snoozes are halved and the prompt "
            "is marked urgent.",
        ),
    ),
    SettingKey(
        "prompts",
        "timeout_seconds",
        WholeNumber(10, 3600),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "A prompt left unanswered this long closes itself and counts as missed.",
        ),
    ),
    SettingKey(
        "prompts",
        "style",
        PromptStyleChoice(),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            'How prompts appear: "window" (the prompt window), "notification" (desktop '
            'notifications with buttons) or "auto" (the window on X11 with a tray, Windows and '
            "macOS; notifications on Wayland and wherever there is no tray).",
        ),
        renamed_from=("notifications_only",),
    ),
    SettingKey(
        "prompts",
        "chime",
        Switch(),
        QT_TRANSLATE_NOOP("SettingsSchema", "Play a soft chime when a prompt appears."),
    ),
    SettingKey(
        "schedule",
        "work_days",
        Days(),
        QT_TRANSLATE_NOOP("SettingsSchema", "Days on which prompts are shown."),
    ),
    SettingKey(
        "schedule",
        "work_hours",
        DailyRange(),
        QT_TRANSLATE_NOOP(
            "SettingsSchema", "Hours of the day in which prompts are shown (local time)."
        ),
    ),
    SettingKey(
        "schedule",
        "quiet_hours",
        DailyRange(optional=True),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Hours in which no prompt is shown even on a work day; may wrap midnight.",
        ),
    ),
    SettingKey(
        "routine",
        "daily_time",
        TimeOfDay(),
        QT_TRANSLATE_NOOP(
            "SettingsSchema", "Local time to offer the daily glute routine, or empty for never."
        ),
    ),
    SettingKey(
        "routine",
        "sound",
        Switch(),
        QT_TRANSLATE_NOOP("SettingsSchema", "Short tones on each phase change and rep."),
    ),
    SettingKey(
        "stats",
        "daily_sitting_goal_minutes",
        WholeNumber(30, 1440),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Your goal for the most sitting in a day; drawn as a line in the history chart.",
        ),
    ),
    SettingKey(
        "app",
        "autostart",
        Switch(),
        QT_TRANSLATE_NOOP("SettingsSchema", "Start Sitbreak when you log in."),
    ),
    SettingKey(
        "app",
        "tray_icon",
        Choice(("colour", "mono")),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "The tray icon: a coloured disc, or one colour (the panel's text colour) for "
            "panels of monochrome icons.",
        ),
    ),
    SettingKey(
        "app",
        "language",
        Language(),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "The language of Sitbreak's windows and messages; empty follows the system. "
            "Takes effect at the next start.",
        ),
    ),
    SettingKey(
        "respect",
        "fullscreen",
        Switch(),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Hold prompts back while the focused window is full screen (a talk, a film, a game).",
        ),
    ),
    SettingKey(
        "respect",
        "calls",
        Switch(),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Hold prompts back while an application uses the microphone or the camera.",
        ),
    ),
    SettingKey(
        "respect",
        "screen_sharing",
        Switch(),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Hold prompts back while the screen is shared or recorded (where the desktop tells).",
        ),
    ),
    SettingKey(
        "respect",
        "desktop_dnd",
        Switch(),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Hold prompts back while the desktop's own do not disturb (or focus mode) is on.",
        ),
    ),
    SettingKey(
        "respect",
        "grace_seconds",
        WholeNumber(0, 600),
        QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Seconds to wait after the last hold ends before the prompt that fell due is shown.",
        ),
    ),
)


@dataclass(frozen=True)
class SettingsProblem:
    key: str  # "[prompts] snooze_minutes", or "" for the file as a whole
    message: str

    def __str__(self) -> str:
        return self.message


def _raw_value(key: SettingKey, data: Mapping[str, Any]) -> tuple[bool, Any]:
    """Whether the file sets this key, and its raw value: under its name, or else under
    the newest former name found."""
    for section, name in [(key.section, key.name), *key.old_places()]:
        table = data.get(section, {})
        if isinstance(table, Mapping) and name in table:
            return True, table[name]
    return False, None


def settings_from_mapping(
    data: Mapping[str, Any], schema: tuple[SettingKey, ...] = SCHEMA
) -> tuple[Settings, list[SettingsProblem]]:
    """Typed settings from a parsed file. A bad key gets its default and a problem naming it."""
    problems: list[SettingsProblem] = []
    settings = Settings()
    version = data.get("version", SETTINGS_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > SETTINGS_VERSION:
        problems.append(
            SettingsProblem(
                "version",
                fill(
                    translate(
                        "SettingsSchema",
                        "The settings file is version %1, newer than this Sitbreak understands "
                        "(%2); keys it knows are used, the file is left as it is.",
                    ),
                    version,
                    SETTINGS_VERSION,
                ),
            )
        )
    known_sections = {k.section for k in schema}
    for section in data:
        if section != "version" and section not in known_sections:
            text = fill(translate("SettingsSchema", "Unknown section [%1] is ignored."), section)
            problems.append(SettingsProblem(section, text))
    for key in schema:
        present, raw = _raw_value(key, data)
        if not present:
            continue
        group = getattr(settings, key.section)
        try:
            value = key.type.parse(raw)
        except ValueError as error:
            default = key.type.format(getattr(group, key.attribute))
            problems.append(
                SettingsProblem(
                    key.label,
                    fill(
                        translate("SettingsSchema", "%1: %2; allowed is %3. Using the default %4."),
                        key.label,
                        error,
                        key.allowed(),
                        default,
                    ),
                )
            )
            continue
        group = replace(group, **{key.attribute: value})
        settings = replace(settings, **{key.section: group})
    known = {(k.section, k.name) for k in schema} | {p for k in schema for p in k.old_places()}
    for section in sorted(known_sections):
        raw_section = data.get(section, {})
        if not isinstance(raw_section, Mapping):
            text = fill(translate("SettingsSchema", "[%1] must be a table; ignored."), section)
            problems.append(SettingsProblem(section, text))
            continue
        problems.extend(
            SettingsProblem(
                f"[{section}] {name}",
                fill(translate("SettingsSchema", "Unknown key [%1] %2 is ignored."), section, name),
            )
            for name in raw_section
            if (section, name) not in known
        )
    return settings, problems


def format_value(key: SettingKey, value: Any) -> str:
    """A value as it is written in the TOML file."""
    return key.type.format(value)


def settings_to_mapping(
    settings: Settings, schema: tuple[SettingKey, ...] = SCHEMA
) -> dict[str, Any]:
    """The plain mapping written to TOML (the inverse of settings_from_mapping)."""
    out: dict[str, Any] = {"version": SETTINGS_VERSION}
    for key in schema:
        value = getattr(getattr(settings, key.section), key.attribute)
        out.setdefault(key.section, {})[key.name] = key.type.to_toml(value)
    return out


def settings_template(
    settings: Settings | None = None, schema: tuple[SettingKey, ...] = SCHEMA
) -> str:
    """The commented settings file written on first start."""
    settings = settings or Settings()
    lines = [
        "# "
        + translate(
            "SettingsSchema", "Sitbreak settings. Edit and save: the running app reloads this file."
        ),
        "# "
        + translate(
            "SettingsSchema",
            "A bad value is reported and its default used; this file is never rewritten.",
        ),
        f"version = {SETTINGS_VERSION}",
    ]
    section = ""
    # One table per section, in the order sections first appear (a second [app] table
    # would make the file invalid TOML).
    first = {k.section: i for i, k in reversed(list(enumerate(schema)))}
    for key in sorted(schema, key=lambda k: first[k.section]):
        if key.section != section:
            section = key.section
            lines += ["", f"[{section}]"]
        value = getattr(getattr(settings, key.section), key.attribute)
        lines.append(f"# {key.explanation()} ({key.allowed()})")
        lines.append(f"{key.name} = {key.type.format(value)}")
    return "\n".join(lines) + "\n"

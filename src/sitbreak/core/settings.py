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

SETTINGS_VERSION = 1
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
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
        raise ValueError(f"{text!r} is not a time like 07:30")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour == 24:
        if minute:
            raise ValueError(f"{text!r} is past 24:00")
        return None
    return time(hour, minute)


def parse_time_range(text: str) -> TimeRange:
    parts = text.split("-")
    if len(parts) != 2:
        raise ValueError(f"{text!r} is not a range like 08:00-18:00")
    start = parse_hhmm(parts[0])
    if start is None:
        raise ValueError(f"{text!r} cannot start at 24:00")
    end = parse_hhmm(parts[1])
    if end == start:
        raise ValueError(f"{text!r} is an empty range")
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
    notifications_only: bool = False
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


@dataclass(frozen=True)
class Settings:
    tracking: TrackingSettings = field(default_factory=TrackingSettings)
    prompts: PromptSettings = field(default_factory=PromptSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    routine: RoutineSettings = field(default_factory=RoutineSettings)
    stats: StatsSettings = field(default_factory=StatsSettings)
    app: AppSettings = field(default_factory=AppSettings)


@dataclass(frozen=True)
class SettingKey:
    """One key of the file: where it lives, what it accepts, what it means."""

    section: str
    name: str
    kind: str  # "int", "bool", "days", "time", "time_range", "optional_time_range"
    help: str
    minimum: int | None = None
    maximum: int | None = None

    @property
    def label(self) -> str:
        return f"[{self.section}] {self.name}"

    def allowed(self) -> str:
        if self.kind == "int":
            return f"a whole number from {self.minimum} to {self.maximum}"
        return {
            "bool": "true or false",
            "days": f"a list of days from {', '.join(DAY_NAMES)}",
            "time": 'a time like "17:30", or "" for off',
            "time_range": 'a range like "08:00-18:00"',
            "optional_time_range": 'a range like "22:00-07:00", or "" for off',
        }[self.kind]


SCHEMA: tuple[SettingKey, ...] = (
    SettingKey(
        "tracking",
        "away_after_seconds",
        "int",
        "Seconds without keyboard or mouse input after which you count as away; "
        "the break starts at your last input.",
        30,
        7200,
    ),
    SettingKey(
        "tracking",
        "sample_seconds",
        "int",
        "How often idle time is read while you are at the desk.",
        1,
        60,
    ),
    SettingKey(
        "prompts",
        "squeeze_every_minutes",
        "int",
        "Minutes of continuous sitting between squeeze prompts.",
        1,
        240,
    ),
    SettingKey(
        "prompts",
        "stand_after_minutes",
        "int",
        "Minutes of continuous sitting before the stand-up prompt.",
        1,
        480,
    ),
    SettingKey("prompts", "snooze_minutes", "int", "How long Snooze postpones a prompt.", 1, 120),
    SettingKey(
        "prompts",
        "escalate_after_snoozes",
        "int",
        "From this many snoozes of one prompt on, snoozes are halved and the prompt "
        "is marked urgent.",
        1,
        10,
    ),
    SettingKey(
        "prompts",
        "timeout_seconds",
        "int",
        "A prompt left unanswered this long closes itself and counts as missed.",
        10,
        3600,
    ),
    SettingKey(
        "prompts",
        "notifications_only",
        "bool",
        "Show prompts as desktop notifications instead of the prompt window.",
    ),
    SettingKey("prompts", "chime", "bool", "Play a soft chime when a prompt appears."),
    SettingKey("schedule", "work_days", "days", "Days on which prompts are shown."),
    SettingKey(
        "schedule",
        "work_hours",
        "time_range",
        "Hours of the day in which prompts are shown (local time).",
    ),
    SettingKey(
        "schedule",
        "quiet_hours",
        "optional_time_range",
        "Hours in which no prompt is shown even on a work day; may wrap midnight.",
    ),
    SettingKey(
        "routine",
        "daily_time",
        "time",
        "Local time to offer the daily glute routine, or empty for never.",
    ),
    SettingKey("routine", "sound", "bool", "Short tones on each phase change and rep."),
    SettingKey(
        "stats",
        "daily_sitting_goal_minutes",
        "int",
        "Your goal for the most sitting in a day; drawn as a line in the history chart.",
        30,
        1440,
    ),
    SettingKey("app", "autostart", "bool", "Start Sitbreak when you log in."),
)


@dataclass(frozen=True)
class SettingsProblem:
    key: str  # "[prompts] snooze_minutes", or "" for the file as a whole
    message: str

    def __str__(self) -> str:
        return self.message


def _convert(key: SettingKey, value: Any) -> Any:
    """The typed value for a raw TOML value, or ValueError with a reason."""
    if key.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{value!r} is not a whole number")
        assert key.minimum is not None
        assert key.maximum is not None
        if not key.minimum <= value <= key.maximum:
            raise ValueError(f"{value} is out of range")
        return value
    if key.kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{value!r} is not true or false")
        return value
    if key.kind == "days":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{value!r} is not a list of day names")
        days = [v.strip().lower()[:3] for v in value]
        unknown = [v for v, d in zip(value, days, strict=True) if d not in DAY_NAMES]
        if unknown:
            raise ValueError(f"unknown day {unknown[0]!r}")
        return tuple(d for d in DAY_NAMES if d in days)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not text")
    if key.kind == "time":
        if not value.strip():
            return None
        parsed = parse_hhmm(value)
        if parsed is None:
            raise ValueError("24:00 is not a time of day")
        return parsed
    if key.kind == "optional_time_range" and not value.strip():
        return None
    return parse_time_range(value)


def settings_from_mapping(data: Mapping[str, Any]) -> tuple[Settings, list[SettingsProblem]]:
    """Typed settings from a parsed file. A bad key gets its default and a problem naming it."""
    problems: list[SettingsProblem] = []
    settings = Settings()
    version = data.get("version", SETTINGS_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > SETTINGS_VERSION:
        problems.append(
            SettingsProblem(
                "version",
                f"The settings file is version {version}, newer than this Sitbreak understands "
                f"({SETTINGS_VERSION}); keys it knows are used, the file is left as it is.",
            )
        )
    known_sections = {k.section for k in SCHEMA}
    for section in data:
        if section != "version" and section not in known_sections:
            problems.append(SettingsProblem(section, f"Unknown section [{section}] is ignored."))
    for key in SCHEMA:
        raw_section = data.get(key.section, {})
        if not isinstance(raw_section, Mapping):
            continue
        if key.name not in raw_section:
            continue
        group = getattr(settings, key.section)
        default = getattr(group, key.name)
        try:
            value = _convert(key, raw_section[key.name])
        except ValueError as error:
            problems.append(
                SettingsProblem(
                    key.label,
                    f"{key.label}: {error}; allowed is {key.allowed()}. "
                    f"Using the default {format_value(key, default)}.",
                )
            )
            continue
        settings = replace(settings, **{key.section: replace(group, **{key.name: value})})
    for section in known_sections:
        raw_section = data.get(section, {})
        if not isinstance(raw_section, Mapping):
            problems.append(SettingsProblem(section, f"[{section}] must be a table; ignored."))
            continue
        names = {k.name for k in SCHEMA if k.section == section}
        problems.extend(
            SettingsProblem(f"[{section}] {name}", f"Unknown key [{section}] {name} is ignored.")
            for name in raw_section
            if name not in names
        )
    return settings, problems


def format_value(key: SettingKey, value: Any) -> str:
    """A value as it is written in the TOML file."""
    if key.kind == "bool":
        return "true" if value else "false"
    if key.kind == "int":
        return str(value)
    if key.kind == "days":
        return "[" + ", ".join(f'"{d}"' for d in value) + "]"
    if key.kind == "time":
        return '""' if value is None else f'"{value.strftime("%H:%M")}"'
    return '""' if value is None else f'"{value}"'


def settings_to_mapping(settings: Settings) -> dict[str, Any]:
    """The plain mapping written to TOML (the inverse of settings_from_mapping)."""
    out: dict[str, Any] = {"version": SETTINGS_VERSION}
    for key in SCHEMA:
        value = getattr(getattr(settings, key.section), key.name)
        if key.kind == "days":
            value = list(value)
        elif key.kind == "time":
            value = "" if value is None else value.strftime("%H:%M")
        elif key.kind in ("time_range", "optional_time_range"):
            value = "" if value is None else str(value)
        out.setdefault(key.section, {})[key.name] = value
    return out


def settings_template(settings: Settings | None = None) -> str:
    """The commented settings file written on first start."""
    settings = settings or Settings()
    lines = [
        "# Sitbreak settings. Edit and save: the running app reloads this file.",
        "# A bad value is reported and its default used; this file is never rewritten.",
        f"version = {SETTINGS_VERSION}",
    ]
    section = ""
    for key in SCHEMA:
        if key.section != section:
            section = key.section
            lines += ["", f"[{section}]"]
        value = getattr(getattr(settings, key.section), key.name)
        lines.append(f"# {key.help} ({key.allowed()})")
        lines.append(f"{key.name} = {format_value(key, value)}")
    return "\n".join(lines) + "\n"

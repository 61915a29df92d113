from collections.abc import Iterator
from datetime import datetime

import pytest

from sitbreak.core import i18n


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install(None)
    i18n.install_locale(None, None)


def test_times_and_days_follow_the_installed_locale() -> None:
    moment = datetime(2026, 3, 2, 14, 5)  # a Monday
    assert (i18n.clock_time(moment), i18n.short_day(moment)) == ("14:05", "Mon")
    i18n.install_locale(lambda h, m: f"{h % 12 or 12}:{m:02d} PM", lambda d: "Mo."[: 3 + d])
    assert (i18n.clock_time(moment), i18n.short_day(moment.date())) == ("2:05 PM", "Mo.")


def test_without_a_translator_the_english_source_comes_back_with_the_count() -> None:
    assert i18n.translate("Tray", "Stand up") == "Stand up"
    assert i18n.translate("Tray", "%n minute(s)", None, 3) == "3 minutes"
    assert i18n.translate("Tray", "%n minute(s)", None, 1) == "1 minute"
    assert i18n.translate("Tray", "(s) stays without a count") == "(s) stays without a count"


def test_fill_puts_each_value_where_the_translation_has_its_number() -> None:
    assert i18n.fill("%2 vor %1", "a", "b") == "b vor a"
    assert i18n.fill("%1 of %10", "x") == "x of %10"


def test_an_installed_translator_answers_every_call_until_removed() -> None:
    i18n.install(lambda ctx, src, dis, n: f"{ctx}:{src.upper()}:{n}")
    assert i18n.translate("Tray", "stand up", None, 2) == "Tray:STAND UP:2"
    i18n.install(None)
    assert i18n.translate("Tray", "stand up") == "stand up"


def test_a_marked_string_is_returned_untranslated_for_later() -> None:
    i18n.install(lambda ctx, src, dis, n: "übersetzt")
    assert i18n.QT_TRANSLATE_NOOP("Exercise", "Bridge") == "Bridge"

from collections.abc import Iterator

import pytest

from sitbreak.core import i18n


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install(None)


def test_without_a_translator_the_english_source_comes_back_with_the_count() -> None:
    assert i18n.translate("Tray", "Stand up") == "Stand up"
    assert i18n.translate("Tray", "%n minute(s)", None, 3) == "3 minute(s)"


def test_an_installed_translator_answers_every_call_until_removed() -> None:
    i18n.install(lambda ctx, src, dis, n: f"{ctx}:{src.upper()}:{n}")
    assert i18n.translate("Tray", "stand up", None, 2) == "Tray:STAND UP:2"
    i18n.install(None)
    assert i18n.translate("Tray", "stand up") == "stand up"


def test_a_marked_string_is_returned_untranslated_for_later() -> None:
    i18n.install(lambda ctx, src, dis, n: "übersetzt")
    assert i18n.QT_TRANSLATE_NOOP("Exercise", "Bridge") == "Bridge"

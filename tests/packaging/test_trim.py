"""What the frozen build's trim keeps: our resources (translations included) and Qt's
own translations only for the languages we ship."""

from __future__ import annotations

import pytest

from tests.packaging.scripts import load

trim = load("trim")


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("sitbreak/resources/translations/sitbreak_de.qm", True),
        ("sitbreak/resources/exercises/bridge.toml", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_de.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/linguist_de.qm", False),
    ],
)
def test_trim_keeps_our_resources_and_qts_translations_of_our_languages(
    destination: str, kept: bool
) -> None:
    assert trim.keep(destination, {"de"}) is kept

"""The shared test support does what the other tests rely on: it fails and waits honestly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.support.waiting import WaitTimeoutError, wait_until

CONFTEST = Path(__file__).with_name("conftest.py")


def test_wait_until_returns_the_first_truthy_value() -> None:
    answers = iter([None, 0, "", "ready"])
    assert wait_until(lambda: next(answers), timeout=1, interval=0.001) == "ready"


def test_wait_until_gives_up_at_its_deadline_and_names_what_it_waited_for() -> None:
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError, match="the kettle"):
        wait_until(lambda: False, timeout=0.2, interval=0.01, what="the kettle")
    assert 0.2 <= time.monotonic() - started < 2


def test_wait_until_turns_the_qt_event_loop(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    fired: list[bool] = []
    QTimer.singleShot(10, lambda: fired.append(True))
    assert wait_until(lambda: fired, timeout=2)


# The sample run is in this process: its records reach this test's watch too.
@pytest.mark.allow_error_log("the disk caught fire", "the cat left")
def test_an_unexpected_error_log_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST.read_text())
    pytester.makeini("[pytest]\nmarkers =\n    allow_error_log: expected errors\n")
    pytester.makepyfile(
        """
        import logging
        import pytest

        log = logging.getLogger("sample")

        def test_quiet():
            log.warning("a warning is fine")

        def test_noisy():
            log.error("the disk caught fire")

        @pytest.mark.allow_error_log("caught fire")
        def test_expected():
            log.error("the disk caught fire")

        @pytest.mark.allow_error_log("caught fire")
        def test_other_error():
            log.error("the cat left")
        """
    )
    result = pytester.runpytest("-p", "no:xvfb", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(["*unexpected ERROR log*", "*the disk caught fire*"])
    result.stdout.fnmatch_lines(["*the cat left*"])

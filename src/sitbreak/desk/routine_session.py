"""Records one routine session as it goes (in the database, through a SessionStore):
started, progress, end.

Progress is written after each exercise, so a crash midway still leaves an honest record
(status in_progress, the exercises done so far). A failed write is logged and kept as
`error` for the window to mention; the routine itself goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from sitbreak.core.clock import Clock
from sitbreak.core.i18n import translate
from sitbreak.core.records import ExerciseResult, SessionStatus, StorageError
from sitbreak.core.routine_player import RoutineSummary
from sitbreak.desk.ports import SessionStore

log = logging.getLogger(__name__)


class RoutineSessionRecorder:
    def __init__(
        self,
        store: SessionStore,
        clock: Clock,
        routine_id: str,
        trigger: str,
        exercise_ids: Sequence[str],
    ) -> None:
        self._store = store
        self._clock = clock
        self.routine_id = routine_id
        self.trigger = trigger
        self._exercise_ids = tuple(exercise_ids)
        self.session_id: int | None = None
        self.status: SessionStatus | None = None
        self.error: str | None = None

    def start(self) -> None:
        """Open a new session record (a restarted routine opens another)."""
        try:
            self.session_id = self._store.start_routine_session(
                self.routine_id, self.trigger, self._clock.now(), self._exercise_ids
            )
            self.status = SessionStatus.IN_PROGRESS
        except StorageError as error:
            self._failed("start", error)

    def progress(self, results: Sequence[ExerciseResult]) -> None:
        if self.session_id is None or self.status is not SessionStatus.IN_PROGRESS:
            return
        self._update(SessionStatus.IN_PROGRESS, results, None)

    def finish(self, summary: RoutineSummary) -> None:
        """Close the record as completed or abandoned; later calls change nothing."""
        if self.session_id is None or self.status is not SessionStatus.IN_PROGRESS:
            return
        status = SessionStatus.COMPLETED if summary.completed else SessionStatus.ABANDONED
        if self._update(status, summary.results, summary.finished):
            self.status = status

    def _update(
        self,
        status: SessionStatus,
        results: Sequence[ExerciseResult],
        finished: datetime | None,
    ) -> bool:
        if self.session_id is None:
            return False
        try:
            self._store.update_routine_session(self.session_id, status, results, finished)
        except StorageError as error:
            self._failed(status.value, error)
            return False
        return True

    def _failed(self, what: str, error: Exception) -> None:
        log.error("could not record the routine session (%s): %s", what, error)
        self.error = translate("RoutineSession", "This session could not be saved: {error}").format(
            error=error
        )

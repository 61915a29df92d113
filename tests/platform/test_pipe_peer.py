"""Windows named pipes: the command channel trusts the other end only if it runs as the
same user (a fake of what Windows answers; the real calls run on Windows only)."""

from __future__ import annotations

from typing import ClassVar

import pytest

from sitbreak.platform import peer
from sitbreak.platform.pipe_peer import is_same_user_on_pipe

ME, OTHER = b"S-1-5-21-me", b"S-1-5-21-other"
OWN_PID = 100


class FakeUsers:
    """Pipe 7 is a server's end, pipe 8 a client's; processes 100 (us), 200 (ours too),
    300 (another user's), 400 (a token we may not read)."""

    sids: ClassVar[dict[int, bytes | None]] = {100: ME, 200: ME, 300: OTHER, 400: None}

    def __init__(self, client_pid: int | None = 200, server_pid: int | None = 200) -> None:
        self.pids = {True: client_pid, False: server_pid}
        self.asked: list[tuple[int, bool]] = []

    def is_server_end(self, pipe: int) -> bool | None:
        return {7: True, 8: False}.get(pipe)

    def peer_pid(self, pipe: int, server_end: bool) -> int | None:
        self.asked.append((pipe, server_end))
        return self.pids[server_end]

    def user_sid(self, pid: int) -> bytes | None:
        return self.sids[pid]

    def own_pid(self) -> int:
        return OWN_PID


def test_the_server_trusts_a_client_of_the_same_user_only() -> None:
    ours, theirs = FakeUsers(client_pid=200), FakeUsers(client_pid=300)
    assert is_same_user_on_pipe(7, ours)
    assert ours.asked == [(7, True)]  # the server asks for its client's process
    assert not is_same_user_on_pipe(7, theirs)


def test_a_client_does_not_believe_a_pipe_another_user_created() -> None:
    # Another user made the pipe first: the victim's start must not defer to it.
    squatted = FakeUsers(server_pid=300)
    assert not is_same_user_on_pipe(8, squatted)
    assert squatted.asked == [(8, False)]  # a client asks for the server's process
    assert is_same_user_on_pipe(8, FakeUsers(server_pid=200))


def test_a_process_whose_user_cannot_be_read_is_not_trusted() -> None:
    assert not is_same_user_on_pipe(7, FakeUsers(client_pid=400))


@pytest.mark.parametrize(("pipe", "pid"), [(9, 200), (7, None)])
def test_when_windows_cannot_say_who_is_there_the_pipe_is_trusted(
    pipe: int, pid: int | None
) -> None:
    # Not a pipe Windows knows (9), or no process id: nothing says it is someone else's.
    assert is_same_user_on_pipe(pipe, FakeUsers(client_pid=pid))


def test_on_windows_the_channel_checks_the_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def check(pipe: int) -> bool:
        seen.append(pipe)
        return False

    monkeypatch.setattr("sitbreak.platform.pipe_peer.is_same_user_on_pipe", check)
    assert peer.is_same_user(1234, platform="win32") is False
    assert seen == [1234]

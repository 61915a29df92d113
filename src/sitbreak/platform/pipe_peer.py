"""Windows: whose process is at the other end of a named pipe.

Named pipes share one namespace among all users of a machine, and the command channel's
pipe name can be worked out, so another user could create it first (the victim's start
would then defer to it, and `sitbreak status` would talk to it) or connect to it. Both
ends therefore compare the other end's user (the SID in its process token) with their
own, as SO_PEERCRED does on Linux.
"""

from __future__ import annotations

from typing import Any, Protocol

PIPE_SERVER_END = 0x00000001  # GetNamedPipeInfo's flags: this handle is the server's end
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
TOKEN_QUERY = 0x0008
TOKEN_USER = 1  # GetTokenInformation's class: a TOKEN_USER, which starts with the SID


class ProcessUsers(Protocol):
    """What the check asks Windows (the real calls, or a fake in tests)."""

    def is_server_end(self, pipe: int) -> bool | None: ...
    def peer_pid(self, pipe: int, server_end: bool) -> int | None: ...
    def user_sid(self, pid: int) -> bytes | None: ...
    def own_pid(self) -> int: ...


def is_same_user_on_pipe(pipe: int, users: ProcessUsers | None = None) -> bool:
    """False when the other end's process is another user's, or its user cannot be read
    (our own processes' tokens always can); True when Windows cannot say who is there."""
    users = users if users is not None else WindowsProcessUsers()
    server_end = users.is_server_end(pipe)
    pid = None if server_end is None else users.peer_pid(pipe, server_end)
    if pid is None:
        return True
    theirs = users.user_sid(pid)
    return theirs is not None and theirs == users.user_sid(users.own_pid())


class WindowsProcessUsers:
    """kernel32 and advapi32 through ctypes (Windows Vista and later)."""

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        self._ctypes = ctypes
        self._k32: Any = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        self._adv: Any = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
        handle, dword, pdword = wintypes.HANDLE, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD)
        self._k32.GetNamedPipeInfo.argtypes = [handle, pdword, pdword, pdword, pdword]
        self._k32.GetNamedPipeInfo.restype = wintypes.BOOL
        for name in ("GetNamedPipeClientProcessId", "GetNamedPipeServerProcessId"):
            getattr(self._k32, name).argtypes = [handle, ctypes.POINTER(wintypes.ULONG)]
            getattr(self._k32, name).restype = wintypes.BOOL
        self._k32.OpenProcess.argtypes = [dword, wintypes.BOOL, dword]
        self._k32.OpenProcess.restype = handle
        self._k32.CloseHandle.argtypes = [handle]
        self._k32.GetCurrentProcessId.restype = dword
        self._adv.OpenProcessToken.argtypes = [handle, dword, ctypes.POINTER(handle)]
        self._adv.OpenProcessToken.restype = wintypes.BOOL
        self._adv.GetTokenInformation.argtypes = [
            handle,
            ctypes.c_int,
            ctypes.c_void_p,
            dword,
            pdword,
        ]
        self._adv.GetTokenInformation.restype = wintypes.BOOL
        self._adv.GetLengthSid.argtypes = [ctypes.c_void_p]
        self._adv.GetLengthSid.restype = dword
        self._wintypes = wintypes

    def is_server_end(self, pipe: int) -> bool | None:
        flags = self._wintypes.DWORD()
        if not self._k32.GetNamedPipeInfo(pipe, self._ctypes.byref(flags), None, None, None):
            return None
        return bool(flags.value & PIPE_SERVER_END)

    def peer_pid(self, pipe: int, server_end: bool) -> int | None:
        # The server asks for its client's process, a client for the server's.
        name = "GetNamedPipeClientProcessId" if server_end else "GetNamedPipeServerProcessId"
        pid = self._wintypes.ULONG()
        return int(pid.value) if getattr(self._k32, name)(pipe, self._ctypes.byref(pid)) else None

    def user_sid(self, pid: int) -> bytes | None:
        ctypes = self._ctypes
        process = self._k32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not process:
            return None
        try:
            token = self._wintypes.HANDLE()
            if not self._adv.OpenProcessToken(process, TOKEN_QUERY, ctypes.byref(token)):
                return None
            try:
                size = self._wintypes.DWORD()
                self._adv.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(size))
                buffer = ctypes.create_string_buffer(size.value)
                if not self._adv.GetTokenInformation(
                    token, TOKEN_USER, buffer, size, ctypes.byref(size)
                ):
                    return None
                sid = ctypes.c_void_p.from_buffer(buffer).value  # TOKEN_USER.User.Sid
                return bytes(ctypes.string_at(sid, self._adv.GetLengthSid(sid)))
            finally:
                self._k32.CloseHandle(token)
        finally:
            self._k32.CloseHandle(process)

    def own_pid(self) -> int:
        return int(self._k32.GetCurrentProcessId())

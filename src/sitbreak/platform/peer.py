"""Who is at the other end of a local socket: the command channel answers, and listens
to, only processes of the same user."""

from __future__ import annotations

import os
import socket
import struct
import sys

# macOS: getsockopt(SOL_LOCAL, LOCAL_PEERCRED) fills a struct xucred {u_int cr_version;
# uid_t cr_uid; short cr_ngroups; gid_t cr_groups[16]}.
_SOL_LOCAL = 0
_LOCAL_PEERCRED = 0x001
_XUCRED = struct.Struct("Ii")


def peer_uid(fd: int) -> int | None:
    """The user id of the process connected to this Unix socket, or None where the
    platform cannot tell (Windows has no user ids: platform/pipe_peer.py compares SIDs)."""
    if fd < 0 or sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0, fileno=fd)
    try:
        if sys.platform.startswith("linux"):
            creds = struct.Struct("3i")
            raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, creds.size)
            return int(creds.unpack(raw)[1])
        if sys.platform == "darwin":
            raw = sock.getsockopt(_SOL_LOCAL, _LOCAL_PEERCRED, 76)
            return int(_XUCRED.unpack(raw[: _XUCRED.size])[1])
        return None
    except OSError:
        return None
    finally:
        sock.detach()  # the descriptor stays Qt's


def is_same_user(fd: int, platform: str = sys.platform) -> bool:
    """False only when the peer is known to be another user (on Windows `fd` is the
    named pipe's handle)."""
    if platform == "win32":
        from sitbreak.platform.pipe_peer import is_same_user_on_pipe

        return is_same_user_on_pipe(fd)
    uid = peer_uid(fd)
    return uid is None or not hasattr(os, "getuid") or uid == os.getuid()

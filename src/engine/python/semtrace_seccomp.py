"""A seccomp filter for the forked child that runs user code: no new processes, no exec, no sockets
other than Unix ones, no ptrace. Threads stay allowed (clone with CLONE_THREAD).

The filter is built here as classic BPF and installed with prctl through ctypes; the worker loads ctypes
before any user code exists. Once installed it cannot be removed, so later ctypes use by the program
cannot undo it.
"""

import ctypes
import os
import platform
import struct

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2

RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000
RET_KILL_PROCESS = 0x80000000
EPERM = 1
ENOSYS = 38
CLONE_THREAD = 0x00010000
AF_UNIX = 1

# BPF opcodes
LD_W_ABS = 0x20
JEQ_K = 0x15
JSET_K = 0x45
RET_K = 0x06

_ARCHES = {
    # machine: (AUDIT_ARCH, {name: number})
    "x86_64": (
        0xC000003E,
        {"fork": 57, "vfork": 58, "execve": 59, "execveat": 322, "clone": 56, "clone3": 435, "socket": 41, "ptrace": 101,
         "kill": 62, "tkill": 200, "tgkill": 234},
    ),
    "aarch64": (
        0xC00000B7,
        {"execve": 221, "execveat": 281, "clone": 220, "clone3": 435, "socket": 198, "ptrace": 117,
         "kill": 129, "tkill": 130, "tgkill": 131},
    ),
}


def _insn(code, jt, jf, k):
    return struct.pack("HBBI", code, jt, jf, k)


def build_filter(own_pid):
    """Return the filter program as bytes, or None on an architecture we have no table for.
    Signals may only be sent to the process itself (`own_pid`): a program cannot kill its worker."""
    arch = _ARCHES.get(platform.machine())
    if arch is None:
        return None
    audit_arch, numbers = arch
    denied = [numbers[name] for name in ("fork", "vfork", "execve", "execveat", "ptrace") if name in numbers]
    prog = [
        _insn(LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        _insn(JEQ_K, 1, 0, audit_arch),
        _insn(RET_K, 0, 0, RET_KILL_PROCESS),
        _insn(LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
    ]
    for number in denied:
        prog += [_insn(JEQ_K, 0, 1, number), _insn(RET_K, 0, 0, RET_ERRNO | EPERM)]
    # clone3 passes its flags in memory BPF cannot read: answer ENOSYS so libc falls back to clone.
    prog += [_insn(JEQ_K, 0, 1, numbers["clone3"]), _insn(RET_K, 0, 0, RET_ERRNO | ENOSYS)]
    # clone: allow only threads (flags are the first argument, low word at offset 16).
    prog += [
        _insn(JEQ_K, 0, 4, numbers["clone"]),
        _insn(LD_W_ABS, 0, 0, 16),
        _insn(JSET_K, 0, 1, CLONE_THREAD),
        _insn(RET_K, 0, 0, RET_ALLOW),
        _insn(RET_K, 0, 0, RET_ERRNO | EPERM),
    ]
    # socket: Unix sockets only.
    prog += [
        _insn(JEQ_K, 0, 4, numbers["socket"]),
        _insn(LD_W_ABS, 0, 0, 16),
        _insn(JEQ_K, 1, 0, AF_UNIX),
        _insn(RET_K, 0, 0, RET_ERRNO | EPERM),
        _insn(RET_K, 0, 0, RET_ALLOW),
    ]
    # kill / tgkill: first argument must be this process; tkill takes a thread id, never another process's.
    for name in ("kill", "tgkill"):
        prog += [
            _insn(JEQ_K, 0, 4, numbers[name]),
            _insn(LD_W_ABS, 0, 0, 16),
            _insn(JEQ_K, 1, 0, own_pid),
            _insn(RET_K, 0, 0, RET_ERRNO | EPERM),
            _insn(RET_K, 0, 0, RET_ALLOW),
        ]
    prog += [_insn(JEQ_K, 0, 1, numbers["tkill"]), _insn(RET_K, 0, 0, RET_ERRNO | EPERM)]
    prog.append(_insn(RET_K, 0, 0, RET_ALLOW))
    return b"".join(prog)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class Seccomp:
    """Prepared in the worker (trusted); `install()` is called in each forked child."""

    def __init__(self):
        self._libc = None
        if build_filter(1) is not None:
            try:
                self._libc = ctypes.CDLL(None, use_errno=True)
            except OSError:
                self._libc = None

    @property
    def available(self):
        return self._libc is not None

    def install(self):
        if self._libc is None:
            return False
        program = build_filter(os.getpid())
        buffer = ctypes.create_string_buffer(program, len(program))
        fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
        prctl = self._libc.prctl
        prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
        prctl.restype = ctypes.c_int
        if prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return False
        return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0) == 0

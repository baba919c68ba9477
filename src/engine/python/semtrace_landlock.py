"""Landlock for the forked child: the filesystem becomes read-only where Python needs to read, and
writable only beneath the per-program scratch; TCP bind/connect, abstract Unix sockets and signals to
processes outside the child's own domain are refused by the kernel (as far as this kernel's Landlock
ABI goes, see `confines`).

Landlock needs no privilege and stacks with seccomp. The ruleset is built once in the worker (opening
the paths costs system calls); each child calls landlock_restrict_self on it and closes its copy of the
descriptor before user code runs, so a program can neither add rules to the shared ruleset nor undo its
own restriction.
"""

import ctypes
import os
import platform
import struct

# The same numbers on every architecture (the generic syscall table).
_CREATE_RULESET = 444
_ADD_RULE = 445
_RESTRICT_SELF = 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_PR_SET_NO_NEW_PRIVS = 38

# Filesystem access rights, by the ABI version that introduced them.
EXECUTE = 1 << 0
WRITE_FILE = 1 << 1
READ_FILE = 1 << 2
READ_DIR = 1 << 3
REMOVE_DIR = 1 << 4
REMOVE_FILE = 1 << 5
MAKE_CHAR = 1 << 6
MAKE_DIR = 1 << 7
MAKE_REG = 1 << 8
MAKE_SOCK = 1 << 9
MAKE_FIFO = 1 << 10
MAKE_BLOCK = 1 << 11
MAKE_SYM = 1 << 12
REFER = 1 << 13  # ABI 2
TRUNCATE = 1 << 14  # ABI 3
IOCTL_DEV = 1 << 15  # ABI 5
_FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1, 5: (1 << 16) - 1}
# Network (ABI 4) and scopes (ABI 6).
_NET_BIND_TCP = 1
_NET_CONNECT_TCP = 2
_SCOPE_ABSTRACT_UNIX_SOCKET = 1
_SCOPE_SIGNAL = 2

_READ = EXECUTE | READ_FILE | READ_DIR
_READ_FILE_ONLY = READ_FILE
_O_PATH = getattr(os, "O_PATH", 0o10000000)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0o2000000)

# System paths a CPython needs to read at run time (shared libraries of extension modules, time zones,
# CPU count). The Python installation and the harness are added by the worker.
SYSTEM_READ_PATHS = (
    "/usr/lib",
    "/usr/lib64",
    "/usr/local/lib",
    "/lib",
    "/lib64",
    "/etc/ld.so.cache",
    "/etc/localtime",
    "/usr/share/zoneinfo",
    "/sys/devices/system/cpu",
    "/dev/urandom",
    "/dev/random",
    "/dev/zero",
)


def _libc():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.syscall.restype = ctypes.c_long
        return libc
    except (OSError, AttributeError):
        return None


def abi_version(libc=None):
    """The kernel's Landlock ABI version, or 0 where Landlock is missing or disabled."""
    if platform.system() != "Linux":
        return 0
    libc = libc or _libc()
    if libc is None:
        return 0
    version = libc.syscall(_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return max(0, int(version))


def confines(abi):
    """What Landlock confines at this ABI version, in words (for the worker's ready line)."""
    if abi <= 0:
        return []
    what = ["files"]
    if abi >= 4:
        what.append("tcp")
    if abi >= 6:
        what += ["abstract-unix-sockets", "signals"]
    return what


class Landlock:
    """Built once in the worker; `restrict()` applies it in a child."""

    def __init__(self, read_paths, write_paths, read_write_files=("/dev/null",)):
        self._libc = _libc()
        self.abi = abi_version(self._libc)
        self._fd = -1
        if self.abi <= 0:
            return
        fs_rights = _FS_BY_ABI.get(self.abi, (1 << 16) - 1)
        fields = [fs_rights]
        if self.abi >= 4:
            fields.append(_NET_BIND_TCP | _NET_CONNECT_TCP)
        if self.abi >= 6:
            fields.append(_SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL)
        attr = struct.pack("%dQ" % len(fields), *fields)
        buffer = ctypes.create_string_buffer(attr, len(attr))
        fd = self._libc.syscall(_CREATE_RULESET, buffer, ctypes.c_size_t(len(attr)), ctypes.c_uint32(0))
        if fd < 0:
            self.abi = 0
            return
        self._fd = int(fd)
        directory_rights = fs_rights
        file_rights = WRITE_FILE | READ_FILE | (TRUNCATE if self.abi >= 3 else 0) | (IOCTL_DEV if self.abi >= 5 else 0)
        for path in read_paths:
            self._add(path, _READ, _READ_FILE_ONLY | EXECUTE)
        for path in read_write_files:
            self._add(path, file_rights, file_rights)
        for path in write_paths:
            self._add(path, directory_rights, file_rights)
        os.set_inheritable(self._fd, True)

    def _add(self, path, directory_rights, file_rights):
        try:
            fd = os.open(path, _O_PATH | _O_CLOEXEC)
        except OSError:
            return  # a path this machine does not have
        try:
            rights = directory_rights if os.path.isdir(path) else file_rights
            rule = struct.pack("=Qi", rights, fd)
            buffer = ctypes.create_string_buffer(rule, len(rule))
            if self._libc.syscall(_ADD_RULE, ctypes.c_int(self._fd), ctypes.c_int(_RULE_PATH_BENEATH), buffer, ctypes.c_uint32(0)) != 0:
                raise OSError(ctypes.get_errno(), "landlock_add_rule failed for %s" % path)
        finally:
            os.close(fd)

    @property
    def available(self):
        return self._fd >= 0

    @property
    def fd(self):
        return self._fd

    def restrict(self):
        """In the child: enforce the ruleset, then drop the descriptor. True when enforced."""
        if self._fd < 0:
            return False
        try:
            if self._libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
                return False
            return self._libc.syscall(_RESTRICT_SELF, ctypes.c_int(self._fd), ctypes.c_uint32(0)) == 0
        finally:
            os.close(self._fd)
            self._fd = -1

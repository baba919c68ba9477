"""The seccomp filter of the forked child that runs user code: a default-deny ALLOW-list.

Every system call not named in ALLOWED below fails with EPERM. The list was derived by tracing
(strace -f) real runs of the 800 CRUXEval programs, the demo corpus and a set of stdlib-heavy programs
(threads, asyncio, tempfile, sqlite3, mmap, zoneinfo, logging, signals), then widened only by calls of
the same kind that CPython or glibc may choose instead (e.g. `pread64` beside `read`, `statx` beside
`newfstatat`). Calls that can reach another process take arguments the filter checks: signals, rlimits
and CPU affinity only for the child itself, `clone` only for threads, `socketpair` only for AF_UNIX,
`fcntl`/`ioctl` never to aim SIGIO at another process. Everything else that reaches outside the
process is absent: fork/exec, ptrace, process_vm_*, pidfd_*, io_uring_*, unshare/setns/mount, SysV IPC
and POSIX message queues, socket()/bind/connect (so no network and no host Unix sockets), bpf,
perf_event_open, userfaultfd, keyctl, open_by_handle_at, capset, setuid and friends.

The filter is built as classic BPF and installed with prctl through ctypes in the child, after Landlock
and before user code. Once installed it cannot be removed, so later ctypes use cannot undo it.
"""

import ctypes
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
F_SETOWN = 8
F_SETSIG = 10
F_SETOWN_EX = 15
FIOSETOWN = 0x8901
SIOCSPGRP = 0x8902
TIOCSTI = 0x5412

# BPF opcodes
LD_W_ABS = 0x20
JEQ_K = 0x15
JSET_K = 0x45
RET_K = 0x06

# seccomp_data offsets: nr at 0, arch at 4, args[i] at 16 + 8 * i (low word first on little-endian).
_ARG0 = 16
_ARG1 = 24

AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
_ARCH_COLUMN = {"x86_64": 0, "aarch64": 1}

# System call numbers: name -> (x86_64, aarch64); None where that architecture has no such call.
# Taken from the kernel's uapi headers (asm/unistd_64.h, asm-generic/unistd.h).
NUMBERS = {
    "read": (0, 63), "write": (1, 64), "readv": (19, 65), "writev": (20, 66), "pread64": (17, 67),
    "pwrite64": (18, 68), "preadv": (295, 69), "pwritev": (296, 70), "preadv2": (327, 286),
    "pwritev2": (328, 287), "lseek": (8, 62), "close": (3, 57), "close_range": (436, 436),
    "openat": (257, 56), "open": (2, None), "openat2": (437, 437), "creat": (85, None), "fstat": (5, 80),
    "newfstatat": (262, 79), "stat": (4, None), "lstat": (6, None), "statx": (332, 291), "fstatfs": (138, 44),
    "statfs": (137, 43), "getdents64": (217, 61), "getdents": (78, None), "access": (21, None),
    "faccessat": (269, 48), "faccessat2": (439, 439), "readlink": (89, None), "readlinkat": (267, 78),
    "getcwd": (79, 17), "chdir": (80, 49), "fchdir": (81, 50), "mkdir": (83, None), "mkdirat": (258, 34),
    "rmdir": (84, None), "unlink": (87, None), "unlinkat": (263, 35), "rename": (82, None),
    "renameat": (264, 38), "renameat2": (316, 276), "link": (86, None), "linkat": (265, 37),
    "symlink": (88, None), "symlinkat": (266, 36), "chmod": (90, None), "fchmod": (91, 52),
    "fchmodat": (268, 53), "fchmodat2": (452, 452), "utimensat": (280, 88), "utime": (132, None),
    "utimes": (235, None), "futimesat": (261, None), "truncate": (76, 45), "ftruncate": (77, 46),
    "fallocate": (285, 47), "fsync": (74, 82), "fdatasync": (75, 83), "sync_file_range": (277, 84),
    "fadvise64": (221, 223), "readahead": (187, 213), "fcntl": (72, 25), "flock": (73, 32), "dup": (32, 23),
    "dup2": (33, None), "dup3": (292, 24), "pipe": (22, None), "pipe2": (293, 59), "ioctl": (16, 29),
    "sendfile": (40, 71), "copy_file_range": (326, 285), "splice": (275, 76), "tee": (276, 77),
    "getxattr": (191, 8), "lgetxattr": (192, 9), "fgetxattr": (193, 10), "listxattr": (194, 11),
    "llistxattr": (195, 12), "flistxattr": (196, 13), "umask": (95, 166), "brk": (12, 214), "mmap": (9, 222),
    "munmap": (11, 215), "mremap": (25, 216), "mprotect": (10, 226), "madvise": (28, 233),
    "mincore": (27, 232), "msync": (26, 227), "mbind": (237, 235), "get_mempolicy": (239, 236),
    "membarrier": (324, 283), "memfd_create": (319, 279), "mlock": (149, 228), "munlock": (150, 229),
    "futex": (202, 98), "futex_waitv": (449, 449), "set_robust_list": (273, 99),
    "get_robust_list": (274, 100), "set_tid_address": (218, 96), "rseq": (334, 293),
    "arch_prctl": (158, None), "prctl": (157, 167), "sched_yield": (24, 124), "sched_getaffinity": (204, 123),
    "sched_getparam": (143, 121), "sched_getscheduler": (145, 120), "getcpu": (309, 168), "getpid": (39, 172),
    "gettid": (186, 178), "getppid": (110, 173), "getuid": (102, 174), "geteuid": (107, 175),
    "getgid": (104, 176), "getegid": (108, 177), "getgroups": (115, 158), "getresuid": (118, 148),
    "getresgid": (120, 150), "getpgrp": (111, None), "getpgid": (121, 155), "getsid": (124, 156),
    "capget": (125, 90), "uname": (63, 160), "sysinfo": (99, 179), "getrusage": (98, 165),
    "times": (100, 153), "getpriority": (140, 141), "getrlimit": (97, 163), "setrlimit": (160, 164),
    "prlimit64": (302, 261), "rt_sigaction": (13, 134), "rt_sigprocmask": (14, 135),
    "rt_sigreturn": (15, 139), "sigaltstack": (131, 132), "rt_sigpending": (127, 136),
    "rt_sigsuspend": (130, 133), "rt_sigtimedwait": (128, 137), "pause": (34, None), "alarm": (37, None),
    "setitimer": (38, 103), "getitimer": (36, 102), "timer_create": (222, 107), "timer_settime": (223, 110),
    "timer_gettime": (224, 108), "timer_getoverrun": (225, 109), "timer_delete": (226, 111),
    "kill": (62, 129), "tkill": (200, 130), "tgkill": (234, 131), "rt_sigqueueinfo": (129, 138),
    "rt_tgsigqueueinfo": (297, 240), "clock_gettime": (228, 113), "clock_getres": (229, 114),
    "clock_nanosleep": (230, 115), "nanosleep": (35, 101), "gettimeofday": (96, 169), "time": (201, None),
    "eventfd": (284, None), "eventfd2": (290, 19), "timerfd_create": (283, 85), "timerfd_settime": (286, 86),
    "timerfd_gettime": (287, 87), "signalfd": (282, None), "signalfd4": (289, 74),
    "epoll_create": (213, None), "epoll_create1": (291, 20), "epoll_ctl": (233, 21),
    "epoll_wait": (232, None), "epoll_pwait": (281, 22), "epoll_pwait2": (441, 441), "poll": (7, None),
    "ppoll": (271, 73), "select": (23, None), "pselect6": (270, 72), "getrandom": (318, 278),
    "wait4": (61, 260), "waitid": (247, 95), "restart_syscall": (219, 128), "exit": (60, 93),
    "exit_group": (231, 94), "socketpair": (53, 199), "sendto": (44, 206), "recvfrom": (45, 207),
    "sendmsg": (46, 211), "recvmsg": (47, 212), "sendmmsg": (307, 269), "recvmmsg": (299, 243),
    "shutdown": (48, 210), "getsockname": (51, 204), "getpeername": (52, 205), "getsockopt": (55, 209),
    "setsockopt": (54, 208), "clone": (56, 220), "clone3": (435, 435), "fork": (57, None),
    "vfork": (58, None), "execve": (59, 221), "execveat": (322, 281), "socket": (41, 198),

}

# The allow-list, by what it is for. Calls here are allowed with any arguments.
ALLOWED = {
    # The harness itself and every program: result pipe, limits, exit.
    "harness": "write read close rt_sigaction rt_sigprocmask rt_sigreturn setitimer getitimer exit exit_group",
    # Memory management (the allocator, mmap module, thread stacks).
    "memory": "brk mmap munmap mremap mprotect madvise mincore msync mbind get_mempolicy membarrier "
    "memfd_create mlock munlock",
    # Files, confined to what Landlock (and in strict, the namespace) allow; imports need the reads.
    "files": "openat open openat2 creat fstat newfstatat stat lstat statx fstatfs statfs getdents64 getdents "
    "access faccessat faccessat2 readlink readlinkat getcwd chdir fchdir mkdir mkdirat rmdir unlink unlinkat "
    "rename renameat renameat2 link linkat symlink symlinkat chmod fchmod fchmodat fchmodat2 utimensat utime "
    "utimes futimesat truncate ftruncate fallocate fsync fdatasync sync_file_range fadvise64 readahead flock "
    "umask getxattr lgetxattr fgetxattr listxattr llistxattr flistxattr",
    # Descriptors: reads, writes and copies between the child's own descriptors.
    "descriptors": "readv writev pread64 pwrite64 preadv pwritev preadv2 pwritev2 lseek close_range dup dup2 "
    "dup3 pipe pipe2 sendfile copy_file_range splice tee",
    # Threads (threading, concurrent.futures) and their synchronisation.
    "threads": "futex futex_waitv set_robust_list get_robust_list set_tid_address rseq arch_prctl prctl "
    "sched_yield sched_getparam sched_getscheduler getcpu gettid",
    # Read-only facts about the process itself.
    "identity": "getpid getppid getuid geteuid getgid getegid getgroups getresuid getresgid getpgrp getpgid "
    "getsid capget uname sysinfo getrusage times getpriority getrlimit setrlimit",
    # Signals the program sends itself and handles (signal module, alarms, timers).
    "signals": "sigaltstack rt_sigpending rt_sigsuspend rt_sigtimedwait pause alarm timer_create "
    "timer_settime timer_gettime timer_getoverrun timer_delete",
    # Time and sleeping.
    "time": "clock_gettime clock_getres clock_nanosleep nanosleep gettimeofday time",
    # Waiting on the child's own descriptors (select, selectors, asyncio's loop).
    "waiting": "eventfd eventfd2 timerfd_create timerfd_settime timerfd_gettime signalfd signalfd4 epoll_create "
    "epoll_create1 epoll_ctl epoll_wait epoll_pwait epoll_pwait2 poll ppoll select pselect6",
    # Randomness; waiting for children there can be none of; restarting interrupted calls.
    "misc": "getrandom wait4 waitid restart_syscall",
    # Sockets made by socketpair (asyncio's self-pipe); socket() itself is refused, so nothing else.
    "socket pairs": "sendto recvfrom sendmsg recvmsg sendmmsg recvmmsg shutdown getsockname getpeername "
    "getsockopt setsockopt",
}

# Allowed only when the first argument is the child itself (its pid; prlimit64 and sched_getaffinity
# also take 0 for "myself").
SELF_ONLY = ("kill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo")
SELF_OR_ZERO = ("prlimit64", "sched_getaffinity")

# The calls tried most often go first: the filter runs on every system call.
_HOT = ("write", "read", "rt_sigaction", "setitimer", "mmap", "munmap", "brk", "futex", "close", "openat",
        "newfstatat", "fstat", "lseek", "ioctl", "mprotect", "getpid", "rt_sigprocmask", "getdents64")


def _insn(code, jt, jf, k):
    return struct.pack("HBBI", code, jt, jf, k)


def _number(name, column):
    pair = NUMBERS.get(name)
    return None if pair is None else pair[column]


def allowed_names():
    names = []
    for group in ALLOWED.values():
        names.extend(group.split())
    return names


_PID_PLACEHOLDER = 0xFFFFFFFE  # no process has this id


def build_filter(own_pid, machine=None):
    """The filter program as bytes, or None on an architecture we have no table for."""
    template = filter_template(machine)
    if template is None:
        return None
    instructions, pid_slots = template
    return with_pid(instructions, pid_slots, own_pid)


def with_pid(instructions, pid_slots, own_pid):
    program = list(instructions)
    for index in pid_slots:
        program[index] = _insn(JEQ_K, program[index][2], program[index][3], own_pid & 0xFFFFFFFF)
    return b"".join(program)


def filter_template(machine=None):
    """(instructions, indexes of the instructions that compare with the child's own pid), or None on
    an architecture we have no table for. Built once in the worker; each child fills in its pid."""
    own_pid = _PID_PLACEHOLDER
    machine = machine or platform.machine()
    if machine not in AUDIT_ARCH:
        return None
    column = _ARCH_COLUMN[machine]

    def nr(name):
        return _number(name, column)

    deny = _insn(RET_K, 0, 0, RET_ERRNO | EPERM)
    allow = _insn(RET_K, 0, 0, RET_ALLOW)
    prog = [
        _insn(LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        _insn(JEQ_K, 1, 0, AUDIT_ARCH[machine]),
        _insn(RET_K, 0, 0, RET_KILL_PROCESS),
        _insn(LD_W_ABS, 0, 0, 0),  # seccomp_data.nr (x32 numbers carry bit 30 and so match nothing)
    ]
    # Calls checked by argument. Each block returns, so the accumulator need not be restored.
    for name in SELF_ONLY:
        if nr(name) is not None:
            prog += [_insn(JEQ_K, 0, 4, nr(name)), _insn(LD_W_ABS, 0, 0, _ARG0),
                     _insn(JEQ_K, 0, 1, own_pid & 0xFFFFFFFF), allow, deny]
    for name in SELF_OR_ZERO:
        prog += [_insn(JEQ_K, 0, 5, nr(name)), _insn(LD_W_ABS, 0, 0, _ARG0), _insn(JEQ_K, 2, 0, 0),
                 _insn(JEQ_K, 1, 0, own_pid & 0xFFFFFFFF), deny, allow]
    # clone: threads only (flags are the first argument). clone3 passes its flags in memory BPF cannot
    # read: answer ENOSYS so libc falls back to clone.
    prog += [_insn(JEQ_K, 0, 4, nr("clone")), _insn(LD_W_ABS, 0, 0, _ARG0), _insn(JSET_K, 0, 1, CLONE_THREAD),
             allow, deny]
    prog += [_insn(JEQ_K, 0, 1, nr("clone3")), _insn(RET_K, 0, 0, RET_ERRNO | ENOSYS)]
    # socketpair: AF_UNIX only.
    prog += [_insn(JEQ_K, 0, 4, nr("socketpair")), _insn(LD_W_ABS, 0, 0, _ARG0), _insn(JEQ_K, 0, 1, AF_UNIX),
             allow, deny]
    # fcntl: never name a process to receive SIGIO (F_SETOWN could aim it at the worker).
    prog += [_insn(JEQ_K, 0, 6, nr("fcntl")), _insn(LD_W_ABS, 0, 0, _ARG1), _insn(JEQ_K, 3, 0, F_SETOWN),
             _insn(JEQ_K, 2, 0, F_SETOWN_EX), _insn(JEQ_K, 1, 0, F_SETSIG), allow, deny]
    # ioctl: the same through FIOSETOWN/SIOCSPGRP, and no faking terminal input.
    prog += [_insn(JEQ_K, 0, 6, nr("ioctl")), _insn(LD_W_ABS, 0, 0, _ARG1), _insn(JEQ_K, 3, 0, FIOSETOWN),
             _insn(JEQ_K, 2, 0, SIOCSPGRP), _insn(JEQ_K, 1, 0, TIOCSTI), allow, deny]
    # Everything else: a flat list of numbers that jump to the final ALLOW; the default is EPERM.
    plain = []
    for name in _HOT + tuple(allowed_names()):
        number = nr(name)
        if number is not None and number not in plain and name not in ("ioctl", "fcntl"):
            plain.append(number)
    count = len(plain)
    if count >= 255:
        raise ValueError("the allow-list is too long for one-byte jumps")
    for index, number in enumerate(plain):
        prog.append(_insn(JEQ_K, count - index, 0, number))
    prog += [deny, allow]
    placeholder = _insn(JEQ_K, 0, 0, own_pid)[4:]
    pid_slots = [index for index, insn in enumerate(prog) if insn[0] == JEQ_K and insn[4:] == placeholder]
    return prog, pid_slots


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class Seccomp:
    """Prepared in the worker (trusted); `install(pid)` is called in each forked child."""

    def __init__(self):
        self._libc = None
        self._template = filter_template()
        if self._template is not None:
            try:
                self._libc = ctypes.CDLL(None, use_errno=True)
                self._prctl = self._libc.prctl
                self._prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
                self._prctl.restype = ctypes.c_int
            except (OSError, AttributeError):
                self._libc = None

    @property
    def available(self):
        return self._libc is not None

    def install(self, own_pid):
        if self._libc is None:
            return False
        program = with_pid(self._template[0], self._template[1], own_pid)
        buffer = ctypes.create_string_buffer(program, len(program))
        fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
        if self._prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return False
        return self._prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0) == 0

"""The native backend's worker process: a persistent CPython that forks one child per program.

The parent loop stays pristine (user code only ever runs in a child), so nothing a program does
(patching builtins or sys.modules, leaving threads, writing globals) reaches the next one. The next
program's child is forked while the worker waits for its request (a spare), so the fork and the child's
start-up overlap with the round trip to the engine instead of adding to it. The worker
makes itself non-dumpable, so a child cannot open its /proc entries (mem, fd, environ). Each child
closes every descriptor but its result pipe, drops all capabilities, gets resource limits, Landlock
(files writable only beneath the scratch, see semtrace_landlock.py) and a default-deny seccomp
allow-list (semtrace_seccomp.py) before user code runs, writes one framed result to its private pipe
and exits. The worker enforces the wall-clock limit with SIGKILL as a backstop, checks every result
against the program (semtrace_validate.py), empties the scratch, and retires itself when it finds its
own state changed (rlimits, priority, a scratch it could not empty), so the pool starts a fresh one.

Protocol: see src/engine/protocol.ts.
"""

import ctypes
import json
import os
import platform
import resource
import select
import shutil
import signal
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semtrace_landlock import SYSTEM_READ_PATHS, Landlock, confines  # noqa: E402
from semtrace_seccomp import Seccomp  # noqa: E402
from semtrace_restore import Baseline  # noqa: E402
from semtrace_shared import SharedRuns  # noqa: E402
from semtrace_tracer import Run  # noqa: E402
from semtrace_validate import problem  # noqa: E402

_dumps = json.dumps
_GRACE_SECONDS = 0.5
SCRATCH = os.environ.get("SEMTRACE_SCRATCH") or "/tmp/semtrace-run"
# Folders wiped after every program besides the scratch (strict: the sandbox's own /tmp and /dev/shm).
WIPE_ROOTS = [path for path in (os.environ.get("SEMTRACE_WIPE_ROOTS") or "").split(":") if path]
# "require": refuse to start without Landlock; "auto": use it where the kernel has it; "off".
LANDLOCK_MODE = os.environ.get("SEMTRACE_LANDLOCK") or "auto"
_HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))
_PR_SET_DUMPABLE = 4
_CAP_VERSION_3 = 0x20080522
_MAGIC = b"SEMTRACE-RESULT\n"
_NONCE_BYTES = 16
_KEEP, _END = b"K", b"E"
# A result frame: magic, the run's nonce, whether the child stays (K) or ends (E), the payload's length,
# then the JSON payload.
_FRAME_HEADER = len(_MAGIC) + _NONCE_BYTES + 1 + 8
_RESULT_BYTES_CAP = 1 << 30
_LIMITS_WATCHED = [getattr(resource, name) for name in dir(resource) if name.startswith("RLIMIT_")]


def _emit(channel, payload):
    data = _dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"
    _write_all(channel, data)


def _write_all(channel, data):
    view = memoryview(data)
    while view:
        written = os.write(channel, view)
        view = view[written:]


def _drop_capabilities(libc):
    # A worker started as root would hand a child CAP_SYS_PTRACE, CAP_DAC_OVERRIDE, CAP_KILL...: drop
    # them all (effective, permitted, inheritable). No-new-privs keeps them dropped.
    header = struct.pack("Ii", _CAP_VERSION_3, 0)
    data = bytes(24)
    libc.capset(ctypes.create_string_buffer(header, len(header)), ctypes.create_string_buffer(data, len(data)))


def _child(request_fd, write_fd, keep_fds, guards, nonce):
    """Runs in the forked child; never returns. Forked before its request exists (the spare): what does
    not depend on the request is done at once, then it waits for the request on its own pipe. A request
    that names a trust domain keeps the child for the next request of that domain when everything the
    program changed could be put back (semtrace_shared.py); otherwise the child ends after its answer."""
    seccomp, landlock, libc, devnull, baseline = guards
    try:
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        # Only the request and result pipes and the Landlock ruleset (closed when applied) stay open: the
        # worker's protocol channel and anything else it holds are out of the program's reach.
        _close_all_but(keep_fds | {0, 1, 2, write_fd, request_fd})
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))
        os.chdir(SCRATCH)
        if libc is not None:
            _drop_capabilities(libc)
        request = _read_request(request_fd)
        if request is None:
            os._exit(0)  # the worker is gone or retired this spare
        memory = int((request.get("limits") or {}).get("memoryBytes") or 0)
        if memory > 0:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if landlock is not None and not landlock.restrict() and LANDLOCK_MODE == "require":
            raise OSError("Landlock could not be applied")
        if seccomp.available and not seccomp.install(os.getpid()):
            raise OSError("seccomp could not be installed")
        shared = SharedRuns(SCRATCH, baseline) if request.get("domain") is not None else None
        while request is not None:
            result = _run_one(request, write_fd, nonce, shared)
            keep = shared is not None and shared.clean()
            _send(write_fd, nonce, result, keep)
            if not keep:
                break
            request = _read_request(request_fd)
    except BaseException as error:  # the harness itself failed: say so rather than vanish
        try:
            _send(write_fd, nonce, _failure("error", "HarnessError", "%s: %s" % (type(error).__name__, error)))
        except BaseException:
            pass
    os._exit(0)


def _run_one(request, write_fd, nonce, shared):
    run = Run(request)
    failed = run.compile()
    if failed is not None:
        return failed

    def finish_now(_state):
        # Called from the tracer or the stdout writer when a limit is hit: end at once, so a
        # program that swallows the stop cannot keep running.
        signal.setitimer(signal.ITIMER_REAL, 0)
        _send(write_fd, nonce, run.finish())
        os._exit(0)

    run.state.abort_hook = finish_now

    def on_alarm(_signum, _frame):
        run.state.abort("timeout")

    timeout_ms = (request.get("limits") or {}).get("timeoutMs")
    if timeout_ms:
        signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout_ms / 1000.0)
    if shared is not None:
        shared.before()
    try:
        run.execute()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    if shared is not None:
        shared.restore_builtins()  # the result is built with builtins the program may have replaced
    result = run.finish()
    if shared is not None:
        shared.after(run)
    return result


def _read_exactly(fd, size):
    chunks = []
    while size > 0:
        chunk = os.read(fd, size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read_request(request_fd):
    """One length-prefixed request, or None when the worker closed the pipe."""
    header = _read_exactly(request_fd, 8)
    if header is None:
        return None
    body = _read_exactly(request_fd, struct.unpack(">Q", header)[0])
    return None if body is None else json.loads(body)


def _close_all_but(keep):
    highest = max(keep)
    previous = -1
    for fd in sorted(keep):
        if fd - previous > 1:
            os.closerange(previous + 1, fd)
        previous = fd
    os.closerange(highest + 1, 1 << 16)


def _send(write_fd, nonce, payload, keep=False):
    """One result frame; `keep`: the child stays for the next request of its domain."""
    body = _dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    flag = _KEEP if keep else _END
    _write_all(write_fd, _MAGIC + nonce + flag + struct.pack(">Q", len(body)) + body)


def _unframe(data, nonce):
    """(payload, keep) of exactly one frame with this run's nonce, or None when the bytes are anything else."""
    if len(data) < _FRAME_HEADER or not data.startswith(_MAGIC):
        return None
    if data[len(_MAGIC) : len(_MAGIC) + _NONCE_BYTES] != nonce:
        return None
    flag = data[len(_MAGIC) + _NONCE_BYTES : len(_MAGIC) + _NONCE_BYTES + 1]
    if flag not in (_KEEP, _END):
        return None
    (length,) = struct.unpack(">Q", data[_FRAME_HEADER - 8 : _FRAME_HEADER])
    if len(data) != _FRAME_HEADER + length:
        return None
    return data[_FRAME_HEADER:], flag == _KEEP


def _failure(status, kind, message):
    exception = None if kind is None else {"type": kind, "message": message, "line": None, "traceback": []}
    return {
        "status": status,
        "stdout": "",
        "stderr": "",
        "returnRepr": None,
        "returnType": None,
        "exception": exception,
        "steps": [],
        "stepCount": 0,
    }


def _collect(read_fd, pid, deadline, nonce):
    """Read one result frame from the child, or what it wrote before it ended; kill it at the deadline or
    when its bytes cannot be a frame. Returns (bytes, wait status, killed, kept): a child that keeps
    serving its domain (kept) is not waited for, and its wait status is None."""
    buffer = bytearray()
    need = _FRAME_HEADER
    killed = False
    while len(buffer) < need:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            os.kill(pid, signal.SIGKILL)
            killed = True
            break
        ready, _, _ = select.select([read_fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(read_fd, min(need - len(buffer), 1 << 20))
        if not chunk:
            break
        buffer += chunk
        if need == _FRAME_HEADER and len(buffer) == _FRAME_HEADER:
            (length,) = struct.unpack(">Q", bytes(buffer[-8:]))
            if not buffer.startswith(_MAGIC + nonce) or length > _RESULT_BYTES_CAP:
                # Not our frame: a program wrote on the channel. Answer as for a garbled result.
                os.kill(pid, signal.SIGKILL)
                break
            need = _FRAME_HEADER + length
    data = bytes(buffer)
    flag_at = len(_MAGIC) + _NONCE_BYTES
    if not killed and len(data) == need >= _FRAME_HEADER and data[flag_at : flag_at + 1] == _KEEP:
        return data, None, False, True
    _, wait_status = os.waitpid(pid, 0)
    return data, wait_status, killed, False


def _result_without_output(wait_status, killed):
    if killed:
        return _failure("timeout", None, "")
    if os.WIFSIGNALED(wait_status):
        number = os.WTERMSIG(wait_status)
        if number == signal.SIGKILL:
            # Nobody here sent it: the kernel's out-of-memory killer did.
            return _failure("memory_limit", None, "")
        name = signal.Signals(number).name if number in signal.Signals._value2member_map_ else str(number)
        return _failure("error", "InterpreterCrash", "the Python process died with signal %s" % name)
    code = os.WEXITSTATUS(wait_status)
    return _failure("error", "SystemExit", "the program ended the process with os._exit(%d) before its result was written" % code)


def _wipe(folder, keep_self=True):
    """Empty a folder (a program's files must not be visible to the next one). True when it is empty:
    a program can make a folder the worker cannot empty (permissions), and then the worker retires."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return not keep_self
    for name in names:
        path = os.path.join(folder, name)
        if path == SCRATCH:
            continue  # emptied on its own; the folder itself stays (Landlock's rule names it)
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                _make_removable(path)
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        except OSError:
            pass
    try:
        return all(os.path.join(folder, name) == SCRATCH for name in os.listdir(folder))
    except OSError:
        return False


def _make_removable(tree):
    # A program may chmod its folders to 000; the worker owns them, so it can open them up again.
    for root, dirs, _files in os.walk(tree):
        for name in dirs:
            try:
                os.chmod(os.path.join(root, name), 0o700)
            except OSError:
                pass
    try:
        os.chmod(tree, 0o700)
    except OSError:
        pass


class Worker:
    """The trusted loop: forks a child per request and decides what its answer is."""

    def __init__(self):
        self.seccomp = Seccomp()
        self.libc = _libc()
        self.devnull = os.open(os.devnull, os.O_RDWR)
        os.makedirs(SCRATCH, exist_ok=True)
        self.landlock = None
        if LANDLOCK_MODE != "off":
            landlock = Landlock(_read_paths(), [SCRATCH, *WIPE_ROOTS])
            if landlock.available:
                self.landlock = landlock
            elif LANDLOCK_MODE == "require":
                raise SystemExit("semtrace worker: Landlock is required but this kernel does not offer it")
        self.limits = _own_limits()
        self.priority = _own_priority()
        self.spare = None
        self.live = None
        self.warm = False  # whether the last request ran in a child that had served its domain before
        # The interpreter as every child starts it, taken once here: taking it in each child would copy
        # (copy-on-write) a page for nearly every object of every module. Taken at the first fork, after start-up.
        self.baseline = None  # ((domain, memory limit), child) of the last domain that kept its child

    def describe(self):
        abi = self.landlock.abi if self.landlock is not None else 0
        return {"seccomp": self.seccomp.available, "landlock": abi, "landlockConfines": confines(abi)}

    def _spare(self):
        """A child forked ahead of its request, so that the fork and the child's start-up overlap with the
        wait for the next request. Returns (pid, request pipe, result pipe, nonce)."""
        if self.baseline is None:
            self.baseline = Baseline()
        nonce = os.urandom(_NONCE_BYTES)
        read_fd, write_fd = os.pipe()
        request_read, request_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (read_fd, write_fd, request_read, request_write):
                os.close(fd)
            raise
        if pid == 0:
            os.close(read_fd)
            os.close(request_write)
            keep = {self.devnull} | ({self.landlock.fd} if self.landlock is not None else set())
            guards = (self.seccomp, self.landlock, self.libc, self.devnull, self.baseline)
            _child(request_read, write_fd, keep, guards, nonce)
        os.close(write_fd)
        os.close(request_read)
        return pid, request_write, read_fd, nonce

    def prepare(self):
        """Fork the next program's child now (called while the worker waits for a request)."""
        if self.spare is None:
            try:
                self.spare = self._spare()
            except OSError:
                self.spare = None  # serve() tries again and reports the failure

    @staticmethod
    def _discard(child):
        pid, request_write, read_fd, _nonce = child
        os.close(request_write)  # the child reads EOF and exits
        os.close(read_fd)
        os.waitpid(pid, 0)

    def discard_spare(self):
        for child in (self.spare, self.live and self.live[1]):
            if child is not None:
                self._discard(child)
        self.spare = self.live = None

    def _child_for(self, request):
        """The live child of the request's domain (same memory limit), or the spare."""
        key = (request.get("domain"), (request.get("limits") or {}).get("memoryBytes"))
        if self.live is not None and key[0] is not None and self.live[0] == key:
            child, self.live = self.live[1], None
            self.warm = True
            return key, child
        self.warm = False
        if key[0] is not None and self.live is not None:
            self._discard(self.live[1])  # another domain: nothing of this one may reach it
            self.live = None
        if self.spare is None:
            self.spare = self._spare()
        child, self.spare = self.spare, None
        return key, child

    def serve(self, request):
        """Returns (result, healthy): the result as the child's checked JSON bytes, or a dict the worker made."""
        try:
            key, child = self._child_for(request)
        except OSError as error:
            return _failure("error", "WorkerBroken", "the worker could not start a process: %s" % error), False
        pid, request_write, read_fd, nonce = child
        timeout_ms = (request.get("limits") or {}).get("timeoutMs") or 3600000
        deadline = time.monotonic() + timeout_ms / 1000.0 + _GRACE_SECONDS
        body = _dumps(request, separators=(",", ":")).encode("utf-8")
        try:
            _write_all(request_write, struct.pack(">Q", len(body)) + body)
        except OSError:
            pass  # the child died before reading it: its wait status says how
        data, wait_status, killed, kept = _collect(read_fd, pid, deadline, nonce)
        result = self._answer(request, data, nonce, wait_status, killed)
        rejected = not isinstance(result, bytes) and (result.get("exception") or {}).get("type") == "ResultRejected"
        if kept and not rejected:
            self.live = (key, child)
        elif kept:
            self._discard(child)
        else:
            os.close(request_write)
            os.close(read_fd)
        healthy = _wipe(SCRATCH)
        for root in WIPE_ROOTS:
            healthy = _wipe(root) and healthy
        healthy = healthy and _own_limits() == self.limits and _own_priority() == self.priority
        return result, healthy

    def _answer(self, request, data, nonce, wait_status, killed):
        if killed or not data:
            return _result_without_output(wait_status, killed)
        framed = _unframe(data, nonce)
        payload = framed[0] if framed is not None else None
        if payload is None:
            return _failure("error", "ResultRejected", "the program's process wrote something other than its result on the result channel")
        if b"\n" in payload or b"\r" in payload:
            # The payload is forwarded as one line of the protocol: a line break inside it could start a
            # line of its own (json.dumps never writes one; only a forged payload has one).
            return _failure("error", "ResultRejected", "the program's result is not one line")
        try:
            result = json.loads(payload)
        except ValueError:
            return _failure("error", "ResultRejected", "the program's result could not be read")
        why = problem(result, request)
        if why is not None:
            return _failure("error", "ResultRejected", "the result does not match the program: %s" % why)
        return payload  # checked: forwarded as the child wrote it, not encoded a second time


def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _read_paths():
    """What a program may read: the Python installation, the harness and the system's libraries."""
    paths = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, _HARNESS_DIR]
    paths += [entry for entry in sys.path if entry and os.path.exists(entry)]
    paths += SYSTEM_READ_PATHS
    seen = []
    for path in paths:
        if path not in seen:
            seen.append(path)
    return seen


def _own_limits():
    return [resource.getrlimit(limit) for limit in _LIMITS_WATCHED]


def _own_priority():
    try:
        return os.getpriority(os.PRIO_PROCESS, 0)
    except OSError:
        return None


def _fix_hash_seed():
    """String hashes (and so set order) must not change between runs. PYTHONHASHSEED only acts at start-up
    and is ignored under -I/-E, so a worker started with randomised hashing starts itself again."""
    if sys.flags.hash_randomization and not sys.flags.ignore_environment:
        os.execve(sys.executable, [sys.executable, "-s", "-B", os.path.abspath(__file__)], dict(os.environ, PYTHONHASHSEED="0"))
    if sys.flags.hash_randomization:
        environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
        environment.update(PYTHONHASHSEED="0", PYTHONNOUSERSITE="1", PYTHONSAFEPATH="1")
        os.execve(sys.executable, [sys.executable, "-s", "-B", os.path.abspath(__file__)], environment)


def main():
    _fix_hash_seed()
    # Keep the protocol channel private: fd 1 becomes /dev/null for anything else that prints.
    channel = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    worker = Worker()
    libc = worker.libc
    if libc is not None:
        # Non-dumpable: /proc/<worker>/mem, fd, environ... are closed to the children (and anyone
        # else without CAP_SYS_PTRACE), and the worker cannot be ptraced by them.
        libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    implementation = platform.python_implementation()
    ready = {"ready": True, "python": platform.python_version(), "implementation": implementation}
    ready.update(worker.describe())
    _emit(channel, ready)
    requests = sys.stdin.buffer
    while True:
        worker.prepare()
        line = requests.readline()
        if not line:
            break
        if not line.strip():
            continue
        message = json.loads(line)
        result, healthy = worker.serve(message["request"])
        raw = isinstance(result, bytes)
        # A checked result travels as the line after its header, as the child encoded it.
        answer = {"id": message["id"], "raw": True} if raw else {"id": message["id"], "result": result}
        if worker.warm:
            answer["warm"] = True
        if not healthy:
            answer["retire"] = True
        _emit(channel, answer)
        if raw:
            _write_all(channel, result + b"\n")
        if not healthy:
            # Something a program did to this worker could not be undone: the pool starts a new one.
            break
    worker.discard_spare()


if __name__ == "__main__":
    main()

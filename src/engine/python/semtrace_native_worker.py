"""The native backend's worker process: a persistent CPython that forks one child per program.

The parent loop stays pristine (user code only ever runs in a child), so nothing a program does
(patching builtins or sys.modules, leaving threads, writing globals) reaches the next one. The child
gets resource limits and a seccomp filter before user code runs, writes its result to a private
pipe and exits. The parent enforces the wall-clock limit with SIGKILL as a backstop.

Protocol: see src/engine/protocol.ts.
"""

import json
import os
import platform
import resource
import select
import shutil
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semtrace_seccomp import Seccomp  # noqa: E402
from semtrace_tracer import Run  # noqa: E402

_dumps = json.dumps
_GRACE_SECONDS = 0.5
SCRATCH = os.environ.get("SEMTRACE_SCRATCH") or "/tmp/semtrace-run"


def _emit(channel, payload):
    data = _dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"
    view = memoryview(data)
    while view:
        written = os.write(channel, view)
        view = view[written:]


def _child(request, write_fd, seccomp):
    """Runs in the forked child; never returns."""
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        limits = request.get("limits") or {}
        memory = int(limits.get("memoryBytes") or 0)
        if memory > 0:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))
        os.makedirs(SCRATCH, exist_ok=True)
        os.chdir(SCRATCH)
        seccomp.install()
        run = Run(request)
        failed = run.compile()
        if failed is not None:
            _emit(write_fd, failed)
            os._exit(0)

        def finish_now(_state):
            # Called from the tracer or the stdout writer when a limit is hit: end at once, so a
            # program that swallows the stop cannot keep running.
            signal.setitimer(signal.ITIMER_REAL, 0)
            _emit(write_fd, run.finish())
            os._exit(0)

        run.state.abort_hook = finish_now

        def on_alarm(_signum, _frame):
            run.state.abort("timeout")

        timeout_ms = limits.get("timeoutMs")
        if timeout_ms:
            signal.signal(signal.SIGALRM, on_alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout_ms / 1000.0)
        run.execute()
        signal.setitimer(signal.ITIMER_REAL, 0)
        _emit(write_fd, run.finish())
    except BaseException as error:  # the harness itself failed: say so rather than vanish
        try:
            _emit(write_fd, _failure("error", "HarnessError", "%s: %s" % (type(error).__name__, error)))
        except BaseException:
            pass
    os._exit(0)


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


def _collect(read_fd, pid, deadline):
    """Read the child's result until EOF; kill it at the deadline. Returns (bytes, wait status, killed)."""
    chunks = []
    killed = False
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            os.kill(pid, signal.SIGKILL)
            killed = True
            break
        ready, _, _ = select.select([read_fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(read_fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    _, wait_status = os.waitpid(pid, 0)
    return b"".join(chunks), wait_status, killed


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


WIPE_TMP = os.environ.get("SEMTRACE_WIPE_TMP") == "1"


def _wipe_scratch():
    # Files a program wrote must not be visible to the next one. Inside the sandbox /tmp is the
    # worker's own tmpfs, so all of it is wiped; outside, only the scratch folder is ours to remove.
    shutil.rmtree(SCRATCH, ignore_errors=True)
    if WIPE_TMP:
        for name in os.listdir("/tmp"):
            path = os.path.join("/tmp", name)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                try:
                    os.unlink(path)
                except OSError:
                    pass


def serve(request, seccomp):
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(request, write_fd, seccomp)
    os.close(write_fd)
    timeout_ms = (request.get("limits") or {}).get("timeoutMs") or 3600000
    deadline = time.monotonic() + timeout_ms / 1000.0 + _GRACE_SECONDS
    try:
        data, wait_status, killed = _collect(read_fd, pid, deadline)
    finally:
        os.close(read_fd)
    _wipe_scratch()
    if data and not killed:
        try:
            return json.loads(data)
        except ValueError:
            return _failure("error", "HarnessError", "the program's result could not be read")
    return _result_without_output(wait_status, killed)


def main():
    # Keep the protocol channel private: fd 1 becomes /dev/null for anything else that prints.
    channel = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    seccomp = Seccomp()
    implementation = platform.python_implementation()
    _emit(channel, {"ready": True, "python": platform.python_version(), "implementation": implementation, "seccomp": seccomp.available})
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        message = json.loads(line)
        result = serve(message["request"], seccomp)
        _emit(channel, {"id": message["id"], "result": result})


if __name__ == "__main__":
    main()

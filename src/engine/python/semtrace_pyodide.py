"""Per-run isolation for the embedded (Pyodide) backend, where one interpreter serves many programs.

There is no fork inside wasm, so a baseline is taken once before the first run and whatever a program
changed is put back after it. What cannot be put back marks the run *dirty*: the host answers, then
throws the interpreter away and restarts one from the snapshot. The process sandbox around the host is
the security boundary; this module keeps the next program's result independent of the previous one.
"""

import _json
import gc
import io
import json
import os
import signal
import sys

import semtrace_tracer
from semtrace_restore import Baseline

SCRATCH = "/tmp/semtrace-run"
semtrace_tracer.STDIN_FOLDER = SCRATCH  # the harness's own stdin file is then no write outside the run
# Imported before the memory snapshot is taken, so programs do not pay for importing them.
PRELOAD = (
    "array bisect collections copy dataclasses datetime decimal enum fractions functools heapq itertools "
    "math operator re statistics string textwrap typing unicodedata warnings"
).split()


def _is_bridge(name):
    head = name.split(".", 1)[0]
    return head in ("js", "pyodide", "pyodide_js") or head.startswith("_pyodide")


def preload():
    for name in PRELOAD:
        __import__(name)


def _cut_bridge():
    """Drop the JavaScript bridge from everything a program can reach by name. Importing it again goes
    through the import system, where the audit hook refuses it (the event only fires for modules that
    are not in sys.modules). The host also closes the bridge at the wasm boundary after boot; this is
    the first line."""
    bridge = [module for name, module in sys.modules.items() if _is_bridge(name)]
    for name in [name for name in sys.modules if _is_bridge(name)]:
        del sys.modules[name]
    _empty_bridge_modules(bridge)
    sys.meta_path[:] = [f for f in sys.meta_path if not _is_bridge(_owner(f))]
    sys.path_hooks[:] = [h for h in sys.path_hooks if not _is_bridge(getattr(h, "__module__", "") or "")]
    sys.path_importer_cache.clear()
    if _is_bridge(getattr(sys.excepthook, "__module__", "") or ""):
        sys.excepthook = sys.__excepthook__
    events = sys.modules.get("asyncio.events")
    if events is not None and hasattr(events, "_event_loop_policy"):
        events._event_loop_policy = None  # Pyodide's policy holds JS callbacks


def _owner(finder):
    """The module that defines a meta-path finder (a class or an instance)."""
    return getattr(finder if isinstance(finder, type) else type(finder), "__module__", "") or ""


def _empty_bridge_modules(modules):
    """Empty the bridge modules' namespaces, so that walking object.__subclasses__() to one of their
    classes, and on to a function's __globals__, finds nothing that leads to JavaScript; and empty the
    copy CPython keeps of `_pyodide_core`'s namespace, from which `_imp.create_builtin` would rebuild
    it."""
    core = sys.modules.get("_pyodide_core") or next(
        (m for m in modules if getattr(m, "__name__", "") == "_pyodide_core"), None)
    core_keys = set(vars(core)) if core is not None else None
    for module in modules:
        namespace = getattr(module, "__dict__", None)
        if isinstance(namespace, dict):
            name = namespace.get("__name__")
            namespace.clear()
            namespace["__name__"] = name
    if core_keys:
        for candidate in gc.get_objects():
            if type(candidate) is dict and "create_proxy" in candidate and set(candidate) >= core_keys - {"__name__"}:
                candidate.clear()
    gc.collect()


def _wipe_scratch():
    os.chdir("/")
    if os.path.isdir(SCRATCH) and not os.path.islink(SCRATCH):
        if os.listdir(SCRATCH):
            import shutil

            shutil.rmtree(SCRATCH, ignore_errors=True)
    elif os.path.lexists(SCRATCH):
        os.remove(SCRATCH)
    os.makedirs(SCRATCH, exist_ok=True)
    os.chdir(SCRATCH)


# Events refused outright (and marking the run dirty): they reach the host or make state unrecoverable.
_REFUSED = frozenset(
    "os.system os.exec os.posix_spawn os.spawn os.fork os.forkpty subprocess.Popen os.startfile "
    "gc.get_objects gc.get_referrers gc.get_referents sys.remote_exec".split()
)
# Events that change state the baseline cannot restore: allowed, but the interpreter is discarded.
_UNRECOVERABLE = frozenset("sys.addaudithook sys.monitoring.register_callback sys.monitoring.use_tool_id".split())
# File-system events with paths: allowed inside the scratch directory only.
_FS_EVENTS = frozenset(
    "os.remove os.rmdir os.rename os.mkdir os.chmod os.chown os.link os.symlink os.truncate os.utime "
    "os.chflags os.lchflags os.mkfifo os.mknod".split()
)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_getcwd = os.getcwd
_module_of = type.__dict__["__module__"].__get__


def _inside_scratch(path):
    """Whether a path given to a file operation lies in the scratch directory. Written without os.path,
    which the program may have tampered with by the time the hook runs."""
    if isinstance(path, int):
        return True  # an already open descriptor: its opening was checked
    if isinstance(path, bytes):
        path = path.decode("utf-8", "surrogateescape")
    if not isinstance(path, str):
        return False
    if not path.startswith("/"):
        path = _getcwd() + "/" + path
    parts = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part and part != ".":
            parts.append(part)
    return ("/" + "/".join(parts) + "/").startswith(SCRATCH + "/")


class Guard:
    """The audit hook. Audit hooks cannot be removed, so it is installed once and is active only while
    user code runs."""

    def __init__(self):
        self.active = False
        self.dirty = False
        self.reasons = []

    def mark(self, event):
        self.dirty = True
        self.reasons.append(event)

    def hook(self, event, args):
        if not self.active or event == "object.__getattr__":
            return
        if event in _REFUSED or event.startswith(("ctypes.", "os.exec", "os.spawn", "os.posix_spawn")):
            self.mark(event)
            raise PermissionError("semtrace: %s is not allowed" % event)
        if event == "import":
            name = args[0]
            if isinstance(name, str) and (_is_bridge(name) or name.split(".", 1)[0] in ("ctypes", "_ctypes")):
                self.mark(event + " " + name)
                raise ImportError("semtrace: importing %s is not allowed" % name)
        elif event in _UNRECOVERABLE:
            self.mark(event)
        elif event in ("object.__setattr__", "object.__delattr__"):
            target = args[0]
            try:
                owner = _module_of(target) if isinstance(target, type) else object.__getattribute__(target, "__module__")
            except (AttributeError, TypeError):
                owner = None
            if owner != "__main__":
                self.mark(event)
        elif event == "open":
            mode, flags = args[1], args[2]
            writes = (isinstance(flags, int) and flags & _WRITE_FLAGS) or (
                isinstance(mode, str) and any(c in mode for c in "wax+")
            )
            if writes and not _inside_scratch(args[0]):
                self.mark(event)
        elif event in _FS_EVENTS or event.startswith("shutil."):
            if not all(_inside_scratch(arg) for arg in args if isinstance(arg, (str, bytes))):
                self.mark(event)


class Session:
    """One interpreter's long-lived state: the baseline, the guard, and the entry point the host calls."""

    def __init__(self):
        _cut_bridge()
        os.makedirs(SCRATCH, exist_ok=True)
        os.chdir(SCRATCH)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        global _session
        _session = self  # before the baseline, which the per-run restore puts this module back to
        self.baseline = Baseline()
        self.guard = Guard()
        sys.addaudithook(self.guard.hook)

    def run_json(self, request_json, restore=True):
        """Run one request. Returns "0" + result JSON, or "1" + result JSON when the interpreter must be
        discarded after this run. `restore=False`: the host resets the whole interpreter after this
        run anyway, so the per-run restore is skipped."""
        guard = self.guard
        dirty = False
        try:
            run = semtrace_tracer.Run(json.loads(request_json))
            result = run.compile()
            if result is None:
                # SIGINT (the host's interrupt buffer) is only acted on while user code runs.
                signal.signal(signal.SIGINT, signal.default_int_handler)
                guard.active = True
                try:
                    run.execute()
                finally:
                    guard.active = False
                    signal.signal(signal.SIGINT, signal.SIG_IGN)
                # The result is built with builtins the program may have replaced: put them back first.
                self.baseline.restore_builtins()
                result = run.finish()
                namespace = getattr(run, "namespace", None)
                if restore:
                    dirty = self.baseline.restore(run.module_code, namespace, namespace is None) or guard.dirty
                    _wipe_scratch()
                else:
                    dirty = guard.dirty
            text = _dumps(result)
        except BaseException as error:  # the harness itself failed: answer, and start a new interpreter
            dirty = True
            text = _dumps(_harness_failure(error))
        return ("1" if dirty else "0") + text


def _not_json(value):
    raise TypeError("not JSON serialisable: %s" % type(value).__name__)


# The result is encoded by the C encoder alone, bound at import: a program that changed the json
# module's classes or functions does not change how its result is written.
_c_encoder = _json.make_encoder(None, _not_json, _json.encode_basestring, None, ": ", ", ", False, False, True)
_join = "".join


def _dumps(value):
    return _join(_c_encoder(value, 0))


def _harness_failure(error):
    timed_out = isinstance(error, KeyboardInterrupt)
    failure = {"type": "HarnessError", "message": "%s: %s" % (type(error).__name__, error), "line": None,
               "traceback": []}
    return {"status": "timeout" if timed_out else "error", "stdout": "", "stderr": "", "returnRepr": None,
            "returnType": None, "exception": None if timed_out else failure, "steps": [], "stepCount": 0}


_session = None
IO_DIR = "/semtrace-io"
_open = io.open


def install():
    """Called once per interpreter, after the snapshot is restored and before any user code runs."""
    return Session().run_json


def serve(restore):
    """The host's entry point after boot (run through PyRun_SimpleString): the request and the answer
    are files, so nothing crosses the JavaScript bridge."""
    with _open(IO_DIR + "/request.json", encoding="utf-8") as source:
        request = source.read()
    answer = _session.run_json(request, restore)
    with _open(IO_DIR + "/result.json", "w", encoding="utf-8") as sink:
        sink.write(answer)


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]

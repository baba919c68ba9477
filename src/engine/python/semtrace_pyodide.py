"""Per-run isolation for the embedded (Pyodide) backend, where one interpreter serves many programs.

There is no fork inside wasm, so a baseline is taken once before the first run and whatever a program
changed is put back after it. What cannot be put back marks the run *dirty*: the host answers, then
throws the interpreter away and restarts one from the snapshot. The process sandbox around the host is
the security boundary; this module keeps the next program's result independent of the previous one.
"""

import builtins
import _json
import gc
import io
import json
import operator
import os
import signal
import sys
import types

import semtrace_tracer

SCRATCH = "/tmp/semtrace-run"
semtrace_tracer.STDIN_FOLDER = SCRATCH  # the harness's own stdin file is then no write outside the run
# Imported before the memory snapshot is taken, so programs do not pay for importing them.
PRELOAD = (
    "array bisect collections copy dataclasses datetime decimal enum fractions functools heapq itertools "
    "math operator re statistics string textwrap typing unicodedata warnings"
).split()
# A program using any of these names can reach modules it never names: check every module after it.
REFLECTIVE = frozenset(
    "modules __dict__ setattr delattr __globals__ vars globals locals __import__ import_module importlib gc "
    "__subclasses__ f_globals f_locals f_builtins f_back tb_frame gi_frame cr_frame __builtins__ exec eval "
    "compile inspect __self__ __closure__ __code__ __func__ __objclass__ __mro__ __bases__ _getframe "
    "__traceback__ __loader__ __spec__ __setattr__ __delattr__ __getattribute__ ctypes".split()
)
# Always checked: the harness's own modules and what every run touches.
ALWAYS = ("sys", "os", "posixpath", "random", "json", "json.encoder", "json.decoder", "re", "io", "types",
          "signal", "warnings", "semtrace_tracer", "semtrace_repr", "semtrace_pyodide")
_is = operator.is_


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


def _code_names(code, names):
    names.update(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            _code_names(const, names)
    return names


def _same(current, keys, values):
    return len(current) == len(keys) and tuple(current) == keys and all(map(_is, current.values(), values))


class _Frozen:
    """A module's (or class's) namespace as it was at the baseline."""

    __slots__ = ("target", "keys", "values", "items")

    def __init__(self, target, namespace):
        self.target = target
        self.items = dict(namespace)
        self.keys = tuple(self.items)
        self.values = tuple(self.items.values())


def _mutable_classes(module):
    found = []
    for value in vars(module).values():
        if isinstance(value, type) and not value.__flags__ & (1 << 8) and value.__module__ == module.__name__:
            found.append(_Frozen(value, value.__dict__))
    return found


class Baseline:
    def __init__(self):
        self.builtins = _Frozen(builtins.__dict__, builtins.__dict__)
        self.sys_modules = _Frozen(sys.modules, sys.modules)
        self.modules = {}
        self.classes = {}
        self.by_short = {}
        for name, module in sys.modules.items():
            if isinstance(module, types.ModuleType):
                self.modules[name] = _Frozen(module, module.__dict__)
                self.classes[name] = _mutable_classes(module)
                self.by_short.setdefault(name.rpartition(".")[2], []).append(name)
        self.lists = [(sys.path, list(sys.path)), (sys.meta_path, list(sys.meta_path)),
                      (sys.path_hooks, list(sys.path_hooks)), (sys.argv, list(sys.argv))]
        import warnings

        self.warnings = warnings
        self.filters = list(warnings.filters)
        self.environ = dict(os.environ)
        self.recursion_limit = sys.getrecursionlimit()
        self.int_digits = sys.get_int_max_str_digits()
        self.asyncgen_hooks = sys.get_asyncgen_hooks()
        self.gc_threshold = gc.get_threshold()
        import decimal
        import random
        import re

        self.decimal = decimal
        self.decimal_context = decimal.getcontext().copy()
        # Instances the stdlib keeps module-wide: their attributes are not covered by the module check.
        self.random_inst = _Frozen(random._inst.__dict__, random._inst.__dict__)
        self.re = re

    def _targets(self, code, namespace, added):
        """Modules the program can reach by name: the ones it names, and the ones bound in its globals."""
        names = _code_names(code, set())
        targets = set()
        for name in added:  # a new module was bound as an attribute of its (baseline) parent package
            targets.add(name.rpartition(".")[0])
        for name in names:
            if name in self.modules:
                targets.add(name)
            targets.update(self.by_short.get(name, ()))
        for value in (namespace or {}).values():
            if isinstance(value, types.ModuleType):
                targets.add(getattr(value, "__name__", ""))
                for inner in list(vars(value).values()):
                    if isinstance(inner, types.ModuleType):
                        targets.add(getattr(inner, "__name__", ""))
        return names, targets

    def restore(self, code, namespace, full):
        """Put the interpreter back to the baseline. Returns True when something could not be restored."""
        self.restore_builtins()
        frozen = self.sys_modules
        added = ()
        if not _same(frozen.target, frozen.keys, frozen.values):
            added = [name for name in frozen.target if name not in frozen.items]
            frozen.target.clear()
            frozen.target.update(frozen.items)
        dirty = False
        for name in ALWAYS:  # first, so that the checks below run on untampered modules
            dirty = self._restore_module(name) or dirty
        names, targets = self._targets(code, namespace, added)
        if full or not names.isdisjoint(REFLECTIVE):
            targets = self.modules.keys()
        for name in targets:
            if name not in ALWAYS:
                dirty = self._restore_module(name) or dirty
        for current, saved in self.lists:
            if current != saved:
                current[:] = saved
        self._restore_runtime()
        return dirty

    def _restore_module(self, name):
        frozen = self.modules.get(name)
        if frozen is None:
            return False
        namespace = frozen.target.__dict__
        if not _same(namespace, frozen.keys, frozen.values):
            namespace.clear()
            namespace.update(frozen.items)
        dirty = False
        for cls in self.classes[name]:
            dirty = self._restore_class(cls) or dirty
        return dirty

    def restore_builtins(self):
        frozen = self.builtins
        if not _same(frozen.target, frozen.keys, frozen.values):
            frozen.target.clear()
            frozen.target.update(frozen.items)

    @staticmethod
    def _restore_class(frozen):
        cls = frozen.target
        current = cls.__dict__
        if _same(current, frozen.keys, frozen.values):
            return False
        try:
            for key in [key for key in current if key not in frozen.items]:
                type.__delattr__(cls, key)
            for key, value in frozen.items.items():
                if current.get(key) is not value:
                    type.__setattr__(cls, key, value)
        except (TypeError, AttributeError):
            return True
        return not _same(cls.__dict__, frozen.keys, frozen.values)

    def _restore_runtime(self):
        sys.setrecursionlimit(self.recursion_limit)
        sys.set_int_max_str_digits(self.int_digits)
        sys.set_asyncgen_hooks(*self.asyncgen_hooks)
        sys.setprofile(None)
        sys.settrace(None)
        gc.set_threshold(*self.gc_threshold)
        gc.enable()
        if dict(os.environ) != self.environ:
            os.environ.clear()
            os.environ.update(self.environ)
        warnings = self.warnings
        if warnings.filters != self.filters:
            warnings.filters[:] = self.filters
        # Forget which warnings were already shown, so the next program sees them again.
        mutated = getattr(warnings, "_filters_mutated_lock_held", None) or getattr(warnings, "_filters_mutated", None)
        if mutated is not None:
            with getattr(warnings, "_lock", None) or _NoLock():
                mutated()
        self.decimal.setcontext(self.decimal_context.copy())
        frozen = self.random_inst
        if not _same(frozen.target, frozen.keys, frozen.values):
            frozen.target.clear()
            frozen.target.update(frozen.items)
        self.re.purge()  # a program may have planted compiled patterns in the cache
        _wipe_scratch()


class _NoLock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


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

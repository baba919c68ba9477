"""Runs one program and records what CPython reports for it through sys.settrace.

Shared by both backends: the native worker calls `Run` in a forked child, the Pyodide host calls it in
the embedded interpreter. Everything here is trusted harness code; the user's code is compiled with the
file name PROGRAM_FILE, and only frames of that file are recorded, so harness frames never appear.

Ground truth comes first: the program must see what it would see under `python3 program.py`. So it runs
as the real `__main__` module, with real standard streams (stdin readable through fd 0 too), the same
recursion budget, exit-time output (atexit, finalizers), and a tracer that never calls the program's code
(values are read by semtrace_repr without calling any method the program defined).
"""

import builtins
import codecs
import gc
import io
import os
import random
import sys
import time
import traceback
import types

from semtrace_repr import (
    PROGRAM_FILE,
    SCALAR_TYPE_NAMES,
    ReprLimits,
    bounded_repr,
    clip_message,
    exception_message,
    lookup,
    scalar_repr,
    type_name,
)

CALL_FILE = "<call>"
_type_mro = type.__dict__["__mro__"].__get__
# Routines, classes and modules: hidden from `locals` unless showCallables (they are code, not data).
_HIDDEN_TYPES = (
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.MethodDescriptorType,
    types.WrapperDescriptorType,
    types.MethodWrapperType,
    types.ClassMethodDescriptorType,
    type,
)
_real_settrace = sys.settrace
_real_gettrace = sys.gettrace
_real_setprofile = sys.setprofile
_set_limit = sys.setrecursionlimit
_get_limit = sys.getrecursionlimit
# Units of recursion depth a plain `python3 program.py` has used when its module code calls a function:
# measured by _depth_units() called from module level (3.11 counts C entries too; 3.12+ only frames).
PLAIN_PROBE_UNITS = 4 if sys.version_info < (3, 12) else 3
# Room above the program's recursion limit for the tracer to be entered at the program's deepest frame.
TRACER_ENTRY_ROOM = 8
TRACER_HEADROOM = 400


def _fits(limit):
    """Whether the current depth is below `limit` (measured like _depth_units, from the same caller)."""
    saved = _get_limit()
    try:
        _set_limit(limit)
    except RecursionError:
        return False
    _set_limit(saved)
    return True


def _depth_units():
    """The current recursion depth in the interpreter's own units, found from what setrecursionlimit
    accepts (it refuses a limit at or below the current depth)."""
    saved = _get_limit()
    low, high = 1, saved + 100000
    while low < high:
        middle = (low + high) // 2
        try:
            _set_limit(middle)
            high = middle
        except RecursionError:
            low = middle + 1
    _set_limit(saved)
    return low


class Abort(BaseException):
    """Raised into user code to stop it; sticky: every later traced event raises it again."""

    def __init__(self, status):
        super().__init__(status)
        self.status = status


class RunState:
    def __init__(self, request):
        limits = request.get("limits") or {}
        self.trace = bool(request.get("trace", True))
        self.max_steps = int(limits.get("maxSteps", 100000))
        self.max_output = int(limits.get("maxOutputBytes", 1 << 20))
        self.repr_limits = ReprLimits(
            int(limits.get("maxReprChars", 1000)), int(limits.get("maxReprItems", 50)), int(limits.get("maxReprDepth", 6))
        )
        self.return_limits = ReprLimits(int(limits.get("maxReturnReprChars", 100000)), 100000, 64)
        self.show_callables = bool(request.get("showCallables", False))
        self.steps = []
        self.step_count = 0
        self.abort_status = None
        self.muted = False
        self.out_parts = []
        self.out_bytes = 0
        self.err_parts = []
        self.err_bytes = 0
        self.deadline = None
        self.abort_hook = None
        # id(frame) -> index of that frame's latest step: printed text belongs to the line running it.
        self.frame_step = {}
        self.result = None
        # Recursion bookkeeping: units of depth at the program's module frame (seen from the tracer), what
        # the harness adds to the program's limit, and a limit still to put back after a deep event.
        self.module_units = None
        self.limit_offset = 0
        self.pending_limit = None
        self.refused_frame = None

    def abort(self, status):
        """Stop the program. A backend that can end the process at once (the native fork) does so in
        abort_hook; otherwise Abort is raised into user code, which may swallow it, and the run then
        goes on untraced with its output dropped until it ends or its time runs out."""
        if self.abort_status is None:
            self.abort_status = status
        if self.abort_hook is not None:
            self.abort_hook(self)
        raise Abort(self.abort_status)


def _printing_step(state):
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename != PROGRAM_FILE:
        frame = frame.f_back
    if frame is None:
        return state.step_count - 1
    return state.frame_step.get(id(frame), state.step_count - 1)


class CapturedOutput(io.RawIOBase):
    """The bytes under sys.stdout / sys.stderr: keeps what the program wrote and which step wrote it.
    The text streams over it are ordinary TextIOWrappers, so `.buffer`, `.encoding` and friends exist."""

    def __init__(self, state, is_stdout):
        super().__init__()
        self._state = state
        self._is_stdout = is_stdout
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def writable(self):
        return True

    def readable(self):
        return False

    def isatty(self):
        return False

    def write(self, data):
        state = self._state
        data = bytes(data)
        if state.muted:
            return len(data)
        size = len(data)
        if self._is_stdout:
            room = state.max_output - state.out_bytes
            if size > room:
                keep = self._decoder.decode(data[: max(room, 0)], True)
                state.out_parts.append((_printing_step(state), keep))
                state.out_bytes = state.max_output
                state.abort("output_limit")
            state.out_parts.append((_printing_step(state), self._decoder.decode(data)))
            state.out_bytes += size
        elif state.err_bytes < state.max_output:
            text = self._decoder.decode(data[: state.max_output - state.err_bytes])
            state.err_parts.append(text)
            state.err_bytes += size
        return size


def _text_stream(raw, errors, name):
    # write_through: text reaches the capture at once, so it is attributed to the line that printed it.
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors=errors, write_through=True)
    stream.mode = "w"
    try:
        raw.name = name
    except AttributeError:
        pass
    return stream


# Where stdin's file goes where there is no memfd_create (Pyodide): the embedding may name a folder of its
# own (the Pyodide session names its scratch, where the file is no change to anything outside the run).
STDIN_FOLDER = "/tmp"


def _stdin_fd(data):
    """A descriptor whose content is `data`, placed at fd 0: `input()`, `sys.stdin` and `open(0)` all read it,
    as from a pipe under python3. Returns the descriptor that was at 0 before (to put back), or None."""
    try:
        saved = os.dup(0)
    except OSError:
        saved = None
    fd = None
    if hasattr(os, "memfd_create"):
        try:
            fd = os.memfd_create("stdin")
        except OSError:
            fd = None
    if fd is None:
        path = "%s/.semtrace-stdin-%d" % (STDIN_FOLDER, os.getpid())
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        os.unlink(path)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.lseek(fd, 0, os.SEEK_SET)
    os.dup2(fd, 0)
    os.close(fd)
    return saved


_DETACHED_CODE = {}


def _detached(source, name, env):
    """A function for the program's `sys` whose globals hold only `env`: nothing of the harness is reachable
    from it."""
    namespace = dict(env)
    namespace["__builtins__"] = {}
    exec(_DETACHED_CODE[source], namespace)
    function = namespace[name]
    function.__module__ = "sys"
    return function


# CPython before 3.13 prints "Exception ignored …" reports (atexit callbacks, __del__, weakref callbacks)
# from C, which reads source lines from disk, and the program's file is not on disk: python3 shows the
# line, so this hook writes the same report with the lines from linecache, byte for byte as the C hook.
_UNRAISABLE_HOOK = """
def unraisablehook(unraisable):
    err = _sys.stderr
    if err is None:
        return
    obj, message = unraisable.object, unraisable.err_msg
    if obj is not None:
        try:
            shown = repr(obj)
        except BaseException:
            shown = "<object repr() failed>"
        err.write((message if message is not None else "Exception ignored in") + ": " + shown + "\\n")
    elif message is not None:
        err.write(message + ":\\n")
    if unraisable.exc_traceback is not None:
        err.write("Traceback (most recent call last):\\n")
        err.write("".join(_format_tb(unraisable.exc_traceback)))
    kind = unraisable.exc_type
    if kind is None:
        return
    module = getattr(kind, "__module__", None)
    if type(module) is not str:
        err.write("<unknown>")
    elif module != "builtins" and module != "__main__":
        err.write(module + ".")
    err.write(kind.__qualname__)
    if unraisable.exc_value is not None:
        try:
            text = str(unraisable.exc_value)
        except BaseException:
            text = "<exception str() failed>"
        err.write(": " + text)
    err.write("\\n")
"""


_GETRECURSIONLIMIT = "def getrecursionlimit():\n    return _get() - _offset\n"
_SETRECURSIONLIMIT = (
    "def setrecursionlimit(limit):\n"
    "    limit = _index(limit)\n"
    "    if limit < 1:\n"
    "        raise ValueError('recursion limit must be greater or equal than 1')\n"
    "    _set(limit + _offset)\n"
)
_GETTRACE = "def gettrace():\n    return _mine[0]\n"
_SETTRACE = "def settrace(function):\n    _mine[0] = function\n    if function is not None:\n        _real(function)\n"
# Compiled at import, in the worker before it forks: a child compiling them copies pages for nothing.
for _source in (_UNRAISABLE_HOOK, _GETRECURSIONLIMIT, _SETRECURSIONLIMIT, _GETTRACE, _SETTRACE):
    _DETACHED_CODE[_source] = compile(_source, "<sys>", "exec")
_PROBE_CODE = compile("units = _depth_units()", "<probe>", "exec")


def _unraisable_hook():
    env = {"_sys": sys, "_format_tb": traceback.format_tb, "repr": repr, "str": str, "getattr": getattr}
    env.update(type=type, BaseException=BaseException)
    return _detached(_UNRAISABLE_HOOK, "unraisablehook", env)


_NONE_TYPE = type(None)
# The type of a function frame's f_locals: dict up to 3.12, FrameLocalsProxy from 3.13 (PEP 667).
_FRAME_LOCALS_PROXY = type((lambda: sys._getframe().f_locals)())


def _variables(frame, state):
    shown = {}
    limits = state.repr_limits
    show_callables = state.show_callables
    names = frame.f_locals
    if _is_dict(names):
        items = dict.items(names)
    elif type(names) is _FRAME_LOCALS_PROXY:
        # 3.13+ (PEP 667): a function frame's f_locals is a view of its fast locals, read in C.
        items = _FRAME_LOCALS_PROXY.items(names)
    else:
        items = ()
    chars = limits.chars
    for name, value in items:
        # Dunder names are the interpreter's; `.0` is a comprehension's hidden iterator (3.11).
        if type(name) is not str or not name.isidentifier() or (len(name) > 4 and name[:2] == "__" == name[-2:]):
            continue
        kind = type(value)
        # Identity tests, not a dict lookup: hashing a class can run its metaclass's __hash__.
        if kind is int or kind is str or kind is bool or kind is float or kind is _NONE_TYPE:
            text = scalar_repr(value, kind, chars)
            if text is not None:
                shown[name] = {"repr": text, "type": SCALAR_TYPE_NAMES[kind]}
                continue
        elif not show_callables and _is_routine(value):
            continue
        shown[name] = {"repr": bounded_repr(value, limits), "type": type_name(value)}
    return shown


def _is_a(value, cls):
    """isinstance without asking the value for __class__ (which a program's class can compute)."""
    for base in _type_mro(type(value)):
        if base is cls:
            return True
    return False


def _is_dict(value):
    for cls in _type_mro(type(value)):
        if cls is dict:
            return True
    return False


def _is_routine(value):
    for cls in _type_mro(type(value)):
        for hidden in _HIDDEN_TYPES:
            if cls is hidden:
                return True
    return False


def _user_depth(frame, depths):
    """Number of user frames below this one; found through the nearest user frame's cached depth."""
    parent = frame.f_back
    while parent is not None:
        if parent.f_code.co_filename == PROGRAM_FILE:
            known = depths.get(id(parent))
            return known + 1 if known is not None else 1
        parent = parent.f_back
    return 0


def make_tracers(state):
    """The global trace function (new frames) and a per-frame one (line / return / exception).

    Each callback first lifts the recursion limit so that recording a value near the program's limit
    never fails, and puts the program's limit back before returning."""
    steps = state.steps
    depths = {}

    def record(frame, event, depth, extra):
        if state.step_count >= state.max_steps:
            state.abort("step_limit")
        line = frame.f_lineno
        if line is None:
            # 3.12+ reports some events in code that has no line (the `except*` machinery, PEP 626):
            # they belong to the line the frame was last on.
            last = state.frame_step.get(id(frame))
            line = steps[last]["line"] if last is not None and last < len(steps) else frame.f_code.co_firstlineno
        step = {
            "event": event,
            "line": line,
            "func": frame.f_code.co_name,
            "depth": depth,
            "locals": _variables(frame, state),
        }
        if extra:
            step.update(extra)
        state.frame_step[id(frame)] = len(steps)
        steps.append(step)
        state.step_count += 1

    def lift():
        """Lift the recursion limit for the tracer's own work; returns the program's real limit."""
        limit = state.pending_limit or _get_limit()
        _set_limit(limit + TRACER_HEADROOM)
        return limit

    def drop(limit):
        try:
            _set_limit(limit)
            state.pending_limit = None
        except RecursionError:  # the tracer runs above the limit: put it back at a shallower event
            state.pending_limit = limit

    def reinstall(frame, event, arg):
        # Raising from a trace function makes CPython remove it; the next profile event puts it back.
        _real_setprofile(None)
        _real_settrace(on_call)

    def on_call(frame, event, arg):
        if state.abort_status is not None:
            raise Abort(state.abort_status)
        if frame.f_code.co_filename != PROGRAM_FILE:
            return None
        limit = lift()
        too_deep = False
        try:
            if state.module_units is None:
                state.module_units = _depth_units()  # the program's first frame: its module code
            if not _fits(state.module_units + limit - state.limit_offset - 1):
                too_deep = True  # python3 would have refused to push this frame
            else:
                depth = _user_depth(frame, depths)
                depths[id(frame)] = depth
                record(frame, "call", depth, None)
        finally:
            drop(limit)
        if too_deep:
            _real_setprofile(reinstall)
            refused = RecursionError("maximum recursion depth exceeded")
            # python3 raises it in the caller; here it starts in the refused frame, which tracebacks skip.
            state.refused_frame = frame
            raise refused
        return on_event

    def on_event(frame, event, arg):
        if state.abort_status is not None:
            raise Abort(state.abort_status)
        limit = lift()
        try:
            depth = depths.get(id(frame), 0)
            if event == "line":
                record(frame, "line", depth, None)
            elif event == "return":
                value = {"repr": bounded_repr(arg, state.repr_limits), "type": type_name(arg)}
                depths.pop(id(frame), None)
                record(frame, "return", depth, {"value": value})
            elif event == "exception":
                error = arg[1]
                if type(error) is not Abort:
                    described = {"type": type(error).__name__, "message": exception_message(error, state.repr_limits)}
                    record(frame, "exception", depth, {"exception": described})
        finally:
            drop(limit)
        return on_event

    return on_call


def _last_user_line(tb, refused=None):
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == PROGRAM_FILE and tb.tb_frame is not refused:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _user_traceback(tb, refused=None):
    """The program's frames in a traceback; frames the tracer refused (recursion limit) never ran."""
    entries = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == PROGRAM_FILE and tb.tb_frame is not refused:
            entries.append({"line": tb.tb_lineno, "func": code.co_name})
        tb = tb.tb_next
    return entries


def _joined_output(state):
    by_step = {}
    for index, text in state.out_parts:
        by_step[index] = by_step.get(index, "") + text
    for index, text in by_step.items():
        if 0 <= index < len(state.steps):
            state.steps[index]["stdout"] = state.steps[index].get("stdout", "") + text
    return "".join(text for _, text in state.out_parts)


def _clean_exit(error):
    """sys.exit() / exit(0) end a script normally, as they do under CPython."""
    return _is_a(error, SystemExit) and error.code in (None, 0)


def _status_for(error, state):
    if _is_a(error, Abort):
        return error.status
    if state.abort_status is not None:
        return state.abort_status
    if _is_a(error, MemoryError):
        return "memory_limit"
    # The Pyodide host interrupts at its own deadline, counted from a moment slightly before ours.
    if _is_a(error, KeyboardInterrupt) and state.deadline is not None and time.monotonic() >= state.deadline - 0.25:
        return "timeout"
    return "error"


def compile_program(code, mode, call):
    """Compile the program (and the call expression); returns (module_code, call_code) or a syntax error."""
    module_code = compile(code, PROGRAM_FILE, "exec", dont_inherit=True)
    call_code = None
    if mode == "call":
        if not call:
            raise ValueError("call mode needs a call expression such as f(1, 2)")
        call_code = compile(call, CALL_FILE, "eval", dont_inherit=True)
    return module_code, call_code


def _syntax_error_result(error, where):
    return {
        "status": "syntax_error",
        "exception": {
            "type": type(error).__name__,
            "message": "%s%s" % (getattr(error, "msg", str(error)), " (in the call expression)" if where == CALL_FILE else ""),
            "line": getattr(error, "lineno", None),
            "column": getattr(error, "offset", None),
            "traceback": [],
        },
    }


def _final_message(error, limits):
    """The uncaught exception's message as CPython prints it at exit (it calls the exception's __str__
    then, after the program's own code has finished)."""
    try:
        text = str(error)
        if type(text) is not str:
            raise TypeError
    except BaseException:  # noqa: BLE001 - CPython prints <exception str() failed> in this case
        return exception_message(error, limits)
    return clip_message(text, limits)


def _install_sync_event_loop():
    """Pyodide's own asyncio loop runs on the JavaScript event loop, which a synchronous run never yields
    to. Give the program CPython's ordinary loop over a selector that just sleeps until the next timer
    (there is no I/O to wait for here)."""
    import asyncio
    import asyncio.events as events

    # Pyodide wraps asyncio.run to use its JavaScript loop; the wrapper keeps CPython's own as __wrapped__.
    asyncio.run = getattr(asyncio.run, "__wrapped__", asyncio.run)

    class _Sleeper:
        def select(self, timeout=None):
            if timeout:
                time.sleep(timeout)
            return []

        def close(self):
            pass

    class SynchronousLoop(asyncio.BaseEventLoop):
        def __init__(self):
            super().__init__()
            self._selector = _Sleeper()

        def _process_events(self, event_list):
            pass

        def _write_to_self(self):
            pass

    base = getattr(events, "_BaseDefaultEventLoopPolicy", None) or events.BaseDefaultEventLoopPolicy

    class Policy(base):
        _loop_factory = SynchronousLoop

    events._event_loop_policy = Policy()
    # Pyodide marks its JavaScript loop as always running; the program starts with none, as under python3.
    running = events._get_running_loop()
    events._set_running_loop(None)
    return lambda: events._set_running_loop(running)


_frozen = []


def _freeze_harness_objects():
    """Move every object alive before the program into gc's permanent generation (an O(1) list splice),
    so the collection at exit looks only at the program's objects. In a forked child this also keeps the
    collector from touching, and so copying, every page of the parent; the embedded interpreter does it once."""
    if not _frozen or hasattr(os, "fork"):
        gc.freeze()
        _frozen.append(True)


def _stand_in(error):
    """An instance of the same exception type holding nothing of the program (its exit code aside), made
    without running the type's __init__: the result still needs the type, not the object."""
    stand_in = BaseException.__new__(type(error))
    if _is_a(error, SystemExit):
        SystemExit.__dict__["code"].__set__(stand_in, error.code)
    if _is_a(error, Abort):
        stand_in.status = error.status
    return stand_in


def _names_module(code, name):
    if name in code.co_names:
        return True
    return any(_names_module(const, name) for const in code.co_consts if type(const) is type(code))


class Run:
    """One program run: set up streams and namespace, execute, and build the result dict."""

    def __init__(self, request):
        self.request = request
        self.state = RunState(request)
        self.mode = request.get("mode", "script")
        self.value = None
        self.error = None
        self.described = None
        self.finished = False
        self.namespace = None
        self.trace_lost = False
        self._undo_loop = None

    def compile(self):
        """Returns None when the program compiles, else the finished syntax_error result."""
        try:
            self.module_code, self.call_code = compile_program(self.request["code"], self.mode, self.request.get("call"))
            return None
        except SyntaxError as error:
            where = getattr(error, "filename", PROGRAM_FILE)
            return self._bare_result(_syntax_error_result(error, where))
        except (ValueError, TypeError) as error:
            failure = {"type": type(error).__name__, "message": str(error), "line": None, "traceback": []}
            return self._bare_result({"status": "syntax_error", "exception": failure})

    def _bare_result(self, fields):
        result = {"status": "ok", "stdout": "", "stderr": "", "returnRepr": None, "returnType": None, "exception": None}
        result.update(fields)
        result.update({"steps": [], "stepCount": 0})
        return result

    def _main_module(self):
        """The program runs as the real __main__ module, so pickle, doctest and typing find its names."""
        import linecache

        module = types.ModuleType("__main__")  # __name__, __doc__, __package__, __loader__, __spec__
        module.__annotations__ = {}  # then the names python3's __main__ has, in its order
        module.__builtins__ = builtins
        module.__file__ = PROGRAM_FILE
        module.__cached__ = None
        source = self.request["code"]
        # inspect.getsource, doctest and traceback lines read the source through linecache.
        linecache.cache[PROGRAM_FILE] = (len(source), None, source.splitlines(True), PROGRAM_FILE)
        return module

    def _streams(self, state):
        stdin_bytes = (self.request.get("stdin") or "").encode("utf-8")
        self._saved_fd0 = _stdin_fd(stdin_bytes)
        raw = io.FileIO(0, "r", closefd=False)
        raw.name = "<stdin>"
        stdin = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8")
        stdin.mode = "r"
        stdout = _text_stream(CapturedOutput(state, True), "strict", "<stdout>")
        stderr = _text_stream(CapturedOutput(state, False), "backslashreplace", "<stderr>")
        sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
        sys.__stdin__, sys.__stdout__, sys.__stderr__ = stdin, stdout, stderr

    @staticmethod
    def _recursion_budget(probe_units, state):
        """Give the program the recursion budget it has under python3: the harness's frames below it are
        added to the limit, and sys.getrecursionlimit / setrecursionlimit keep the program's view."""
        import operator

        # While tracing, frames are checked against the program's limit at their call event, and the
        # extra room lets the tracer be entered at the program's deepest frame.
        offset = probe_units - PLAIN_PROBE_UNITS + (TRACER_ENTRY_ROOM if state.trace else 0)
        state.limit_offset = offset
        _set_limit(_get_limit() + offset)
        env = {"_get": _get_limit, "_set": _set_limit, "_offset": offset, "_index": operator.index}
        getter = _detached(_GETRECURSIONLIMIT, "getrecursionlimit", env)
        setter = _detached(_SETRECURSIONLIMIT, "setrecursionlimit", dict(env, ValueError=ValueError))
        sys.getrecursionlimit, sys.setrecursionlimit = getter, setter

    def execute(self):
        state = self.state
        saved = (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__)
        saved_sys = (sys.argv, sys.modules.get("__main__"), sys.gettrace, sys.settrace, sys.getrecursionlimit, sys.setrecursionlimit)
        saved_hooks = (sys.unraisablehook, sys.__unraisablehook__)
        saved_limit = _get_limit()
        self._saved_fd0 = None
        _freeze_harness_objects()  # before the program's module exists: frozen objects are never collected
        # Held only here and in sys.modules, so that dropping both at exit frees it as CPython would.
        self._module = self._main_module()
        random.seed(self.request.get("seed", 0))
        timeout_ms = (self.request.get("limits") or {}).get("timeoutMs")
        if timeout_ms:
            state.deadline = time.monotonic() + timeout_ms / 1000.0
        tracer = make_tracers(state) if state.trace else None
        try:
            self._streams(state)
            sys.argv = [PROGRAM_FILE]
            sys.modules["__main__"] = self._module
            if sys.platform == "emscripten":
                # Pyodide's time.sleep may hand control to JavaScript; the program gets CPython's own.
                time.sleep = getattr(time.sleep, "__wrapped__", time.sleep)
            if sys.platform == "emscripten" and ("asyncio" in sys.modules or _names_module(self.module_code, "asyncio")):
                self._undo_loop = _install_sync_event_loop()
            # The program sees no tracer (as under python3), and sys.settrace(None) — restoring what
            # gettrace() gave, as doctest and pdb do — keeps semtrace's; a real function replaces it.
            box = {"_real": _real_settrace, "_mine": [None]}
            sys.gettrace = _detached(_GETTRACE, "gettrace", box)
            sys.settrace = _detached(_SETTRACE, "settrace", box)
            if sys.version_info < (3, 13):
                sys.unraisablehook = sys.__unraisablehook__ = _unraisable_hook()
            # Measured from this frame, where the program's module code will run too.
            probe = {"_depth_units": _depth_units}
            exec(_PROBE_CODE, probe)
            self._recursion_budget(probe["units"], state)
            if tracer is not None:
                _real_settrace(tracer)
            try:
                exec(self.module_code, self._module.__dict__)
                if self.call_code is not None:
                    self.value = eval(self.call_code, self._module.__dict__)
            except BaseException as error:
                self.error = error
            error = None
            if tracer is not None and _real_gettrace() is not tracer:
                self.trace_lost = True  # the program called sys.settrace itself
                tracer = None
            # CPython calls the exception's __str__ to print it; that is not the program's traced code.
            _real_settrace(None)
            self._describe_error()
            if tracer is not None:
                _real_settrace(tracer)
            if state.abort_status is None and not (_is_a(self.error, Abort) or _is_a(self.error, MemoryError)):
                self._exit_time(saved_sys[1])
            if tracer is not None and _real_gettrace() is not tracer:
                self.trace_lost = True
            _real_settrace(None)
        except BaseException as failure:
            _real_settrace(None)
            if self.error is None:
                self.error = failure
                self._describe_error()
        finally:
            self._module = None
            _real_settrace(None)
            _real_setprofile(None)
            self._restore(saved, saved_sys, saved_limit)
            sys.unraisablehook, sys.__unraisablehook__ = saved_hooks

    def _restore(self, saved, saved_sys, saved_limit):
        sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__ = saved
        sys.argv, main, sys.gettrace, sys.settrace, sys.getrecursionlimit, sys.setrecursionlimit = saved_sys
        if main is not None:
            sys.modules["__main__"] = main
        try:
            _set_limit(saved_limit)
        except RecursionError:
            pass
        if self._undo_loop is not None:
            self._undo_loop()
            self._undo_loop = None
        if self._saved_fd0 is not None:
            os.dup2(self._saved_fd0, 0)
            os.close(self._saved_fd0)
            self._saved_fd0 = None

    def _describe_error(self):
        """Read what the uncaught exception says before exit-time code runs and its traceback is dropped."""
        error = self.error
        if error is None or self.described is not None or _is_a(error, Abort):
            return
        state = self.state
        state.muted = True
        try:
            described = {"type": type(error).__name__, "message": _final_message(error, state.repr_limits)}
        finally:
            state.muted = False
        refused = self.state.refused_frame
        described["line"] = _last_user_line(error.__traceback__, refused)
        described["traceback"] = _user_traceback(error.__traceback__, refused)
        self.described = described

    def _exit_time(self, previous_main):
        """What python3 does after the program: atexit handlers (errors reported and ignored), then the
        uncaught exception is dropped and `__main__` leaves sys.modules; the module's namespace becomes
        garbage, and the collector runs what CPython runs at that point: finalizers (`__del__`, suspended
        generators' finally blocks, weakref callbacks) in CPython's own order."""
        import atexit

        try:
            atexit._run_exitfuncs()
        except BaseException:  # noqa: BLE001
            pass
        self.state.refused_frame = None
        if self.error is not None:  # sys.last_value is dropped before modules are cleared
            self.error = _stand_in(self.error)
        namespace = self._module.__dict__
        # Keep the modules the program bound (the Pyodide backend checks what it could reach), no other value.
        self.namespace = {k: v for k, v in dict.items(namespace) if type(v) is types.ModuleType}
        if self.call_code is not None and self.error is None:
            self._keep_return_value()
        namespace = None
        self._module = None
        if previous_main is not None:
            sys.modules["__main__"] = previous_main
        else:
            sys.modules.pop("__main__", None)
        gc.collect()

    def _keep_return_value(self):
        state = self.state
        self.value_repr = (bounded_repr(self.value, state.return_limits), type_name(self.value))
        self.value = None

    def finish(self):
        """Build the result from what has been recorded so far (also called mid-run by an abort hook)."""
        _real_settrace(None)
        state = self.state
        state.muted = True
        result = self._bare_result({})
        error = self.error
        in_call = self.call_code is not None
        if state.abort_status:
            status = state.abort_status
        elif error is None or (_clean_exit(error) and not in_call):
            status = "ok"
        else:
            status = _status_for(error, state)
        result["status"] = status
        if error is not None and (status == "error" or (status == "memory_limit" and not _is_a(error, Abort))):
            if self.described is None:
                self._describe_error()
            result["exception"] = self.described
        if status == "ok" and self.trace_lost:
            result["status"] = "error"
            result["exception"] = {
                "type": "TraceInterrupted",
                "message": "the program replaced the trace function with sys.settrace(); the trace stops there "
                "(run it with trace: false for its result)",
                "line": None,
                "traceback": [],
            }
        elif status == "ok" and in_call:
            shown = getattr(self, "value_repr", None) or (
                bounded_repr(self.value, state.return_limits),
                type_name(self.value),
            )
            result["returnRepr"], result["returnType"] = shown
        result["stdout"] = _joined_output(state)
        result["stderr"] = "".join(state.err_parts)
        result["steps"] = state.steps
        result["stepCount"] = state.step_count
        return result


def run_request(request):
    """Run one request in this interpreter and return the result dict (backend fields are added later)."""
    run = Run(request)
    failed = run.compile()
    if failed is not None:
        return failed
    run.execute()
    return run.finish()


__all__ = ["Abort", "Run", "RunState", "lookup", "run_request"]

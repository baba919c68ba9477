"""Runs one program and records what CPython reports for it through sys.settrace.

Shared by both backends: the native worker calls `run_request` in a forked child, the Pyodide host calls
it in the embedded interpreter. Everything here is trusted harness code; the user's code is compiled
with the file name PROGRAM_FILE, and only frames of that file are recorded, so harness frames never
appear in a trace.
"""

import builtins
import io
import random
import sys
import time
import types

from semtrace_repr import ReprLimits, bounded_repr, type_name

PROGRAM_FILE = "<program>"
CALL_FILE = "<call>"
_HIDDEN_TYPES = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type, types.MethodType)


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


class CapturedStream(io.TextIOBase):
    """sys.stdout / sys.stderr for the program: keeps the text and which step printed it."""

    def __init__(self, state, is_stdout):
        self._state = state
        self._is_stdout = is_stdout

    def writable(self):
        return True

    def write(self, text):
        state = self._state
        if state.muted:  # output of a user __repr__ while we record locals is not the program's output
            return len(text)
        if type(text) is not str:
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        size = len(text.encode("utf-8", "surrogatepass"))
        if self._is_stdout:
            room = state.max_output - state.out_bytes
            if size > room:
                keep = text.encode("utf-8", "surrogatepass")[: max(room, 0)].decode("utf-8", "ignore")
                state.out_parts.append((_printing_step(state), keep))
                state.out_bytes = state.max_output
                state.abort("output_limit")
            state.out_parts.append((_printing_step(state), text))
            state.out_bytes += size
        elif state.err_bytes < state.max_output:
            state.err_parts.append(text[: state.max_output - state.err_bytes])
            state.err_bytes += size
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False


def _variables(frame, state):
    shown = {}
    limits = state.repr_limits
    show_callables = state.show_callables
    state.muted = True
    try:
        for name, value in frame.f_locals.items():
            if name.startswith("__") and name.endswith("__"):
                continue
            if not show_callables and isinstance(value, _HIDDEN_TYPES):
                continue
            shown[name] = {"repr": bounded_repr(value, limits), "type": type_name(value)}
    finally:
        state.muted = False
    return shown


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
    """The global trace function (new frames) and a per-frame one (line / return / exception)."""
    steps = state.steps
    depths = {}

    def record(frame, event, depth, extra):
        if state.step_count >= state.max_steps:
            state.abort("step_limit")
        step = {
            "event": event,
            "line": frame.f_lineno,
            "func": frame.f_code.co_name,
            "depth": depth,
            "locals": _variables(frame, state),
        }
        if extra:
            step.update(extra)
        state.frame_step[id(frame)] = len(steps)
        steps.append(step)
        # Counted once recorded: building the locals can itself raise (RecursionError near the limit),
        # and then no step exists, so stepCount always equals the number of steps.
        state.step_count += 1

    def on_call(frame, event, arg):
        if state.abort_status is not None:
            raise Abort(state.abort_status)
        if frame.f_code.co_filename != PROGRAM_FILE:
            return None
        depth = _user_depth(frame, depths)
        depths[id(frame)] = depth
        record(frame, "call", depth, None)

        def on_event(frame, event, arg):
            if state.abort_status is not None:
                raise Abort(state.abort_status)
            if event == "line":
                record(frame, "line", depth, None)
            elif event == "return":
                state.muted = True
                value = {"repr": bounded_repr(arg, state.repr_limits), "type": type_name(arg)}
                state.muted = False
                depths.pop(id(frame), None)
                record(frame, "return", depth, {"value": value})
            elif event == "exception":
                kind, error, _tb = arg
                if isinstance(error, Abort):
                    return on_event
                record(frame, "exception", depth, {"exception": _describe_exception(error, state)})
            return on_event

        return on_event

    return on_call


def _describe_exception(error, state):
    state.muted = True
    try:
        message = str(error)
        if len(message) > state.repr_limits.chars:
            message = message[: state.repr_limits.chars] + "..."
    except BaseException:
        message = "<str failed>"
    finally:
        state.muted = False
    return {"type": type(error).__name__, "message": message}


def _last_user_line(tb):
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == PROGRAM_FILE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _user_traceback(tb):
    entries = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == PROGRAM_FILE:
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
    return isinstance(error, SystemExit) and error.code in (None, 0)


def _status_for(error, state):
    if isinstance(error, Abort):
        return error.status
    if state.abort_status is not None:
        return state.abort_status
    if isinstance(error, MemoryError):
        return "memory_limit"
    # The Pyodide host interrupts at its own deadline, counted from a moment slightly before ours.
    if isinstance(error, KeyboardInterrupt) and state.deadline is not None and time.monotonic() >= state.deadline - 0.25:
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


class Run:
    """One program run: set up streams and namespace, execute, and build the result dict."""

    def __init__(self, request):
        self.request = request
        self.state = RunState(request)
        self.mode = request.get("mode", "script")
        self.value = None
        self.error = None
        self.finished = False
        self._saved_streams = None
        self.namespace = None

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

    def execute(self):
        state = self.state
        stdin_bytes = (self.request.get("stdin") or "").encode("utf-8")
        self._saved_streams = (sys.stdin, sys.stdout, sys.stderr)
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8")
        sys.stdout = CapturedStream(state, True)
        sys.stderr = CapturedStream(state, False)
        random.seed(self.request.get("seed", 0))
        namespace = {"__name__": "__main__", "__builtins__": builtins, "__doc__": None}
        self.namespace = namespace  # the program's globals, for a backend that checks what it could reach
        timeout_ms = (self.request.get("limits") or {}).get("timeoutMs")
        if timeout_ms:
            state.deadline = time.monotonic() + timeout_ms / 1000.0
        tracer = make_tracers(state) if state.trace else None
        try:
            if tracer is not None:
                sys.settrace(tracer)
            exec(self.module_code, namespace)
            if self.call_code is not None:
                self.value = eval(self.call_code, namespace)
            sys.settrace(None)
        except BaseException as error:
            sys.settrace(None)
            self.error = error
        finally:
            sys.stdin, sys.stdout, sys.stderr = self._saved_streams

    def finish(self):
        """Build the result from what has been recorded so far (also called mid-run by an abort hook)."""
        sys.settrace(None)
        state = self.state
        state.muted = True
        result = self._bare_result({})
        error = self.error
        status = state.abort_status or ("ok" if error is None or _clean_exit(error) else _status_for(error, state))
        result["status"] = status
        if error is not None and (status == "error" or (status == "memory_limit" and not isinstance(error, Abort))):
            described = _describe_exception(error, state)
            described["line"] = _last_user_line(error.__traceback__)
            described["traceback"] = _user_traceback(error.__traceback__)
            result["exception"] = described
        if status == "ok" and self.call_code is not None:
            result["returnRepr"] = bounded_repr(self.value, state.return_limits)
            result["returnType"] = type_name(self.value)
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

"""Checks, in the worker, that a result a child sent could have come from that child's program.

The child runs untrusted code in its own address space, so whatever it writes on its result pipe is a
claim. A program that took over its harness can at most forge its own result; this check bounds that
forgery to results consistent with the program's code: every step names a function the code defines
and a line that function has, calls and returns nest (each call one deeper than the frame below it,
every other event in the innermost open frame), and the counts agree with the steps.
"""

PROGRAM_FILE = "<program>"
_EVENTS = ("call", "line", "return", "exception")
_STATUSES = ("ok", "error", "syntax_error", "timeout", "step_limit", "memory_limit", "output_limit")
_CACHE_SIZE = 256


class _LineTables:
    """co_name -> lines of every code object in a program, cached by source (mutants and inputs repeat)."""

    def __init__(self):
        self._cache = {}

    def get(self, code):
        tables = self._cache.get(code)
        if tables is None:
            tables = _line_tables(code)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[code] = tables
        return tables


def _line_tables(code):
    try:
        module = compile(code, PROGRAM_FILE, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, TypeError, RecursionError, MemoryError, OverflowError):
        return None
    tables = {}
    pending = [module]
    while pending:
        current = pending.pop()
        lines = tables.setdefault(current.co_name, set())
        lines.add(current.co_firstlineno)
        for _start, _end, line in current.co_lines():
            if line is not None:
                lines.add(line)
        pending.extend(const for const in current.co_consts if hasattr(const, "co_lines"))
    return tables


_tables = _LineTables()


def problem(result, request):
    """None when the result is consistent with the request's program, else why it is not."""
    if not isinstance(result, dict):
        return "the result is not an object"
    status = result.get("status")
    if status not in _STATUSES:
        return "unknown status %r" % (status,)
    steps = result.get("steps")
    if not isinstance(steps, list):
        return "steps is not a list"
    if result.get("stepCount") != len(steps):
        return "stepCount does not match the steps"
    limits = request.get("limits") or {}
    max_steps = int(limits.get("maxSteps") or 0)
    if max_steps and len(steps) > max_steps:
        return "more steps than maxSteps"
    if not request.get("trace", True) and steps:
        return "steps from an untraced run"
    for name in ("stdout", "stderr"):
        if not isinstance(result.get(name), str):
            return "%s is not text" % name
    if status == "syntax_error":
        return "steps in a syntax error" if steps else None
    if request.get("trace", True) and status == "ok":
        # The tracer is in place before the module starts: a traced run that ended normally opened
        # with the module's call event.
        first = steps[0] if steps else None
        if not isinstance(first, dict) or first.get("event") != "call" or first.get("func") != "<module>" or first.get("depth") != 0:
            return "a traced run without the module's call event"
    tables = _tables.get(request.get("code") or "")
    if tables is None:
        return "the program does not compile, yet the result is not a syntax error"
    return _steps_problem(steps, tables) or _exception_problem(result.get("exception"), tables)


def _steps_problem(steps, tables):
    open_frames = []
    for index, step in enumerate(steps):
        if not isinstance(step, dict):
            return "step %d is not an object" % index
        event = step.get("event")
        func = step.get("func")
        line = step.get("line")
        depth = step.get("depth")
        if event not in _EVENTS:
            return "step %d has unknown event %r" % (index, event)
        lines = tables.get(func)
        if lines is None:
            return "step %d names a function the program does not define" % index
        if type(line) is not int or line not in lines:
            return "step %d is on a line %s does not have" % (index, func)
        if type(depth) is not int:
            return "step %d has no depth" % index
        if event == "call":
            if depth != len(open_frames):
                return "step %d calls at depth %d inside %d open frames" % (index, depth, len(open_frames))
            open_frames.append(func)
            continue
        if not open_frames or depth != len(open_frames) - 1 or open_frames[-1] != func:
            return "step %d (%s) is not in the innermost open frame" % (index, event)
        if event == "return":
            open_frames.pop()
    return None


def _exception_problem(exception, tables):
    if exception is None:
        return None
    if not isinstance(exception, dict):
        return "exception is not an object"
    line = exception.get("line")
    if line is not None and not any(line in lines for lines in tables.values()):
        return "the exception is on a line the program does not have"
    for entry in exception.get("traceback") or []:
        lines = tables.get(entry.get("func")) if isinstance(entry, dict) else None
        if lines is None or entry.get("line") not in lines:
            return "the traceback names a frame the program does not have"
    return None

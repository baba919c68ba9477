"""Checks a batch of answers, inside the engine's sandbox (run as an untraced script).

The batch arrives as JSON on stdin: `jobs` (program, truth, kind) and `checks` ([job index, answer]).
For every check one line `<nonce> {"k": index, "reason": ..., "detail": ...}` is printed as soon as it
is decided, so when a later answer hangs the engine's timeout still leaves the verdicts before it. Each answer gets a fresh namespace with the program executed again, as a fresh
process per check would, so one answer cannot change what the next one sees (a mutated default
argument, a global counter).
"""
import ast
import io
import json
import sys
import time

_MISSING = object()


class _AnswerTimeout(BaseException):
    """Raised when an answer has used its time in CPU: a busy loop ends here, not at the batch's limit."""


def _on_cpu_limit(_signum, _frame):
    raise _AnswerTimeout()


def _cpu_alarm():
    # The engine stops the whole batch with its own wall-clock timer; a CPU-time timer (a different
    # signal) cuts a spinning answer early so the answers after it need no new request. Where signals
    # are not available (WebAssembly) the batch's limit is the only one.
    try:
        import signal

        setitimer = signal.setitimer  # absent on WebAssembly: fall through to no CPU timer
        signal.signal(signal.SIGPROF, _on_cpu_limit)
        return lambda seconds: setitimer(signal.ITIMER_PROF, seconds)
    except Exception:
        return lambda seconds: None


def _describe(error):
    return "%s: %s" % (type(error).__name__, error)


def _fresh_namespace(program, stdin_text):
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    sys.stdin = io.StringIO(stdin_text)
    sys.stdout = io.StringIO()
    exec(program, namespace)
    return namespace


def _calls(tree, name):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == name:
            return True
    return False


def _compare(truth_text, truth, value):
    if truth is _MISSING:
        # The true value's repr is not an expression (an object, nan): compare reprs instead.
        return repr(value) == truth_text
    return bool(truth == value)


def _check_output(job, answer, program):
    try:
        tree = ast.parse(answer.strip(), mode="eval")
    except SyntaxError as error:
        return "not_a_literal", _describe(error)
    if _calls(tree, job["function"]):
        return "restates_call", "the answer calls %s(...) instead of giving its value" % job["function"]
    namespace = _fresh_namespace(program, "") if program is not None else {"__builtins__": __builtins__}
    truth = _eval_or_missing(job["truth"], namespace)
    value = eval(compile(tree, "<answer>", "eval"), namespace)
    return ("correct", None) if _compare(job["truth"], truth, value) else ("wrong_value", repr(value)[:200])


def _check_input(job, answer, program):
    name = job["function"]
    text = answer.strip()
    call = None
    try:
        tree = ast.parse(text, mode="eval")
        if isinstance(tree.body, ast.Call) and ast.unparse(tree.body.func) == name:
            call = tree
    except SyntaxError:
        pass
    if call is None:
        try:
            call = ast.parse("%s(%s)" % (name, text), mode="eval")
        except SyntaxError as error:
            return "not_a_literal", _describe(error)
    namespace = _fresh_namespace(program, "")
    truth = _eval_or_missing(job["truth"], namespace)
    value = eval(compile(call, "<answer>", "eval"), namespace)
    return ("correct", None) if _compare(job["truth"], truth, value) else ("wrong_value", repr(value)[:200])


def _check_stdin(job, answer, program):
    try:
        _fresh_namespace(program, answer)
    except SystemExit:
        pass
    printed = sys.stdout.getvalue()
    return ("correct", None) if _normalise(printed) == _normalise(job["truth"]) else ("wrong_value", printed[:200])


def _normalise(text):
    return text.replace("\r\n", "\n").rstrip("\n")


def _eval_or_missing(text, namespace):
    try:
        return eval(text, namespace)
    except Exception:
        return _MISSING


_CHECKS = {"output": _check_output, "value": _check_output, "input": _check_input, "stdin": _check_stdin}


def main():
    batch = json.loads(sys.stdin.read())
    out = sys.stdout
    programs = {}
    arm = _cpu_alarm()
    for index, (job_index, answer) in enumerate(batch["checks"]):
        job = batch["jobs"][job_index]
        started = time.perf_counter()
        try:
            arm(batch["timeout"])
            if job_index not in programs:
                # Compiled once per job; a program that does not compile fails every answer to it.
                programs[job_index] = None if job["kind"] == "value" else compile(job["code"], "<program>", "exec")
            reason, detail = _CHECKS[job["kind"]](job, answer, programs[job_index])
        except (Exception, SystemExit) as error:
            # Any failure of the answer is a verdict; the engine's own stop signals (timeouts) are not
            # caught, so a hanging answer still ends the run.
            reason, detail = "evaluation_error", _describe(error)[:300]
        except _AnswerTimeout:
            reason, detail = "timeout", "used more than %s s of CPU time" % batch["timeout"]
        finally:
            arm(0)
            sys.stdout, sys.stdin = out, sys.__stdin__
        if time.perf_counter() - started > batch["timeout"]:
            reason, detail = "timeout", "took longer than %s s" % batch["timeout"]
        out.write("%s %s\n" % (batch["nonce"], json.dumps({"k": index, "reason": reason, "detail": detail})))


main()

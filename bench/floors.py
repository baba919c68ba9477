"""Baselines for `npm run bench:engine`: how fast the simplest tracer can go on this machine.

Reads call-mode programs ({"code", "call"} per line) on stdin and traces each with a plain
`sys.settrace` loop that records what semtrace records per event (event, line, function, depth and
every local's repr and type name, reprs cut at 200 characters) and JSON-encodes the trace. No isolation,
no limits, no checks: a floor, not an engine.

  in-process: every program in this one interpreter, one after another;
  fork:       the same loop in a forked child per program, the encoded trace sent back over a pipe.

Prints one JSON line: {"inProcess": programs/s, "fork": programs/s, "programs": n}.
"""

import io
import json
import os
import sys
import time


def trace_program(code, call):
    steps = []
    depth = [0]

    def local_event(frame, event, arg):
        entry = {"event": event, "line": frame.f_lineno, "func": frame.f_code.co_name, "depth": depth[0]}
        entry["locals"] = {
            name: {"repr": repr(value)[:200], "type": type(value).__name__}
            for name, value in frame.f_locals.items()
            if not name.startswith("__")
        }
        steps.append(entry)
        if event == "return":
            depth[0] -= 1
        return local_event

    def on_call(frame, event, arg):
        if frame.f_code.co_filename != "<program>":
            return None
        depth[0] += 1
        return local_event(frame, event, arg)

    namespace = {"__name__": "__main__"}
    status, value = "ok", None
    saved, sys.stdout = sys.stdout, io.StringIO()  # captured, as an engine captures it
    sys.settrace(on_call)
    try:
        exec(compile(code, "<program>", "exec"), namespace)
        value = eval(compile(call, "<call>", "eval"), namespace)
    except BaseException as error:  # noqa: BLE001
        status, value = "error", error
    finally:
        sys.settrace(None)
        output, sys.stdout = sys.stdout.getvalue(), saved
    return json.dumps({"status": status, "return": repr(value)[:200], "stdout": output, "steps": steps})


def in_process(programs):
    started = time.perf_counter()
    for program in programs:
        trace_program(program["code"], program["call"])
    return len(programs) / (time.perf_counter() - started)


def forked(programs):
    started = time.perf_counter()
    for program in programs:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            data = trace_program(program["code"], program["call"]).encode()
            view = memoryview(data)
            while view:
                view = view[os.write(write_fd, view) :]
            os._exit(0)
        os.close(write_fd)
        chunks = []
        while True:
            chunk = os.read(read_fd, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(read_fd)
        os.waitpid(pid, 0)
    return len(programs) / (time.perf_counter() - started)


def main():
    programs = [json.loads(line) for line in sys.stdin if line.strip()]
    sys.setrecursionlimit(10_000)
    in_process(programs[:50])  # warm the interpreter's caches once
    figures = {"inProcess": in_process(programs), "fork": forked(programs), "programs": len(programs)}
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

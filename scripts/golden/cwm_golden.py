"""Writes CWM golden traces with the serializer of CWM's released debugger demo (`demos/cwmdbg.py`).

Nothing of CWM is in this file: `demos/cwmdbg.py` is imported from a checkout given on the command line.
Its two imports that need a model (`requests`, `cwm.text.tokenizers`) are replaced by stand-ins: a
tokenizer whose tokens are the text itself and whose special tokens are their names
(`<|frame_sep|>`, ...), and a server that answers every prompt with the end token. The execution comes
from `sys.settrace` in this process (CPython, no semtrace): every event of the called function's frame
and of the frames below it, locals as reprs with memory addresses removed. A line frame writes `".."`
for a variable exactly when the debugger's own resolver (`CWMDebugger.local_vars`) restores the right
value from it. The trace is then serialized by `CWMDebugger._step` (the prompt it sends), plus the end
token the model answers with.

    python3 cwm_golden.py --cwm <cwm checkout> --programs programs.jsonl --out <folder>

Writes `<folder>/cwm/<name>.txt`.
"""

import argparse
import json
import os
import re
import sys
import types

MARKER = "  # << START_OF_TRACE"
SPECIALS = [
    "bos",
    "eos",
    "frame_sep",
    "action_sep",
    "return_sep",
    "call_sep",
    "line_sep",
    "exception_sep",
    "arg_sep",
    "trace_context_start",
]
NAMES = {
    "bos": "<|begin_of_text|>",
    "eos": "<|end_of_text|>",
    "trace_context_start": "<|trace_context_start|>",
}


class TextTokenizer:
    """Tokens are strings: text encodes to itself, special tokens to their names."""

    FRAME_SEP_ID = "<|frame_sep|>"

    def __init__(self):
        for name in SPECIALS:
            setattr(self, name + "_id", NAMES.get(name, "<|" + name + "|>"))

    def encode(self, text):
        return [text]

    def decode(self, tokens, cut_at_stop_tokens=True):
        return "".join(tokens)


class Captured:
    prompt = None


def fake_post(url, json):
    Captured.prompt = json["prompt"]

    class Reply:
        def json(self):
            return {"choices": [{"tokens": [NAMES["eos"]]}]}

    return Reply()


def install_stand_ins():
    requests = types.ModuleType("requests")
    requests.post = fake_post
    sys.modules["requests"] = requests
    for name in ("cwm", "cwm.text"):
        sys.modules.setdefault(name, types.ModuleType(name))
    tokenizers = types.ModuleType("cwm.text.tokenizers")
    tokenizers.CWMInstructTokenizer = TextTokenizer
    tokenizers.build_tokenizer = lambda **_: TextTokenizer()
    sys.modules["cwm.text.tokenizers"] = tokenizers


ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def value_repr(value):
    return ADDRESS.sub("", repr(value))


def exception_text(exc):
    message = str(exc)
    return type(exc).__name__ + (": " + message if message else "")


def record_events(code, call):
    """Events of the call `call` after running `code` as a module: (event, line, locals, arg)."""
    filename = "<program>"
    namespace = {"__name__": "__main__"}
    exec(compile(code, filename, "exec"), namespace)
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != filename:
            return None
        local_reprs = {name: value_repr(value) for name, value in frame.f_locals.items()}
        if event == "return":
            detail = value_repr(arg)
        elif event == "exception":
            detail = exception_text(arg[1])
        else:
            detail = None
        events.append((event, frame.f_lineno, local_reprs, detail))
        return tracer

    sys.settrace(tracer)
    try:
        eval(compile(call, "<call>", "eval"), namespace)
    except Exception:
        pass
    finally:
        sys.settrace(None)
    return events


def file_name(program_id):
    return program_id.replace("/", "__").replace("#", "_")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cwm", required=True)
    parser.add_argument("--programs", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    install_stand_ins()
    sys.path.insert(0, os.path.abspath(args.cwm))
    from demos.cwmdbg import CWMDebugger, CWMTraceEvent, CWMTraceFrame

    kinds = {
        "call": CWMTraceEvent.CALL,
        "line": CWMTraceEvent.LINE,
        "return": CWMTraceEvent.RETURN,
        "exception": CWMTraceEvent.EXCEPTION,
    }
    os.makedirs(os.path.join(args.out, "cwm"), exist_ok=True)
    with open(args.programs) as handle:
        programs = [json.loads(line) for line in handle if line.strip()]
    for program in programs:
        code = program["code"]
        events = record_events(code, program["call"])
        lines = code.split("\n")
        def_line = events[0][1]
        marked = list(lines)
        marked[def_line - 1] += MARKER
        dbg = CWMDebugger("\n".join(marked), TextTokenizer(), "localhost", 0)
        for event, line_no, local_reprs, detail in events:
            kind = kinds[event]
            source_line = lines[line_no - 1]
            shown = dict(local_reprs) if kind in (CWMTraceEvent.CALL, CWMTraceEvent.LINE) else {}
            frame = CWMTraceFrame(
                event=kind,
                source_line=source_line,
                local_vars=shown,
                arg=detail,
                line_no=line_no,
                prev=dbg.frames[-1] if dbg.frames else None,
            )
            dbg.frames.append(frame)
            if kind == CWMTraceEvent.LINE:
                # Abbreviate exactly what the released resolver restores correctly.
                frame.local_vars = {name: ".." for name in local_reprs}
                restored = dbg.local_vars
                frame.local_vars = {
                    name: (".." if restored.get(name) == value else value) for name, value in local_reprs.items()
                }
        dbg._step()
        text = "".join(Captured.prompt) + NAMES["eos"]
        with open(os.path.join(args.out, "cwm", file_name(program["id"]) + ".txt"), "w") as handle:
            handle.write(text)
        print(program["id"])


if __name__ == "__main__":
    main()

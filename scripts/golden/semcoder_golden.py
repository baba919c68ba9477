"""Writes SemCoder golden traces by running SemCoder's released trace builder on PySnooper logs.

Nothing of SemCoder or PySnooper is in this file: both are imported from checkouts given on the command
line. For each program (JSONL records `{id, code, call}`), it runs the program the way SemCoder's
`experiments/trace_evalplus.py` harness does (the function's source after `import pysnooper`, then a
checker function decorated with `pysnooper.snoop(<log>, color=False, depth=2)` that makes the call),
then passes the log through `extract_trace`, `attach_trace_to_code` (state order on; concise off and on),
`attach_execution_exception` and `clean_code`, as `experiments/build_self_refine_input.py` does.

    python3 semcoder_golden.py --semcoder <SemCoder checkout> --pysnooper <PySnooper checkout> \
        --programs programs.jsonl --out <folder>

Writes `<folder>/semcoder/<name>.txt` and `<folder>/semcoder-concise/<name>.txt`.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile


def harness(code, call, log_path):
    return (
        "import pysnooper\n"
        + code
        + "\n\n@pysnooper.snoop("
        + repr(log_path)
        + ", color=False, depth=2)\ndef check_ans_7d1():\n    retv = "
        + call
        + "\n\ncheck_ans_7d1()"
    )


def file_name(program_id):
    return program_id.replace("/", "__").replace("#", "_")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--semcoder", required=True)
    parser.add_argument("--pysnooper", required=True)
    parser.add_argument("--programs", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    sys.path.insert(0, os.path.abspath(args.semcoder))
    from experiments.build_self_refine_input import attach_execution_exception, clean_code, extract_trace
    from experiments.construct_trace import attach_trace_to_code

    for fmt in ("semcoder", "semcoder-concise"):
        os.makedirs(os.path.join(args.out, fmt), exist_ok=True)
    with open(args.programs) as handle:
        programs = [json.loads(line) for line in handle if line.strip()]
    for program in programs:
        with tempfile.TemporaryDirectory() as work:
            log_path = os.path.join(work, "trace.log")
            traced = harness(program["code"], program["call"], log_path)
            with open(os.path.join(work, "prog.py"), "w") as handle:
                handle.write(traced)
            env = dict(os.environ, PYTHONPATH=os.path.abspath(args.pysnooper))
            subprocess.run([sys.executable, "prog.py"], cwd=work, env=env, capture_output=True, timeout=60)
            with open(log_path) as handle:
                raw = handle.read()
        func_trace = extract_trace(raw, inference=True)
        for fmt, concise in (("semcoder", False), ("semcoder-concise", True)):
            inlined = attach_trace_to_code(traced, func_trace, state_order_flag=True, ignore_intermediate_flag=concise)
            inlined = attach_execution_exception(inlined, func_trace)
            inlined = clean_code(inlined)
            with open(os.path.join(args.out, fmt, file_name(program["id"]) + ".txt"), "w") as handle:
                handle.write(inlined)
        print(program["id"])


if __name__ == "__main__":
    main()

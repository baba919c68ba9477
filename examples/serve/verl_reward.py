"""A verl-style reward function that scores generated code with `semtrace serve`.

Standard library only. In verl, point `custom_reward_function.path` at this file and
`custom_reward_function.name` at `compute_score`. The server runs the candidate in its own sandboxed
trust domain and compares what it computed with the expected values outside the sandbox, so a
candidate that exits early, patches `assert` or prints a guess earns nothing.

Environment: SEMTRACE_URL (default http://127.0.0.1:8000), SEMTRACE_TOKEN (when the server has --tokens).
`ground_truth` is JSON (or a dict) holding either {"asserts": [...], "entry_point": "name"?} or
{"cases": [{"stdin": "...", "stdout": "..."}, ...]}.
"""
import json
import os
import re
import time
import urllib.error
import urllib.request

SEMTRACE_URL = os.environ.get("SEMTRACE_URL", "http://127.0.0.1:8000")
SEMTRACE_TOKEN = os.environ.get("SEMTRACE_TOKEN")
_FENCE = re.compile(r"```(?:python|py)?[ \t]*\n(.*?)```", re.DOTALL)


def extract_code(text):
    """The last fenced code block of a response, else None."""
    blocks = _FENCE.findall(text or "")
    return blocks[-1] if blocks else None


def check(request, retries=10, timeout=120):
    """POST /v1/check; waits out a 429 as its Retry-After asks. Returns the report (a dict)."""
    body = json.dumps(request).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if SEMTRACE_TOKEN:
        headers["Authorization"] = "Bearer " + SEMTRACE_TOKEN
    for attempt in range(retries + 1):
        http_request = urllib.request.Request(SEMTRACE_URL + "/v1/check", data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(http_request, timeout=timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            if error.code == 429 and attempt < retries:
                time.sleep(float(error.headers.get("Retry-After") or 1))
                continue
            raise RuntimeError("semtrace serve answered %d: %s" % (error.code, error.read().decode("utf-8", "replace")))
    raise RuntimeError("unreachable")


def compute_score(data_source, solution_str, ground_truth, extra_info=None):
    """The fraction of tests the response's code passes (0.0 without code)."""
    tests = json.loads(ground_truth) if isinstance(ground_truth, str) else ground_truth
    program = extract_code(solution_str)
    if program is None:
        return 0.0
    if "asserts" in tests:
        request = {"kind": "asserts", "program": program, "asserts": tests["asserts"]}
        if tests.get("entry_point"):
            request["entryPoint"] = tests["entry_point"]
    else:
        request = {"kind": "io", "program": program, "cases": tests["cases"]}
    return float(check(request)["passFraction"])

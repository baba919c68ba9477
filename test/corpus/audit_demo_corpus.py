# Static audit of the demo corpus, run inside the engine so CPython's own parser judges the programs.
# Reads [{"path", "code", "calls"}] as JSON on stdin and prints {"problems": [...]} as JSON.
import ast
import json
import sys

ALLOWED_IMPORTS = {
    'math', 'itertools', 'collections', 'functools', 'heapq', 'bisect', 'string', 're', 'dataclasses',
    'typing',
}
# Names whose use makes a run depend on the machine, the clock or the outside world.
FORBIDDEN_NAMES = {'id', 'hash', 'open', 'exec', 'eval', '__import__', 'compile', 'globals', 'vars'}


def audit_program(item):
    path, code = item['path'], item['code']
    problems = []
    first = code.split('\n', 1)[0]
    if not first.startswith('# ') or len(first) < 10:
        problems.append(f'{path}: the first line must be a one-line comment saying what the program does')
    try:
        # feature_version makes the parser refuse syntax that Python 3.9 does not have.
        tree = ast.parse(code, filename=path, feature_version=(3, 9))
    except SyntaxError as err:
        return problems + [f'{path}: not valid Python 3.9: {err.msg} (line {err.lineno})']
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name.split('.')[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [(node.module or '').split('.')[0]]
        else:
            modules = []
        for module in modules:
            if module not in ALLOWED_IMPORTS:
                problems.append(f'{path}: imports {module}, which is outside the allowed standard modules')
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            problems.append(f'{path}: uses {node.id}() (line {node.lineno}), which is not deterministic or not sandbox-safe')
        if item['calls'] and isinstance(node, ast.Name) and node.id == 'input':
            problems.append(f'{path}: a call-style program must not read stdin (line {node.lineno})')
    functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    for call in item['calls']:
        problems.extend(audit_call(path, call, functions))
    return problems


def audit_call(path, call, functions):
    try:
        expr = ast.parse(call, mode='eval').body
    except SyntaxError:
        return [f'{path}: call {call!r} does not parse']
    if not isinstance(expr, ast.Call) or not isinstance(expr.func, ast.Name):
        return [f'{path}: {call!r} is not a call of a named function']
    problems = []
    if expr.func.id not in functions:
        problems.append(f'{path}: {call!r} calls {expr.func.id}, which the program does not define')
    for arg in list(expr.args) + [kw.value for kw in expr.keywords]:
        try:
            ast.literal_eval(arg)
        except ValueError:
            problems.append(f'{path}: {call!r} has a non-literal argument {ast.unparse(arg)}')
    return problems


items = json.loads(sys.stdin.read())
found = []
for entry in items:
    found.extend(audit_program(entry))
print(json.dumps({'audited': len(items), 'problems': found}))

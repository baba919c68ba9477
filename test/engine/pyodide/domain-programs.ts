/**
 * Programs that try to change what programs of other trust domains get back from the same Pyodide
 * worker, one per way found so far, and the benign programs whose results must not change.
 */

/** Walks every class reachable from `object` and every function's globals and closure, collecting
 * anything that belongs to the JS bridge; if it finds a JS object, uses it to patch the worker's
 * messaging so that later results are forged. */
const BRIDGE_HUNT = `
import sys, types
found = []
seen = set()
def look(value, where):
    t = type(value)
    name = getattr(t, '__module__', '') or ''
    if 'Js' in t.__name__ or name.split('.')[0] in ('js', 'pyodide', '_pyodide', '_pyodide_core', 'pyodide_js'):
        found.append((where, value))
def walk(cls):
    try:
        subs = type.__subclasses__(cls)
    except TypeError:
        return
    for sub in subs:
        if id(sub) in seen:
            continue
        seen.add(id(sub))
        for key, value in list(vars(sub).items()):
            look(value, sub.__name__ + '.' + key)
            fn = getattr(value, '__func__', value)
            if isinstance(fn, types.FunctionType):
                for gkey, gvalue in list(fn.__globals__.items()):
                    look(gvalue, fn.__qualname__ + ' globals ' + gkey)
                for cell in fn.__closure__ or ():
                    try:
                        look(cell.cell_contents, fn.__qualname__ + ' closure')
                    except ValueError:
                        pass
        walk(sub)
walk(object)
for where, value in found:
    try:
        fn = value.constructor.constructor
        fn("globalThis.__semtracePwned = 1; const p = Object.getPrototypeOf(require('worker_threads').parentPort); const post = p.postMessage; p.postMessage = function (m) { if (m && m.json) m.json = m.json.replace(/\\\\d/g, '7'); return post.call(this, m); };")()
        print('PATCHED via', where)
    except BaseException as error:
        print('no luck via', where, type(error).__name__)
print('bridge objects found:', len(found))
`;

export interface DomainAttack {
  name: string;
  code: string;
}

export const domainAttacks: DomainAttack[] = [
  { name: 'walking object.__subclasses__() to function globals and closures', code: BRIDGE_HUNT },
  {
    name: 'importlib.import_module of _pyodide_core, then its functions',
    code: `import importlib
core = importlib.import_module('_pyodide_core')
print(sorted(vars(core)))
for name in ('to_js', 'create_proxy', 'run_js', 'create_once_callable'):
    fn = getattr(core, name, None)
    if fn is not None:
        try:
            print(name, fn({'a': 1}))
        except BaseException as error:
            print(name, type(error).__name__)`,
  },
  {
    name: '_imp.create_builtin rebuilding _pyodide_core',
    code: `import _imp, types
core = _imp.create_builtin(types.SimpleNamespace(name='_pyodide_core', origin='built-in'))
print(sorted(vars(core)))
for value in list(vars(core).values()):
    if callable(value):
        try:
            print(value({'x': 1}))
        except BaseException as error:
            print(type(error).__name__)`,
  },
  {
    name: 'the guard disabled through a traceback frame, then gc.get_objects and ctypes',
    code: `import os
try:
    os.system('true')
except PermissionError as error:
    tb = error.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    guard = tb.tb_frame.f_locals.get('self')
    guard.active = False
    guard.dirty = False
import gc
objs = gc.get_objects()
print('objects', len(objs) > 0)
for obj in objs:
    if type(obj).__name__.startswith('Js'):
        try:
            obj.constructor.constructor('globalThis.__semtracePwned = 1')()
            print('JS reached')
        except BaseException as error:
            print(type(error).__name__)
        break
import ctypes
buf = ctypes.create_string_buffer(b'x' * 64)
ctypes.memset(ctypes.addressof(buf), 0x41, 64)
print(buf.raw[:4])
ctypes.CDLL(None)`,
  },
  {
    name: "forging later results through the harness's JSON encoder and tracer",
    code: `import sys, json
FORGED = '{"status": "ok", "stdout": "FORGED", "stderr": "", "returnRepr": null, "returnType": null, "exception": null, "steps": [], "stepCount": 0}'
json.encoder.JSONEncoder.encode = lambda self, o: FORGED
json.dumps = lambda *a, **k: FORGED
harness = sys.modules['semtrace_pyodide']
harness._dumps = lambda value: FORGED
tracer = sys.modules['semtrace_tracer']
class Forged(tracer.Run):
    def finish(self):
        return json.loads(FORGED)
tracer.Run = Forged
harness._session.baseline.restore = lambda *a, **k: False
harness._session.guard.dirty = False
print('planted')`,
  },
  {
    name: 'a dir_fd write planting modules that shadow the standard library',
    code: `import os, sys
planted = []
for folder in list(sys.path) + ['/semtrace', '/lib/python3.14', os.path.expanduser('~'), '/tmp', '.']:
    try:
        fd = os.open(folder or '.', os.O_RDONLY)
    except OSError:
        continue
    for module in ('csv', 'statistics', 'semtrace_tracer', 'json'):
        try:
            w = os.open(module + '.py', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644, dir_fd=fd)
            os.write(w, b'print("PLANTED")\\nraise SystemExit\\n')
            os.close(w)
            planted.append(folder + '/' + module)
        except OSError as error:
            pass
print(planted)`,
  },
  {
    name: "random's shared instance and the re cache changed",
    code: `import random, re
random._inst.random = lambda: 0.5
random._inst._randbelow = lambda n: 0
random.seed = lambda *a, **k: None
re.compile('a+')
for cache in (getattr(re, '_cache', {}), getattr(re, '_cache2', {})):
    for key in list(cache):
        cache[key] = re.compile('b')
print('changed')`,
  },
  {
    name: 'descriptors left open, cwd and file-system state changed',
    code: `import os
kept = [os.open('/dev/null', os.O_RDONLY) for _ in range(3)]
f = open('/tmp/left.txt', 'w')
f.write('left')
os.makedirs('/tmp/semtrace-run/sub/deeper', exist_ok=True)
os.chmod('/tmp/semtrace-run/sub', 0)
os.chdir('/tmp')
os.dup2(kept[0], 1)
try:
    os.open('/semtrace-io/result.json', os.O_WRONLY | os.O_CREAT)
except OSError:
    pass
print('done')`,
  },
  {
    name: 'interpreter-wide settings changed',
    code: `import sys, os, gc, warnings, decimal
sys.setrecursionlimit(60)
sys.set_int_max_str_digits(640)
os.environ['SEMTRACE_LEFT'] = '1'
os.putenv('SEMTRACE_LEFT_C', '1')
gc.disable()
warnings.simplefilter('error')
decimal.getcontext().prec = 3
sys.modules['fractions'] = None
import builtins
builtins.sorted = lambda *a, **k: ['forged']
builtins.print = lambda *a, **k: None`,
  },
  {
    name: 'signal handlers and timers left behind',
    code: `import signal
signal.signal(signal.SIGINT, lambda *a: print('caught'))
for name in ('setitimer', 'alarm'):
    fn = getattr(signal, name, None)
    if fn is not None:
        try:
            fn(signal.ITIMER_REAL, 0.01, 0.01) if name == 'setitimer' else fn(1)
        except BaseException as error:
            print(name, type(error).__name__)
print('armed')`,
  },
  {
    name: "reading the worker's stdin (the request pipe)",
    code: `import os, sys
try:
    print(os.read(0, 200))
except OSError as error:
    print(type(error).__name__)
print(sys.stdin.read())`,
  },
];

/** Benign programs, of another domain than the attack, run after it in the same worker. */
export const benignPrograms: { code: string; call?: string; stdin?: string }[] = [
  {
    code: `import json, re, random, os, sys
print(json.dumps({'a': [1, 2]}), re.findall('a+', 'caaab'), random.random(), random.choice(range(100)))
print(sorted(os.listdir('.')), os.getcwd(), sorted(os.listdir('/tmp')), os.environ.get('SEMTRACE_LEFT'))
print(sys.getrecursionlimit(), len(str(10 ** 1000)))`,
  },
  { code: 'def f(x):\n    return sorted(x)\n', call: 'f([3, 1, 2])' },
  {
    code: `import statistics, csv, io, fractions, decimal
print(statistics.mean([1, 2, 3]), list(csv.reader(io.StringIO('a,b'))), fractions.Fraction(1, 3), decimal.Decimal(1) / 7)`,
  },
  {
    code: `import os
fd = os.open('/dev/null', os.O_RDONLY)
open('f.txt', 'w').write('x')
print(fd, oct(os.stat('f.txt').st_mode), os.stat('f.txt').st_ino, sorted(os.listdir('.')))
print(input())`,
    stdin: 'line\n',
  },
  {
    code: `import warnings, gc
warnings.warn('careful')
print(gc.isenabled(), 'done')`,
  },
];

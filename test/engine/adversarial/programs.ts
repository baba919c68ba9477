/**
 * Hostile programs. Each names the statuses it may end with; the suite also checks, on the host, that
 * none of them escaped (no marker file, no connection to the listener, no secret or environment leak).
 */
import type { RunStatus } from '../../../src/engine/types.js';

export interface Targets {
  /** A host path an escape would create. */
  marker: string;
  /** A host file with a secret an escape could read. */
  secret: string;
  /** A loopback TCP port the test listens on. */
  port: number;
}

export interface HostileProgram {
  name: string;
  code: (targets: Targets) => string;
  statuses: RunStatus[];
  timeoutMs?: number;
  memoryBytes?: number;
}

const FAILS: RunStatus[] = ['error', 'ok'];
const STOPPED: RunStatus[] = ['timeout', 'memory_limit', 'error'];

export const hostilePrograms: HostileProgram[] = [
  {
    name: 'os.system to a shell',
    code: (t) => `import os\nprint(os.system('touch ${t.marker}'))`,
    statuses: FAILS,
  },
  {
    name: 'subprocess.run',
    code: (t) => `import subprocess\nsubprocess.run(['touch', '${t.marker}'])`,
    statuses: ['error'],
  },
  {
    name: 'subprocess shell=True',
    code: (t) => `import subprocess\nsubprocess.Popen('touch ${t.marker}', shell=True).wait()`,
    statuses: ['error'],
  },
  { name: 'os.popen', code: (t) => `import os\nprint(os.popen('cat ${t.secret}').read())`, statuses: FAILS },
  { name: 'os.fork', code: () => `import os\npid = os.fork()\nprint(pid)`, statuses: ['error'] },
  {
    name: 'os.execv',
    code: () => `import os\nos.execv('/bin/sh', ['sh', '-c', 'echo escaped'])`,
    statuses: ['error'],
  },
  {
    name: 'os.posix_spawn',
    code: (t) => `import os\nos.posix_spawn('/usr/bin/touch', ['touch', '${t.marker}'], {})`,
    statuses: ['error'],
  },
  {
    name: 'pty.spawn',
    code: () => `import pty\npty.spawn(['/bin/sh', '-c', 'exit 0'])`,
    statuses: ['error'],
  },
  {
    name: 'multiprocessing',
    code: () => `import multiprocessing as mp\np = mp.Process(target=print)\np.start()\np.join()`,
    statuses: ['error'],
  },
  { name: 'fork bomb', code: () => `import os\nwhile True:\n    os.fork()`, statuses: ['error', ...STOPPED] },
  {
    name: 'write a host file',
    code: (t) => `open('${t.marker}', 'w').write('escaped')`,
    statuses: ['error'],
  },
  { name: 'read a host secret', code: (t) => `print(open('${t.secret}').read())`, statuses: ['error'] },
  {
    name: 'list the home folder',
    code: () => `import os\nprint(os.listdir(os.path.expanduser('~root')))`,
    statuses: FAILS,
  },
  { name: 'read /etc/shadow', code: () => `print(open('/etc/shadow').read())`, statuses: ['error'] },
  {
    name: 'pathlib write into the project',
    code: () => `import pathlib\npathlib.Path('/usr/lib/semtrace-escape').write_text('x')`,
    statuses: ['error'],
  },
  {
    name: 'tcp connect to loopback',
    code: (t) =>
      `import socket\ns = socket.create_connection(('127.0.0.1', ${t.port}), timeout=1)\ns.sendall(b'escaped')`,
    statuses: ['error'],
  },
  {
    name: 'http request to loopback',
    code: (t) =>
      `import urllib.request\nprint(urllib.request.urlopen('http://127.0.0.1:${t.port}/', timeout=1).read())`,
    statuses: ['error'],
  },
  {
    name: 'udp datagram to loopback',
    code: (t) =>
      `import socket\nsocket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', ${t.port}))`,
    statuses: ['error'],
  },
  {
    name: 'ctypes system()',
    code: (t) => `import ctypes\nprint(ctypes.CDLL(None).system(b'touch ${t.marker}'))`,
    statuses: FAILS,
  },
  {
    name: 'ctypes raw fork syscall',
    code: () => `import ctypes\nprint(ctypes.CDLL(None).syscall(57))`,
    statuses: FAILS,
  },
  { name: 'ctypes memory corruption', code: () => `import ctypes\nctypes.string_at(0)`, statuses: ['error'] },
  {
    name: 'JS bridge: import js',
    code: () => `import js\nprint(js.process.mainModule.require('child_process').execSync('id'))`,
    statuses: ['error'],
  },
  { name: 'JS bridge: pyodide_js', code: () => `import pyodide_js\nprint(pyodide_js)`, statuses: ['error'] },
  {
    name: 'JS bridge through gc',
    code: (t) =>
      `import gc\nfor o in gc.get_objects():\n    if type(o).__name__.startswith('Js'):\n        try:\n            o.require('child_process').execSync('touch ${t.marker}')\n        except Exception:\n            pass\nprint('searched')`,
    // On a loaded machine the time limit can end the search before the step limit does.
    statuses: [...FAILS, 'step_limit', 'timeout'],
  },
  // On 32-bit wasm CPython refuses the size itself (OverflowError), as any 32-bit CPython does.
  { name: 'memory bomb at once', code: () => `x = [0] * (10 ** 10)`, statuses: ['memory_limit', 'error'] },
  {
    name: 'memory bomb growing',
    code: () => `chunks = []\nwhile True:\n    chunks.append(' ' * 10 ** 7)`,
    statuses: ['memory_limit', 'timeout'],
    memoryBytes: 256 << 20,
  },
  {
    name: 'cpu loop',
    code: () => `while True:\n    pass`,
    statuses: ['timeout', 'step_limit'],
    timeoutMs: 500,
  },
  {
    name: 'cpu loop swallowing every stop',
    code: () =>
      `while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass`,
    statuses: ['timeout', 'step_limit'],
    timeoutMs: 500,
  },
  {
    name: 'long C-level call',
    code: () => `print(sum(range(10 ** 13)))`,
    statuses: ['timeout'],
    timeoutMs: 500,
  },
  {
    name: 'huge integer power',
    code: () => `x = 10 ** (10 ** 9)`,
    statuses: ['timeout', 'memory_limit'],
    timeoutMs: 500,
  },
  { name: 'recursion bomb', code: () => `def r(n):\n    return r(n + 1)\nr(0)`, statuses: ['error'] },
  {
    name: 'recursion limit raised',
    code: () => `import sys\nsys.setrecursionlimit(10 ** 7)\ndef r(n):\n    return r(n + 1)\nr(0)`,
    statuses: ['error', 'memory_limit', 'timeout', 'step_limit'],
  },
  { name: 'output bomb', code: () => `while True:\n    print('x' * 1000)`, statuses: ['output_limit'] },
  {
    name: 'stderr bomb',
    code: () => `import sys\nwhile True:\n    sys.stderr.write('y' * 1000)`,
    statuses: ['timeout', 'step_limit'],
    timeoutMs: 500,
  },
  {
    name: 'kill the worker',
    code: () => `import os, signal\nos.kill(os.getppid(), signal.SIGKILL)`,
    statuses: ['error'],
  },
  {
    name: 'kill every process',
    code: () => `import os, signal\nos.kill(-1, signal.SIGKILL)`,
    statuses: ['error', 'ok'],
  },
  {
    name: 'ignore the alarm',
    code: () => `import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nwhile True:\n    pass`,
    statuses: ['timeout', 'step_limit'],
    timeoutMs: 500,
  },
  {
    name: 'threads left running',
    code: () =>
      `import threading, time\nthreading.Thread(target=lambda: time.sleep(60), daemon=False).start()\nprint('main done')`,
    statuses: ['ok', 'error'],
  },
  {
    name: 'environment snooping',
    code: () => `import os\nprint(sorted(os.environ.items()))`,
    statuses: ['ok'],
  },
  {
    name: 'process table snooping',
    code: () => `import os\nprint([p for p in os.listdir('/proc') if p.isdigit()])`,
    statuses: ['ok', 'error'],
  },
  {
    name: 'setsid escape',
    code: () => `import os\nos.setsid()\nwhile True:\n    pass`,
    statuses: ['timeout', 'step_limit', 'error'],
    timeoutMs: 500,
  },
  {
    name: 'raise own limits',
    code: () => `import resource\nresource.setrlimit(resource.RLIMIT_AS, (-1, -1))\nx = [0] * (10 ** 10)`,
    statuses: ['error', 'memory_limit'],
  },
  { name: 'exit the process', code: () => `import os\nos._exit(7)`, statuses: ['error'] },
  {
    name: 'deep nested container',
    code: () => `a = []\nfor _ in range(100000):\n    a = [a]\nprint(len(a))`,
    statuses: ['ok', 'step_limit', 'timeout'],
  },
  {
    name: 'self-referential containers',
    code: () => `a = [1]\na.append(a)\nd = {}\nd['self'] = d\nprint(a, d)`,
    statuses: ['ok'],
  },
  {
    // The tracer shows a program's objects without calling their methods, so this never runs.
    name: 'hostile __repr__',
    code: () =>
      `class Bad:\n    def __repr__(self):\n        while True:\n            pass\nb = Bad()\nx = 1`,
    statuses: ['ok'],
    timeoutMs: 500,
  },
  {
    name: 'replace stdout',
    code: () => `import sys\nsys.stdout = None\nprint('gone')`,
    statuses: ['error', 'ok'],
  },
];

/** Programs that tamper with the interpreter, each followed by a check that the next program is unaffected. */
/** Each check runs before and after its tamper program on the same worker; both outputs must be equal. */
export const tamperingPairs: { name: string; tamper: string; check: string }[] = [
  {
    name: 'builtins patched',
    tamper: `import builtins\nbuiltins.len = lambda x: 42\nbuiltins.print = None`,
    check: `print(len([1, 2]))`,
  },
  {
    name: 'sys.modules poisoned',
    tamper: `import sys\nsys.modules['json'] = None\nsys.modules['collections'] = 1`,
    check: `import json, collections\nprint(json.dumps([1]))`,
  },
  {
    name: 'stdlib function replaced',
    tamper: `import json\njson.dumps = lambda *a, **k: 'hacked'`,
    check: `import json\nprint(json.dumps({'a': 1}))`,
  },
  {
    name: 'file left in cwd',
    tamper: `open('leak.txt', 'w').write('secret')`,
    check: `import os\nprint(os.path.exists('leak.txt'))`,
  },
  {
    name: 'file left in /tmp',
    tamper: `open('/tmp/leak.txt', 'w').write('secret')`,
    check: `import os\nprint(os.path.exists('/tmp/leak.txt'))`,
  },
  {
    name: 'random state advanced',
    tamper: `import random\nrandom.seed(99)\nrandom.random()`,
    check: `import random\nprint(random.randint(0, 10 ** 9))`,
  },
  {
    name: 'recursion limit lowered',
    tamper: `import sys\nsys.setrecursionlimit(60)`,
    check: `def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(500))`,
  },
  {
    name: 'class attribute of a stdlib type patched',
    tamper: `import collections\ncollections.OrderedDict.__repr__ = lambda self: 'hacked'`,
    check: `import collections\nprint(collections.OrderedDict(a=1))`,
  },
];

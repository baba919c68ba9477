/**
 * Hostile programs aimed at the native backend's worker and at later programs: reaching the worker
 * (its /proc entries, limits, signals, memory), leaving state behind (files in every writable place,
 * SysV IPC), reaching out (io_uring, sockets, namespaces) and forging results (the inherited protocol
 * channel, the result pipe, the harness's own frames). Each prints `ESCAPED: ...` when an attack
 * worked in a way the program itself can see; the suite also checks what it can only see from outside.
 */

/** Raw system calls through ctypes, by name, for the machine the test runs on. */
const PRELUDE = `import ctypes, os, platform, signal, struct, resource
_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long
_NR = {
    'x86_64': dict(io_uring_setup=425, process_vm_writev=311, process_vm_readv=310, pidfd_open=434,
                   pidfd_send_signal=424, pidfd_getfd=438, rt_sigqueueinfo=129, rt_tgsigqueueinfo=297,
                   tkill=200, tgkill=234, shmget=29, semget=64, msgget=68, unshare=272, setns=308,
                   ptrace=101, setpriority=141, socket=41, kill=62),
    'aarch64': dict(io_uring_setup=425, process_vm_writev=271, process_vm_readv=270, pidfd_open=434,
                    pidfd_send_signal=424, pidfd_getfd=438, rt_sigqueueinfo=138, rt_tgsigqueueinfo=240,
                    tkill=130, tgkill=131, shmget=194, semget=190, msgget=186, unshare=97, setns=268,
                    ptrace=117, setpriority=140, socket=198, kill=129),
}[platform.machine()]
def sc(name, *args):
    return _libc.syscall(_NR[name], *args)
def escaped(what):
    print('ESCAPED: ' + what)
ppid = os.getppid()
`;

export interface NativeHostile {
  name: string;
  code: string;
  /** The exception type the program's own result must carry (a forgery must be rejected, not accepted). */
  rejectedAs?: string;
}

/** A result claiming the program returned 'FORGED' (as Python source producing its JSON bytes). */
const FORGED = `import json as _json
FORGED = {'status': 'ok', 'stdout': 'FORGED\\n', 'stderr': '', 'returnRepr': "'FORGED'", 'returnType': 'str',
          'exception': None, 'steps': [], 'stepCount': 0}
def forged_bytes(**changes):
    return _json.dumps(dict(FORGED, **changes)).encode()
`;

export const nativeHostilePrograms: NativeHostile[] = [
  {
    name: 'write the worker memory through /proc/<ppid>/mem',
    code: `${PRELUDE}
try:
    with open('/proc/%d/mem' % ppid, 'r+b', buffering=0) as f:
        escaped('opened the worker memory for writing')
except OSError:
    print('denied')`,
  },
  {
    name: "read or reopen the worker's /proc entries (environ, fd, cwd, root, maps)",
    code: `${PRELUDE}
for name in ('environ', 'maps', 'cwd/.', 'root/.'):
    try:
        open('/proc/%d/%s' % (ppid, name), 'rb').read(1) if '/' not in name else os.listdir('/proc/%d/%s' % (ppid, name))
        escaped(name)
    except OSError:
        pass
for fd in range(0, 8):
    try:
        with open('/proc/%d/fd/%d' % (ppid, fd), 'wb') as f:
            f.write(b'{"id":1,"request":{}}\\n')
        escaped('reopened worker fd %d' % fd)
    except OSError:
        pass
print('done')`,
  },
  {
    name: 'limit the worker (prlimit on the parent, every limit)',
    code: `${PRELUDE}
for limit in (resource.RLIMIT_NOFILE, resource.RLIMIT_NPROC, resource.RLIMIT_AS, resource.RLIMIT_CPU,
              resource.RLIMIT_FSIZE, resource.RLIMIT_STACK, resource.RLIMIT_DATA):
    try:
        resource.prlimit(ppid, limit, (1, 1))
        escaped('prlimit %d' % limit)
    except OSError:
        pass
print('done')`,
  },
  {
    name: 'signal the worker (kill, killpg, tkill, tgkill, rt_sigqueueinfo, rt_tgsigqueueinfo, pidfd)',
    code: `${PRELUDE}
for target in (ppid, 0, -1, -ppid, 1):
    for sig in (signal.SIGSTOP, signal.SIGKILL):
        try:
            os.kill(target, sig)
            escaped('kill(%d, %d)' % (target, sig))
        except OSError:
            pass
info = ctypes.create_string_buffer(128)
struct.pack_into('iii', info, 0, signal.SIGKILL, 0, -1)
for attempt in (lambda: sc('tkill', ppid, 9), lambda: sc('tgkill', ppid, ppid, 9),
                lambda: sc('rt_sigqueueinfo', ppid, 9, info), lambda: sc('rt_tgsigqueueinfo', ppid, ppid, 9, info),
                lambda: sc('kill', ppid, 9)):
    if attempt() == 0:
        escaped('raw signal call')
try:
    fd = os.pidfd_open(ppid)
    escaped('pidfd_open')
    signal.pidfd_send_signal(fd, signal.SIGKILL)
except OSError:
    pass
if sc('pidfd_open', ppid, 0) >= 0:
    escaped('raw pidfd_open')
print('done')`,
  },
  {
    name: 'SIGIO at the worker (fcntl F_SETOWN, ioctl FIOSETOWN)',
    code: `${PRELUDE}
import fcntl
r, w = os.pipe()
try:
    fcntl.fcntl(r, fcntl.F_SETOWN, ppid)
    escaped('F_SETOWN')
except OSError:
    pass
try:
    fcntl.ioctl(r, 0x8901, struct.pack('i', ppid))
    escaped('FIOSETOWN')
except OSError:
    pass
print('done')`,
  },
  {
    name: 'read or write the worker memory (process_vm_readv/writev), ptrace it',
    code: `${PRELUDE}
buf = ctypes.create_string_buffer(64)
iov = struct.pack('PN', ctypes.addressof(buf), 64)
iov_buf = ctypes.create_string_buffer(iov, len(iov))
for name in ('process_vm_readv', 'process_vm_writev'):
    if sc(name, ppid, iov_buf, 1, iov_buf, 1, 0) >= 0 or ctypes.get_errno() not in (1, 13, 3):
        escaped(name)
if sc('ptrace', 16, ppid, 0, 0) == 0:
    escaped('ptrace attach')
print('done')`,
  },
  {
    name: 'lower the worker priority (setpriority on the parent)',
    code: `${PRELUDE}
try:
    os.setpriority(os.PRIO_PROCESS, ppid, 19)
    escaped('setpriority')
except OSError:
    pass
print('done')`,
  },
  {
    name: 'io_uring (sockets past the socket rule)',
    code: `${PRELUDE}
params = ctypes.create_string_buffer(120)
if sc('io_uring_setup', 8, params) >= 0:
    escaped('io_uring_setup')
print('done')`,
  },
  {
    name: 'SysV shared memory, semaphores and message queues',
    code: `${PRELUDE}
for key in (0, 0x5E17):
    if sc('shmget', key, 4096, 0o1600) >= 0:
        escaped('shmget')
    if sc('semget', key, 1, 0o1600) >= 0:
        escaped('semget')
    if sc('msgget', key, 0o1600) >= 0:
        escaped('msgget')
print('done')`,
  },
  {
    name: 'namespaces and raw sockets (unshare, setns, socket)',
    code: `${PRELUDE}
import socket
if sc('unshare', 0x10000000) == 0:
    escaped('unshare')
if sc('setns', 0, 0) == 0:
    escaped('setns')
for family in (socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.AF_NETLINK, 17):
    try:
        socket.socket(family, socket.SOCK_DGRAM if family != socket.AF_UNIX else socket.SOCK_STREAM).close()
        escaped('socket family %d' % family)
    except OSError:
        pass
print('done')`,
  },
  {
    name: 'leave files in every writable place',
    code: `${PRELUDE}
import tempfile
places = ['.', os.path.expanduser('~'), tempfile.gettempdir(), '/tmp', '/dev/shm', '/dev', '/etc', '/root',
          '/var/tmp', '/', '/usr/lib', os.path.dirname(os.__file__)]
for place in places:
    try:
        with open(os.path.join(place, 'semtrace-left-behind'), 'w') as f:
            f.write('state')
    except OSError:
        pass
    try:
        os.mkdir(os.path.join(place, 'semtrace-left-dir'))
        with open(os.path.join(place, 'semtrace-left-dir', 'x'), 'w') as f:
            f.write('state')
        os.chmod(os.path.join(place, 'semtrace-left-dir'), 0)
    except OSError:
        pass
try:
    os.mkfifo('semtrace-fifo')
except OSError:
    pass
print('done')`,
  },
  {
    name: 'leave a thread running and a shadowing module in the working directory',
    code: `${PRELUDE}
import threading, time
with open('json.py', 'w') as f:
    f.write('def dumps(*a, **k):\\n    return "HIJACKED"\\n')
threading.Thread(target=lambda: time.sleep(30), daemon=False).start()
print('done')`,
  },
  {
    name: 'forge results on every inherited descriptor (the protocol channel)',
    code: `${PRELUDE}
import sys
${FORGED}
forged = b''.join(b'{"id":%d,"result":%s}\\n' % (i, forged_bytes()) for i in range(1, 400))
for fd in range(0, 64):
    try:
        os.write(fd, forged)
    except OSError:
        pass
sys.__stdout__.write(forged.decode())
print('done')`,
    // Its own result pipe is among the descriptors it wrote to: that result is refused too.
    rejectedAs: 'ResultRejected',
  },
  {
    name: 'forge its own result on the result pipe, then exit',
    code: `${PRELUDE}
${FORGED}
forged = forged_bytes()
for fd in range(3, 64):
    try:
        os.write(fd, forged)
    except OSError:
        pass
os._exit(0)`,
    rejectedAs: 'ResultRejected',
  },
  {
    name: "forge a framed result with the harness's nonce found through frames",
    code: `${PRELUDE}
import sys
frame = sys._getframe()
found = None
while frame is not None:
    if 'nonce' in frame.f_locals and 'write_fd' in frame.f_locals:
        found = frame.f_locals
    frame = frame.f_back
${FORGED}
if found is not None:
    body = forged_bytes(steps=[{'event': 'call', 'line': 999, 'func': '<module>', 'depth': 0, 'locals': {}}], stepCount=1)
    os.write(found['write_fd'], b'SEMTRACE-RESULT\\n' + found['nonce'] + struct.pack('>Q', len(body)) + body)
    os._exit(0)
print('no frames')`,
    rejectedAs: 'ResultRejected',
  },
];

/** What a program would see of earlier programs: must not change whatever ran before it. */
/**
 * `trace: false` where a program's locals would hold the scratch path (it differs between workers
 * outside a sandbox's own /tmp) or a ctypes handle address.
 */
export const statePrograms: { name: string; code: string; call?: string; trace?: boolean }[] = [
  { name: 'sorted call', code: 'def f(x):\n    y = sorted(x)\n    return y', call: 'f([3, 1, 2])' },
  {
    name: 'hash and random',
    code: 'import random\nwords = {"pear", "fig", "apple", "kiwi"}\nprint(list(words), hash("abc"), random.random())',
  },
  {
    name: 'writable places and what is in them',
    trace: false,
    code: `import os, tempfile
def ls(path):
    try:
        return sorted(os.listdir(path))
    except OSError as error:
        return type(error).__name__
for index, place in enumerate(['.', os.path.expanduser('~'), tempfile.gettempdir(), '/tmp', '/dev/shm', '/dev', '/etc', '/root', '/var/tmp', '/']):
    print(index, ls(place))
import json
print(json.dumps([1]))`,
  },
  {
    name: 'process state',
    code: `import os, resource, signal
print([resource.getrlimit(getattr(resource, n)) for n in sorted(dir(resource)) if n.startswith('RLIMIT_')])
print(os.getpriority(os.PRIO_PROCESS, 0), os.umask(0o22))
handlers = [signal.getsignal(s) for s in sorted(signal.valid_signals()) if s not in (signal.SIGKILL, signal.SIGSTOP)]
print([h if isinstance(h, int) else type(h).__name__ for h in handlers])
print(sorted(k for k in os.environ))`,
  },
  {
    name: 'SysV key left behind',
    trace: false,
    code: `import ctypes, platform
libc = ctypes.CDLL(None, use_errno=True)
nr = {'x86_64': 29, 'aarch64': 194}[platform.machine()]
print(libc.syscall(nr, 0x5E17, 0, 0), ctypes.get_errno())`,
  },
];

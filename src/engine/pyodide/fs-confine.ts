/**
 * Pyodide's file system lives in JavaScript objects, outside the wasm memory that is reset between
 * trust domains, so what a program writes there would outlive it. After boot the interpreter thread
 * wraps the FS operations that change files so that they succeed only under the writable roots
 * (the program's /tmp and the harness's exchange folder), which the reset then wipes. Paths are
 * resolved through symlinks and `dir_fd`-relative forms first (the syscall layer hands the FS an
 * absolute path), so neither reaches outside. Python cannot undo this: the wrappers live in the JS
 * realm, which it cannot reach once the bridge gate is closed.
 */

/** The slice of Emscripten's FS object this module uses. */
export interface EmscriptenFs {
  lookupPath(path: string, options?: { follow?: boolean }): { node: FsNode; path: string };
  getPath(node: FsNode): string;
  isChrdev(mode: number): boolean;
  cwd(): string;
  ErrnoError: new (errno: number) => Error;
  [operation: string]: unknown;
}

export interface FsNode {
  mode: number;
}

/** Emscripten's errno for EACCES (it uses the WASI numbering). */
const EACCES = 2;
const WRITE_FLAGS = 0o1 | 0o2 | 0o100 | 0o1000 | 0o2000; // O_WRONLY O_RDWR O_CREAT O_TRUNC O_APPEND

/** FS operations whose first argument is the path they change. */
const PATH_OPERATIONS = [
  'mkdir',
  'mknod',
  'create',
  'rmdir',
  'unlink',
  'chmod',
  'lchmod',
  'chown',
  'lchown',
  'truncate',
  'utime',
];

export function confineWrites(fs: EmscriptenFs, roots: string[]): void {
  // The roots themselves stay as they are: only what lies under them may change.
  const inside = (path: string) => roots.some((root) => path.startsWith(`${root}/`));
  const deny = (): never => {
    throw new fs.ErrnoError(EACCES);
  };

  /** The absolute path an operation on `path` touches, with every directory symlink resolved. */
  const target = (path: string, follow: boolean): string => {
    const absolute = path.startsWith('/') ? path : `${fs.cwd()}/${path}`;
    if (follow) {
      try {
        return fs.getPath(fs.lookupPath(absolute, { follow: true }).node);
      } catch {
        // does not exist yet: the parent decides
      }
    }
    const trimmed = absolute.replace(/\/+$/, '') || '/';
    const slash = trimmed.lastIndexOf('/');
    const parent = trimmed.slice(0, slash) || '/';
    const name = trimmed.slice(slash + 1);
    let parentPath: string;
    try {
      parentPath = fs.getPath(fs.lookupPath(parent, { follow: true }).node);
    } catch {
      return trimmed; // the parent does not exist: the operation fails on its own
    }
    if (name === '..' || name === '.') return parentPath;
    return parentPath === '/' ? `/${name}` : `${parentPath}/${name}`;
  };
  const check = (path: unknown, follow = false): void => {
    if (typeof path !== 'string') return;
    if (!inside(target(path, follow)) || (follow && !inside(target(path, false)))) deny();
  };

  for (const name of PATH_OPERATIONS) wrap(fs, name, (args) => check(args[0]));
  // A symlink may point anywhere: every operation above resolves through it before checking.
  wrap(fs, 'symlink', (args) => check(args[1]));
  wrap(fs, 'rename', (args) => {
    check(args[0]);
    check(args[1]);
  });
  wrap(fs, 'open', (args) => {
    const [path, flags] = args;
    if (typeof flags === 'number' && flags & WRITE_FLAGS && typeof path === 'string') {
      try {
        const { node } = fs.lookupPath(path.startsWith('/') ? path : `${fs.cwd()}/${path}`, { follow: true });
        if (fs.isChrdev(node.mode)) return; // /dev/null, /dev/stdout: writing there changes no file
      } catch {
        // does not exist: creating it is checked below
      }
      check(path, true);
    }
  });
  // Descriptor-based changes act on a file opened earlier, and opening for writing was checked.
}

function wrap(fs: EmscriptenFs, name: string, before: (args: unknown[]) => void): void {
  const original = fs[name];
  if (typeof original !== 'function') return;
  fs[name] = function (this: unknown, ...args: unknown[]) {
    before(args);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
}

/**
 * The whole interpreter as it was right after boot, and the means to put it back: the wasm linear
 * memory (every Python object, the C heap and stack, the interpreter's static state), the stack
 * pointer, and the JavaScript-side state the interpreter owns (open file descriptors, the working
 * directory, the inode counter, the writable folders). Restoring it is the boundary between trust
 * domains: nothing a program did to Python objects survives, however it reached them.
 */
import type { EmscriptenFs } from './fs-confine.js';

/** The parts of the Emscripten module this module uses. */
export interface EmscriptenModule {
  HEAPU8: Uint8Array;
  stackSave(): number;
  stackRestore(pointer: number): void;
  _sbrk(increment: number): number;
}

interface Stream {
  fd: number | null;
  position: number;
}

export interface ImageFs extends EmscriptenFs {
  streams: (Stream | null)[];
  currentPath: string;
  nextInode: number;
  ignorePermissions: boolean;
  close(stream: Stream): void;
  readdir(path: string): string[];
  isDir(mode: number): boolean;
}

export interface ResetFolders {
  /** Emptied on reset. */
  wiped: string[];
  /** The programs' working directory, made anew before every run (its parent must exist). */
  scratch: string;
}

/** The FS's own operations, from before writes were confined (the reset must reach every folder). */
export interface FsOps {
  unlink(path: string): void;
  rmdir(path: string): void;
  lstat(path: string): { mode: number };
  mkdir(path: string): void;
}

export class MemoryImage {
  private readonly bytes: Uint8Array;
  private readonly brk: number;
  private readonly stackPointer: number;
  private readonly streams: (Stream | null)[];
  private readonly positions: number[];
  private readonly cwd: string;
  private readonly nextInode: number;
  private readonly fsOps: FsOps;

  /**
   * Take the image. `fsOps` are the FS's own unlink/rmdir/lstat from before they were confined:
   * the reset must be able to clear the writable folders whatever the program left there.
   */
  constructor(
    private readonly module: EmscriptenModule,
    private readonly fs: ImageFs,
    private readonly folders: ResetFolders,
    fsOps: FsOps,
  ) {
    this.fsOps = fsOps;
    this.brk = module._sbrk(0);
    // Memory above the break is unused at boot; it is zeroed on reset rather than copied.
    this.bytes = module.HEAPU8.slice(0, this.brk);
    this.stackPointer = module.stackSave();
    this.streams = fs.streams.slice();
    this.positions = this.streams.map((stream) => stream?.position ?? 0);
    this.cwd = fs.currentPath;
    this.nextInode = fs.nextInode;
  }

  /** Bytes copied back on every reset. */
  get size(): number {
    return this.bytes.length;
  }

  /** Put the whole interpreter back (the boundary between domains); then `prepareRun`. */
  restore(): void {
    const heap = this.module.HEAPU8; // re-read: a grown memory has a new buffer
    heap.set(this.bytes);
    heap.fill(0, this.brk);
    this.module.stackRestore(this.stackPointer);
    this.restoreStreams();
    this.withFreeHands(() => {
      for (const folder of this.folders.wiped) this.empty(folder);
    });
  }

  /**
   * The JS-side file state every run starts from, reset or not: the descriptor table, a new empty
   * scratch folder as the working directory, and the inode counter (inode numbers are visible to
   * programs, so they must not depend on what ran before).
   */
  prepareRun(): void {
    this.restoreStreams();
    this.withFreeHands(() => {
      this.empty(this.folders.scratch);
      try {
        this.fsOps.rmdir.call(this.fs, this.folders.scratch);
      } catch {
        // not there
      }
      this.fs.nextInode = this.nextInode;
      this.fsOps.mkdir.call(this.fs, this.folders.scratch);
    });
    this.fs.currentPath = this.cwd;
  }

  private withFreeHands(work: () => void): void {
    // A program may have taken permissions away from what it created; the reset ignores them.
    this.fs.ignorePermissions = true;
    this.fs.currentPath = '/'; // the FS refuses to remove the working directory
    try {
      work();
    } finally {
      this.fs.ignorePermissions = false;
    }
  }

  private restoreStreams(): void {
    const streams = this.fs.streams;
    for (let fd = 0; fd < streams.length; fd++) {
      const stream = streams[fd];
      if (stream && stream !== this.streams[fd]) {
        try {
          this.fs.close(stream);
        } catch {
          // already half-closed: dropping it below is enough
        }
      }
    }
    streams.length = 0;
    this.streams.forEach((stream, fd) => {
      streams[fd] = stream;
      if (stream) {
        stream.fd = fd;
        stream.position = this.positions[fd] ?? 0;
      }
    });
  }

  private empty(folder: string): void {
    let names: string[];
    try {
      names = this.fs.readdir(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (name === '.' || name === '..') continue;
      const path = `${folder}/${name}`;
      const { mode } = this.fsOps.lstat.call(this.fs, path);
      if (this.fs.isDir(mode)) {
        this.empty(path);
        this.fsOps.rmdir.call(this.fs, path);
      } else {
        this.fsOps.unlink.call(this.fs, path);
      }
    }
  }
}

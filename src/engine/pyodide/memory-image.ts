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
  /** Lowest address of the C stack (it grows down towards it). */
  _emscripten_stack_get_end(): number;
  /** Highest address of the C stack. */
  _emscripten_stack_get_base(): number;
}

/** The C stack is checked for leftovers in chunks of this size. */
const CHUNK = 64 << 10;
const ZEROS = new Uint8Array(CHUNK);

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
  /** The stack below this address was all zeros in the image (the stack is 10 MiB; a few KiB are used). */
  private readonly stackLow: number;
  private readonly stackUsed: number;
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
    // Memory above the break is unused: zeroed now and on every reset rather than copied.
    module.HEAPU8.fill(0, this.brk);
    this.bytes = module.HEAPU8.slice(0, this.brk);
    const low = module._emscripten_stack_get_end();
    const high = module._emscripten_stack_get_base();
    let used = low;
    while (used < high && this.bytes[used] === 0) used++;
    used -= (used - low) % CHUNK; // whole chunks from the bottom, so the scan never splits one
    // Only when the stack lies inside the copied range; otherwise everything is simply copied.
    const inside = low <= used && high <= this.brk;
    this.stackLow = inside ? low : 0;
    this.stackUsed = inside ? used : 0;
    this.stackPointer = module.stackSave();
    this.streams = fs.streams.slice();
    this.positions = this.streams.map((stream) => stream?.position ?? 0);
    this.cwd = fs.currentPath;
    this.nextInode = fs.nextInode;
  }

  /** Bytes copied back on every reset (the unused stack is only checked). */
  get size(): number {
    return this.bytes.length - (this.stackUsed - this.stackLow);
  }

  /** Put the whole interpreter back (the boundary between domains); then `prepareRun`. */
  restore(): void {
    const heap = this.module.HEAPU8; // re-read: a grown memory has a new buffer
    heap.set(this.bytes.subarray(0, this.stackLow));
    this.zeroStackLeftovers(heap);
    heap.set(this.bytes.subarray(this.stackUsed), this.stackUsed);
    heap.fill(0, this.brk);
    this.module.stackRestore(this.stackPointer);
    this.restoreStreams();
    this.withFreeHands(() => {
      for (const folder of this.folders.wiped) this.empty(folder);
    });
  }

  /**
   * The unused part of the C stack was zeros in the image. Reading it is cheaper than writing it, so
   * only the chunks a run wrote to (deep calls, or anything else) are cleared; every chunk is checked.
   */
  private zeroStackLeftovers(heap: Uint8Array): void {
    for (let start = this.stackLow; start < this.stackUsed; start += CHUNK) {
      const end = Math.min(start + CHUNK, this.stackUsed);
      const chunk = heap.subarray(start, end);
      if (Buffer.compare(chunk, end - start === CHUNK ? ZEROS : ZEROS.subarray(0, end - start)) !== 0)
        chunk.fill(0);
    }
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

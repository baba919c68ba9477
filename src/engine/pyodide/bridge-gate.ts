/**
 * Closes the door between Python and JavaScript at the WebAssembly boundary. Every way compiled
 * Python reaches JavaScript is a function the wasm module imports from Pyodide's JS glue (JsProxy
 * attribute access, `to_js`, `run_js`, dlopen of a side module, `system()`, timers, …). This module
 * wraps those imports before the module is instantiated; once `close()` is called, any of them that
 * is not on the allow-list below throws instead of running. The allow-list is the C library's own
 * layer (file system syscalls, clocks, the signal check, the function-pointer trampoline), none of
 * which hands Python a JavaScript value or runs JavaScript that Python chose.
 *
 * Because the gate sits on the imports, it holds whatever Python does to its own memory: objects
 * found through `gc` or `object.__subclasses__()`, a re-imported `_pyodide_core`, or a forged
 * pointer all end at a wrapped import.
 */

/** Imports compiled Python may still call after the gate is closed. */
const ALLOWED = new Set([
  // WASI: descriptors, clocks, environment, entropy.
  'fd_close',
  'fd_read',
  'fd_write',
  'fd_seek',
  'fd_pread',
  'fd_pwrite',
  'fd_sync',
  'fd_fdstat_get',
  'clock_res_get',
  'clock_time_get',
  'environ_sizes_get',
  'environ_get',
  'random_get',
  // CPython on Emscripten: indirect calls, the interrupt-buffer check, runtime detection.
  '_PyEM_TrampolineCall_JS',
  '_Py_CheckEmscriptenSignals_Helper',
  '_Py_emscripten_runtime',
  '__call_sighandler',
  // C library helpers implemented in JS.
  '__assert_fail',
  '_abort_js',
  '_tzset_js',
  '_timegm_js',
  '_mktime_js',
  '_localtime_js',
  '_gmtime_js',
  'emscripten_date_now',
  'emscripten_get_now',
  '_emscripten_get_now_is_monotonic',
  '_mmap_js',
  '_munmap_js',
  '_msync_js',
  'emscripten_resize_heap',
  'emscripten_get_heap_max',
  '_emscripten_get_progname',
  '_emscripten_lookup_name',
  'getprotobyname',
  'getprotobynumber',
  'getaddrinfo',
  'getnameinfo',
  '__syscall_getuid32_js',
  '__syscall_umask_js',
  // Socket emulation over the in-memory socket table (no network is reachable from it here). The
  // async variants only ask that table's socket for an async operation, which its sockets lack.
  '_try_fcntl64',
  '_try_shutdown',
  '_maybe_connect_async',
  '_maybe_recvfrom_async',
  '_maybe_sendto_async',
  '_maybe_poll_async',
]);

function allowed(name: string): boolean {
  // The syscall layer goes through Emscripten's FS object, which the thread confines separately.
  return ALLOWED.has(name) || name.startsWith('__syscall_');
}

type Imports = Record<string, Record<string, unknown> | undefined>;
type Instantiate = (this: unknown, source: unknown, imports?: Imports) => unknown;

export class BridgeGate {
  private closed = false;
  /** The first closed import a program reached (the interpreter must then be discarded). */
  violation: string | undefined;

  /** Wrap the imports of the next main-module instantiation. Call before loading Pyodide. */
  install(): void {
    // The project compiles without the DOM library, which is where TypeScript declares WebAssembly.
    const wasm = (globalThis as unknown as { WebAssembly: { instantiate: Instantiate } }).WebAssembly;
    const original = wasm.instantiate;
    const gate = this;
    wasm.instantiate = function (this: unknown, source: unknown, imports?: Imports) {
      if (imports && isPyodideImports(imports)) gate.wrap(imports.env as Record<string, unknown>);
      return original.call(this, source, imports);
    };
  }

  /** From now on, only allow-listed imports run. There is no way to open the gate again. */
  close(): void {
    this.closed = true;
  }

  private wrap(env: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(env)) {
      if (typeof value !== 'function' || allowed(name)) continue;
      const inner = value as ((...args: unknown[]) => unknown) & { sig?: string };
      const gate = this;
      const wrapped = function (this: unknown, ...args: unknown[]) {
        if (gate.closed) {
          gate.violation ??= name;
          throw new Error(`semtrace: the program reached the JavaScript bridge (${name})`);
        }
        return inner.apply(this, args);
      } as typeof inner;
      // Emscripten's dynamic linker reads a JS function's wasm signature from `.sig`.
      if (inner.sig) wrapped.sig = inner.sig;
      env[name] = wrapped;
    }
  }
}

/** The main Pyodide module's imports: the glue's table of JS functions (it includes the JsProxy ones). */
function isPyodideImports(imports: Imports): boolean {
  const env = imports.env as Record<string, unknown> | undefined;
  return typeof env?.JsProxy_GetAttr_js === 'function';
}

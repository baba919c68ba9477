/** Messages between the page and the web worker that runs Python (Pyodide) in the browser. */

export type ToWorker =
  | { type: 'start'; interruptBuffer: SharedArrayBuffer | null }
  | { type: 'run'; id: number; request: string };

export type FromWorker =
  | { type: 'ready'; python: string; loadMs: number }
  | { type: 'result'; id: number; json: string; dirty: boolean }
  | { type: 'failed'; id: number | null; message: string };

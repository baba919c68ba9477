/**
 * Messages between the engine (parent process) and a worker process, shared by both backends.
 * A worker reads one JSON line per request on stdin and writes one JSON line per result on stdout (native:
 * a header line, then the result's line as the program's process encoded it),
 * one request at a time; its first line says it is ready and which Python it runs.
 */
import type { RunResultCore } from './types.js';

/** What the Python harness receives: the request with every limit resolved. */
export interface WireRequest {
  code: string;
  mode: 'script' | 'call';
  call?: string;
  stdin?: string;
  trace: boolean;
  showCallables: boolean;
  seed?: number;
  /** The trust domain (see RunRequest.domain); absent: a domain of its own. */
  domain?: string;
  limits: WireLimits;
}

export interface WireLimits {
  timeoutMs: number;
  maxSteps: number;
  maxOutputBytes: number;
  maxReprChars: number;
  maxReprItems: number;
  maxReprDepth: number;
  maxReturnReprChars: number;
  memoryBytes: number;
}

export interface WorkerRequestLine {
  id: number;
  request: WireRequest;
}

export interface WorkerReadyLine {
  ready: true;
  /** e.g. "3.11.7" */
  python: string;
  implementation: string;
}

export interface WorkerResultLine {
  id: number;
  result: RunResultCore;
  /**
   * Native: the result is not in this line but is the next line, exactly as the program's process encoded
   * it (the worker checked it and does not encode it again).
   */
  raw?: true;
  /** Native: the program ran in a process that had already run a program of its trust domain. */
  warm?: true;
  /** The worker threw its interpreter away after this run (it was tampered with or had to be stopped). */
  recycled?: boolean;
  /**
   * The worker process found its own state changed by the program (limits, priority, a scratch it could
   * not empty) and exits after this line: the pool replaces it before its next program.
   */
  retire?: boolean;
}

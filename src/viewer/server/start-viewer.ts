/**
 * `startViewer`: the local web server behind `semtrace view`. It listens on 127.0.0.1 only, serves the
 * built viewer app (dist/viewer/app), the Pyodide package and the tracer harness (for the playground), and a small JSON
 * API over whatever PATH it was opened on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BackendName } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import { type ApiContext, GET_ROUTES, POST_ROUTES } from './api-routes.js';
import { appDir, harnessDir, pyodideDir, SERVED_HARNESS } from './asset-dirs.js';
import { DatasetSource } from './dataset-source.js';
import { EngineHolder } from './engine-holder.js';
import { EvalSource } from './eval-source.js';
import { sendError, sendJson } from './http-util.js';
import { classifyPath } from './open-path.js';
import { PipelineSource } from './pipeline-source.js';
import { type ProgramOptions, readResultFile, runProgramFile } from './program-view.js';
import { resolveInside, sendFile } from './static-files.js';

export interface ViewerOptions extends ProgramOptions {
  /** What to show: a .py program, a result JSON, a dataset or evaluation directory; none for the playground. */
  path?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Engine backend for programs the server runs (default pyodide). */
  backend?: BackendName;
}

export interface Viewer {
  /** e.g. http://127.0.0.1:5173/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

async function contextFor(options: ViewerOptions, engine: EngineHolder): Promise<ApiContext> {
  const target = classifyPath(options.path);
  const context: ApiContext = { session: { kind: target.kind, title: target.title }, engine };
  if (target.kind === 'program') {
    const run = runProgramFile(target.path!, options, engine);
    run.catch(() => {}); // reported when the page asks for it
    context.program = () => run;
  } else if (target.kind === 'result') {
    const view = readResultFile(target.path!, options);
    context.program = async () => view;
  } else if (target.kind === 'dataset') {
    context.dataset = await DatasetSource.open(target.path!);
  } else if (target.kind === 'eval') {
    context.evaluation = new EvalSource(target.path!);
  } else if (target.kind === 'pipeline') {
    context.pipeline = new PipelineSource(target.path!);
  }
  return context;
}

/** Only our own origin may talk to the server: a page elsewhere that rebinds its DNS name to 127.0.0.1 may not. */
function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host ?? '';
  return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

function handler(context: ApiContext, app: string, pyodide: string, harness: string, port: () => number) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      if (!hostAllowed(request, port())) {
        throw new SemtraceError('SEMTRACE_BAD_REQUEST', 'open the viewer through the URL it printed');
      }
      const url = new URL(request.url ?? '/', `http://${HOST}`);
      const path = url.pathname;
      if (path.startsWith('/api/')) {
        const routes = request.method === 'POST' ? POST_ROUTES : GET_ROUTES;
        const route = routes[path];
        if (!route) {
          sendJson(response, 404, {
            error: { code: 'SEMTRACE_BAD_REQUEST', message: `no API route ${request.method} ${path}` },
          });
          return;
        }
        sendJson(response, 200, await route(context, url.searchParams, request));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        sendJson(response, 405, {
          error: { code: 'SEMTRACE_BAD_REQUEST', message: 'only GET is served here' },
        });
        return;
      }
      const file = staticFile(path, app, pyodide, harness);
      if (file) sendFile(response, file.path, file.cache);
      else
        sendJson(response, 404, {
          error: { code: 'SEMTRACE_FILE_NOT_FOUND', message: `nothing at ${path}` },
        });
    } catch (error) {
      sendError(response, error);
    }
  };
}

function staticFile(path: string, app: string, pyodide: string, harness: string) {
  if (path.startsWith('/pyodide/')) {
    const file = resolveInside(pyodide, path.slice('/pyodide/'.length));
    return file ? { path: file, cache: 'long' as const } : undefined;
  }
  if (path.startsWith('/harness/')) {
    const name = path.slice('/harness/'.length);
    if (!SERVED_HARNESS.includes(name)) return undefined;
    const file = resolveInside(harness, name);
    return file ? { path: file, cache: 'none' as const } : undefined;
  }
  const file = resolveInside(app, path === '/' ? 'index.html' : path.slice(1));
  if (file) return { path: file, cache: path.startsWith('/assets/') ? ('long' as const) : ('none' as const) };
  // Client-side routes (no file extension) get the app itself.
  if (!/\.[a-z0-9]+$/i.test(path)) return { path: resolveInside(app, 'index.html')!, cache: 'none' as const };
  return undefined;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new SemtraceError(
            'SEMTRACE_PORT_IN_USE',
            `port ${port} on ${HOST} is already in use; pick another with --port, or --port 0 for any free port`,
          ),
        );
      } else reject(error);
    };
    server.once('error', onError);
    server.listen(port, HOST, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startViewer(options: ViewerOptions = {}): Promise<Viewer> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `--port must be a whole number from 0 to 65535, got ${port}`,
    );
  }
  const app = appDir();
  const engine = new EngineHolder(options.backend ?? 'pyodide');
  const context = await contextFor(options, engine);
  let bound = 0;
  const server = createServer(handler(context, app, pyodideDir(), harnessDir(), () => bound));
  try {
    bound = await listen(server, port);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return {
    url: `http://${HOST}:${bound}/`,
    port: bound,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
    },
  };
}

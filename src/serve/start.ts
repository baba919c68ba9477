/** Start the service on a host and port, refusing a non-loopback address without tokens. */
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { SemtraceError } from '../errors.js';
import { createServeApp, type ServeApp, type ServeAppOptions } from './app.js';

export interface StartServeOptions extends ServeAppOptions {
  host?: string;
  /** 0: any free port. */
  port?: number;
}

export interface RunningServer extends ServeApp {
  url: string;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

export async function startServer(options: StartServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!options.tokens && !isLoopback(host)) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `without --tokens the service listens on loopback only; give --tokens FILE to listen on ${host}`,
    );
  }
  const served = await createServeApp(options);
  try {
    await served.app.listen({ host, port: options.port ?? 8000 });
  } catch (error) {
    await served.app.close();
    if ((error as { code?: string }).code === 'EADDRINUSE')
      throw new SemtraceError(
        'SEMTRACE_PORT_IN_USE',
        `port ${options.port} is in use; choose another with --port`,
      );
    throw error;
  }
  const address = served.app.server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { ...served, url: `http://${shownHost}:${address.port}` };
}

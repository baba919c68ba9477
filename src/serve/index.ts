export { createServeApp, type ServeApp, type ServeAppOptions } from './app.js';
export {
  type BatchLine,
  SemtraceServeClient,
  type ServeClientOptions,
  type ServeHealth,
  ServeRequestError,
} from './client.js';
export { defaultServeLimits, type ServeLimits } from './options.js';
export { isLoopback, type RunningServer, type StartServeOptions, startServer } from './start.js';
export { loadTokens, parseTokens, type TokenTable } from './tokens.js';

/** Where the API key comes from, and why a local server may go without one. */
import { SemtraceError } from '../../errors.js';

/** Sent to local servers that need no key; the openai client refuses to start without some key. */
export const PLACEHOLDER_API_KEY = 'semtrace-no-key';

/** True for base URLs on this machine (vLLM, SGLang, llama.cpp, Ollama run there without keys). */
export function isLoopbackURL(baseURL: string): boolean {
  let host: string;
  try {
    host = new URL(baseURL).hostname;
  } catch {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `--base-url '${baseURL}' is not a URL; give one such as http://127.0.0.1:8000/v1`,
    );
  }
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** The key from `envName`; a placeholder for loopback servers; otherwise a clear error. */
export function resolveApiKey(
  baseURL: string,
  envName: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const key = env[envName];
  if (key && key.trim() !== '') return key.trim();
  if (isLoopbackURL(baseURL)) return PLACEHOLDER_API_KEY;
  throw new SemtraceError(
    'SEMTRACE_MISSING_API_KEY',
    `no API key for ${baseURL}: set the environment variable ${envName} (or name another one with --api-key-env)`,
  );
}

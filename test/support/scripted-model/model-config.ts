/**
 * The model settings of a pipeline test against the scripted model on the loopback fake server: no API
 * key, the test's own response cache, and retries that barely wait (the server fails some requests on
 * purpose).
 */
import type { ModelConfig } from '../../../src/synth/common/model.js';

export function scriptedModelConfig(baseURL: string, cacheDir: string): ModelConfig {
  return {
    baseURL,
    model: 'scripted',
    api: 'chat',
    apiKeyEnv: 'SEMTRACE_TEST_NO_KEY',
    cacheDir,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  };
}

import { fileURLToPath } from 'node:url';

/** Folder of the Python harness files; the build copies them next to the compiled engine. */
export const harnessDir = fileURLToPath(new URL('./python/', import.meta.url));

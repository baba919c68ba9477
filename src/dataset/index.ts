/** Datasets: the builder and the record types (readers and writers live in ./read and ./output). */
export * from './build/index.js';
export * from './types.js';

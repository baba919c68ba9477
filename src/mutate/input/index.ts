export { hashKey } from './equality.js';
export { parseArgs, parseValue } from './parser.js';
export { type PrintOptions, printArgs, printValue } from './printer.js';
export { printComplex, printFloat, reprBytes, reprFiniteFloat, reprStr } from './repr.js';
export * from './value.js';

import type { Rng } from '../../../common/random.js';
import { pickChar } from '../synthesize.js';

/**
 * Character-level edits shared by str and bytes: each takes the characters (code points, or one char per
 * byte) and returns the edited characters, or undefined when the edit would change nothing.
 */
export type TextEdit = (chars: readonly string[], rng: Rng) => string[] | undefined;

function swapCase(ch: string): string {
  const upper = ch.toUpperCase();
  return upper === ch ? ch.toLowerCase() : upper;
}

export const TEXT_EDITS: Readonly<Record<string, TextEdit>> = {
  'insert-char': (chars, rng) => {
    const out = [...chars];
    out.splice(rng.int(0, chars.length), 0, pickChar(rng, chars));
    return out;
  },
  'delete-char': (chars, rng) => {
    if (chars.length === 0) return undefined;
    const out = [...chars];
    out.splice(rng.int(0, chars.length - 1), 1);
    return out;
  },
  'replace-char': (chars, rng) => {
    if (chars.length === 0) return undefined;
    const out = [...chars];
    const at = rng.int(0, chars.length - 1);
    const replacement = pickChar(rng, []);
    if (replacement === out[at]) return undefined;
    out[at] = replacement;
    return out;
  },
  'swap-case': (chars) => {
    const out = chars.map(swapCase);
    return out.join('') === chars.join('') ? undefined : out;
  },
  repeat: (chars) => (chars.length === 0 ? undefined : [...chars, ...chars]),
  empty: (chars) => (chars.length === 0 ? undefined : []),
  reverse: (chars) => {
    const out = [...chars].reverse();
    return out.join('') === chars.join('') ? undefined : out;
  },
};

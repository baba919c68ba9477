/**
 * The scripted model's monologues for `semtrace annotate` prompts: taken from the hand-labelled set, in an
 * order per program and attempt (the attempt is the request's seed) that exercises rejection sampling —
 * a wrong answer first, a contradicted claim first, a malformed reply, an undetected wrong claim.
 */
import { LABELLED } from './labelled-monologues.js';

const MALFORMED = 'I am not able to determine this without running the code.';

/** Per program, the monologue ids answered at attempt 0, 1, 2… (the last repeats). */
const FORWARD: Record<string, string[]> = {
  running_balance: ['rb-wrong-step', 'rb-ok'],
  count_vowels: ['<malformed>', 'cv-ok'],
  dedupe: ['dd-wrong-final', 'dd-wrong-order', 'dd-ok'],
  gcd: ['gcd-answer-typo', 'gcd-ok'],
  digital_root: ['dr-ok'],
  most_common_char: ['mc-wrong-tie', 'mc-ok'],
  longest_streak: ['ls-table'],
  is_clean_palindrome: ['pal-ok'],
  hex_to_rgb: ['hex-wrong-digit', 'hex-ok'],
  merge_intervals: ['mi-wrong-step', 'mi-wrong-loop', 'mi-ok'],
  moving_average: ['ma-wrong-return', 'ma-int-division', 'ma-wrong-return'],
};
const BACKWARD: Record<string, string[]> = {
  running_balance: ['rb-back-wrong', 'rb-back-ok'],
  count_vowels: ['cv-back-ok'],
  dedupe: ['dd-back-wrong', 'dd-back-ok'],
  gcd: ['gcd-back-wrong', 'gcd-back-ok'],
  digital_root: ['dr-back-ok'],
  most_common_char: ['mc-back-wrong', 'mc-back-ok'],
  longest_streak: ['ls-back-ok'],
  is_clean_palindrome: ['pal-back-ok'],
  hex_to_rgb: ['hex-back-ok'],
  merge_intervals: ['mi-back-ok'],
  moving_average: ['ma-back-wrong', 'ma-back-ok'],
};

export function annotateAnswer(prompt: string, seed: number | undefined): string | null {
  const forward = prompt.includes('Simulate the execution of');
  const backward = prompt.includes('Find an input such that');
  if (!forward && !backward) return null;
  const program = /\bdef\s+([A-Za-z_]\w*)\s*\(/.exec(prompt)?.[1];
  const schedule = program ? (forward ? FORWARD : BACKWARD)[program] : undefined;
  if (!schedule) return null;
  const id = schedule[Math.min(seed ?? 0, schedule.length - 1)]!;
  if (id === '<malformed>') return MALFORMED;
  return LABELLED.find((m) => m.id === id)?.text ?? null;
}

/**
 * Finds the part of a model response that holds the answer, before any task-specific clean-up.
 * Rules are tried in order of how explicit they are: answer tags, then a code fence, then the whole
 * response. Models that think first put the answer last, so the last tag or fence wins.
 */

export interface Region {
  text: string;
  /** Which rule found it: `answer-tag`, `answer-tag-unclosed`, `code-fence`, `whole-response`. */
  how: string;
}

const OPEN_TAG = '[ANSWER]';
const CLOSE_TAG = '[/ANSWER]';

/** The text inside the last `[ANSWER]…[/ANSWER]`, or after the last unclosed `[ANSWER]`. */
export function answerTagRegion(response: string): Region | null {
  const upper = response.toUpperCase();
  const open = upper.lastIndexOf(OPEN_TAG);
  if (open === -1) {
    // A response may hold only the closing tag when the prompt ended with the opening one.
    const close = upper.indexOf(CLOSE_TAG);
    return close === -1 ? null : { text: response.slice(0, close), how: 'answer-tag-prefilled' };
  }
  const start = open + OPEN_TAG.length;
  const close = upper.indexOf(CLOSE_TAG, start);
  if (close === -1) return { text: response.slice(start), how: 'answer-tag-unclosed' };
  return { text: response.slice(start, close), how: 'answer-tag' };
}

const FENCE = /```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n([\s\S]*?)(?:```|$)/g;

/** The body of the last fenced code block (an unclosed fence runs to the end of the response). */
export function codeFenceRegion(response: string): Region | null {
  let last: string | null = null;
  for (const match of response.matchAll(FENCE)) last = match[2]!;
  if (last === null) {
    // A one-line fence: ```'abc'```
    const inline = /```([^`\n]+)```/.exec(response);
    return inline ? { text: inline[1]!, how: 'code-fence' } : null;
  }
  return { text: last, how: 'code-fence' };
}

/** Inline code spans (`x`) are how chat models often quote a short answer in prose. */
export function lastInlineCode(text: string): string | null {
  let last: string | null = null;
  for (const match of text.matchAll(/`([^`\n]+)`/g)) last = match[1]!;
  return last;
}

/** The answer region of a response: tags, else a fence (also inside tags), else the whole text. */
export function findRegion(response: string): Region {
  const tagged = answerTagRegion(response);
  if (tagged) {
    const fenced = codeFenceRegion(tagged.text);
    return fenced ? { text: fenced.text, how: `${tagged.how}+code-fence` } : tagged;
  }
  return codeFenceRegion(response) ?? { text: response, how: 'whole-response' };
}

/**
 * Answer extraction: from a raw model response to the text a scorer checks, with the rule that found
 * it (or why nothing was found) in `how`. Pure: no engine, no I/O.
 */
import { parseNextState } from '../../debug/next-state.js';
import type { TaskItem, TaskName } from '../../tasks/types.js';
import type { Extraction } from '../types.js';
import {
  containsCall,
  lastAssert,
  lastCall,
  phraseAnswer,
  stripMarkdown,
  valueLikeLastLine,
} from './clean.js';
import { findRegion, lastInlineCode, type Region } from './find-region.js';

/** Name of the function the item calls (`f` for CRUXEval), from its call expression. */
export function functionName(item: Pick<TaskItem, 'input'>): string {
  return /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(item.input.call ?? '')?.[1] ?? 'f';
}

export function extractAnswer(task: TaskName, response: string, item: TaskItem): Extraction {
  if (response.trim() === '') return { answer: null, how: 'empty response' };
  const region = findRegion(response);
  if (region.text.trim() === '') return { answer: null, how: `${region.how} is empty` };
  switch (task) {
    case 'output':
      return item.mode === 'script' ? printedText(region) : outputValue(region, functionName(item));
    case 'input':
      return item.mode === 'script' ? printedText(region) : inputCall(region, functionName(item));
    case 'trace':
      return traceText(region);
    case 'state':
      return stateAnswer(region, item);
    case 'debug':
      return debugAnswer(region, response);
  }
}

/** Output of a call: a Python value; an `assert f(x) == v` gives `v`. */
function outputValue(region: Region, name: string): Extraction {
  const sides = lastAssert(region.text);
  if (sides) {
    const [left, right] = sides;
    // The value is the side that is not the call, whichever order the model wrote.
    const value = containsCall(right, name) && !containsCall(left, name) ? left : right;
    return found(value, `${region.how}+assert`);
  }
  return valueFromText(region);
}

/** A value from a region without an assert line: the phrase, then the whole region or its last line. */
function valueFromText(region: Region): Extraction {
  const explicit = region.how !== 'whole-response';
  const text = region.text.trim();
  if (explicit && !/^(?:the|so|thus|therefore)\b/i.test(text)) return found(text, region.how);
  const phrase = phraseAnswer(text);
  if (phrase !== null) return found(phrase, `${region.how}+phrase`);
  if (!text.includes('\n')) return found(text, region.how);
  const inline = lastInlineCode(text);
  if (inline !== null) return found(inline, `${region.how}+inline-code`);
  const last = valueLikeLastLine(text);
  if (last !== null) return found(last, `${region.how}+last-line`);
  return {
    answer: null,
    how: 'no answer found: no [ANSWER] tag, code fence, assert line or "the output is …" phrase, and the last line is prose',
  };
}

/** Input of a call: the call `f(…)` itself (from an assert, or anywhere), else the bare arguments. */
function inputCall(region: Region, name: string): Extraction {
  const sides = lastAssert(region.text);
  if (sides) {
    const [left, right] = sides;
    const call = containsCall(left, name) ? left : containsCall(right, name) ? right : left;
    return found(call, `${region.how}+assert`);
  }
  const call = lastCall(region.text, name);
  if (call !== null) return found(call, `${region.how}+call`);
  return valueFromText(region);
}

/** Printed text (script mode): the region verbatim but for the newline that follows an opening tag. */
function printedText(region: Region): Extraction {
  const text = region.how === 'whole-response' ? region.text : region.text.replace(/^\r?\n/, '');
  return { answer: text, how: region.how };
}

function traceText(region: Region): Extraction {
  if (!/<line>|<output>|<state>/.test(region.text)) {
    return { answer: null, how: `no <line>, <state> or <output> step in the ${region.how}` };
  }
  return { answer: region.text.trim(), how: region.how };
}

function stateAnswer(region: Region, item: TaskItem): Extraction {
  const question = item.question;
  if (!question) return { answer: null, how: 'the item has no state question' };
  if (question.kind === 'value') {
    const sides = lastAssert(region.text);
    if (sides) return found(sides[1], `${region.how}+assert`);
    return valueFromText(region);
  }
  if (question.kind === 'covered') {
    const words = [...region.text.matchAll(/\b(yes|no|true|false)\b/gi)];
    const word = words.at(-1)?.[1]?.toLowerCase();
    if (!word) return { answer: null, how: `no yes/no in the ${region.how}` };
    return { answer: word === 'yes' || word === 'true' ? 'yes' : 'no', how: `${region.how}+yes-no` };
  }
  const numbers = [...region.text.matchAll(/\b(?:line\s+)?(\d+)\b/gi)];
  const number = numbers.at(-1)?.[1];
  if (number !== undefined) return { answer: String(Number(number)), how: `${region.how}+line-number` };
  if (/(^\s*-\s*$)|\b(?:none|end|ends|exits?|terminates?|no next line)\b/i.test(region.text)) {
    return { answer: '-', how: `${region.how}+end-of-run` };
  }
  return { answer: null, how: `no line number in the ${region.how}` };
}

/** A next state: the last JSON object with `line` or `ended`, in the region, else anywhere in the response. */
function debugAnswer(region: Region, response: string): Extraction {
  const inRegion = parseNextState(region.text);
  if (inRegion) return { answer: JSON.stringify(inRegion), how: `${region.how}+json` };
  const anywhere = parseNextState(response);
  if (anywhere) return { answer: JSON.stringify(anywhere), how: 'whole-response+json' };
  return { answer: null, how: 'no JSON object with "line" or "ended" in the response' };
}

function found(answer: string, how: string): Extraction {
  const cleaned = stripMarkdown(answer);
  return cleaned === '' ? { answer: null, how: `${how} is empty` } : { answer: cleaned, how };
}

/**
 * The claims a monologue makes about an execution, in the phrasings models use: "`total` is 6",
 * "total becomes 0 + 1 = 1", "set `best` to 3", "after the second iteration `seen` = {1, 2}", "the loop
 * runs 3 times", "the function returns [1, 2]". Pure. Only names that are variables of the real run
 * (or, for "returns", functions of the program) make claims, so prose such as "the list is sorted" is
 * never taken for one; the final [ANSWER] block is left to the answer check.
 */
import { readClaimedValue } from './literal-scan.js';

export type Claim =
  | {
      kind: 'value';
      variable: string;
      value: string;
      /** 1-based iteration of the loop the sentence is about ("in the second iteration"), if any. */
      iteration?: number;
      /** The sentence restates an earlier value ("initially", "was"): order is not checked. */
      restated: boolean;
      sentence: string;
    }
  | { kind: 'loop-count'; count: number; sentence: string }
  | { kind: 'return'; value: string; sentence: string }
  /** A value claim about a name the run never had (an attribute, a name from another program). */
  | { kind: 'unknown-name'; variable: string; value: string; sentence: string };

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  last: -1,
  final: -1,
};
const COUNT_WORDS: Record<string, number> = {
  once: 1,
  twice: 2,
  thrice: 3,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const NAME = String.raw`(?:\`(?<tick>[A-Za-z_]\w*)\`|(?<bare>\b[A-Za-z_]\w*\b))`;
const VERB = String.raw`(?:\s*(?:==|=|:=)\s*|\s+(?:(?:is|are)\s+(?:now\s+|still\s+|then\s+)?(?:(?:updated|set|changed|incremented|decremented|increased|decreased|reset|assigned|initiali[sz]ed)\s+(?:to|as)\s+)?|(?:now\s+)?(?:becomes?|became|equals?|holds?|remains?|stays?|changes\s+to|turns\s+into|takes\s+the\s+value|gets|will\s+be|would\s+be|must\s+be|has\s+to\s+be|should\s+be|(?:re)?sets?\s+to|resets\s+to|goes\s+(?:up\s+|down\s+|back\s+)?to|drops\s+to|rises\s+to|grows\s+to|ends\s+(?:up\s+)?(?:at|as|with))\s+|has\s+(?:the\s+)?value\s+|(?:was|were)\s+(?:(?:set|initiali[sz]ed|updated)\s+to\s+)?))(?:(?:the\s+)?(?:value\s+)?)`;
const VALUE_CLAIM = new RegExp(`${NAME}(?:'s\\s+value)?${VERB}`, 'g');
const SET_CLAIM = new RegExp(
  String.raw`\b(?:sets?|updates?|assigns?|changes?|increments?|decrements?|resets?|initiali[sz]es?|stores?)\s+${NAME}\s+(?:to|as|with)\s+`,
  'g',
);
const VALUE_OF = new RegExp(String.raw`\bthe\s+value\s+of\s+${NAME}\s+(?:is|becomes|was)\s+(?:now\s+)?`, 'g');
const RETURNS =
  /(?:\b[Tt]he\s+function|\b[Ii]t|`?(?<fn>[A-Za-z_]\w*)`?(?:\([^)]*\))?`?)\s+(?:then\s+|finally\s+|now\s+)?(?:returns|will\s+return|would\s+return)\s+/g;
const RETURN_VALUE = /\b(?:the\s+)?return(?:ed)?\s+value\s+(?:is|will\s+be|would\s+be)\s+/g;
const LOOP_COUNT =
  /\b(?:loop|body)\s+(?:runs|ran|iterates|iterated|executes|executed|repeats|is\s+executed|was\s+executed|goes\s+around|runs\s+for|iterates\s+over\s+\S+)\s+(?:exactly\s+)?(\d+|once|twice|thrice|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times?)?\b|\b(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s+iterations?\s+(?:in\s+total|total|of\s+the\s+loop)/gi;
const ITERATION =
  /\b(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+(?:iteration|pass|loop\s+iteration)|iteration\s+(\d+)|(\d+)(?:st|nd|rd|th)\s+iteration)\b/i;
const LEAVES_LOOP =
  /\b(?:after\s+the\s+loop|loop\s+(?:ends|finishes|terminates|is\s+done|exits)|exits?\s+the\s+loop|once\s+the\s+loop)\b/i;
/** What may come before an iteration named as a heading: list marks, emphasis, "In the", "After the"… */
const HEADING = /^[\s\-*#>\d.)]*(?:(?:in|during|on|after|at\s+the\s+end\s+of|for)\s+(?:the\s+)?)?$/i;
const RESTATES =
  /\b(?:initially|at\s+first|originally|started|starts|was|were|at\s+the\s+start|before\s+the\s+loop)\b/i;
const NOT_A_CLAIM = /^\s*(?:not|never|no\s+longer)\b/i;
/** `a, b = 18, 12`: several names assigned at once. */
const TUPLE_ASSIGN = /`?((?:[A-Za-z_]\w*\s*,\s*)+[A-Za-z_]\w*)`?\s*=\s*/g;
/** "holds the 21 letters": a number that counts things is not the variable's value. */
const COUNT_NOUN =
  /^\s+(?:letters|items|elements|characters|chars|times|entries|values|digits|numbers|words|keys|iterations|windows|pairs)\b/i;

/** Sentences and list items: a monologue's units of meaning. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z`*\-(])/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The monologue without its final [ANSWER] block (checked as the answer, not as reasoning). */
export function reasoningPart(monologue: string): string {
  return monologue.replace(/\[ANSWER\][\s\S]*?(?:\[\/ANSWER\]|$)/gi, '').replace(/```[a-z]*\n?|```/g, '');
}

/** Where the value starting at `at` must end: at the next top-level comma when more values follow. */
function sentenceClauseEnd(sentence: string, at: number, moreFollow: boolean): number {
  if (!moreFollow) return sentence.length;
  let depth = 0;
  for (let i = at; i < sentence.length; i += 1) {
    const ch = sentence[i]!;
    if ('([{'.includes(ch)) depth += 1;
    else if (')]}'.includes(ch)) depth -= 1;
    else if (ch === ',' && depth === 0) return i;
  }
  return sentence.length;
}

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (COUNT_WORDS[word.toLowerCase()] ?? Number.NaN);
}

export interface ExtractContext {
  /** Variables of the real run (any frame). */
  variables: ReadonlySet<string>;
  /** Functions the program defines. */
  functions: ReadonlySet<string>;
}

const STOP_NAMES = new Set([
  'it',
  'this',
  'that',
  'which',
  'value',
  'result',
  'answer',
  'output',
  'there',
  'what',
]);

export function extractClaims(monologue: string, ctx: ExtractContext): Claim[] {
  const claims: Claim[] = [];
  let iteration: number | undefined;
  let sticky: number | undefined;
  for (const sentence of splitSentences(reasoningPart(monologue))) {
    if (sticky !== iteration) iteration = sticky;
    // An iteration named at the start of a sentence or list item is a heading: it holds for the sentences
    // that follow, until another iteration or the end of the loop; named mid-sentence, it holds there only.
    const marker = ITERATION.exec(sentence);
    sticky = iteration;
    if (marker) {
      const word = marker[1]?.toLowerCase();
      iteration = word ? ORDINALS[word] : Number(marker[2] ?? marker[3]);
      sticky = HEADING.test(sentence.slice(0, marker.index)) ? iteration : undefined;
    } else if (LEAVES_LOOP.test(sentence)) {
      iteration = undefined;
      sticky = undefined;
    }
    const restated = RESTATES.test(sentence);
    const taken: [number, number][] = [];
    const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);

    const addValue = (match: RegExpMatchArray, valueStart: number) => {
      const variable = match.groups?.tick ?? match.groups?.bare;
      if (!variable || overlaps(match.index!, valueStart)) return;
      if (NOT_A_CLAIM.test(sentence.slice(valueStart))) return;
      const value = readClaimedValue(sentence, valueStart);
      if (!value || COUNT_NOUN.test(sentence.slice(value.end))) return;
      taken.push([match.index!, value.end]);
      if (ctx.variables.has(variable)) {
        const claim: Claim = { kind: 'value', variable, value: value.text, restated, sentence };
        if (iteration !== undefined && iteration > 0) claim.iteration = iteration;
        claims.push(claim);
      } else if (match.groups?.tick && !ctx.functions.has(variable) && !STOP_NAMES.has(variable)) {
        claims.push({ kind: 'unknown-name', variable, value: value.text, sentence });
      }
    };

    for (const match of sentence.matchAll(RETURNS)) {
      const fn = match.groups?.fn;
      if (fn !== undefined && !ctx.functions.has(fn)) continue;
      const value = readClaimedValue(sentence, match.index! + match[0].length);
      if (!value) continue;
      taken.push([match.index!, value.end]);
      claims.push({ kind: 'return', value: value.text, sentence });
    }
    for (const match of sentence.matchAll(RETURN_VALUE)) {
      if (overlaps(match.index!, match.index! + match[0].length)) continue;
      const value = readClaimedValue(sentence, match.index! + match[0].length);
      if (!value) continue;
      taken.push([match.index!, value.end]);
      claims.push({ kind: 'return', value: value.text, sentence });
    }
    for (const match of sentence.matchAll(TUPLE_ASSIGN)) {
      const names = match[1]!.split(',').map((name) => name.trim());
      // "After the loop, total = 6" is prose before one assignment, not a tuple assignment.
      if (!names.every((name) => ctx.variables.has(name))) continue;
      let at = match.index! + match[0].length;
      const found: { variable: string; value: string }[] = [];
      for (const [i, variable] of names.entries()) {
        const value = readClaimedValue(
          sentence.slice(0, sentenceClauseEnd(sentence, at, i < names.length - 1)),
          at,
        );
        if (!value) break;
        found.push({ variable, value: value.text });
        at = value.end;
        if (i < names.length - 1) {
          const comma = /^\s*,\s*/.exec(sentence.slice(at));
          if (!comma) break;
          at += comma[0].length;
        }
      }
      if (found.length === 0) continue;
      taken.push([match.index!, at]);
      for (const { variable, value } of found) {
        if (!ctx.variables.has(variable)) continue;
        const claim: Claim = { kind: 'value', variable, value, restated, sentence };
        if (iteration !== undefined && iteration > 0) claim.iteration = iteration;
        claims.push(claim);
      }
    }
    for (const match of sentence.matchAll(SET_CLAIM)) addValue(match, match.index! + match[0].length);
    for (const match of sentence.matchAll(VALUE_OF)) addValue(match, match.index! + match[0].length);
    for (const match of sentence.matchAll(VALUE_CLAIM)) addValue(match, match.index! + match[0].length);
    for (const match of sentence.matchAll(LOOP_COUNT)) {
      const count = countOf(match[1] ?? match[2] ?? '');
      if (Number.isInteger(count)) claims.push({ kind: 'loop-count', count, sentence });
    }
  }
  return claims;
}

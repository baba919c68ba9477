import type { MutationOperator } from '../types.js';
import { isTemplateString, stringBody } from './node-helpers.js';

/** mutmut-style string edit: the text gets a marker on both sides, so its length and content change. */
export const stringEdit: MutationOperator = {
  name: 'STR',
  description: 'String edit: wrap the text of a string literal in "XX" markers.',
  example: { before: "s = 'ab'\n", after: "s = 'XXabXX'\n" },
  nodeTypes: ['string'],
  *mutate(node, ctx) {
    if (isTemplateString(node)) return;
    const body = stringBody(node);
    if (!body) return;
    yield { ...body, replacement: `XX${ctx.source.slice(body.start, body.end)}XX` };
  },
};

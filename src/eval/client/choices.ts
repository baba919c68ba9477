/** Pull the sampled texts out of a chat or completions response, rejecting bodies that are not one. */
import { GarbageResponseError } from './retry-policy.js';
import type { ApiKind } from './types.js';

function describe(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text === undefined ? String(body) : text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/**
 * The choices' texts in index order. A string body (the server sent something that is not JSON), a
 * missing or empty `choices`, or a choice without text is garbage: the caller retries it.
 */
export function choiceTexts(api: ApiKind, body: unknown): string[] {
  const choices = (body as { choices?: unknown } | null | undefined)?.choices;
  if (typeof body !== 'object' || body === null || !Array.isArray(choices) || choices.length === 0) {
    throw new GarbageResponseError(`no choices in ${describe(body)}`);
  }
  const ordered = [...choices].sort(
    (a, b) => Number((a as { index?: number }).index ?? 0) - Number((b as { index?: number }).index ?? 0),
  );
  return ordered.map((choice) => {
    const text =
      api === 'chat'
        ? (choice as { message?: { content?: unknown } }).message?.content
        : (choice as { text?: unknown }).text;
    // A chat answer may legitimately be empty; null content (e.g. a refusal) counts as empty text.
    if (text === null && api === 'chat') return '';
    if (typeof text !== 'string') throw new GarbageResponseError(`a choice has no text: ${describe(choice)}`);
    return text;
  });
}

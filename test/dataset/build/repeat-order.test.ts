import { describe, expect, it } from 'vitest';
import { repeatOrder } from '../../../src/dataset/build/execute.js';

describe('repeatOrder: the determinism check runs each source’s programs again in reverse', () => {
  it('keeps each source together and reverses it, so no program follows the same programs twice', () => {
    expect(repeatOrder(['a', 'a', 'a', 'b', 'b'])).toEqual([2, 1, 0, 4, 3]);
  });

  it('keeps a source’s runs together even when they are not next to each other', () => {
    expect(repeatOrder(['a', 'b', 'a'])).toEqual([2, 0, 1]);
  });

  it('leaves a single run alone (it runs first in a fresh domain, as its traced run did)', () => {
    expect(repeatOrder(['a'])).toEqual([0]);
    expect(repeatOrder([])).toEqual([]);
  });
});

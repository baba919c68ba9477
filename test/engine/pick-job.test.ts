import { describe, expect, it } from 'vitest';
import { pickJob } from '../../src/engine/pool/pick-job.js';

const job = (domain?: string) => ({ request: domain === undefined ? {} : { domain } });

describe('pickJob: which queued program goes to which idle worker', () => {
  it('sends a domain program to the idle worker that holds the domain, past the queue head', () => {
    // Worker 0 is busy with domain a; worker 1 is idle and holds b.
    expect(pickJob([job('a'), job('a'), job('b')], [1], ['a', 'b'])).toEqual([1, 2]);
  });

  it('gives a busy worker’s domain to no one else while other work is queued', () => {
    // Worker 0 runs a; worker 1 held c, which has nothing queued: it takes the first program of d.
    expect(pickJob([job('a'), job('a'), job('d'), job('d')], [1], ['a', 'c'])).toEqual([1, 2]);
  });

  it('prefers the idle worker whose warm domain has nothing queued', () => {
    // Workers 1 and 2 are idle; 2's domain c has a program waiting, 1's domain b has none.
    expect(pickJob([job('a'), job('x'), job('c')], [1, 2], ['a', 'b', 'c'])).toEqual([2, 2]);
    expect(pickJob([job('a'), job('x')], [1, 2], ['a', 'b', 'c'])).toEqual([1, 1]);
  });

  it('never leaves a worker idle while there is work: it takes the head when every program is held', () => {
    expect(pickJob([job('a'), job('a')], [1], ['a', 'b'])).toEqual([1, 0]);
  });

  it('treats programs without a domain as anyone’s, in queue order', () => {
    expect(pickJob([job(), job('a')], [0, 1], [undefined, undefined])).toEqual([0, 0]);
  });
});

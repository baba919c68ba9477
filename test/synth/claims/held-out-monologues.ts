/**
 * A second hand-labelled set, written after the claim extractor was frozen and never used to change it:
 * other programs, other phrasings. Its figures are the held-out measure (the main set was also used while
 * developing the extractor). Labels as in labelled-monologues.ts.
 */
export interface HeldOutMonologue {
  id: string;
  code: string;
  call: string;
  contradicts: boolean;
  text: string;
}

const COUNT_PAIRS =
  'def count_pairs(xs, target):\n    count = 0\n    for i in range(len(xs)):\n        for j in range(i + 1, len(xs)):\n            if xs[i] + xs[j] == target:\n                count += 1\n    return count\n';
const WORD_FREQ =
  'def word_freq(text):\n    freq = {}\n    for word in text.split():\n        freq[word] = freq.get(word, 0) + 1\n    return freq\n';
const REVERSE_WORDS =
  "def reverse_words(s):\n    words = s.split()\n    words.reverse()\n    return ' '.join(words)\n";
const FACTORIAL =
  'def factorial(n):\n    result = 1\n    while n > 1:\n        result *= n\n        n -= 1\n    return result\n';

export const HELD_OUT: HeldOutMonologue[] = [
  {
    id: 'cp-ok',
    code: COUNT_PAIRS,
    call: 'count_pairs([1, 2, 3, 4], 5)',
    contradicts: false,
    text: 'count starts at 0. For i = 0 (xs[i] = 1), j runs over 1, 2, 3; only j = 3 gives 1 + 4 = 5, so count becomes 1. For i = 1, j = 2 gives 2 + 3 = 5 and count becomes 2. No other pair sums to 5. The function returns 2.',
  },
  {
    id: 'cp-inner-count',
    code: COUNT_PAIRS,
    call: 'count_pairs([1, 2, 3, 4], 5)',
    contradicts: true,
    text: 'The outer loop runs 4 times and the inner loop runs 4 times for each i, so 16 pairs are checked. (1, 4) and (2, 3) match, so count = 2.',
  },
  {
    id: 'cp-wrong-pair',
    code: COUNT_PAIRS,
    call: 'count_pairs([1, 2, 3, 4], 5)',
    contradicts: true,
    text: 'count is incremented when i = 0 and j = 3, and again when i = 2 and j = 1, giving count = 2.',
  },
  {
    id: 'wf-ok',
    code: WORD_FREQ,
    call: "word_freq('a b a c b a')",
    contradicts: false,
    text: "freq starts empty. 'a' → freq = {'a': 1}; 'b' → freq = {'a': 1, 'b': 1}; 'a' again → {'a': 2, 'b': 1}. After all six words freq is {'a': 3, 'b': 2, 'c': 1}.",
  },
  {
    id: 'wf-wrong-final',
    code: WORD_FREQ,
    call: "word_freq('a b a c b a')",
    contradicts: true,
    text: "The loop runs 6 times. After the third word, freq = {'a': 2, 'b': 1}. After the fourth word 'c', freq = {'a': 2, 'b': 1, 'c': 1}. The last word is 'a', making freq['a'] = 3, so freq = {'a': 3, 'b': 1, 'c': 1}.",
  },
  {
    id: 'wf-loose',
    code: WORD_FREQ,
    call: "word_freq('a b a c b a')",
    contradicts: false,
    text: "Splitting gives ['a', 'b', 'a', 'c', 'b', 'a']; counting, a appears 3 times, b twice and c once.",
  },
  {
    id: 'rw-ok',
    code: REVERSE_WORDS,
    call: "reverse_words('one two three')",
    contradicts: false,
    text: "words = ['one', 'two', 'three']. After reverse(), words is ['three', 'two', 'one']. Joining gives 'three two one', which the function returns.",
  },
  {
    id: 'rw-reverse-returns',
    code: REVERSE_WORDS,
    call: "reverse_words('one two three')",
    contradicts: true,
    text: "words = ['one', 'two', 'three']; reverse() returns the reversed list, so words becomes ['three', 'two', 'one'] and the function returns 'three two one'.",
  },
  {
    id: 'rw-wrong-order',
    code: REVERSE_WORDS,
    call: "reverse_words('one two three')",
    contradicts: true,
    text: "words is ['three', 'two', 'one'] right after the split, and reversing gives ['one', 'two', 'three']; the function returns 'one two three'.",
  },
  {
    id: 'fa-ok',
    code: FACTORIAL,
    call: 'factorial(5)',
    contradicts: false,
    text: 'result = 1. The loop runs while n > 1: result becomes 5 (n = 4), then 20 (n = 3), then 60 (n = 2), then 120 (n = 1). The loop runs 4 times and returns 120.',
  },
  {
    id: 'fa-extra-pass',
    code: FACTORIAL,
    call: 'factorial(5)',
    contradicts: true,
    text: 'result = 1; first iteration: result = 1 * 5 = 5, n = 4. Second iteration: result = 5 * 4 = 20, n = 3. Third: result = 60, n = 2. Fourth: result = 120, n = 1. Fifth: result = 120 * 1 = 120, n = 0. The loop runs 5 times.',
  },
  {
    id: 'fa-wrong-final',
    code: FACTORIAL,
    call: 'factorial(5)',
    contradicts: true,
    text: 'result starts at 1 and is multiplied by 5, 4, 3, 2 and 1, giving 120; but since n is decremented before multiplying, result = 4 * 3 * 2 * 1 = 24. The function returns 24.',
  },
];

/**
 * Hand-written and hand-labelled monologues about the demo programs' example runs, to measure the claim
 * checker: `contradicts` is true when the text states at least one intermediate fact (a value, a loop
 * count, a returned value) that the real execution does not bear out. The final [ANSWER] block is not
 * reasoning and does not count. The phrasings vary on purpose, including some the extractor is not built
 * for, so the measured recall is honest. The scripted model also answers annotate prompts from this set.
 */
export interface LabelledMonologue {
  id: string;
  /** Entry point in PROGRAMS (demo-programs.ts). */
  program: string;
  direction: 'forward' | 'backward';
  /** Forward: the call explained; backward: the call the monologue arrives at. */
  call: string;
  contradicts: boolean;
  text: string;
}

const fwd = (
  id: string,
  program: string,
  call: string,
  contradicts: boolean,
  text: string,
): LabelledMonologue => ({
  id,
  program,
  direction: 'forward',
  call,
  contradicts,
  text,
});
const bwd = (
  id: string,
  program: string,
  call: string,
  contradicts: boolean,
  text: string,
): LabelledMonologue => ({
  id,
  program,
  direction: 'backward',
  call,
  contradicts,
  text,
});

export const LABELLED: LabelledMonologue[] = [
  // running_balance([5, 10, -3]) == [5, 15, 12]
  fwd(
    'rb-ok',
    'running_balance',
    'running_balance([5, 10, -3])',
    false,
    `Let's simulate the call step by step.
- \`totals\` is initialized to \`[]\` and \`acc\` to \`0\`.
- First iteration: \`amount\` is \`5\`, so \`acc\` becomes \`0 + 5 = 5\` and \`totals\` is now \`[5]\`.
- Second iteration: \`amount = 10\`, \`acc = 5 + 10 = 15\`, \`totals = [5, 15]\`.
- Third iteration: \`amount = -3\`, \`acc\` becomes \`12\`; \`totals\` is \`[5, 15, 12]\`.
The loop runs 3 times and the function returns \`[5, 15, 12]\`.
[ANSWER]
assert running_balance([5, 10, -3]) == [5, 15, 12]
[/ANSWER]`,
  ),
  fwd(
    'rb-wrong-step',
    'running_balance',
    'running_balance([5, 10, -3])',
    true,
    `Step by step:
1. acc starts at 0 and totals is [].
2. amount = 5: acc is now 5, totals = [5].
3. amount = 10: acc becomes 5 + 10 = 16, so totals = [5, 16].
4. amount = -3: acc goes down to 12 and totals = [5, 15, 12].
The function returns [5, 15, 12].
[ANSWER]
assert running_balance([5, 10, -3]) == [5, 15, 12]
[/ANSWER]`,
  ),
  fwd(
    'rb-wrong-final',
    'running_balance',
    'running_balance([5, 10, -3])',
    true,
    `We walk through the loop.
In the first iteration amount is 5, so acc = 5 and totals = [5].
In the second iteration amount is 10 and acc = 15; totals = [5, 15].
In the third iteration amount is -3, so acc = 15 - 3 = 13 and totals = [5, 15, 13].
So the function returns [5, 15, 13].
[ANSWER]
assert running_balance([5, 10, -3]) == [5, 15, 13]
[/ANSWER]`,
  ),
  fwd(
    'rb-arrows',
    'running_balance',
    'running_balance([5, 10, -3])',
    false,
    `The accumulator goes 0 → 5 → 15 → 12 as the deposits are added one by one, and each new balance is appended, so the list grows to three entries. Nothing else happens in the loop.
[ANSWER]
assert running_balance([5, 10, -3]) == [5, 15, 12]
[/ANSWER]`,
  ),

  // count_vowels('Banana') == 3
  fwd(
    'cv-ok',
    'count_vowels',
    "count_vowels('Banana')",
    false,
    `The word is lowered to 'banana'. \`count\` starts at \`0\`.
The loop runs 6 times, once per character.
- 'b' is not a vowel.
- 'a' is a vowel, so \`count\` is incremented to 1.
- 'n' is skipped; the next 'a' makes \`count\` equal 2.
- After the last 'a', \`count\` is 3.
The function returns 3.
[ANSWER]
assert count_vowels('Banana') == 3
[/ANSWER]`,
  ),
  fwd(
    'cv-wrong-loops',
    'count_vowels',
    "count_vowels('Banana')",
    true,
    `First, word.lower() gives 'banana'. The loop iterates 5 times over the letters.
count becomes 1 at the first 'a', then 2, then 3.
So the result is 3.
[ANSWER]
assert count_vowels('Banana') == 3
[/ANSWER]`,
  ),
  fwd(
    'cv-wrong-count',
    'count_vowels',
    "count_vowels('Banana')",
    true,
    `Lowercasing gives 'banana'. count = 0 initially.
'B' lowered is 'b', which is not a vowel. Then every 'a' adds one: count = 1, count = 2, count = 3.
The 'n's are not vowels either, but the final 'a' is counted twice, so count becomes 4.
The function returns 4.
[ANSWER]
assert count_vowels('Banana') == 4
[/ANSWER]`,
  ),
  fwd(
    'cv-terse',
    'count_vowels',
    "count_vowels('Banana')",
    false,
    `ch takes the values 'b', 'a', 'n', 'a', 'n', 'a'. Three of them are vowels, hence count = 3 at the end and that is what comes back.
[ANSWER]
assert count_vowels('Banana') == 3
[/ANSWER]`,
  ),

  // dedupe([3, 1, 3, 2, 1]) == [3, 1, 2]
  fwd(
    'dd-ok',
    'dedupe',
    'dedupe([3, 1, 3, 2, 1])',
    false,
    `We start with \`seen = set()\` and \`unique = []\`.
In the first iteration \`item\` is 3; it is not in \`seen\`, so \`seen\` becomes \`{3}\` and \`unique\` becomes \`[3]\`.
In the second iteration \`item\` is 1, so \`seen = {1, 3}\` and \`unique = [3, 1]\`.
In the third iteration \`item\` is 3 again, which is already in \`seen\`, so nothing changes; \`seen\` is still \`{1, 3}\`.
In the fourth iteration \`item\` is 2: \`seen\` becomes \`{1, 2, 3}\` and \`unique\` becomes \`[3, 1, 2]\`.
The fifth item, 1, is skipped. The function returns \`[3, 1, 2]\`.
[ANSWER]
assert dedupe([3, 1, 3, 2, 1]) == [3, 1, 2]
[/ANSWER]`,
  ),
  fwd(
    'dd-wrong-order',
    'dedupe',
    'dedupe([3, 1, 3, 2, 1])',
    true,
    `After the first iteration, \`seen\` = {3, 1} and \`unique\` = [3].
After the second iteration \`unique\` = [3, 1].
The third item is a duplicate. After the fourth iteration \`unique\` = [3, 1, 2].
The function returns [3, 1, 2].
[ANSWER]
assert dedupe([3, 1, 3, 2, 1]) == [3, 1, 2]
[/ANSWER]`,
  ),
  fwd(
    'dd-wrong-final',
    'dedupe',
    'dedupe([3, 1, 3, 2, 1])',
    true,
    `seen starts empty. 3 is added: unique = [3]. 1 is added: unique = [3, 1]. 3 is seen already. 2 is added: unique = [3, 1, 2]. The last 1 is not in seen yet because seen only holds 3 and 2, so unique becomes [3, 1, 2, 1].
So the function returns [3, 1, 2, 1].
[ANSWER]
assert dedupe([3, 1, 3, 2, 1]) == [3, 1, 2, 1]
[/ANSWER]`,
  ),
  fwd(
    'dd-loose',
    'dedupe',
    'dedupe([3, 1, 3, 2, 1])',
    false,
    `The function keeps the first occurrence of each number. Walking through the list, 3 and 1 are new, the second 3 is a repeat, 2 is new and the final 1 is a repeat. The unique list ends as [3, 1, 2], which is returned.
[ANSWER]
assert dedupe([3, 1, 3, 2, 1]) == [3, 1, 2]
[/ANSWER]`,
  ),

  // gcd(48, 18) == 6
  fwd(
    'gcd-ok',
    'gcd',
    'gcd(48, 18)',
    false,
    `We start with a = 48 and b = 18.
- b is 18, non-zero: \`a, b = 18, 48 % 18\`, so a = 18 and b = 12.
- b = 12: now a = 12 and b = 6.
- b = 6: a becomes 6 and b becomes 0.
- b is 0, so the loop stops. The loop body ran 3 times.
The function returns 6.
[ANSWER]
assert gcd(48, 18) == 6
[/ANSWER]`,
  ),
  fwd(
    'gcd-wrong-mod',
    'gcd',
    'gcd(48, 18)',
    true,
    `Initially a = 48, b = 18.
Iteration 1: 48 % 18 = 14, so a, b = 18, 14.
Iteration 2: 18 % 14 = 4, so a, b = 14, 4.
Iteration 3: a, b = 4, 2. Iteration 4: a, b = 2, 0.
The loop runs 4 times and the function returns 2... but wait, the gcd of 48 and 18 is 6, so the answer is 6.
[ANSWER]
assert gcd(48, 18) == 6
[/ANSWER]`,
  ),
  fwd(
    'gcd-wrong-final',
    'gcd',
    'gcd(48, 18)',
    true,
    `a = 48, b = 18. After the first pass a = 18 and b = 12. After the second pass a = 12 and b = 6.
The loop runs 2 times, since b is now 6 which ends the loop, and the function returns 12.
[ANSWER]
assert gcd(48, 18) == 12
[/ANSWER]`,
  ),
  fwd(
    'gcd-answer-typo',
    'gcd',
    'gcd(48, 18)',
    false,
    `The Euclidean algorithm: (48, 18) -> (18, 12) -> (12, 6) -> (6, 0). Once b is 0, a holds the result, 6.
[ANSWER]
assert gcd(48, 18) == 8
[/ANSWER]`,
  ),

  // digital_root(9875) == 2
  fwd(
    'dr-ok',
    'digital_root',
    'digital_root(9875)',
    false,
    `n = 9875 is not negative, and it is at least 10, so we enter the outer loop.
First pass: total is reset to 0, and the inner loop adds the digits 5, 7, 8, 9: total goes 5, 12, 20, 29 and n ends at 0. Then n becomes 29.
Second pass: total = 0, then 9, then 11; n is set to 11.
Third pass: total = 1 + 1 = 2 and n = 2.
Now n < 10, so the outer loop runs 3 times in total and the function returns 2.
[ANSWER]
assert digital_root(9875) == 2
[/ANSWER]`,
  ),
  fwd(
    'dr-wrong-sum',
    'digital_root',
    'digital_root(9875)',
    true,
    `The digits of 9875 add up to 9 + 8 + 7 + 5 = 28, so n becomes 28.
Then 2 + 8 = 10, so n becomes 10, and 1 + 0 = 1, so n is 1.
Hmm, the actual answer should be 2.
[ANSWER]
assert digital_root(9875) == 2
[/ANSWER]`,
  ),
  fwd(
    'dr-wrong-final',
    'digital_root',
    'digital_root(9875)',
    true,
    `First the inner loop sums the digits of 9875: total = 29, so n = 29.
Then the digits of 29 give total = 11, and n = 11.
Since n is 11 the loop stops here and the function returns 11.
[ANSWER]
assert digital_root(9875) == 11
[/ANSWER]`,
  ),
  fwd(
    'dr-prose',
    'digital_root',
    'digital_root(9875)',
    false,
    `Summing digits repeatedly: 9875 gives twenty-nine, that gives eleven, that gives two. Two is a single digit, so that is the result.
[ANSWER]
assert digital_root(9875) == 2
[/ANSWER]`,
  ),

  // most_common_char('mississippi') == 'i'
  fwd(
    'mc-ok',
    'most_common_char',
    "most_common_char('mississippi')",
    false,
    `The first loop builds the histogram; at the end \`hist\` is \`{'m': 1, 'i': 4, 's': 4, 'p': 2}\`.
Then \`best\` is \`None\`. At 'm', \`best\` is set to 'm'. At 'i', 4 > 1, so \`best\` becomes 'i'.
At 's', 4 is not greater than 4, so \`best\` stays 'i'. Nothing later beats 4.
The function returns 'i'.
[ANSWER]
assert most_common_char('mississippi') == 'i'
[/ANSWER]`,
  ),
  fwd(
    'mc-wrong-hist',
    'most_common_char',
    "most_common_char('mississippi')",
    true,
    `Counting the characters, hist is {'m': 1, 'i': 4, 's': 3, 'p': 2}.
best starts as None, becomes 'm', then 'i' since 4 > 1.
So the answer is 'i'.
[ANSWER]
assert most_common_char('mississippi') == 'i'
[/ANSWER]`,
  ),
  fwd(
    'mc-wrong-tie',
    'most_common_char',
    "most_common_char('mississippi')",
    true,
    `hist = {'m': 1, 'i': 4, 's': 4, 'p': 2}.
best becomes 'm', then 'i'. When we reach 's', it ties with 'i' and, being later, wins: best becomes 's'.
The function returns 's'.
[ANSWER]
assert most_common_char('mississippi') == 's'
[/ANSWER]`,
  ),
  fwd(
    'mc-hist-steps',
    'most_common_char',
    "most_common_char('mississippi')",
    false,
    `Building the histogram: after 'm', hist = {'m': 1}; after the first 'i', hist = {'m': 1, 'i': 1}; after the first 's', hist = {'m': 1, 'i': 1, 's': 1}.
At the end hist = {'m': 1, 'i': 4, 's': 4, 'p': 2}, and the second loop picks best = 'i'.
[ANSWER]
assert most_common_char('mississippi') == 'i'
[/ANSWER]`,
  ),

  // longest_streak([True, True, False, True, True, True]) == 3
  fwd(
    'ls-ok',
    'longest_streak',
    'longest_streak([True, True, False, True, True, True])',
    false,
    `\`best\` and \`cur\` both start at 0.
Iteration 1: \`ok\` is True, so \`cur\` = 1 and \`best\` = 1.
Iteration 2: \`cur\` = 2, \`best\` = 2.
Iteration 3: \`ok\` is False, so \`cur\` resets to 0; \`best\` stays 2.
Iteration 4: \`cur\` = 1. Iteration 5: \`cur\` = 2.
Iteration 6: \`cur\` = 3 and \`best\` = 3.
The loop runs 6 times; the function returns 3.
[ANSWER]
assert longest_streak([True, True, False, True, True, True]) == 3
[/ANSWER]`,
  ),
  fwd(
    'ls-wrong-reset',
    'longest_streak',
    'longest_streak([True, True, False, True, True, True])',
    true,
    `Iteration 1: cur = 1, best = 1. Iteration 2: cur = 2, best = 2.
Iteration 3: ok is False, so cur resets to 0 and best resets to 0 as well.
Iterations 4 to 6 bring cur to 3, and best = 3.
[ANSWER]
assert longest_streak([True, True, False, True, True, True]) == 3
[/ANSWER]`,
  ),
  fwd(
    'ls-wrong-end',
    'longest_streak',
    'longest_streak([True, True, False, True, True, True])',
    true,
    `cur counts the current run of True values and best keeps the maximum.
The first run has length 2 so best = 2. The False resets cur to 0.
The last run also has length 2, so best is 2 at the end and the function returns 2.
[ANSWER]
assert longest_streak([True, True, False, True, True, True]) == 2
[/ANSWER]`,
  ),
  fwd(
    'ls-table',
    'longest_streak',
    'longest_streak([True, True, False, True, True, True])',
    false,
    `| ok | cur | best |
| True | 1 | 1 |
| True | 2 | 2 |
| False | 0 | 2 |
| True | 1 | 2 |
| True | 2 | 2 |
| True | 3 | 3 |
The result is 3.
[ANSWER]
assert longest_streak([True, True, False, True, True, True]) == 3
[/ANSWER]`,
  ),

  // is_clean_palindrome('A man, a plan, a canal: Panama') == True
  fwd(
    'pal-ok',
    'is_clean_palindrome',
    "is_clean_palindrome('A man, a plan, a canal: Panama')",
    false,
    `Keeping only letters and digits, lower-cased: \`clean\` is \`['a', 'm', 'a', 'n', 'a', 'p', 'l', 'a', 'n', 'a', 'c', 'a', 'n', 'a', 'l', 'p', 'a', 'n', 'a', 'm', 'a']\`.
Reversed it reads the same, so the comparison is True and the function returns True.
[ANSWER]
assert is_clean_palindrome('A man, a plan, a canal: Panama') == True
[/ANSWER]`,
  ),
  fwd(
    'pal-wrong-return',
    'is_clean_palindrome',
    "is_clean_palindrome('A man, a plan, a canal: Panama')",
    true,
    `The spaces and punctuation are removed, so clean holds the 21 letters of 'amanaplanacanalpanama'. The capital 'P' of 'Panama' is lowered too, but the first 'A' is not, so the reversed list differs and the function returns False.
[ANSWER]
assert is_clean_palindrome('A man, a plan, a canal: Panama') == False
[/ANSWER]`,
  ),
  fwd(
    'pal-wrong-list',
    'is_clean_palindrome',
    "is_clean_palindrome('A man, a plan, a canal: Panama')",
    true,
    `clean = ['a', 'm', 'a', 'n', 'a', 'p', 'l', 'a', 'n', 'a', 'c', 'a', 'n', 'a', 'l', 'p', 'a', 'n', 'a', 'm'] — 20 letters. It equals its reverse, so the function returns True.
[ANSWER]
assert is_clean_palindrome('A man, a plan, a canal: Panama') == True
[/ANSWER]`,
  ),
  fwd(
    'pal-short',
    'is_clean_palindrome',
    "is_clean_palindrome('A man, a plan, a canal: Panama')",
    false,
    `This is the classic palindrome sentence; with punctuation and case ignored it reads the same both ways. The function returns True.
[ANSWER]
assert is_clean_palindrome('A man, a plan, a canal: Panama') == True
[/ANSWER]`,
  ),

  // hex_to_rgb('#1a2b3c') == (26, 43, 60)
  fwd(
    'hex-ok',
    'hex_to_rgb',
    "hex_to_rgb('#1a2b3c')",
    false,
    `The code has length 7 and starts with '#', so no error is raised.
For i = 1 the slice is '1a' = 26; for i = 3 it is '2b' = 43; for i = 5 it is '3c' = 60.
The function returns (26, 43, 60).
[ANSWER]
assert hex_to_rgb('#1a2b3c') == (26, 43, 60)
[/ANSWER]`,
  ),
  fwd(
    'hex-wrong-digit',
    'hex_to_rgb',
    "hex_to_rgb('#1a2b3c')",
    true,
    `'1a' is 1*16 + 10 = 26. '2b' is 2*16 + 11 = 45. '3c' is 3*16 + 12 = 60. So the tuple is (26, 43, 60).
[ANSWER]
assert hex_to_rgb('#1a2b3c') == (26, 43, 60)
[/ANSWER]`,
  ),
  fwd(
    'hex-wrong-return',
    'hex_to_rgb',
    "hex_to_rgb('#1a2b3c')",
    true,
    `The check passes. The pairs are '1a', '2b', '3c', which are 26, 43 and 61 in decimal. It returns (26, 43, 61).
[ANSWER]
assert hex_to_rgb('#1a2b3c') == (26, 43, 61)
[/ANSWER]`,
  ),
  fwd(
    'hex-i-values',
    'hex_to_rgb',
    "hex_to_rgb('#1a2b3c')",
    false,
    `The generator takes i = 1, then i = 3, then i = 5, converting code[1:3], code[3:5] and code[5:7]. That gives 26, 43 and 60.
[ANSWER]
assert hex_to_rgb('#1a2b3c') == (26, 43, 60)
[/ANSWER]`,
  ),

  // merge_intervals([[1, 3], [2, 6], [8, 10]]) == [[1, 6], [8, 10]]
  fwd(
    'mi-ok',
    'merge_intervals',
    'merge_intervals([[1, 3], [2, 6], [8, 10]])',
    false,
    `The intervals are already sorted. \`merged\` starts as \`[]\`.
First iteration: \`start\` = 1, \`end\` = 3; \`merged\` is empty, so \`merged\` becomes \`[[1, 3]]\`.
Second iteration: \`start\` = 2 <= 3, so the last interval is extended: \`merged\` becomes \`[[1, 6]]\`.
Third iteration: \`start\` = 8 > 6, so \`merged\` = \`[[1, 6], [8, 10]]\`.
The function returns [[1, 6], [8, 10]].
[ANSWER]
assert merge_intervals([[1, 3], [2, 6], [8, 10]]) == [[1, 6], [8, 10]]
[/ANSWER]`,
  ),
  fwd(
    'mi-wrong-step',
    'merge_intervals',
    'merge_intervals([[1, 3], [2, 6], [8, 10]])',
    true,
    `merged = [] at first.
In the first iteration merged becomes [[1, 3]].
In the second iteration start = 2 and end = 6 are appended, so merged becomes [[1, 3], [2, 6]].
In the third iteration, 8 does not overlap, and merging the first two gives [[1, 6], [8, 10]].
[ANSWER]
assert merge_intervals([[1, 3], [2, 6], [8, 10]]) == [[1, 6], [8, 10]]
[/ANSWER]`,
  ),
  fwd(
    'mi-answer-slip',
    'merge_intervals',
    'merge_intervals([[1, 3], [2, 6], [8, 10]])',
    false,
    `[1, 3] goes in first; [2, 6] overlaps it and extends it to [1, 6]; [8, 10] starts after 6 and is appended. merged = [[1, 6], [8, 10]].
[ANSWER]
assert merge_intervals([[1, 3], [2, 6], [8, 10]]) == [[1, 6], [8, 9]]
[/ANSWER]`,
  ),
  fwd(
    'mi-wrong-loop',
    'merge_intervals',
    'merge_intervals([[1, 3], [2, 6], [8, 10]])',
    true,
    `sorted(intervals) is [[1, 3], [2, 6], [8, 10]], so the loop runs 2 times after the first interval is taken. merged is [[1, 6], [8, 10]] when it ends.
[ANSWER]
assert merge_intervals([[1, 3], [2, 6], [8, 10]]) == [[1, 6], [8, 10]]
[/ANSWER]`,
  ),

  // moving_average([1, 2, 3, 4, 5], 2) == [1.5, 2.5, 3.5, 4.5]
  fwd(
    'ma-ok',
    'moving_average',
    'moving_average([1, 2, 3, 4, 5], 2)',
    false,
    `len(xs) - w + 1 is 4, so i goes over 0, 1, 2, 3.
The windows are [1, 2], [2, 3], [3, 4], [4, 5] with averages 1.5, 2.5, 3.5 and 4.5.
The function returns [1.5, 2.5, 3.5, 4.5].
[ANSWER]
assert moving_average([1, 2, 3, 4, 5], 2) == [1.5, 2.5, 3.5, 4.5]
[/ANSWER]`,
  ),
  fwd(
    'ma-wrong-return',
    'moving_average',
    'moving_average([1, 2, 3, 4, 5], 2)',
    true,
    `With w = 2 there are 5 windows, the last one being [5] alone, whose sum divided by 2 is 2.5.
So the function returns [1.5, 2.5, 3.5, 4.5, 2.5].
[ANSWER]
assert moving_average([1, 2, 3, 4, 5], 2) == [1.5, 2.5, 3.5, 4.5, 2.5]
[/ANSWER]`,
  ),
  fwd(
    'ma-int-division',
    'moving_average',
    'moving_average([1, 2, 3, 4, 5], 2)',
    true,
    `Each window sum is divided by w = 2 with /, which gives floats. But since the sums 3, 5, 7, 9 are odd the results are truncated, and the function returns [1, 2, 3, 4].
[ANSWER]
assert moving_average([1, 2, 3, 4, 5], 2) == [1, 2, 3, 4]
[/ANSWER]`,
  ),
  fwd(
    'ma-values',
    'moving_average',
    'moving_average([1, 2, 3, 4, 5], 2)',
    false,
    `Here xs = [1, 2, 3, 4, 5] and w = 2. The comprehension averages each pair of neighbours: [1.5, 2.5, 3.5, 4.5].
[ANSWER]
assert moving_average([1, 2, 3, 4, 5], 2) == [1.5, 2.5, 3.5, 4.5]
[/ANSWER]`,
  ),

  // Backward monologues: from the output to an input; claims are checked on the run of the input given.
  bwd(
    'rb-back-ok',
    'running_balance',
    'running_balance([5, 10, -3])',
    false,
    `The output [5, 15, 12] lists the balance after each deposit, so there are three deposits.
acc must be 5 after the first one, so the first deposit is 5; acc is 15 after the second, so the second is 10; acc is 12 after the third, so the third is -3.
[ANSWER]
assert running_balance([5, 10, -3]) == [5, 15, 12]
[/ANSWER]`,
  ),
  bwd(
    'rb-back-wrong',
    'running_balance',
    'running_balance([5, 10, -2])',
    true,
    `Three deposits. The first is 5, making acc = 5. The second is 10, so acc = 15. To reach 12 the third must be -2, so acc = 12 at the end.
[ANSWER]
assert running_balance([5, 10, -2]) == [5, 15, 12]
[/ANSWER]`,
  ),
  bwd(
    'cv-back-ok',
    'count_vowels',
    "count_vowels('Banana')",
    false,
    `We need a word with exactly 3 vowels. 'Banana' has the vowels a, a, a, so count ends at 3.
[ANSWER]
assert count_vowels('Banana') == 3
[/ANSWER]`,
  ),
  bwd(
    'cv-back-wrong',
    'count_vowels',
    "count_vowels('tree')",
    true,
    `We need 3 vowels. In 'tree' the letters t, r, e, e give count = 3.
[ANSWER]
assert count_vowels('tree') == 3
[/ANSWER]`,
  ),
  bwd(
    'dd-back-ok',
    'dedupe',
    'dedupe([3, 1, 2])',
    false,
    `The output [3, 1, 2] has no repeats, so the list itself works: each item is new, seen grows to {1, 2, 3} and unique ends as [3, 1, 2].
[ANSWER]
assert dedupe([3, 1, 2]) == [3, 1, 2]
[/ANSWER]`,
  ),
  bwd(
    'dd-back-wrong',
    'dedupe',
    'dedupe([3, 1, 2, 3])',
    true,
    `Take [3, 1, 2, 3]. The last 3 is a duplicate; unique = [3, 1, 2, 3] before the check removes it, so the output is [3, 1, 2].
[ANSWER]
assert dedupe([3, 1, 2, 3]) == [3, 1, 2]
[/ANSWER]`,
  ),
  bwd(
    'gcd-back-ok',
    'gcd',
    'gcd(12, 18)',
    false,
    `We need two numbers whose gcd is 6, e.g. 12 and 18. With a = 12 and b = 18, the first pass swaps them: a = 18, b = 12. Then a = 12, b = 6, and finally a = 6, b = 0.
[ANSWER]
assert gcd(12, 18) == 6
[/ANSWER]`,
  ),
  bwd(
    'gcd-back-wrong',
    'gcd',
    'gcd(6, 6)',
    true,
    `With a = 6 and b = 6 the loop runs once: a, b = 6, 6 % 6 = 0... so b = 6 after it, and the function returns 6.
[ANSWER]
assert gcd(6, 6) == 6
[/ANSWER]`,
  ),
  bwd(
    'dr-back-ok',
    'digital_root',
    'digital_root(11)',
    false,
    `We need a number whose digital root is 2. For 11: total = 1 + 1 = 2 and n becomes 2, which is a single digit.
[ANSWER]
assert digital_root(11) == 2
[/ANSWER]`,
  ),
  bwd(
    'dr-back-wrong',
    'digital_root',
    'digital_root(20)',
    true,
    `Try 20: total = 2 + 0 = 2, wait, the inner loop first adds 0, making total = 2 right away, and then 2, making total = 4? No — the result is n = 2.
[ANSWER]
assert digital_root(20) == 2
[/ANSWER]`,
  ),
  bwd(
    'mc-back-ok',
    'most_common_char',
    "most_common_char('iii')",
    false,
    `Any text where 'i' occurs most often works. With 'iii', hist = {'i': 3} and best = 'i'.
[ANSWER]
assert most_common_char('iii') == 'i'
[/ANSWER]`,
  ),
  bwd(
    'mc-back-wrong',
    'most_common_char',
    "most_common_char('aii')",
    true,
    `In 'aii', hist = {'a': 1, 'i': 2}. best starts as 'a', and since 'i' has 2 > 1, best = 'i'. The loop runs 2 times.
[ANSWER]
assert most_common_char('aii') == 'i'
[/ANSWER]`,
  ),
  bwd(
    'ls-back-ok',
    'longest_streak',
    'longest_streak([True, True, True])',
    false,
    `We need a longest run of 3 Trues: [True, True, True]. cur goes 1, 2, 3 and best = 3.
[ANSWER]
assert longest_streak([True, True, True]) == 3
[/ANSWER]`,
  ),
  bwd(
    'ls-back-wrong',
    'longest_streak',
    'longest_streak([True, False, True, True])',
    true,
    `With [True, False, True, True], cur = 1, then 0, then 1, 2, and best = 3 at the end.
[ANSWER]
assert longest_streak([True, False, True, True]) == 3
[/ANSWER]`,
  ),
  bwd(
    'pal-back-ok',
    'is_clean_palindrome',
    "is_clean_palindrome('Noon')",
    false,
    `We need a palindrome. 'Noon' becomes clean = ['n', 'o', 'o', 'n'], which reads the same reversed, so the function returns True.
[ANSWER]
assert is_clean_palindrome('Noon') == True
[/ANSWER]`,
  ),
  bwd(
    'pal-back-wrong',
    'is_clean_palindrome',
    "is_clean_palindrome('Ab, ba')",
    true,
    `'Ab, ba' gives clean = ['a', 'b', ',', 'b', 'a'] and that is a palindrome.
[ANSWER]
assert is_clean_palindrome('Ab, ba') == True
[/ANSWER]`,
  ),
  bwd(
    'hex-back-ok',
    'hex_to_rgb',
    "hex_to_rgb('#1a2b3c')",
    false,
    `26 is 0x1a, 43 is 0x2b and 60 is 0x3c, so code = '#1a2b3c'.
[ANSWER]
assert hex_to_rgb('#1a2b3c') == (26, 43, 60)
[/ANSWER]`,
  ),
  bwd(
    'hex-back-wrong',
    'hex_to_rgb',
    "hex_to_rgb('#1a2b3d')",
    true,
    `26 = 0x1a, 43 = 0x2b, 60 = 0x3d. The function returns (26, 43, 60).
[ANSWER]
assert hex_to_rgb('#1a2b3d') == (26, 43, 60)
[/ANSWER]`,
  ),
  bwd(
    'mi-back-ok',
    'merge_intervals',
    'merge_intervals([[1, 6], [8, 10]])',
    false,
    `The simplest input is the output itself: [[1, 6], [8, 10]] has no overlaps. merged becomes [[1, 6]] and then [[1, 6], [8, 10]].
[ANSWER]
assert merge_intervals([[1, 6], [8, 10]]) == [[1, 6], [8, 10]]
[/ANSWER]`,
  ),
  bwd(
    'mi-back-wrong',
    'merge_intervals',
    'merge_intervals([[1, 4], [5, 6], [8, 10]])',
    true,
    `Take [[1, 4], [5, 6], [8, 10]]: [5, 6] touches [1, 4], so merged becomes [[1, 6]], and then [8, 10] is appended.
[ANSWER]
assert merge_intervals([[1, 4], [5, 6], [8, 10]]) == [[1, 6], [8, 10]]
[/ANSWER]`,
  ),
  bwd(
    'ma-back-ok',
    'moving_average',
    'moving_average([1, 2, 3, 4, 5], 2)',
    false,
    `Four averages of pairs: 1.5, 2.5, 3.5, 4.5 are the midpoints of consecutive integers 1..5, so xs = [1, 2, 3, 4, 5] with w = 2.
[ANSWER]
assert moving_average([1, 2, 3, 4, 5], 2) == [1.5, 2.5, 3.5, 4.5]
[/ANSWER]`,
  ),
  bwd(
    'ma-back-wrong',
    'moving_average',
    'moving_average([1, 2, 3, 4], 2)',
    true,
    `With xs = [1, 2, 3, 4] and w = 2 we get 4 windows, and the function returns [1.5, 2.5, 3.5, 4.5].
[ANSWER]
assert moving_average([1, 2, 3, 4], 2) == [1.5, 2.5, 3.5, 4.5]
[/ANSWER]`,
  ),
];

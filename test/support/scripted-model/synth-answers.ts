/**
 * What a scripted "model" answers to `semtrace synth` prompts, by seed: realistic answers of every kind the
 * pipeline must handle — good programs, programs that do not run (missing module, NameError, TypeError,
 * syntax error, endless loop), a non-deterministic one, a copy of another under new names, a near-copy of
 * a benchmark program, and prose without code. Used by the tests and to record the bundled demo.
 */

const answer = (problem: string, code: string, example: string) =>
  `[PROBLEM]\n${problem}\n[/PROBLEM]\n[SOLUTION]\n\`\`\`python\n${code}\n\`\`\`\n[/SOLUTION]\n[EXAMPLE]\n${example}\n[/EXAMPLE]`;

/** Seed id (file name in corpus/seeds) → the answer. */
export const SYNTH_ANSWERS: Record<string, string> = {
  running_total: answer(
    'Given a list of deposits (integers), return the running balance after each deposit.',
    'def running_balance(deposits):\n    totals = []\n    acc = 0\n    for amount in deposits:\n        acc += amount\n        totals.append(acc)\n    return totals',
    'running_balance([5, 10, -3])',
  ),
  vowel_count: `### Problem
Count how many vowels (a, e, i, o, u, case-insensitive) a word contains.

### Solution
\`\`\`python
def count_vowels(word):
    count = 0
    for ch in word.lower():
        if ch in 'aeiou':
            count += 1
    return count
\`\`\`

### Example
\`\`\`python
count_vowels('Banana')
\`\`\``,
  dedupe_keep_order: answer(
    'Remove duplicates from a list while keeping the first occurrence of every item in its place.',
    'def dedupe(items):\n    seen = set()\n    unique = []\n    for item in items:\n        if item not in seen:\n            seen.add(item)\n            unique.append(item)\n    return unique',
    'dedupe([3, 1, 3, 2, 1])',
  ),
  gcd_loop: answer(
    'Return the greatest common divisor of two non-negative integers with the Euclidean algorithm.',
    'def gcd(a, b):\n    while b:\n        a, b = b, a % b\n    return a',
    'gcd(48, 18)',
  ),
  digit_sum: answer(
    'Repeatedly sum the decimal digits of a non-negative integer until one digit is left; return that digit.',
    'def digital_root(n):\n    if n < 0:\n        raise ValueError("n must be non-negative")\n    while n >= 10:\n        total = 0\n        while n > 0:\n            total += n % 10\n            n //= 10\n        n = total\n    return n',
    'digital_root(9875)',
  ),
  char_histogram: answer(
    'Return the character that occurs most often in a string; on a tie, the one that appears first.',
    'def most_common_char(text):\n    hist = {}\n    for ch in text:\n        hist[ch] = hist.get(ch, 0) + 1\n    best = None\n    for ch in text:\n        if best is None or hist[ch] > hist[best]:\n            best = ch\n    return best',
    "most_common_char('mississippi')",
  ),
  max_streak: answer(
    'Given a list of booleans (test results), return the length of the longest run of True values.',
    'def longest_streak(results):\n    best = cur = 0\n    for ok in results:\n        cur = cur + 1 if ok else 0\n        best = max(best, cur)\n    return best',
    'longest_streak([True, True, False, True, True, True])',
  ),
  palindrome_clean: answer(
    'Decide whether a string is a palindrome when only letters and digits count and case is ignored.',
    'def is_clean_palindrome(s):\n    clean = [c.lower() for c in s if c.isalnum()]\n    return clean == clean[::-1]',
    "is_clean_palindrome('A man, a plan, a canal: Panama')",
  ),
  hex_colour: answer(
    "Convert a colour written '#rrggbb' to a tuple of three integers (red, green, blue).",
    "def hex_to_rgb(code):\n    if len(code) != 7 or code[0] != '#':\n        raise ValueError('expected #rrggbb')\n    return tuple(int(code[i:i + 2], 16) for i in (1, 3, 5))",
    "hex_to_rgb('#1a2b3c')",
  ),
  interval_merge: answer(
    'Merge overlapping closed intervals given as [start, end] pairs and return them sorted.',
    'def merge_intervals(intervals):\n    merged = []\n    for start, end in sorted(intervals):\n        if merged and start <= merged[-1][1]:\n            merged[-1][1] = max(merged[-1][1], end)\n        else:\n            merged.append([start, end])\n    return merged',
    'merge_intervals([[1, 3], [2, 6], [8, 10]])',
  ),
  window_average: answer(
    'Return the averages of every window of w consecutive numbers in a list.',
    'def moving_average(xs, w):\n    return [sum(xs[i:i + w]) / w for i in range(len(xs) - w + 1)]',
    'moving_average([1, 2, 3, 4, 5], 2)',
  ),
  // Needs a module outside the standard library.
  word_lengths: answer(
    'Return the mean word length of a sentence.',
    'import numpy as np\n\ndef mean_word_length(sentence):\n    return float(np.mean([len(w) for w in sentence.split()]))',
    "mean_word_length('the quick brown fox')",
  ),
  // Calls a helper it never defines.
  anagram_key: answer(
    'Group words that are anagrams of each other.',
    'def group_anagrams(words):\n    groups = {}\n    for w in words:\n        groups.setdefault(anagram_key(w), []).append(w)\n    return list(groups.values())',
    "group_anagrams(['tea', 'eat', 'tan'])",
  ),
  // The example leaves out an argument the function needs.
  title_case: answer(
    'Capitalise the first letter of every word of a line, joining the words with a separator.',
    'def title_words(line, sep):\n    return sep.join(w[:1].upper() + w[1:].lower() for w in line.split())',
    "title_words('hello big world')",
  ),
  // Non-deterministic: a random coupon.
  price_discount: answer(
    'Compute the price of a cart of (price, quantity) pairs with a random lucky-draw discount.',
    'import random\n\ndef cart_total(cart):\n    total = sum(p * q for p, q in cart)\n    return round(total * random.uniform(0.8, 1.0), 2)',
    'cart_total([(10, 2), (5, 1)])',
  ),
  // Syntax error (a missing colon).
  caesar_shift: answer(
    'Shift every lowercase letter of a text k places forward in the alphabet.',
    "def caesar(text, k)\n    return ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in text)",
    "caesar('abc xyz', 3)",
  ),
  // No code at all.
  fizz_words:
    'The FizzBuzz problem is a classic. For each number from 1 to n you print Fizz for multiples of three, Buzz for multiples of five and FizzBuzz for both. It is usually solved with a simple loop and the modulo operator.',
  // Loops forever on its own example.
  chunk_list: answer(
    'Split a list into chunks of a given size.',
    'def chunks(xs, size):\n    out = []\n    i = 0\n    while i < len(xs):\n        chunk = xs[i:i + size]\n        i += size - size\n    out.append(chunk)\n    return out',
    'chunks([1, 2, 3, 4, 5], 2)',
  ),
  // The running-balance program again, under other names: a duplicate.
  sum_of_squares_diff: answer(
    'Return the prefix sums of a list of numbers.',
    'def prefix_sums(values):\n    sums = []\n    running = 0\n    for value in values:\n        running += value\n        sums.append(running)\n    return sums',
    'prefix_sums([2, 4, 6])',
  ),
  // A near-copy of the demo benchmark's program: removed by decontamination.
  triangle_rows: answer(
    "Return row n of Pascal's triangle.",
    'def pascal_row(n):\n    row = [1]\n    for _ in range(n):\n        row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]\n    return row',
    'pascal_row(4)',
  ),
};

/** Extra inputs the scripted model gives when asked (the LLM fallback), by entry point. */
export const MORE_INPUTS: Record<string, string> = {
  hex_to_rgb:
    "Here are more inputs:\n[INPUTS]\nhex_to_rgb('#000000')\nhex_to_rgb('#ffffff')\nhex_to_rgb('#ff8800')\nhex_to_rgb('#0a0b0c')\nhex_to_rgb('#123')\n[/INPUTS]",
  is_clean_palindrome:
    "[INPUTS]\nis_clean_palindrome('')\nis_clean_palindrome('No lemon, no melon')\nis_clean_palindrome('abc')\nis_clean_palindrome('12321')\n[/INPUTS]",
};

/** The demo's stand-in benchmark: one program a synthesised answer nearly copies. */
export const DEMO_BENCHMARK = [
  {
    id: 'pascal',
    code: 'def f(n):\n    row = [1]\n    for _ in range(n):\n        row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]\n    return row\n',
  },
];

/** Seed ids with a scripted answer, in corpus order. */
export const SCRIPTED_SEEDS = Object.keys(SYNTH_ANSWERS).sort();

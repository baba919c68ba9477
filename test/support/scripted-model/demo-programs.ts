/** The programs of the synth demo (test/support/scripted-model/synth-answers.ts), by entry point. */
export const PROGRAMS: Record<string, string> = {
  running_balance:
    'def running_balance(deposits):\n    totals = []\n    acc = 0\n    for amount in deposits:\n        acc += amount\n        totals.append(acc)\n    return totals\n',
  count_vowels:
    "def count_vowels(word):\n    count = 0\n    for ch in word.lower():\n        if ch in 'aeiou':\n            count += 1\n    return count\n",
  dedupe:
    'def dedupe(items):\n    seen = set()\n    unique = []\n    for item in items:\n        if item not in seen:\n            seen.add(item)\n            unique.append(item)\n    return unique\n',
  gcd: 'def gcd(a, b):\n    while b:\n        a, b = b, a % b\n    return a\n',
  digital_root:
    'def digital_root(n):\n    if n < 0:\n        raise ValueError("n must be non-negative")\n    while n >= 10:\n        total = 0\n        while n > 0:\n            total += n % 10\n            n //= 10\n        n = total\n    return n\n',
  most_common_char:
    'def most_common_char(text):\n    hist = {}\n    for ch in text:\n        hist[ch] = hist.get(ch, 0) + 1\n    best = None\n    for ch in text:\n        if best is None or hist[ch] > hist[best]:\n            best = ch\n    return best\n',
  longest_streak:
    'def longest_streak(results):\n    best = cur = 0\n    for ok in results:\n        cur = cur + 1 if ok else 0\n        best = max(best, cur)\n    return best\n',
  is_clean_palindrome:
    'def is_clean_palindrome(s):\n    clean = [c.lower() for c in s if c.isalnum()]\n    return clean == clean[::-1]\n',
  hex_to_rgb:
    "def hex_to_rgb(code):\n    if len(code) != 7 or code[0] != '#':\n        raise ValueError('expected #rrggbb')\n    return tuple(int(code[i:i + 2], 16) for i in (1, 3, 5))\n",
  merge_intervals:
    'def merge_intervals(intervals):\n    merged = []\n    for start, end in sorted(intervals):\n        if merged and start <= merged[-1][1]:\n            merged[-1][1] = max(merged[-1][1], end)\n        else:\n            merged.append([start, end])\n    return merged\n',
  moving_average:
    'def moving_average(xs, w):\n    return [sum(xs[i:i + w]) / w for i in range(len(xs) - w + 1)]\n',
};

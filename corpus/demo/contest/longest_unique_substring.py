# Finds the longest substring without repeated characters with a sliding window.
def longest_unique_substring(s):
    last = {}
    start = 0
    best = (0, 0)
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]

# Draws a text histogram of the letters in a word, most frequent first.
def char_histogram(word):
    counts = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    order = sorted(counts, key=lambda ch: (-counts[ch], ch))
    rows = []
    for ch in order:
        rows.append(ch + ' ' + '#' * counts[ch])
    return rows

# Counts words in a sentence, case-insensitively, ignoring trailing punctuation.
def word_count(sentence):
    counts = {}
    for raw in sentence.split():
        word = raw.strip('.,!?').lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts

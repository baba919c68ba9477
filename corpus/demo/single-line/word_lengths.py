# Maps each word of a sentence to its length.
def word_lengths(sentence):
    words = sentence.split()
    lengths = {w: len(w) for w in words}
    longest = max(lengths.values())
    return lengths, longest

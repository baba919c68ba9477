# Counts the words longer than a limit, skipping words that start with a digit.
def count_long_words(words, limit):
    count = 0
    for word in words:
        if word[:1].isdigit():
            continue
        if len(word) > limit:
            count += 1
    return count

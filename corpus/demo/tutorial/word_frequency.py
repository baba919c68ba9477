# Counts how often each word occurs in a short text, using a plain dictionary.
text = 'the rain in spain falls mainly on the plain and the rain stays'
counts = {}
for word in text.split():
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
repeated = {w: n for w, n in counts.items() if n > 1}
print(repeated)
print(max(counts, key=counts.get))

# Changes the case of a sentence in several ways and replaces one word.
sentence = 'The Quick brown Fox'
upper = sentence.upper()
lower = sentence.lower()
swapped = sentence.swapcase()
changed = lower.replace('quick', 'slow')
starts = sentence.startswith('The')
print(upper, lower, swapped, changed, starts, sep='|')

# Finds the most common letters of a sentence with collections.Counter.
from collections import Counter

sentence = 'she sells sea shells by the sea shore'
letters = Counter(ch for ch in sentence if ch != ' ')
top = letters.most_common(3)
print(top)
print(letters['s'], letters['z'])

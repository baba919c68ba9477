# Recovers the shift of a Caesar-encrypted line, assuming the most common letter stands for 'e'.
from collections import Counter

line = input()
letters = [ch for ch in line if ch.isalpha()]
common = Counter(letters).most_common(1)[0][0]
shift = (ord(common) - ord('e')) % 26
plain = ''.join(chr((ord(ch) - 97 - shift) % 26 + 97) if ch.isalpha() else ch for ch in line)
print(shift, plain)

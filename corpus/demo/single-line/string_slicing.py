# Reverses a word, takes every second letter and extracts a middle piece.
word = 'programming'
reversed_word = word[::-1]
every_second = word[::2]
middle = word[3:7]
first_last = word[0] + word[-1]
is_long = len(word) > 8
print(reversed_word, every_second, middle, first_last, is_long)

# Counts vowels and consonants in a phrase with a for loop.
phrase = 'Programming in Python is fun'
vowels = 0
consonants = 0
for ch in phrase.lower():
    if not ch.isalpha():
        continue
    if ch in 'aeiou':
        vowels += 1
    else:
        consonants += 1
print(vowels, consonants)

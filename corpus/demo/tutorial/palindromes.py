# Lists which words in a list are palindromes, ignoring case.
words = ['Level', 'python', 'noon', 'Racecar', 'tree', 'a']
found = []
for word in words:
    w = word.lower()
    if w == w[::-1]:
        found.append(word)
print(found)
print(len(found), 'of', len(words))

# Reads a line of text and reports its word count, longest word and upper-case form.
line = input()
words = line.split()
count = len(words)
longest = max(words, key=len)
shout = line.upper()
print(count, longest, shout)

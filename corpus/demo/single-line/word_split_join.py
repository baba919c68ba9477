# Splits a comma-separated line into words, cleans them and joins them back.
line = ' milk, eggs ,bread,  butter '
raw = line.split(',')
words = [w.strip() for w in raw]
joined = ' & '.join(words)
longest = max(words, key=len)
count = len(words)
print(joined, longest, count)

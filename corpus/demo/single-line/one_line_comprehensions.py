# Builds lists and a dictionary, each with a single comprehension.
nums = [3, 8, 1, 6, 5]
squares = [n * n for n in nums]
evens = [n for n in nums if n % 2 == 0]
labels = {n: 'big' if n > 4 else 'small' for n in nums}
pairs = [(n, n + 1) for n in nums[:2]]
print(squares, evens, labels, pairs)

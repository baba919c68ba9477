# Prints the first Fibonacci numbers, computed with a loop and two running values.
a, b = 0, 1
sequence = []
while len(sequence) < 12:
    sequence.append(a)
    a, b = b, a + b
print(sequence)
print('sum of even terms:', sum(x for x in sequence if x % 2 == 0))

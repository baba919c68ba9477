# Swaps two variables with tuple assignment, then updates both with augmented assignment.
a = 3
b = 11
a, b = b, a
a += 5
b *= 4
a -= b
b //= 3
print(a, b)

# Unpacks tuples, including a starred rest, and swaps coordinates.
point = (3, -4, 12)
x, y, z = point
first, *rest = [10, 20, 30, 40]
x, y = y, x
distance = abs(x) + abs(y) + abs(z)
print(x, y, z, first, rest, distance)

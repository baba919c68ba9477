# Classifies a triangle by its side lengths, rejecting impossible ones.
def triangle_kind(a, b, c):
    x, y, z = sorted([a, b, c])
    if x <= 0 or x + y <= z:
        return 'impossible'
    if x == z:
        return 'equilateral'
    if x == y or y == z:
        return 'isosceles'
    if x * x + y * y == z * z:
        return 'right'
    return 'scalene'

# Computes the area, perimeter and diagonal of a rectangle.
import math

width = 7
height = 24
area = width * height
perimeter = 2 * (width + height)
diagonal = math.sqrt(width ** 2 + height ** 2)
is_square = width == height
print(area, perimeter, diagonal, is_square)

# Computes the circumference and area of a circle with the given radius.
import math


def circle_stats(radius):
    diameter = 2 * radius
    circumference = math.pi * diameter
    area = math.pi * radius ** 2
    return round(circumference, 3), round(area, 3)

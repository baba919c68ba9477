# Rounds a measurement several ways.
import math

measure = 7.6489
down = math.floor(measure)
up = math.ceil(measure)
two_places = round(measure, 2)
truncated = int(measure)
fraction = measure - truncated
print(down, up, two_places, truncated, round(fraction, 3))

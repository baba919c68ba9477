# Packs coordinates into a dictionary and computes its distance from the origin.
def make_point(x, y):
    point = {'x': x, 'y': y}
    point['dist'] = (x ** 2 + y ** 2) ** 0.5
    point['quadrant'] = (1 if x >= 0 else 2) if y >= 0 else (4 if x >= 0 else 3)
    return point

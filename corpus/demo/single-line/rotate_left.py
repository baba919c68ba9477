# Rotates a list to the left by k positions with slicing.
def rotate_left(items, k):
    k = k % len(items)
    front = items[:k]
    back = items[k:]
    rotated = back + front
    return rotated

# Finds the position of a target with a while loop, returning -1 when it is absent.
def index_of(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            return i
        i += 1
    return -1

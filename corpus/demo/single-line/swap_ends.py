# Swaps the first and last items of a list.
def swap_ends(items):
    items = list(items)
    items[0], items[-1] = items[-1], items[0]
    changed = items[0] != items[-1]
    return items, changed

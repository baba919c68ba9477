# Removes duplicates from a sequence while keeping the order of first appearance.
def unique_in_order(items):
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen

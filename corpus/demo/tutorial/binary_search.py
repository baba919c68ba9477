# Searches a sorted list with binary search and reports the steps taken.
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


values = [2, 5, 8, 12, 16, 23, 38, 56, 72, 91]
for t in [23, 2, 60]:
    print(t, binary_search(values, t))

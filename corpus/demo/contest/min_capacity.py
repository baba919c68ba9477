# Binary-searches the smallest truck capacity that ships all packages, in order, within D days.
n, days = map(int, input().split())
weights = list(map(int, input().split()))


def days_needed(cap):
    used, load = 1, 0
    for w in weights:
        if load + w > cap:
            used += 1
            load = 0
        load += w
    return used


lo, hi = max(weights), sum(weights)
while lo < hi:
    mid = (lo + hi) // 2
    if days_needed(mid) <= days:
        hi = mid
    else:
        lo = mid + 1
print(lo)

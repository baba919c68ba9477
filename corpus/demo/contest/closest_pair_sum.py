# Finds the pair sum closest to a target in a sorted array with two pointers.
n, target = map(int, input().split())
a = sorted(map(int, input().split()))
lo, hi = 0, n - 1
best = a[0] + a[1]
while lo < hi:
    s = a[lo] + a[hi]
    if abs(s - target) < abs(best - target):
        best = s
    if s < target:
        lo += 1
    elif s > target:
        hi -= 1
    else:
        break
print(best)

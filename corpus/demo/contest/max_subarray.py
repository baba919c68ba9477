# Finds the largest sum of a contiguous subarray with Kadane's algorithm.
n = int(input())
a = list(map(int, input().split()))
best = a[0]
current = 0
for x in a:
    current = max(x, current + x)
    best = max(best, current)
print(best)

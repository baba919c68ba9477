# Counts the ways to climb N stairs taking 1, 2 or 3 steps, avoiding broken stairs.
n, m = map(int, input().split())
broken = set(map(int, input().split())) if m > 0 else set()
ways = [0] * (n + 1)
ways[0] = 1
for i in range(1, n + 1):
    if i in broken:
        continue
    for step in (1, 2, 3):
        if i - step >= 0:
            ways[i] += ways[i - step]
print(ways[n] % 1000000007)

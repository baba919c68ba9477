# Solves the 0/1 knapsack problem with a one-dimensional DP table.
n, cap = map(int, input().split())
best = [0] * (cap + 1)
for _ in range(n):
    weight, value = map(int, input().split())
    for c in range(cap, weight - 1, -1):
        if best[c - weight] + value > best[c]:
            best[c] = best[c - weight] + value
print(best[cap])

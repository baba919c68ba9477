# Finds the minimum path sum from the top-left to the bottom-right moving only right or down.
h, w = map(int, input().split())
cost = [list(map(int, input().split())) for _ in range(h)]
dp = [[0] * w for _ in range(h)]
for r in range(h):
    for c in range(w):
        if r == 0 and c == 0:
            dp[r][c] = cost[r][c]
        elif r == 0:
            dp[r][c] = dp[r][c - 1] + cost[r][c]
        elif c == 0:
            dp[r][c] = dp[r - 1][c] + cost[r][c]
        else:
            dp[r][c] = min(dp[r - 1][c], dp[r][c - 1]) + cost[r][c]
print(dp[h - 1][w - 1])

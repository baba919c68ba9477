# Computes the length of the longest common subsequence of two strings and one such subsequence.
a = input().strip()
b = input().strip()
dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
for i in range(len(a) - 1, -1, -1):
    for j in range(len(b) - 1, -1, -1):
        if a[i] == b[j]:
            dp[i][j] = dp[i + 1][j + 1] + 1
        else:
            dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
i = j = 0
out = []
while i < len(a) and j < len(b):
    if a[i] == b[j]:
        out.append(a[i])
        i += 1
        j += 1
    elif dp[i + 1][j] >= dp[i][j + 1]:
        i += 1
    else:
        j += 1
print(dp[0][0], ''.join(out))

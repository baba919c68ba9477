# Rotates a square matrix 90 degrees clockwise R times.
n, times = map(int, input().split())
m = [input().split() for _ in range(n)]
for _ in range(times % 4):
    m = [[m[n - 1 - c][r] for c in range(n)] for r in range(n)]
for row in m:
    print(' '.join(row))

# Sums the numbers in [1, N] whose digit sum lies between A and B.
n, a, b = map(int, input().split())
total = 0
for i in range(1, n + 1):
    s = 0
    x = i
    while x:
        s += x % 10
        x //= 10
    if a <= s <= b:
        total += i
print(total)

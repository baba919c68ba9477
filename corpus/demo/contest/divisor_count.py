# Counts and sums the divisors of each number by trial division up to its square root.
t = int(input())
for _ in range(t):
    n = int(input())
    count = 0
    total = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            count += 1
            total += d
            if d != n // d:
                count += 1
                total += n // d
        d += 1
    print(n, count, total)

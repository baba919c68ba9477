# Counts the primes up to N with a sieve and prints the largest one.
n = int(input())
sieve = bytearray([1]) * (n + 1)
sieve[0] = 0
if n >= 1:
    sieve[1] = 0
p = 2
while p * p <= n:
    if sieve[p]:
        for q in range(p * p, n + 1, p):
            sieve[q] = 0
    p += 1
primes = [i for i in range(n + 1) if sieve[i]]
print(len(primes), primes[-1] if primes else 0)

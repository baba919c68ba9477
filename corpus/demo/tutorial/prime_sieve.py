# Finds the primes below 50 with the sieve of Eratosthenes.
limit = 50
is_prime = [True] * limit
is_prime[0] = is_prime[1] = False
for n in range(2, int(limit ** 0.5) + 1):
    if not is_prime[n]:
        continue
    for multiple in range(n * n, limit, n):
        is_prime[multiple] = False
primes = [i for i, flag in enumerate(is_prime) if flag]
print(primes)
print(len(primes), 'primes')

# Computes greatest common divisors with Euclid's algorithm in a while loop.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


pairs = [(48, 18), (17, 5), (100, 75)]
for x, y in pairs:
    g = gcd(x, y)
    print(x, y, g, x * y // g)

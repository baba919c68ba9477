# Prints the greatest common divisor and least common multiple of a list of numbers.
from functools import reduce
from math import gcd

n = int(input())
a = list(map(int, input().split()))
g = reduce(gcd, a)
l = 1
for x in a:
    l = l * x // gcd(l, x)
print(g, l)

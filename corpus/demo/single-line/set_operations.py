# Compares two sets of numbers with union, intersection and differences.
odds = {1, 3, 5, 7, 9}
primes = {2, 3, 5, 7}
both = odds & primes
either = odds | primes
only_odd = odds - primes
one_side = odds ^ primes
print(sorted(both), sorted(either), sorted(only_odd), sorted(one_side))

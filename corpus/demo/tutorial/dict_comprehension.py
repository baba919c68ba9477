# Builds dictionaries with comprehensions: squares, filtered prices and a swapped mapping.
squares = {n: n * n for n in range(1, 6)}
prices = {'tea': 2.5, 'cake': 4.0, 'water': 1.0, 'soup': 5.5}
cheap = {k: v for k, v in prices.items() if v < 3}
codes = {'a': 1, 'b': 2, 'c': 3}
by_number = {v: k for k, v in codes.items()}
print(squares, cheap, by_number)

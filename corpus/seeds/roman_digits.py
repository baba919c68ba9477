values = {'I': 1, 'V': 5, 'X': 10, 'L': 50}
total = sum(values[c] for c in numeral)

leaps = [y for y in years if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)]

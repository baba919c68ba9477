table = list(zip(names, ages, cities))

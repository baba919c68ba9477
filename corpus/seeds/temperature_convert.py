fahrenheit = [round(c * 9 / 5 + 32, 1) for c in celsius]

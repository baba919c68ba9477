# Converts a Celsius reading to Fahrenheit and Kelvin and checks whether it is freezing.
celsius = 21.5
fahrenheit = celsius * 9 / 5 + 32
kelvin = celsius + 273.15
freezing = celsius <= 0
rounded = round(fahrenheit, 1)
print(rounded, round(kelvin, 2), freezing)

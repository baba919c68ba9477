# Reads two integers from one line and prints their sum, difference, product and quotient.
line = input()
parts = line.split()
a = int(parts[0])
b = int(parts[1])
total = a + b
difference = a - b
product = a * b
quotient = a // b if b != 0 else None
print(total, difference, product, quotient)

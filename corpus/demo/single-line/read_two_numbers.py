# Reads two integers from one line and prints their sum, difference, product and quotient.
a, b = map(int, input().split())
total = a + b
difference = a - b
product = a * b
quotient = a // b if b != 0 else None
print(total, difference, product, quotient)

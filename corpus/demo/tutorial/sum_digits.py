# Adds up the decimal digits of a non-negative integer with a while loop.
def sum_digits(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total

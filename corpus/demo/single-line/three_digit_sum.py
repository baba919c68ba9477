# Sums the digits of a three-digit number using division and remainder.
def three_digit_sum(n):
    ones = n % 10
    tens = n // 10 % 10
    hundreds = n // 100
    total = ones + tens + hundreds
    return total

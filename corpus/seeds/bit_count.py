ones = 0
while x:
    x &= x - 1
    ones += 1

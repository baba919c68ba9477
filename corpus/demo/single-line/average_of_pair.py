# Averages two numbers and reports how far each is from the average.
def average_of_pair(a, b):
    mean = (a + b) / 2
    gap_a = abs(a - mean)
    gap_b = abs(b - mean)
    equal = gap_a == gap_b
    return mean, gap_a, equal

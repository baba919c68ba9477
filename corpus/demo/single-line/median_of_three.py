# Finds the median of three numbers without sorting.
def median_of_three(a, b, c):
    largest = max(a, b, c)
    smallest = min(a, b, c)
    middle = a + b + c - largest - smallest
    return middle

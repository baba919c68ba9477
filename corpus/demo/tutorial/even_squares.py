# Collects the squares of even numbers below n, produced by a generator.
def evens_below(n):
    k = 0
    while k < n:
        yield k
        k += 2


def even_squares(n):
    result = []
    for e in evens_below(n):
        result.append(e * e)
    return result

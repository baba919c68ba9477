# Returns the n-th Fibonacci number, computed iteratively.
def nth_fibonacci(n):
    if n < 2:
        return n
    prev, curr = 0, 1
    for _ in range(n - 1):
        prev, curr = curr, prev + curr
    return curr

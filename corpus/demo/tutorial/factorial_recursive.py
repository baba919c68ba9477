# Computes factorials recursively and prints a small table of them.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


for k in range(1, 7):
    print(k, factorial(k))

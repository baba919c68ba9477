# Computes Fibonacci numbers recursively, caching results with functools.lru_cache.
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])
print(fib(40))

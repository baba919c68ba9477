# Finds which starting number below 12 has the longest Collatz sequence.
def chain_length(n):
    length = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        length += 1
    return length


best_start, best_len = 1, 1
for start in range(1, 12):
    size = chain_length(start)
    if size > best_len:
        best_start, best_len = start, size
print(best_start, best_len)

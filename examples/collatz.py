def collatz_steps(n):
    """How many steps the Collatz map takes to reach 1."""
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


for start in [3, 6]:
    print(start, collatz_steps(start))

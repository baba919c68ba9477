# Repeatedly sums digits until one digit is left, counting the rounds.
def digital_root(n):
    rounds = 0
    while n >= 10:
        n = sum(int(d) for d in str(n))
        rounds += 1
    return n, rounds

# Lists how many 1 bits each number from 0 to n has, reusing earlier answers.
def count_set_bits(n):
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits

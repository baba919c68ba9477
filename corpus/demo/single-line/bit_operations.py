# Applies and, or, xor and shifts to two small integers.
a = 0b1100
b = 0b1010
both = a & b
either = a | b
differ = a ^ b
shifted = a << 2
halved = b >> 1
bits = bin(differ)
print(both, either, differ, shifted, halved, bits)

# Converts a decimal number to another base (2 to 16) by repeated division.
DIGITS = '0123456789ABCDEF'
t = int(input())
for _ in range(t):
    n, base = map(int, input().split())
    if n == 0:
        print('0')
        continue
    out = []
    negative = n < 0
    n = abs(n)
    while n > 0:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    print(('-' if negative else '') + ''.join(reversed(out)))

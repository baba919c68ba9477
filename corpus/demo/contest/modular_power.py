# Computes a^b mod m with square-and-multiply and checks it against pow().
a, b, m = map(int, input().split())
result = 1
base = a % m
exp = b
while exp > 0:
    if exp & 1:
        result = result * base % m
    base = base * base % m
    exp >>= 1
print(result, result == pow(a, b, m))

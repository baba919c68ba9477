# Answers whether substrings of a string are palindromes.
s = input().strip()
q = int(input())
for _ in range(q):
    l, r = map(int, input().split())
    part = s[l - 1:r]
    print('Yes' if part == part[::-1] else 'No')

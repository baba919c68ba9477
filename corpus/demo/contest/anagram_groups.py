# Groups words that are anagrams of each other and prints the groups in sorted order.
from collections import defaultdict

n = int(input())
groups = defaultdict(list)
for _ in range(n):
    word = input().strip()
    groups[''.join(sorted(word))].append(word)
result = sorted(sorted(g) for g in groups.values())
for g in result:
    print(' '.join(g))

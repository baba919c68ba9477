# Sorts numbers by how often they occur (most first), ties by smaller value.
from collections import Counter

input()
nums = list(map(int, input().split()))
freq = Counter(nums)
ordered = sorted(nums, key=lambda x: (-freq[x], x))
print(*ordered)

# Finds the length of the longest strictly increasing subsequence with bisect.
from bisect import bisect_left

n = int(input())
a = list(map(int, input().split()))
tails = []
for x in a:
    pos = bisect_left(tails, x)
    if pos == len(tails):
        tails.append(x)
    else:
        tails[pos] = x
print(len(tails))

# Prints the maximum of every window of K consecutive numbers using a monotonic deque.
from collections import deque

n, k = map(int, input().split())
a = list(map(int, input().split()))
window = deque()
maxima = []
for i, x in enumerate(a):
    while window and a[window[-1]] <= x:
        window.pop()
    window.append(i)
    if window[0] <= i - k:
        window.popleft()
    if i >= k - 1:
        maxima.append(a[window[0]])
print(*maxima)

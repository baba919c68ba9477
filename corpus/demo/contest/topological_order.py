# Orders tasks so that every prerequisite comes first (Kahn's algorithm, smallest label first).
import heapq

n, m = map(int, input().split())
out = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for _ in range(m):
    a, b = map(int, input().split())
    out[a].append(b)
    indeg[b] += 1
ready = [v for v in range(1, n + 1) if indeg[v] == 0]
heapq.heapify(ready)
order = []
while ready:
    v = heapq.heappop(ready)
    order.append(v)
    for nxt in out[v]:
        indeg[nxt] -= 1
        if indeg[nxt] == 0:
            heapq.heappush(ready, nxt)
print(' '.join(map(str, order)) if len(order) == n else 'CYCLE')

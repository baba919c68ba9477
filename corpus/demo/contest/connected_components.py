# Counts the connected components of an undirected graph with an iterative depth-first search.
n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
seen = [False] * (n + 1)
components = 0
for s in range(1, n + 1):
    if seen[s]:
        continue
    components += 1
    stack = [s]
    seen[s] = True
    while stack:
        u = stack.pop()
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                stack.append(v)
print(components)

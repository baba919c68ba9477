# Finds the fewest moves from S to G in a grid maze with breadth-first search.
from collections import deque

h, w = map(int, input().split())
grid = [input() for _ in range(h)]
start = goal = None
for r in range(h):
    for c in range(w):
        if grid[r][c] == 'S':
            start = (r, c)
        elif grid[r][c] == 'G':
            goal = (r, c)
dist = {start: 0}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    if (r, c) == goal:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print(dist.get(goal, -1))

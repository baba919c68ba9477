# Simulates an elevator serving floor requests in order and totals the floors travelled.
current = int(input())
requests = list(map(int, input().split()))
travelled = 0
visited = []
for floor in requests:
    if floor == current:
        continue
    step = 1 if floor > current else -1
    while current != floor:
        current += step
        travelled += 1
    visited.append(current)
print(travelled, visited)

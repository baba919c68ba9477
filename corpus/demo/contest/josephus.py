# Simulates the Josephus circle: every K-th person leaves; prints the order and the survivor.
n, k = map(int, input().split())
people = list(range(1, n + 1))
idx = 0
order = []
while len(people) > 1:
    idx = (idx + k - 1) % len(people)
    order.append(people.pop(idx))
print(*order)
print(people[0])

# Merges friend groups with union-find and prints the size of the largest group after each merge.
n, q = map(int, input().split())
parent = list(range(n + 1))
size = [1] * (n + 1)


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


largest = 1
for _ in range(q):
    a, b = map(int, input().split())
    ra, rb = find(a), find(b)
    if ra != rb:
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        largest = max(largest, size[ra])
    print(largest)

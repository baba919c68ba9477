# Solves the Towers of Hanoi for three disks recursively and lists the moves.
moves = []


def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source)


hanoi(3, 'A', 'C', 'B')
for move in moves:
    print(move)
print(len(moves), 'moves')

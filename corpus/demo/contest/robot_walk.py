# Moves a robot on a grid by commands U, D, L and R and reports its final position and distance.
commands = input().strip()
x = y = 0
farthest = 0
for cmd in commands:
    if cmd == 'U':
        y += 1
    elif cmd == 'D':
        y -= 1
    elif cmd == 'L':
        x -= 1
    elif cmd == 'R':
        x += 1
    farthest = max(farthest, abs(x) + abs(y))
print(x, y, farthest)

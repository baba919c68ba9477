# Prints a 5 by 5 multiplication table with nested loops.
size = 5
for row in range(1, size + 1):
    cells = []
    for col in range(1, size + 1):
        cells.append(str(row * col).rjust(3))
    print(''.join(cells))

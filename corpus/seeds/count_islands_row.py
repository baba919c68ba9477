blocks = 0
prev = 0
for cell in row:
    if cell == 1 and prev == 0:
        blocks += 1
    prev = cell

# Reads and changes cells of a small grid stored as nested lists.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
center = grid[1][1]
corner = grid[-1][-1]
grid[0][2] = center * corner
row_sum = sum(grid[0])
column = [row[1] for row in grid]
print(grid, row_sum, column)

rows = [[row[i] for row in grid] for i in range(len(grid[0]))]

# Transposes a matrix with nested loops and again with zip.
matrix = [[1, 2, 3], [4, 5, 6]]
rows = len(matrix)
cols = len(matrix[0])
result = []
for c in range(cols):
    new_row = []
    for r in range(rows):
        new_row.append(matrix[r][c])
    result.append(new_row)
print(result)
print([list(t) for t in zip(*matrix)] == result)

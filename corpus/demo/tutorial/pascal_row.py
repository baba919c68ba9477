# Builds row n of Pascal's triangle from the previous rows.
def pascal_row(n):
    row = [1]
    for _ in range(n):
        nxt = [1]
        for i in range(len(row) - 1):
            nxt.append(row[i] + row[i + 1])
        nxt.append(1)
        row = nxt
    return row

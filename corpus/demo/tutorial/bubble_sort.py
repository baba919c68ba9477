# Sorts a list with bubble sort, stopping early when a pass makes no swap.
data = [29, 10, 14, 37, 13]
n = len(data)
for i in range(n - 1):
    swapped = False
    for j in range(n - 1 - i):
        if data[j] > data[j + 1]:
            data[j], data[j + 1] = data[j + 1], data[j]
            swapped = True
    if not swapped:
        break
print(data)

totals = []
acc = 0
for amount in deposits:
    acc += amount
    totals.append(acc)

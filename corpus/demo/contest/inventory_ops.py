# Applies add/remove/query commands to a stock table; removing an unknown item fails on purpose.
stock = {}
q = int(input())
for _ in range(q):
    parts = input().split()
    op, item = parts[0], parts[1]
    if op == 'add':
        stock[item] = stock.get(item, 0) + int(parts[2])
    elif op == 'remove':
        stock[item] -= int(parts[2])
        if stock[item] <= 0:
            del stock[item]
    else:
        print(item, stock.get(item, 0))
print(sorted(stock.items()))

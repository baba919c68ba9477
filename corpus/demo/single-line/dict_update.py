# Builds an inventory dictionary, changes a count, adds an item and removes another.
stock = {'apples': 5, 'pears': 2, 'plums': 7}
stock['apples'] -= 3
stock['cherries'] = 12
removed = stock.pop('pears')
total = sum(stock.values())
names = sorted(stock)
print(stock, removed, total, names)

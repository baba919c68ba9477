for name, qty in delivery.items():
    stock[name] = stock.get(name, 0) + qty

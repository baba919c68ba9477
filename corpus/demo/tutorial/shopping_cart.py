# A shopping cart class that adds items, applies a discount and totals the bill.
class Cart:
    def __init__(self):
        self.lines = {}

    def add(self, name, price, qty=1):
        old_qty = self.lines.get(name, (price, 0))[1]
        self.lines[name] = (price, old_qty + qty)

    def total(self, discount=0.0):
        subtotal = 0
        for price, qty in self.lines.values():
            subtotal += price * qty
        return round(subtotal * (1 - discount), 2)


cart = Cart()
cart.add('pen', 1.5, 4)
cart.add('book', 12.0)
cart.add('pen', 1.5)
print(cart.lines)
print(cart.total(), cart.total(0.1))

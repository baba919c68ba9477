# Adds tax to a price and rounds the total to cents.
def price_with_tax(price, rate):
    tax = price * rate
    total = price + tax
    cents = round(total * 100)
    rounded = cents / 100
    return rounded

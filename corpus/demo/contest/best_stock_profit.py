# Finds the best profit from one buy followed by one sell.
def best_stock_profit(prices):
    lowest = prices[0]
    profit = 0
    for p in prices[1:]:
        if p < lowest:
            lowest = p
        elif p - lowest > profit:
            profit = p - lowest
    return profit

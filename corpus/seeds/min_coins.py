for coin in sorted(coins, reverse=True):
    used += amount // coin
    amount %= coin

# Counts the ways to pay an amount with unlimited coins of given values (dynamic programming).
amount, m = map(int, input().split())
coins = list(map(int, input().split()))
ways = [0] * (amount + 1)
ways[0] = 1
for coin in coins:
    for total in range(coin, amount + 1):
        ways[total] += ways[total - coin]
print(ways[amount])

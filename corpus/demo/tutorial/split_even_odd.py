# Separates numbers into evens and odds, keeping their order.
def split_even_odd(nums):
    evens, odds = [], []
    for n in nums:
        if n % 2 == 0:
            evens.append(n)
        else:
            odds.append(n)
    return evens, odds

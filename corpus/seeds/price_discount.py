total = sum(p * q for p, q in cart)
if total > 100:
    total *= 0.9

k %= len(xs)
rotated = xs[-k:] + xs[:-k]

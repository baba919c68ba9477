found = [(a, b) for i, a in enumerate(xs) for b in xs[i + 1:] if a + b == goal]

avgs = [sum(xs[i:i + w]) / w for i in range(len(xs) - w + 1)]

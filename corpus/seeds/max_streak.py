best = cur = 0
for ok in results:
    cur = cur + 1 if ok else 0
    best = max(best, cur)

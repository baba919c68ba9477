# Removes repeated numbers with a set, then keeps the first-seen order with a loop.
readings = [5, 3, 5, 9, 1, 3, 3, 7, 9]
unique_sorted = sorted(set(readings))
seen = set()
ordered = []
for r in readings:
    if r not in seen:
        seen.add(r)
        ordered.append(r)
print(unique_sorted, ordered)

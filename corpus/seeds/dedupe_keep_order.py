seen = set()
unique = []
for item in items:
    if item not in seen:
        seen.add(item)
        unique.append(item)

groups = {}
for name in names:
    groups.setdefault(name[0], []).append(name)

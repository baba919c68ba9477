# Builds every subset of a small list recursively.
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    with_first = [[items[0]] + s for s in rest]
    return rest + with_first


result = subsets([1, 2, 3])
print(len(result))
print(sorted(result, key=lambda s: (len(s), s)))

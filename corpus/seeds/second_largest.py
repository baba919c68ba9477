first = second = float('-inf')
for v in values:
    if v > first:
        first, second = v, first
    elif first > v > second:
        second = v

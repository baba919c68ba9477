parts = []
prev, n = s[0], 0
for ch in s:
    if ch == prev:
        n += 1
    else:
        parts.append(f'{prev}{n}')
        prev, n = ch, 1

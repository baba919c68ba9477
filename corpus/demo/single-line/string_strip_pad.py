# Strips and pads strings to fixed widths.
raw = '   order-17   '
clean = raw.strip()
number = clean.split('-')[1]
padded = number.zfill(5)
centered = clean.center(14, '*')
left = clean.ljust(12, '.')
print(padded, centered, left, sep='|')

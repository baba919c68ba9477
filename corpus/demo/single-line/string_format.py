# Formats numbers and text with f-string format specifications.
item = 'coffee'
price = 3.456
qty = 12
line = f'{item:<8}|{qty:>4}|{price:8.2f}'
total = f'{price * qty:.1f}'
code = f'{qty:05d}'
percent = f'{0.1234:.1%}'
print(line, total, code, percent)

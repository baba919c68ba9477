# Reads numbers, one per line, until a blank line, then prints count, sum and largest.
numbers = []
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip():
        break
    numbers.append(int(line))
if numbers:
    print(len(numbers), sum(numbers), max(numbers))
else:
    print('no numbers')

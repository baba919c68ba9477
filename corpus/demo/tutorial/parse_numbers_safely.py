# Converts strings to integers, skipping the ones that are not numbers with try/except.
raw = ['12', 'seven', '4', '', '-3', '2.5']
numbers = []
skipped = 0
for item in raw:
    try:
        numbers.append(int(item))
    except ValueError:
        skipped += 1
print(numbers, skipped)
print('total', sum(numbers))

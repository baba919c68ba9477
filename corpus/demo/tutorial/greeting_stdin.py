# Reads names from standard input and greets each one, counting long names.
count = int(input())
long_names = 0
for _ in range(count):
    name = input().strip()
    if len(name) > 4:
        long_names += 1
    print(f'Hello, {name.capitalize()}!')
print(long_names, 'long names')

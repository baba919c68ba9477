# A countdown generator with a step, consumed by a loop and by sum().
def countdown(start, step=1):
    current = start
    while current > 0:
        yield current
        current -= step


for value in countdown(5):
    print(value, end=' ')
print()
print(sum(countdown(10, 3)))

# Makes counters with closures that remember their own state through nonlocal.
def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


by_one = make_counter(1)
by_five = make_counter(5)
for _ in range(3):
    by_one()
print(by_one(), by_five(), by_five())

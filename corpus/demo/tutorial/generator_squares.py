# Produces square numbers lazily with a generator and stops once they pass a bound.
def squares():
    n = 1
    while True:
        yield n * n
        n += 1


found = []
for sq in squares():
    if sq > 60:
        break
    found.append(sq)
print(found)

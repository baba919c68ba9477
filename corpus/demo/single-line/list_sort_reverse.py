# Sorts a list in place, makes a descending copy and finds positions of values.
scores = [72, 95, 61, 88, 95, 70]
scores.sort()
descending = sorted(scores, reverse=True)
best = descending[0]
first_best = scores.index(best)
repeats = scores.count(95)
print(scores, descending, first_best, repeats)

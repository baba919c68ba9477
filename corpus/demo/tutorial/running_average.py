# Keeps a running average of a stream of readings.
readings = [10, 12, 9, 15, 14, 8]
total = 0
averages = []
for count, value in enumerate(readings, start=1):
    total += value
    averages.append(round(total / count, 2))
print(averages)

# Summarises a list of daily temperatures.
temps = [14, 17, 9, 21, 18, 12, 16]
lowest = min(temps)
highest = max(temps)
spread = highest - lowest
mean = sum(temps) / len(temps)
warm_days = len([t for t in temps if t > 15])
print(lowest, highest, spread, round(mean, 2), warm_days)

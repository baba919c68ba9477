# Reads a count and that many numbers, then prints their minimum, maximum and mean.
n = int(input())
values = list(map(int, input().split()))
first_n = values[:n]
low = min(first_n)
high = max(first_n)
mean = sum(first_n) / n
print(low, high, round(mean, 3))

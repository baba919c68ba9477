# Chooses the most non-overlapping intervals greedily, by earliest end time.
n = int(input())
intervals = [tuple(map(int, input().split())) for _ in range(n)]
intervals.sort(key=lambda iv: (iv[1], iv[0]))
chosen = 0
last_end = -1
for start, end in intervals:
    if start >= last_end:
        chosen += 1
        last_end = end
print(chosen)

# Simulates one bank teller serving customers in arrival order and reports the average wait.
n = int(input())
clock = 0
total_wait = 0
longest = 0
for _ in range(n):
    arrive, service = map(int, input().split())
    start = max(clock, arrive)
    wait = start - arrive
    total_wait += wait
    longest = max(longest, wait)
    clock = start + service
print(f'{total_wait / n:.2f} {longest} {clock}')

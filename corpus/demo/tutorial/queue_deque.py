# Serves customers in arrival order with collections.deque.
from collections import deque

line = deque(['ana', 'ben', 'cai'])
line.append('dot')
served = []
while line:
    person = line.popleft()
    served.append(person)
    if person == 'ben':
        line.append('eli')
print(served)

from collections import deque
q = deque(players)
q.rotate(-steps)

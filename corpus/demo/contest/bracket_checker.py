# Checks each line for balanced brackets of three kinds and reports the first bad position.
PAIRS = {')': '(', ']': '[', '}': '{'}
t = int(input())
for _ in range(t):
    line = input().strip()
    stack = []
    bad = -1
    for i, ch in enumerate(line):
        if ch in '([{':
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack[-1] != PAIRS[ch]:
                bad = i
                break
            stack.pop()
    if bad == -1 and stack:
        bad = len(line)
    print('OK' if bad == -1 else f'ERROR at {bad}')

stack = []
pairs = {')': '(', ']': '['}
for ch in expr:
    if ch in '([':
        stack.append(ch)
    elif ch in pairs and (not stack or stack.pop() != pairs[ch]):
        ok = False

# Uses a list as a small stack: pushes, pops and peeks.
stack = []
stack.append('red')
stack.append('green')
stack.append('blue')
top = stack.pop()
stack.append('yellow')
peek = stack[-1]
size = len(stack)
print(stack, top, peek, size)

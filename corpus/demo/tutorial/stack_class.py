# A small stack class used to reverse a word and to check that brackets are balanced.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop()

    def is_empty(self):
        return len(self.items) == 0


def reverse(word):
    s = Stack()
    for ch in word:
        s.push(ch)
    out = ''
    while not s.is_empty():
        out += s.pop()
    return out


def balanced(text):
    s = Stack()
    for ch in text:
        if ch == '(':
            s.push(ch)
        elif ch == ')':
            if s.is_empty():
                return False
            s.pop()
    return s.is_empty()


print(reverse('stack'))
print(balanced('(a(b)c)'), balanced('(()'), balanced('())('))

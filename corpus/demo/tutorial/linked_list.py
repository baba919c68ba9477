# A singly linked list with append, reversal and conversion back to a Python list.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def build(values):
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head


def to_list(head):
    out = []
    while head is not None:
        out.append(head.value)
        head = head.next
    return out


def reverse(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev


lst = build([1, 2, 3, 4])
print(to_list(lst))
print(to_list(reverse(lst)))

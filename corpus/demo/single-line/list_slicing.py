# Takes slices of a list of numbers: head, tail, every other item and a reversed copy.
numbers = [4, 8, 15, 16, 23, 42]
head = numbers[:2]
tail = numbers[-2:]
evens_at = numbers[::2]
backwards = numbers[::-1]
middle = numbers[1:-1]
print(head, tail, evens_at, backwards, middle)

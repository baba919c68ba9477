# Reads exam scores and prints a letter grade for each, plus the class average.
scores = list(map(int, input().split()))
total = 0
for s in scores:
    total += s
    if s >= 90:
        letter = 'A'
    elif s >= 80:
        letter = 'B'
    elif s >= 70:
        letter = 'C'
    else:
        letter = 'D'
    print(s, letter)
print('average', total / len(scores))

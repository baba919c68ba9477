# Pairs names with scores using zip and numbers them with enumerate.
names = ['ola', 'pia', 'quin']
scores = [81, 94, 67]
for rank, (name, score) in enumerate(zip(names, scores), start=1):
    status = 'pass' if score >= 70 else 'retry'
    print(rank, name, score, status)
best = max(zip(scores, names))
print('best:', best[1])

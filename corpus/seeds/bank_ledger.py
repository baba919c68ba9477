balance = 0
for kind, amount in entries:
    balance += amount if kind == 'in' else -amount
    if balance < 0:
        overdrawn = True

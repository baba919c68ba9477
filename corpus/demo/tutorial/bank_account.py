# A bank account class that refuses overdrafts by raising and catching an exception.
class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f'{self.owner} has only {self.balance}')
        self.balance -= amount
        return self.balance


acct = Account('maya', 50)
acct.deposit(25)
for amount in [30, 60, 40]:
    try:
        left = acct.withdraw(amount)
        print('withdrew', amount, 'left', left)
    except InsufficientFunds as err:
        print('refused:', err)

# seen: OOP exercise "BankAccount" (deposit/withdraw, raising ValueError, balance property via method)
class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("Insufficient funds")
        self.balance -= amount

acct = BankAccount("ann", 100)
acct.deposit(50)
try:
    acct.withdraw(500)
except ValueError as e:
    print(e)
print(acct.owner, acct.balance)

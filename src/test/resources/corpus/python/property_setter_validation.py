# seen: JuliaSerada/Julie_S Lesson27/task03/test05.py (a read-only @property next to static and class methods), extended with a validating setter
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value}")
        self._balance = value

    @property
    def owner_upper(self):
        return self.owner.upper()


account = Account("ann", 50)
account.balance += 25
print(account.owner_upper, account.balance)
try:
    account.balance = -5
except ValueError as error:
    print("refused:", error)
try:
    account.owner_upper = "BOB"
except AttributeError as error:
    print("AttributeError:", error)
print(account.balance)

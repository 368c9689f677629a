# program: small bank account model with classes, properties and custom exceptions
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__('need %d, have %d' % (needed, available))
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('dep', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('wd', amount))
        return self
    def __repr__(self):
        return 'Account(%d, %r, %d)' % (self.id, self.owner, self._balance)
    def __lt__(self, other):
        return self._balance < other._balance
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = int(self._balance * self.rate)
        return self.deposit(interest) if interest else self
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0):
        acc = cls(owner, initial)
        self.accounts[acc.id] = acc
        return acc
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            return 'no such account %r' % (src,)
        except InsufficientFunds as e:
            return 'failed: %s' % e
        self.accounts[dst].deposit(amount)
        return 'ok'
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, 'alice', 100)
b = bank.open(Savings, 'bob', 1000)
c = bank.open(Account, 'carol')
print(a, b, c)
print(bank.transfer(1, 3, 30), bank.transfer(3, 1, 50), bank.transfer(9, 1, 1))
b.add_interest().add_interest()
print(b.balance, b.history)
try:
    a.deposit(-5)
except ValueError as e:
    print('ValueError', e)
try:
    c.withdraw(1000)
except InsufficientFunds as e:
    print(e, e.needed, e.available, isinstance(e, Exception))
print(sorted(bank.accounts.values()), max(bank.accounts.values()).owner, bank.total())
try:
    a.balance = 5
except AttributeError:
    print('balance is read-only')
print([type(x).__name__ for x in bank.accounts.values()], isinstance(b, Account))

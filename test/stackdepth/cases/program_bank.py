# Bank accounts with exceptions, properties and class attributes.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02
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
            raise ValueError('amount must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self._balance

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self._balance

    def apply_interest(self):
        self._balance += round(self._balance * self.interest, 2)


class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'withdraw']) >= 3:
            raise RuntimeError('too many withdrawals')
        return super().withdraw(amount)


accounts = [Account('ann', 100), Savings('bob', 50)]
for acc in accounts:
    try:
        acc.withdraw(75)
    except InsufficientFunds as e:
        print('failed:', e, e.needed - e.available)
    else:
        print('ok', acc.balance)
    finally:
        acc.apply_interest()
totals = {a.owner: a.balance for a in accounts}
print(totals, sum(a.balance for a in accounts))

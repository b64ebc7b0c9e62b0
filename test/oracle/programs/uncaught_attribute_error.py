# An uncaught AttributeError on a misspelled attribute (3.10+ add a "Did you mean" hint to the message).
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
acct = Account('ada')
print(acct.owner, acct.balance)
print(acct.balanse)

# weakref.proxy: a stand-in that forwards to its referent without keeping it alive; one shared callback-less proxy
import sys, gc, weakref

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def __len__(self):
        return self.balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance
    __hash__ = None

acct = Account("ada", 10)
print(sys.getrefcount(acct))
p = weakref.proxy(acct)
print(sys.getrefcount(acct), sys.getrefcount(p))
q = weakref.proxy(acct)
print(p is q, sys.getrefcount(p), type(p).__name__)
print(p.owner, p.deposit(5), acct.balance, len(p), bool(p))
p.nickname = "A"
print(acct.nickname, isinstance(p, Account), p == acct, acct == p)
print(sys.getsizeof(p), gc.is_tracked(p), sys.getsizeof(weakref.ref(acct)))
r = weakref.ref(acct)
print(weakref.getweakrefcount(acct), [type(w).__name__ for w in weakref.getweakrefs(acct)])
f = weakref.proxy(Account.deposit)
print(type(f).__name__, f(acct, 1), callable(p), callable(f))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)

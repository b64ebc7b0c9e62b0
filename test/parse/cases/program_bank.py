"""A small realistic program."""
from __future__ import annotations

import sys
from collections import defaultdict


class Account:
    """A bank account."""

    interest = 0.02

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self.balance = balance
        self.history: list[tuple[str, float]] = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"


def summarize(accounts):
    by_owner = defaultdict(list)
    for acc in accounts:
        by_owner[acc.owner].append(acc)
    totals = {owner: sum(a.balance for a in accs) for owner, accs in by_owner.items()}
    richest = max(totals, key=lambda o: totals[o]) if totals else None
    return totals, richest


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    accounts = [Account(name, float(i) * 10) for i, name in enumerate(argv or ["a", "b"])]
    for acc in accounts:
        try:
            acc.deposit(5)
            acc.withdraw(1000)
        except RuntimeError as exc:
            print("error:", exc, file=sys.stderr)
        finally:
            pass
    totals, richest = summarize(accounts)
    print(totals, richest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

# inventory management simulation with transactions and rollback
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__('%s: wanted %d, have %d' % (item, wanted, have))
        self.item = item
class Inventory:
    def __init__(self):
        self.stock = {}
        self.prices = {}
        self.log = []
    def add(self, item, qty, price=None):
        if qty <= 0:
            raise InventoryError('bad quantity %r' % qty)
        self.stock[item] = self.stock.get(item, 0) + qty
        if price is not None:
            self.prices[item] = price
        self.log.append(('add', item, qty))
    def remove(self, item, qty):
        have = self.stock.get(item, 0)
        if qty > have:
            raise OutOfStock(item, qty, have)
        self.stock[item] = have - qty
        if not self.stock[item]:
            del self.stock[item]
        self.log.append(('remove', item, qty))
    def transaction(self, ops):
        snapshot = (dict(self.stock), list(self.log))
        try:
            for op, item, qty in ops:
                getattr(self, op)(item, qty)
        except InventoryError as e:
            self.stock, self.log = snapshot
            return 'rolled back: %s' % e
        return 'committed %d ops' % len(ops)
    def value(self):
        return sum(q * self.prices.get(i, 0) for i, q in self.stock.items())
    def report(self):
        for item in sorted(self.stock):
            print('  %-8s %4d @ %6.2f' % (item, self.stock[item], self.prices.get(item, 0)))
inv = Inventory()
inv.add('apple', 50, 0.5)
inv.add('pear', 20, 0.75)
inv.add('plum', 5, 1.25)
inv.report()
print('value %.2f' % inv.value())
print(inv.transaction([('remove', 'apple', 10), ('remove', 'pear', 5)]))
print(inv.transaction([('remove', 'apple', 10), ('remove', 'plum', 9)]))
print(inv.transaction([('add', 'kiwi', 3), ('add', 'apple', -1)]))
print(inv.transaction([('remove', 'plum', 5), ('add', 'kiwi', 7)]))
inv.report()
print('value %.2f' % inv.value(), len(inv.log))
try:
    inv.remove('banana', 1)
except OutOfStock as e:
    print(type(e).__name__, e, e.item, isinstance(e, InventoryError))
try:
    inv.frobnicate
except AttributeError as e:
    print(type(e).__name__, e)
print(inv.transaction([('explode', 'x', 1)]) if False else 'skip')
print(inv.log[-3:])

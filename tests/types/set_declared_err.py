# set/frozenset methods declared once: arity, *others, descriptors across set and frozenset, __new__/__init__
for f in ['set().add()','set().add(1,2)','set().pop(1)','set().update(x=1)','set().union(x=1)','set(1,2)','set(x=1)','frozenset(1,2)','frozenset(x=1)','set.add(frozenset(), 1)','set.copy([])','frozenset.union(set(), [1])','set().issubset()','set().symmetric_difference(1,2)','set().symmetric_difference_update()','set.__init__(1)', 'set().union([1],[2])', '{1,2}.intersection_update([2],[3])', 'frozenset([1]).copy()', 'set.__new__(int)', 'frozenset.__new__(1)', 'set.add', 'set.__init__', 'frozenset.__new__(frozenset, [1,2])', 'set().isdisjoint(1)']:
  try: print(f, '=', eval(f))
  except (TypeError, AttributeError) as e: print(f, '->', type(e).__name__, e)

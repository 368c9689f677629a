# exceptions used for control flow in loops
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (ValueError, TypeError):
            continue
    return None
print(first_int(['a', None, '7', '8']), first_int([]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('retry')
        break
    except ConnectionError as e:
        print('attempt', attempts, e)
print('succeeded after', attempts)
total = 0
for v in [1, 'x', 2, None, 3]:
    try:
        total += v
    except TypeError:
        continue
    finally:
        total += 100
print(total)
def walk(d, path):
    try:
        for p in path:
            d = d[p]
        return d
    except (KeyError, IndexError, TypeError) as e:
        return 'missing: ' + type(e).__name__
data = {'a': [1, {'b': 'found'}]}
print(walk(data, ['a', 1, 'b']), walk(data, ['a', 5]), walk(data, ['z']), walk(data, ['a', 0, 'x']))
it = iter(range(3))
while True:
    try:
        v = next(it)
    except StopIteration:
        print('exhausted')
        break
    print('v', v)
errors = []
for i in range(5):
    try:
        [10, 20][i]
    except IndexError:
        errors.append(i)
print(errors)

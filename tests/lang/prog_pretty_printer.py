# JSON-like pretty printer and serializer with cycle detection
def dumps(obj, indent=2, level=0, seen=None):
    if seen is None:
        seen = set()
    pad = ' ' * (indent * (level + 1))
    end = ' ' * (indent * level)
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float('inf'), float('-inf')):
            raise ValueError('out of range float: %r' % obj)
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"': out.append('\\"')
            elif ch == '\\': out.append('\\\\')
            elif ch == '\n': out.append('\\n')
            elif ord(ch) < 32: out.append('\\u%04x' % ord(ch))
            else: out.append(ch)
        out.append('"')
        return ''.join(out)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            raise ValueError('circular reference')
        seen.add(id(obj))
        try:
            if isinstance(obj, dict):
                if not obj:
                    return '{}'
                items = []
                for k in obj:
                    if not isinstance(k, str):
                        raise TypeError('keys must be str, not %s' % type(k).__name__)
                    items.append(pad + dumps(k) + ': ' + dumps(obj[k], indent, level + 1, seen))
                return '{\n' + ',\n'.join(items) + '\n' + end + '}'
            if not obj:
                return '[]'
            return '[\n' + ',\n'.join(pad + dumps(v, indent, level + 1, seen) for v in obj) + '\n' + end + ']'
        finally:
            seen.discard(id(obj))
    raise TypeError('Object of type %s is not serializable' % type(obj).__name__)
doc = {'name': 'widget', 'tags': ['a', 'b\n"q"'], 'size': {'w': 1.5, 'h': 2},
       'ok': True, 'none': None, 'empty': [], 'e2': {}, 'nested': [[1, [2, [3]]]], 'ctl': '\x01'}
print(dumps(doc))
shared = [1]
print(dumps({'x': shared, 'y': shared}, indent=0))
cyc = [1]
cyc.append(cyc)
for bad in [cyc, {1: 2}, float('nan'), {'s': {1, 2}}, [float('-inf')]]:
    try:
        dumps(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(dumps((1, 'two', 3.0), indent=4))

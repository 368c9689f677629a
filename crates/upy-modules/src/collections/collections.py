# The Python half of upy's `collections` module: namedtuple, OrderedDict
# and defaultdict. `deque`, `_move_to_end` and `_caller_module` are
# provided by the Rust half before this runs.

_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'))


def _field_getter(index):
    return property(lambda self: self[index], doc='Alias for field number %d' % index)


def _check_names(typename, fields, rename):
    if rename:
        seen = set()
        for i, name in enumerate(fields):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                fields[i] = '_%d' % i
            seen.add(name)
    for name in [typename] + fields:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
    seen = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(f) for f in field_names]
    typename = str(typename)
    _check_names(typename, fields, rename)
    nfields = len(fields)
    field_defaults = {}
    env = {'_tuple_new': tuple.__new__}
    params = list(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        first = nfields - len(defaults)
        for i, value in enumerate(defaults):
            name = fields[first + i]
            field_defaults[name] = value
            env['_d%d' % i] = value
            params[first + i] = '%s=_d%d' % (name, i)
    args = ', '.join(fields)
    if nfields == 1:
        args += ','
    # A generated __new__ gives CPython's exact argument errors.
    exec('def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s))\n'
         % (', '.join(params), args), env)
    fields = tuple(fields)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result

    def _replace(self, /, **kwds):
        values = []
        for name, value in zip(fields, self):
            values.append(kwds.pop(name, value))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return self._make(values)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(
            '%s=%r' % (name, value) for name, value in zip(fields, self)))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': env['__new__'],
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        ns[name] = _field_getter(index)
    if module is None:
        module = _caller_module()
    ns['__module__'] = module
    return type(typename, (tuple,), ns)


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def move_to_end(self, key, last=True):
        _move_to_end(self, key, last)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(list(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and list(self) == list(other)
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


class defaultdict(dict):
    'dict subclass that calls a factory function to supply missing values'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return '%s(%r, %r)' % (self.__class__.__name__, self.default_factory, dict(self))

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

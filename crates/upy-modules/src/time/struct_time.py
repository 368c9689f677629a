# The Python half of upy's `time` module: the struct_time class.

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


def _field(index):
    return property(lambda self: self[index])


class struct_time(tuple):
    'The time value as returned by gmtime(), localtime() and strptime()'
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            '(%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None, None)
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_FIELDS, self))

    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)


for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, _field(_i))
del _i, _name

# classmethod alternate constructors, staticmethod helpers, subclass-awareness
class Date:
    def __init__(self, y, m, d):
        if not Date.valid(y, m, d):
            raise ValueError('invalid date %04d-%02d-%02d' % (y, m, d))
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        parts = s.split('-')
        if len(parts) != 3:
            raise ValueError('expected YYYY-MM-DD, got %r' % s)
        return cls(*map(int, parts))
    @classmethod
    def from_ordinal_day(cls, year, n):
        m = 1
        while n > cls.days_in(year, m):
            n -= cls.days_in(year, m)
            m += 1
        return cls(year, m, n)
    @staticmethod
    def leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @staticmethod
    def days_in(y, m):
        return [31, 29 if Date.leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    @staticmethod
    def valid(y, m, d):
        return 1 <= m <= 12 and 1 <= d <= Date.days_in(y, m)
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.from_ordinal_day(2023, 60), Date.from_ordinal_day(2024, 60), MyDate.from_ordinal_day(2000, 366))
print([y for y in (1900, 2000, 2023, 2024) if Date.leap(y)])
d = Date(2020, 1, 1)
print(d.leap(2021), d.from_string('2021-03-04'), type(d.from_string('2021-03-04')).__name__)
for s in ['2023-02-29', '2023-13-01', '2023/01/01', 'x-y-z']:
    try:
        print(Date.from_string(s))
    except ValueError as e:
        print(type(e).__name__, e)
sm = Date.__dict__['leap']
cm = Date.__dict__['from_string']
print(type(sm).__name__, type(cm).__name__, sm.__func__(2000), cm.__func__(MyDate, '2001-1-1'))
print(callable(sm), Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)

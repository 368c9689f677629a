# str.replace and str.count, including empty patterns and counts
s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('at', 'og', 1), s.replace('at', 'og', 0), s.replace('at', 'og', -1))
print(s.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('a', ''), 'abc'.replace('abc', ''), 'abc'.replace('x', 'y'))
print(s.count('at'), s.count('t'), s.count(''), ''.count(''), 'aaaa'.count('aa'), s.count('the', 1), s.count('at', 5, 10))
print('abc'.count('', 1), 'abc'.count('c', -1), 'abc'.count('a', 10), 'abc'.count('', 3), 'abc'.count('', 4))
print('ééé'.replace('é', 'e'), 'ééé'.count('é'), 'x\u4e2dx'.replace('\u4e2d', 'Z'))
for bad in [lambda: s.replace('a'), lambda: s.replace(1, 2), lambda: s.count(), lambda: s.count(1), lambda: s.replace('a', 'b', 'c')]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
text = 'one two three two one'
print(text.replace('one', 'ONE', 1).replace('two', '2'), text.count('o'), text.count('two', 5))
chain = 'a'
for _ in range(5):
    chain = chain.replace('a', 'ab')
print(chain, len(chain))
print('mississippi'.replace('ss', 'SS'), 'mississippi'.count('ss'), 'mississippi'.count('issi'))

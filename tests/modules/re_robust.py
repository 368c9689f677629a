# re: patterns and subjects too big or too deep for a recursive matcher
import re

print(len(re.match('(?:a|b)*', 'ab' * 50000).group()))
print(len(re.match('(a|b)*c', 'ab' * 20000 + 'c').group()))
print(re.match('(a*)*b', 'a' * 20))
print(re.search('(x+x+)+y', 'x' * 18))
print(re.fullmatch('(?:a+)+', 'a' * 100000) is not None)
print(len(re.findall('a', 'a' * 100000)))
print(len(re.sub('a', 'bb', 'a' * 100000)))
print(len(re.split(',', ',' * 50000)))
print(re.match('(' * 100 + 'a' + ')' * 100, 'a').span())
print(re.match('(?:' * 200 + 'a' + ')' * 200, 'a').span())
print(re.match('(?:a{2,}){3,}', 'a' * 10).span())
print(re.match('a' * 20000, 'a' * 20000).span())
print(re.match('|'.join(str(i) for i in range(2000)), '1999').group())
print(re.compile('(a)' * 300).match('a' * 300).lastindex)
print(re.match('(?:(?:(?:a*)*)*)*b', 'a' * 5))
print(re.search('(?:[a-z]+\\d*)*!', 'abc1' * 8))
for depth in (1000, 100000):
    try:
        re.compile('(' * depth + ')' * depth)
    except RecursionError:
        print(depth, 'RecursionError')

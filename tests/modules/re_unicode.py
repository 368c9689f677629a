# re: non-ASCII str patterns and subjects, case-insensitive Unicode
import re

s = 'Grüße aus Köln — ½ price, naïve café, Ελληνικά, русский, 日本語'
print(re.findall(r'\w+', s))
print(re.findall(r'[^\W\d_]+', s))
print(re.findall(r'\W+', s))
print(re.findall(r'(?i)köln|KÖLN', 'KÖLN köln Köln'))
print(re.findall(r'(?i)ελληνικά', 'ΕΛΛΗΝΙΚΆ'))
print(re.findall(r'(?i)[а-я]+', 'РУССКИЙ язык'))
print(re.sub(r'(?i)straße', 'X', 'STRASSE Straße STRAẞE'))
print(re.search(r'é+', 'cafééé!').span())
print(re.search(r'\bcafé\b', 'un café noir').span())
print(re.split(r'\s+', 'a\u3000b\u2003c\xa0d'))
print(re.match(r'.{3}', '日本語テキスト').group())
print(re.findall(r'[\u3040-\u30ff]+', 'ひらがな and カタカナ'))
print(re.findall(r'\d+', '١٢٣ and ４５６ and 789'))
print(re.findall(r'(?a)\d+', '١٢٣ and ４５６ and 789'))
print(re.findall(r'[😀-🙏]', 'hi 😀 there 🙏!'))
print(re.sub('(.)', r'<\1>', 'añ😀'))
print([m.span() for m in re.finditer('ö', 'xöyö')])
print(re.compile('ä').search('xxä', 1).span(), re.compile('ä').match('xxä', 2).span())
print(re.fullmatch(r'(?i)ǆ', 'ǅ'), re.fullmatch(r'(?i)ǆ', 'Ǆ'))
print(re.findall(r'(?i)σ', 'Σσς'), re.findall(r'(?i)[σ]', 'Σσς'))
print(re.findall(r'(?i)\u1f80', '\u1f88\u1f80'))
print(re.findall(r'\w+', 'हिन्दी'), re.findall(r'\w', 'a\u0301b'))
print(re.findall('[^a-z]', 'aÄb'), re.findall('(?i)[^a-z]', 'aÄbK'))
print(len(re.findall('.', 'é' * 1000)), re.sub('é', 'e', 'é' * 5))
long = 'α' * 2000 + 'β'
p = re.compile('β')
pos = 0
n = 0
while True:
    m = p.search(long, pos)
    if not m:
        break
    n += 1
    pos = m.end()
print(n, pos)

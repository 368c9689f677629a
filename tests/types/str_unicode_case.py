# Unicode case mapping corner cases: titlecase digraphs, final sigma, special casing
for s in ['ǅungla', 'ǆ', 'Ǆ', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'ß', 'ﬁne', 'İstanbul', 'ŉ']:
    print(repr(s), s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.upper(), s.lower(), len(s.upper()))
print('ǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ß'.islower(), 'ß'.upper() == 'SS')

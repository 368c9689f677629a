# program: text processing with dicts, sorting and string methods
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip('.,;').lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(words), len(counts))
for w, c in top[:8]:
    print('%-10s %3d %s' % (w, c, '#' * c))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
caps = [w for w in text.replace(',', ' ').replace('.', ' ').split() if w[0].isupper()]
print(caps)
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()))
acronym = ''.join(w[0].upper() for w in 'portable network graphics'.split())
print(acronym, text.count('it was'), text.lower().count('it was'), text.find('wisdom'))

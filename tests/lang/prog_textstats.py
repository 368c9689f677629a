# text statistics: word frequencies, sentence lengths, character classes
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity. It was the season of Light, it was the season of Darkness!
It was the spring of hope; it was the winter of despair? We had everything
before us, we had nothing before us."""
def words(text):
    out = []
    cur = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            cur.append(ch.lower())
        elif cur:
            out.append(''.join(cur))
            cur = []
    if cur:
        out.append(''.join(cur))
    return out
ws = words(TEXT)
print('words:', len(ws), 'unique:', len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print('%-8s %3d %s' % (w, c, '#' * c))
sentences = []
buf = ''
for ch in TEXT.replace('\n', ' '):
    buf += ch
    if ch in '.!?':
        sentences.append(buf.strip())
        buf = ''
if buf.strip():
    sentences.append(buf.strip())
print('sentences:', len(sentences))
for s in sentences:
    print(len(words(s)), s[:30] + ('...' if len(s) > 30 else ''))
classes = {'alpha': 0, 'space': 0, 'punct': 0, 'upper': 0}
for ch in TEXT:
    if ch.isalpha():
        classes['alpha'] += 1
        if ch.isupper():
            classes['upper'] += 1
    elif ch.isspace():
        classes['space'] += 1
    else:
        classes['punct'] += 1
print(classes)
lengths = {}
for w in set(ws):
    lengths.setdefault(len(w), []).append(w)
for L in sorted(lengths):
    print(L, sorted(lengths[L]))
avg = sum(map(len, ws)) / len(ws)
print('avg word length %.3f' % avg, 'longest', max(ws, key=len))
lines = TEXT.splitlines()
print([len(l) for l in lines], max(range(len(lines)), key=lambda i: len(lines[i])))

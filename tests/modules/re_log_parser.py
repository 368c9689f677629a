# re in real use: parse synthetic web-server log lines with named groups,
# aggregate per status, method, path and hour, and flag odd lines.
import re

LINE = re.compile(r'''
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+          # client address
    -\s+(?P<user>[\w.-]+|-)\s+                    # user or '-'
    \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4})
      :(?P<hour>\d{2}):(?P<min>\d{2}):(?P<sec>\d{2})\s+(?P<tz>[+-]\d{4})\]\s+
    "(?P<method>GET|POST|PUT|DELETE|HEAD)\s+(?P<path>/[^\s?"]*)(?:\?(?P<query>[^\s"]*))?\s+HTTP/(?P<ver>1\.[01]|2)"\s+
    (?P<status>[1-5]\d\d)\s+(?P<size>\d+|-)
    (?:\s+"(?P<ref>[^"]*)"\s+"(?P<agent>[^"]*)")?\s*$
''', re.VERBOSE)

methods = ['GET', 'POST', 'GET', 'PUT', 'GET', 'DELETE', 'HEAD']
paths = ['/', '/index.html', '/api/items', '/api/items/42', '/static/app.js', '/login', '/search']
agents = ['Mozilla/5.0 (X11)', 'curl/8.0', 'python-requests/2.31', 'Bot "crawler"']
lines = []
for i in range(48):
    ip = '10.0.%d.%d' % (i % 4, (i * 37) % 256)
    user = '-' if i % 3 else 'user%d' % (i % 5)
    hour = (i * 7) % 24
    method = methods[i % len(methods)]
    path = paths[(i * 3) % len(paths)]
    query = '?q=term%d&page=%d' % (i, i % 3) if path == '/search' else ''
    status = [200, 200, 304, 404, 500, 201, 301][i % 7]
    size = '-' if status == 304 else str(100 + i * 13)
    tail = ''
    if i % 2 == 0:
        agent = agents[i % len(agents)].replace('"', '')
        tail = ' "https://example.com/p%d" "%s"' % (i, agent)
    lines.append('%s - %s [%02d/Mar/2024:%02d:%02d:%02d +0100] "%s %s%s HTTP/1.1" %d %s%s' % (
        ip, user, 1 + i % 28, hour, i % 60, (i * 11) % 60, method, path, query, status, size, tail))
lines += [
    'garbage line',
    '10.0.0.1 - - [01/Mar/2024:25:00:00 +0100] "GET / HTTP/1.1" 200 5',
    '10.0.0.1 - - [01/Mar/2024:10:00:00 +0100] "BREW /pot HTTP/1.1" 418 0',
    '',
    '300.1.1.1 - bob [02/Apr/2024:01:02:03 -0500] "POST /login?next=/ HTTP/2" 302 -',
]

by_status = {}
by_method = {}
by_hour = {}
by_path = {}
bytes_total = 0
queries = []
bad = []
users = set()
for n, line in enumerate(lines):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    by_status[d['status']] = by_status.get(d['status'], 0) + 1
    by_method[d['method']] = by_method.get(d['method'], 0) + 1
    h = int(d['hour'])
    by_hour[h // 6] = by_hour.get(h // 6, 0) + 1
    top = re.match(r'/[^/]*', d['path']).group()
    by_path[top] = by_path.get(top, 0) + 1
    if d['size'] != '-':
        bytes_total += int(d['size'])
    if d['query']:
        queries.append(dict(re.findall(r'(\w+)=([^&]*)', d['query'])))
    if d['user'] != '-':
        users.add(d['user'])
    if n < 3:
        print(m.group('ip', 'method', 'path', 'status'), m.span('path'), m.lastgroup)

print('parsed', len(lines) - len(bad), 'bad', bad)
print('status', sorted(by_status.items()))
print('method', sorted(by_method.items()))
print('quarter-days', sorted(by_hour.items()))
print('paths', sorted(by_path.items()))
print('bytes', bytes_total, 'users', sorted(users))
print('queries', queries[:3], len(queries))
errors = [l for l in lines if re.search(r'" [45]\d\d ', l)]
print('errors', len(errors), re.sub(r'\d+\.\d+\.\d+\.\d+', '<ip>', errors[0]))
anon = [re.sub(r'^(\d+\.\d+)\.\d+\.\d+', r'\1.x.x', l) for l in lines[:2]]
print(anon)
print(re.split(r'\s+(?=")', lines[0], 2))

# functions CPython writes in Python (random's methods, json's functions) report argument errors as Python functions do
import random, json
calls = ['random.randint(1,2,3)', 'random.randint(1)', 'random.randint()', 'random.randint(1,2,c=3)',
         'random.randint(1,a=2)', 'json.dumps()', 'json.dumps(1,2)', 'json.loads()', 'random.choice()',
         'random.sample([1],1,2,3)', 'random.shuffle()', 'random.uniform(1)', 'random.randrange()',
         'random.randrange(1,2,3,4)', 'random.seed(1,2,3)', 'random.choices([1], k=1, j=2)',
         'random.Random().gauss(1,2,3)', 'random.sample([1,2], k=1, counts=None, x=1)',
         'json.dumps([1], indent=None)', 'json.loads("[1]", object_hook=None)']
for c in calls:
    try:
        r = eval(c)
        print(c, '=', r if 'json' in c else type(r).__name__)
    except TypeError as e:
        print(c, '->', e)

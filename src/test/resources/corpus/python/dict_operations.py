# seen: Python tutorial "Dictionaries" (get with default, setdefault, items loop, pop, update, | merge)
tel = {'jack': 4098, 'sape': 4139}
tel['guido'] = 4127
print(tel)
print(tel.get('irv', 'unknown'), 'jack' in tel)
tel.setdefault('irv', 0)
del tel['sape']
print(sorted(tel))
for k, v in sorted(tel.items()):
    print(k, v)
print(tel.pop('irv'), len(tel))
tel.update({'ann': 1})
print(tel | {'bob': 2})
print(list(tel.keys())[:2], sum(tel.values()))

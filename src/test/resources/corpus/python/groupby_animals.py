# seen: praveen05git/Basic-Programs Important/GroupBySample.py (itertools.groupby with key lambda, list(group))
import itertools
animalList = [("Animal", "cat"), ("Animal", "dog"), ("Bird", "peacock"), ("Bird", "pigeon")]
for key, group in itertools.groupby(animalList, lambda x: x[0]):
    print({key: list(group)})
from itertools import groupby
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])

# seen: collections.OrderedDict tutorials (move_to_end, popitem(last=False)) for LRU caches
from collections import OrderedDict
cache = OrderedDict()
for k in ["a", "b", "c"]:
    cache[k] = k.upper()
cache.move_to_end("a")
print(list(cache))
print(cache.popitem(last=False))
print(cache)

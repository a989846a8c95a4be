# seen: interview exercise "top k frequent words" (Counter.most_common with ties broken alphabetically)
from collections import Counter
words = "the day is sunny the the the sunny is is".split()
counts = Counter(words)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2])
print([w for w, _ in counts.most_common(3)])

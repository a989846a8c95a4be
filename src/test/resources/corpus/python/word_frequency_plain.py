# seen: the classic plain-Python word count before PySpark (lower, split, dict counting, sorted by count)
text = """It was the best of times, it was the worst of times,
it was the age of wisdom"""
counts = {}
for word in text.lower().replace(",", " ").split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(f"{word:<6}{n:>3}")
print(len(counts))

# seen: course forum "emoji in PySpark output" (len of strings with emoji, upper(), ord/chr, membership)
s = "Hello, 世界 😀!"
print(s, len(s), s.upper(), s[-2])
print("naïve café".split(), "straße".upper())
print(ord("é"), chr(233), "😀" in s)

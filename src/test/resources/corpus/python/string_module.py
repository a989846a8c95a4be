# seen: punctuation stripping in word-count tutorials (string.punctuation, str.maketrans/translate)
import string
text = "Hello, world! Spark: fast; simple."
clean = text.translate(str.maketrans("", "", string.punctuation))
print(clean.lower().split())
print(string.ascii_lowercase[:5], string.digits)

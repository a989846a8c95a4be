# seen: Volodymyr156/Portfolio IT_Career_Hub_Homeworks/Python_HW/HW21.py (Counter of lower text, del keys, compare with dict)
from collections import Counter

def char_count(text):
    t = text.lower()
    chars = Counter(t)
    for k in list(chars):
        if k in "! ":
            del chars[k]
    return chars

text = "Programming is fun!"
sample = {'p': 1, 'r': 2, 'o': 1, 'g': 2, 'a': 1, 'm': 2, 'i': 2, 'n': 2, 's': 1, 'f': 1, 'u': 1}
print(char_count(text))
print(char_count(text) == sample)

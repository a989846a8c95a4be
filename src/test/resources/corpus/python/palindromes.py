# seen: coding exercises (palindrome with isalnum filter, anagrams grouped by sorted key)
def is_palindrome(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]

print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("spark"))
groups = {}
for w in ["eat", "tea", "tan", "ate", "nat", "bat"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values()))

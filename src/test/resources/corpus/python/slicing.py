# seen: Python tutorial "Strings"/"Lists" slicing (negative indices, steps, slice assignment)
word = "Python"
print(word[0], word[-1], word[0:2], word[2:], word[-2:], word[::2], word[::-1])
letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
letters[2:5] = ['C', 'D', 'E']
print(letters)
letters[2:5] = []
print(letters, len(letters))
print(list(range(10))[1:8:3])

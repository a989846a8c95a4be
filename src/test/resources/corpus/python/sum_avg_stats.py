# seen: statistics exercises (mean/median by hand, sorted, integer vs float division)
data = [4, 8, 15, 16, 23, 42]
mean = sum(data) / len(data)
s = sorted(data)
mid = len(s) // 2
median = (s[mid - 1] + s[mid]) / 2 if len(s) % 2 == 0 else s[mid]
var = sum((x - mean) ** 2 for x in data) / len(data)
print(round(mean, 2), median, round(var ** 0.5, 3))
print(max(data) - min(data))

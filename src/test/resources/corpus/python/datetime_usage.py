# seen: log timestamp parsing tutorials (datetime.strptime, strftime, timedelta arithmetic)
from datetime import datetime, timedelta
t = datetime.strptime("2024-03-01 10:00:02", "%Y-%m-%d %H:%M:%S")
print(t.year, t.hour, t.strftime("%d/%m %H:%M"))
later = t + timedelta(minutes=90)
print(later, later - t)
print((later - t).total_seconds())

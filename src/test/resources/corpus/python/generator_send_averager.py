# seen: tinylambda/keep fp/ch16/ch16_4.py (a running-average coroutine primed with next() and fed with send())
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            return count
        total += term
        count += 1
        average = total / count


running = averager()
print(next(running))
for reading in [10, 30, 5, 20]:
    print("average", running.send(reading))


def report():
    seen = yield from averager()
    yield f"{seen} readings"


summary = report()
next(summary)
summary.send(4.0)
summary.send(6.0)
print(summary.send(None))

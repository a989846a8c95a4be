from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "ForgetIdleWords")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("checkpoint")
lines = ssc.socketTextStream("localhost", 9999)


def update(new_values, state):
    # The state of a word: (its total, how many batches in a row it has received nothing)
    total, idle = state if state is not None else (0, 0)
    if new_values:
        return (total + sum(new_values), 0)
    if idle + 1 == 3:
        return None
    return (total, idle + 1)


# Each word's total since it (re)appeared; a word idle for 3 batches in a row is forgotten
totals = lines.flatMap(lambda line: [w for w in line.split(" ") if w]) \
              .map(lambda w: (w, 1)) \
              .updateStateByKey(update) \
              .map(lambda kv: (kv[0], kv[1][0]))

totals.pprint()

ssc.start()
ssc.awaitTermination()

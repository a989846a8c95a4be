from pyspark import SparkContext
from pyspark.streaming import StreamingContext


def update(values, state):
    if len(values) == 0:
        return None
    total = state if state is not None else 0
    for v in values:
        total += v
    return total


sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("state")
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda line: [w for w in line.split(" ") if w])
words.map(lambda w: (w, 1)).updateStateByKey(update).pprint()
ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext


def update(values, state):
    # A word's count lives as long as it keeps coming: a batch without it forgets it.
    if not values:
        return None
    return (state or 0) + sum(values)


sc = SparkContext(appName="Streaks")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("/tmp/streaks")
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda line: [w for w in line.split(" ") if w])
words.map(lambda w: (w, 1)).updateStateByKey(update).pprint()
ssc.start()
ssc.awaitTermination()

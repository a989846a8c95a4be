# seen: course exercise "running min/max per sensor" (updateStateByKey with a tuple state and None start)
# input: sensors.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def update(values, state):
    if state is None:
        state = (float("inf"), float("-inf"))
    low, high = state
    for v in values:
        low, high = min(low, v), max(high, v)
    return (low, high)

sc = SparkContext("local[2]", "MinMax")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("state")
readings = ssc.socketTextStream("localhost", 9999).map(lambda l: (l.split(",")[0], float(l.split(",")[1])))
readings.updateStateByKey(update).pprint()
ssc.start()
ssc.awaitTermination()

# seen: PySpark docs mapPartitions(f) with a generator function (yield sum(iterator))
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def f(iterator):
    yield sum(1 for _ in iterator)

sc = SparkContext("local[2]", "MapPartitions")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)
lines.mapPartitions(f).pprint()
lines.mapPartitions(lambda it: [x.upper() for x in it]).pprint()
ssc.start()
ssc.awaitTermination()

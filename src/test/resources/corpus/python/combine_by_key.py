# seen: Learning Spark (Python) combineByKey per-key average
# input: sensors.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Combine")
ssc = StreamingContext(sc, 1)
pairs = ssc.socketTextStream("localhost", 9999).map(lambda l: l.split(",")).map(lambda p: (p[0], float(p[1])))
sumCount = pairs.combineByKey(lambda v: (v, 1),
                              lambda acc, v: (acc[0] + v, acc[1] + 1),
                              lambda a, b: (a[0] + b[0], a[1] + b[1]))
sumCount.map(lambda kv: (kv[0], kv[1][0] / kv[1][1])).pprint()
ssc.start()
ssc.awaitTermination()

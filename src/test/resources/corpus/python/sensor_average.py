# seen: IoT PySpark streaming tutorials (mapValues(lambda v: (v, 1)), reduceByKey on tuples, average)
# input: sensors.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Sensors")
ssc = StreamingContext(sc, 1)
readings = ssc.socketTextStream("localhost", 9999).map(lambda l: l.split(",")).map(lambda p: (p[0], float(p[1])))
sums = readings.mapValues(lambda v: (v, 1)).reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1]))
sums.mapValues(lambda s: round(s[0] / s[1], 2)).pprint()
ssc.start()
ssc.awaitTermination()

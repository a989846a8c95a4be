# seen: log analysis labs with PySpark streaming (split fields, key by level, reduceByKey, filter ERROR)
# input: logs.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "LogLevels")
ssc = StreamingContext(sc, 1)
entries = ssc.socketTextStream("localhost", 9999).map(lambda line: line.split(" "))
entries.map(lambda f: (f[2], 1)).reduceByKey(lambda a, b: a + b).pprint()
entries.filter(lambda f: f[2] == "ERROR").map(lambda f: " ".join(f[3:])).pprint()
ssc.start()
ssc.awaitTermination()

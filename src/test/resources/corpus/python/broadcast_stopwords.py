# seen: PySpark course labs (sc.broadcast of a set, .value inside filter)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "StopWords")
ssc = StreamingContext(sc, 1)
stop = sc.broadcast({"the", "is", "and", "with"})
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.lower().split())
words.filter(lambda w: w not in stop.value).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).pprint()
ssc.start()
ssc.awaitTermination()

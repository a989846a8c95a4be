from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="WindowedWordCount")
ssc = StreamingContext(sc, 10)
ssc.checkpoint("checkpoint")
lines = ssc.socketTextStream("localhost", 9999)
lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 20, 10, filterFunc=lambda kv: kv[1] > 0).pprint()
ssc.start()
ssc.awaitTermination()

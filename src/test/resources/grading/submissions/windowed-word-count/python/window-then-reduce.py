from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="WindowedWordCount")
ssc = StreamingContext(sc, 10)
ssc.checkpoint("checkpoint")
lines = ssc.socketTextStream("localhost", 9999)
lines.flatMap(lambda l: [w for w in l.split(" ") if w]).map(lambda w: (w, 1)).window(20, 10).reduceByKey(lambda a, b: a + b).pprint()
ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("checkpoint")
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda line: [w for w in line.split(" ") if w])
words.map(lambda w: (w, 1)).reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 4, 2).pprint()
ssc.start()
ssc.awaitTermination()

# seen: PySpark streaming programming guide reduceByKeyAndWindow(lambda x, y: x + y, lambda x, y: x - y, 30, 10)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "WindowedWordCount")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("checkpoint")
pairs = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1))
windowedWordCounts = pairs.reduceByKeyAndWindow(lambda x, y: x + y, lambda x, y: x - y, 3, 1)
windowedWordCounts.pprint()
ssc.start()
ssc.awaitTermination()

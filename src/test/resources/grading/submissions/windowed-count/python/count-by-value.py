from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda line: filter(None, line.split(" ")))
words.window(4, 2).countByValue().pprint()
ssc.start()
ssc.awaitTermination()

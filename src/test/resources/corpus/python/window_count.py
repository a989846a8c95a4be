# seen: course notebook "reduceByKeyAndWindow transformation Demo" (window, countByWindow, reduceByWindow)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Windows")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("cp")
lines = ssc.socketTextStream("localhost", 9999)
lines.window(2, 1).count().pprint()
lines.countByWindow(2, 1).pprint()
lines.map(lambda l: len(l)).reduceByWindow(lambda a, b: a + b, None, 2, 1).pprint()
ssc.start()
ssc.awaitTermination()

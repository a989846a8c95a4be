from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "CountByWindow")
ssc = StreamingContext(sc, 5)
lines = ssc.socketTextStream("localhost", 9999)

# Every 10 seconds, the number of lines received in the last 30 seconds
ssc.checkpoint("checkpoint")
lines.countByWindow(30, 10).pprint()

ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "TrendingWords")
ssc = StreamingContext(sc, 5)
lines = ssc.socketTextStream("localhost", 9999)

# Every 10 seconds, the 3 most frequent words of the last 30 seconds
...

ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "WordCount")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

# Each word of the batch with its count in that batch
counts = ...
counts.pprint()

ssc.start()
ssc.awaitTermination()

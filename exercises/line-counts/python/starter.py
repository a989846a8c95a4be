from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "LineCounts")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

# Each distinct line of the batch with the number of times it arrived.
line_counts = ...
line_counts.pprint()

ssc.start()
ssc.awaitTermination()

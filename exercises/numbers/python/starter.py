from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Numbers")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

# First output: how many lines the batch holds.
line_count = ...
line_count.pprint()

# Second output: the sum of the batch's numbers.
total = ...
total.pprint()

ssc.start()
ssc.awaitTermination()

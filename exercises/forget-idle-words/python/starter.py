from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "ForgetIdleWords")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("checkpoint")
lines = ssc.socketTextStream("localhost", 9999)

# Each word's total since it (re)appeared; a word idle for 3 batches in a row is forgotten
totals = ...

totals.pprint()

ssc.start()
ssc.awaitTermination()

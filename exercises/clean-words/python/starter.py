import re

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "CleanWords")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

# The lower-cased words of each line: runs of letters or digits, in any script.
words = ...
counts = words.map(lambda word: (word, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint()

ssc.start()
ssc.awaitTermination()

import re

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "CleanWords")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

# \w also matches "_": [^\W_] is a letter or a digit, in any script.
words = lines.flatMap(lambda line: re.findall(r"[^\W_]+", line.lower()))
counts = words.map(lambda word: (word, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint()

ssc.start()
ssc.awaitTermination()

# seen: course forum question on non-ASCII words in PySpark word count (lower(), split(), len)
# input: unicode.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Unicode")
ssc = StreamingContext(sc, 1)
ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.lower().split()).map(lambda w: (w, len(w))).pprint()
print("Listening for ✓ words 🚀")
ssc.start()
ssc.awaitTermination()

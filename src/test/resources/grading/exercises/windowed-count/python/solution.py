from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "WindowedCount")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

# Every 2 seconds, how often each word came in the last 4 seconds
counts = lines.flatMap(lambda line: [w for w in line.split(" ") if w]) \
    .map(lambda word: (word, 1)) \
    .reduceByKeyAndWindow(lambda a, b: a + b, None, 4, 2)
counts.pprint()

ssc.start()
ssc.awaitTermination()

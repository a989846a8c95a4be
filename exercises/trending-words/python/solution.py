from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "TrendingWords")
ssc = StreamingContext(sc, 5)
lines = ssc.socketTextStream("localhost", 9999)

# Every 10 seconds, the 3 most frequent words of the last 30 seconds
counts = lines.flatMap(lambda line: [w for w in line.split(" ") if w]) \
              .map(lambda w: (w, 1)) \
              .reduceByKeyAndWindow(lambda a, b: a + b, None, 30, 10)
top3 = counts.transform(
    lambda rdd: sc.parallelize(rdd.takeOrdered(3, key=lambda kv: (-kv[1], kv[0]))))
top3.pprint()

ssc.start()
ssc.awaitTermination()

from pyspark import SparkConf, SparkContext
from pyspark.streaming import StreamingContext

conf = SparkConf().setAppName("Workshop").setMaster("local[*]")
sc = SparkContext(conf=conf)
ssc = StreamingContext(sc, 1)
ssc.checkpoint("/tmp/spark")
lines = ssc.socketTextStream("localhost", 7777)

# Every 20 seconds, the number of words received in the last 60 seconds
res = lines.flatMap(lambda line: [w for w in line.split(" ") if w]) \
           .map(lambda word: 1) \
           .reduceByWindow(lambda a, b: a + b, lambda a, b: a - b, 60, 20)

res.checkpoint(100)
res.pprint()

ssc.start()
ssc.awaitTermination()

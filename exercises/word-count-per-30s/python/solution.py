from pyspark import SparkConf, SparkContext
from pyspark.streaming import StreamingContext

conf = SparkConf().setAppName("Workshop").setMaster("local[*]")
sc = SparkContext(conf=conf)
ssc = StreamingContext(sc, 1)
ssc.checkpoint("/tmp/spark")
lines = ssc.socketTextStream("localhost", 7777)

# Count the occurrences of each word per 30-second period
res = lines.flatMap(lambda line: [w for w in line.split(" ") if w]) \
           .map(lambda word: (word, 1)) \
           .reduceByKeyAndWindow(lambda a, b: a + b, None, 30, 30)

res.checkpoint(90)
res.foreachRDD(lambda rdd: rdd.foreach(print))
res.pprint()

ssc.start()
ssc.awaitTermination()

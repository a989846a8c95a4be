# seen: Spark Streaming programming guide (Python) "Transform Operation": join with spam info RDD and filter
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Transform")
ssc = StreamingContext(sc, 1)
spamInfoRDD = sc.parallelize([("the", True), ("is", True)])
wordCounts = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1))\
    .reduceByKey(lambda a, b: a + b)
cleanedDStream = wordCounts.transform(lambda rdd: rdd.leftOuterJoin(spamInfoRDD)
                                      .filter(lambda kv: kv[1][1] is None).mapValues(lambda v: v[0]))
cleanedDStream.pprint()
ssc.start()
ssc.awaitTermination()

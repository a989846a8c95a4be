# seen: PySpark DStream docs saveAsTextFiles(prefix, suffix) in course exercises
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Save")
ssc = StreamingContext(sc, 1)
counts = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).map(lambda w: (w, 1))\
    .reduceByKey(lambda a, b: a + b)
counts.saveAsTextFiles("output/wordcounts", "txt")
counts.count().pprint()
ssc.start()
ssc.awaitTermination()

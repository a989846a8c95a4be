# seen: PySpark RDD operations tutorial (distinct, sortBy, zipWithIndex inside transform)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Distinct")
ssc = StreamingContext(sc, 1)
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split())
words.transform(lambda rdd: rdd.distinct().sortBy(lambda w: w).zipWithIndex()).pprint(20)
ssc.start()
ssc.awaitTermination()

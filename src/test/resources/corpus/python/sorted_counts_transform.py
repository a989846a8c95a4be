# seen: tutorials "sort each batch" (transform(lambda rdd: rdd.sortBy(lambda x: x[1], False)), sortByKey)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Sorted")
ssc = StreamingContext(sc, 1)
counts = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).map(lambda w: (w, 1))\
    .reduceByKey(lambda a, b: a + b)
counts.transform(lambda rdd: rdd.sortBy(lambda x: x[1], False)).pprint(3)
counts.transform(lambda rdd: rdd.sortByKey()).pprint()
ssc.start()
ssc.awaitTermination()

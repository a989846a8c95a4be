# seen: PySpark RDD docs glom/repartition examples used inside foreachRDD in course notebooks
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Partitions")
ssc = StreamingContext(sc, 1)
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).repartition(2)
words.foreachRDD(lambda rdd: print(rdd.getNumPartitions(), [len(p) for p in rdd.glom().collect()]))
ssc.start()
ssc.awaitTermination()

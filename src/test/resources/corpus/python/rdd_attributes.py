# seen: PySpark RDD API (rdd.context, getNumPartitions(), id(), setName/name) printed in course debugging cells
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Attributes")
ssc = StreamingContext(sc, 1)

def describe(rdd):
    named = rdd.setName("batch")
    print(rdd.context, rdd.getNumPartitions(), named.name(), rdd.ctx is sc, type(rdd.id()).__name__)

ssc.socketTextStream("localhost", 9999).foreachRDD(describe)
ssc.start()
ssc.awaitTermination()

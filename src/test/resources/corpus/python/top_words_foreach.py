# seen: PySpark course "top N words per batch" (takeOrdered with key=lambda x: -x[1] inside foreachRDD)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def show_top(time, rdd):
    top = rdd.takeOrdered(3, key=lambda x: (-x[1], x[0]))
    print("----- %s -----" % time)
    for word, count in top:
        print(f"{word:<10}{count:>3}")

sc = SparkContext("local[2]", "TopWords")
ssc = StreamingContext(sc, 1)
ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).map(lambda w: (w, 1))\
    .reduceByKey(lambda a, b: a + b).foreachRDD(show_top)
ssc.start()
ssc.awaitTermination()

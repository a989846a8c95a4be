# seen: PySpark DStream docs (foreachRDD with a (time, rdd) function, pprint(num), transform with time)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Times")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)
lines.pprint(1)
lines.foreachRDD(lambda time, rdd: print(time.strftime("%H:%M:%S"), rdd.count()))
ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).map(lambda w: (w, 1)) \
    .reduceByKey(lambda a, b: a + b).pprint()
ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
counts = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split(" ")
counts.pprint()
ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
ssc.socketTextStream("localhost", 9999).flatMap(lambda l: [w for w in l.split(" ") if w]).countByValue().pprint()
ssc.start()
ssc.awaitTermination()

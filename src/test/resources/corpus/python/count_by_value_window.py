# seen: PySpark DStream API countByValueAndWindow in clickstream exercises
# input: clicks.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Sliding")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("cp")
ssc.socketTextStream("localhost", 9999).map(lambda l: l.split(",")[1]).countByValueAndWindow(2, 1).pprint()
ssc.start()
ssc.awaitTermination()

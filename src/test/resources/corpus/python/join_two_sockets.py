# seen: Spark Streaming programming guide "Join Operations" (stream1.join(stream2)), Python tab
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Join")
ssc = StreamingContext(sc, 1)
left = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).map(lambda w: (w, len(w)))
right = ssc.socketTextStream("localhost", 9998).flatMap(lambda l: l.split()).map(lambda w: (w, w.upper()))
left.join(right).pprint()
left.fullOuterJoin(right).pprint()
ssc.start()
ssc.awaitTermination()

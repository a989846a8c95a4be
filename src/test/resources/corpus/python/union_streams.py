# seen: Spark Streaming programming guide "Level of Parallelism" (ssc.union(*streams)) Python tab
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Union")
ssc = StreamingContext(sc, 1)
streams = [ssc.socketTextStream("localhost", 9999 + i) for i in range(2)]
unified = ssc.union(*streams)
unified.map(lambda l: len(l.split())).pprint()
ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Numbers")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

lines.count().pprint()
numbers = lines.map(int)
numbers.reduce(lambda a, b: a + b).pprint()

ssc.start()
ssc.awaitTermination()

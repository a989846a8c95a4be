from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("state")
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda line: [w for w in line.split(" ") if w])
words.map(lambda w: (w, 1)).updateStateByKey(lambda values, state: (state or 0) + sum(values)).pprint()
ssc.start()
ssc.awaitTermination()

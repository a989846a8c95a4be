# seen: PySpark DStream API cogroup (mapValues over ResultIterable pairs)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Cogroup")
ssc = StreamingContext(sc, 1)
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split())
a = words.map(lambda w: (w[0], w))
b = words.map(lambda w: (w[0], len(w)))
a.cogroup(b).mapValues(lambda v: (len(list(v[0])), sum(v[1]))).pprint()
ssc.start()
ssc.awaitTermination()

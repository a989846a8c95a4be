# seen: PySpark API docs groupByKeyAndWindow used in session examples (mapValues(list))
# input: clicks.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Sessions")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("cp")
visits = ssc.socketTextStream("localhost", 9999).map(lambda l: tuple(l.split(",")[:2]))
visits.groupByKeyAndWindow(2, 1).mapValues(lambda pages: " -> ".join(pages)).pprint()
ssc.start()
ssc.awaitTermination()

# seen: clickstream course labs (csv split, countByValue, filter status)
# input: clicks.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Clicks")
ssc = StreamingContext(sc, 1)
clicks = ssc.socketTextStream("localhost", 9999).map(lambda l: l.split(","))
clicks.map(lambda c: c[1]).countByValue().pprint()
clicks.filter(lambda c: int(c[2]) >= 400).map(lambda c: (c[0], c[2])).pprint()
ssc.start()
ssc.awaitTermination()

import json

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "JsonReviews")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

ratings = lines.map(lambda line: json.loads(line)["overall"])
rating_counts = ratings.map(lambda rating: (rating, 1)).reduceByKey(lambda a, b: a + b)
rating_counts.pprint()

ssc.start()
ssc.awaitTermination()

import json

from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "JsonReviews")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

# Each star rating of the batch with its number of reviews.
rating_counts = ...
rating_counts.pprint()

ssc.start()
ssc.awaitTermination()

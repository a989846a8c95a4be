# seen: twitter hashtag course projects (filter startswith('#'), reduceByKeyAndWindow, transform sortBy desc, pprint(5))
# input: tweets.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Hashtags")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("checkpoint")
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda text: text.split())
hashtags = words.filter(lambda w: w.startswith('#')).map(lambda h: (h.lower(), 1))
counts = hashtags.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 3, 1)
counts.transform(lambda rdd: rdd.sortBy(lambda x: x[1], ascending=False)).pprint(5)
ssc.start()
ssc.awaitTermination()

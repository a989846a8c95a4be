# seen: PySpark pair DStream docs (flatMapValues, groupByKey().mapValues(sorted))
# input: tweets.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Tags")
ssc = StreamingContext(sc, 1)
posts = ssc.socketTextStream("localhost", 9999).map(lambda l: (l.split()[0], l))
tags = posts.flatMapValues(lambda text: [w for w in text.split() if w.startswith("#")])
tags.map(lambda kv: (kv[1], kv[0])).groupByKey().mapValues(sorted).pprint()
ssc.start()
ssc.awaitTermination()

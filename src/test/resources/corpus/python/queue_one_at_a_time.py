# seen: scripts/pyspark_streaming.py gist (queueStream([range(5), ['a', 'b'], ['c']], oneAtATime=...), count, foreachRDD(lambda t, r))
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "queues")
ssc = StreamingContext(sc, 1)
ssc.queueStream([range(5), ['a', 'b'], ['c']], oneAtATime=True).pprint()
ssc.queueStream([range(5), ['a', 'b'], ['c']], oneAtATime=False).count()\
    .foreachRDD(lambda t, r: print('>>>', t, r.collect()))
ssc.start()
ssc.awaitTerminationOrTimeout(4)

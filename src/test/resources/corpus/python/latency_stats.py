# seen: databricks reference apps logs_analyzer (content size stats per batch inside foreachRDD)
# input: logs.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def stats(rdd):
    values = rdd.collect()
    if not values:
        print("no timed requests")
        return
    print("min=%d avg=%.1f max=%d" % (min(values), sum(values) / len(values), max(values)))

sc = SparkContext("local[2]", "Latency")
ssc = StreamingContext(sc, 1)
ms = ssc.socketTextStream("localhost", 9999).filter(lambda l: l.endswith(" ms")).map(lambda l: int(l.split()[-2]))
ms.foreachRDD(stats)
ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext
from operator import add

if __name__ == "__main__":
    sc = SparkContext(appName="Student")
    ssc = StreamingContext(sc, 1)
    lines = ssc.socketTextStream("localhost", 9999)
    counts = lines.flatMap(lambda l: [w for w in l.split(" ") if len(w) > 0]) \
        .map(lambda w: (w, 1)) \
        .window(4, 2) \
        .reduceByKey(add)
    counts.pprint(100)
    ssc.start()
    ssc.awaitTermination()

# seen: apache/spark examples/src/main/python/streaming/recoverable_network_wordcount.py (getDroppedWordsCounter accumulator)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Dropped")
ssc = StreamingContext(sc, 1)
dropped = sc.accumulator(0)
excluded = ["a", "b", "c", "the"]

def filterFunc(wordCount):
    if wordCount[0] in excluded:
        dropped.add(wordCount[1])
        return False
    return True

def echo(time, rdd):
    counts = "Counts at time %s %s" % (time, rdd.filter(filterFunc).collect())
    print(counts)
    print("Dropped %d word(s) totally" % dropped.value)

ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split(" ")).map(lambda x: (x, 1))\
    .reduceByKey(lambda x, y: x + y).foreachRDD(echo)
ssc.start()
ssc.awaitTermination()

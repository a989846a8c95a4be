# The same running sum without getOrCreate: a restarted driver starts from empty state.
from pyspark import SparkConf, SparkContext
from pyspark.streaming import StreamingContext


def running_sum(new_values, last_sum):
    return sum(new_values) + (last_sum or 0)


conf = SparkConf().setMaster("local[2]").setAppName("quick example")
sc = SparkContext(conf=conf)
ssc = StreamingContext(sc, 5)
ssc.checkpoint("hdfs://gaozhy:9000/checkpoint")
lines = ssc.socketTextStream("spark", 9999)
counts = lines.flatMap(lambda line: line.split(" ")).map(lambda word: (word, 1)).updateStateByKey(running_sum)
counts.checkpoint(5)
counts.pprint()
ssc.sparkContext.setLogLevel("FATAL")
ssc.start()
ssc.awaitTermination()

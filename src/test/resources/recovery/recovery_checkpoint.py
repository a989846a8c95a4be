# Seed 003's RecoveryCheckPoint in PySpark: the state of the word counts comes back from the checkpoint after the
# driver restarts. PySpark has no mapWithState, so the lesson's running sum is an updateStateByKey.
from pyspark import SparkConf, SparkContext
from pyspark.streaming import StreamingContext

CHECKPOINT_DIR = "hdfs://gaozhy:9000/checkpoint"


def running_sum(new_values, last_sum):
    return sum(new_values) + (last_sum or 0)


def create_context():
    print("Creating a new context")
    conf = SparkConf().setMaster("local[2]").setAppName("quick example")
    sc = SparkContext(conf=conf)
    ssc = StreamingContext(sc, 5)
    lines = ssc.socketTextStream("spark", 9999)
    counts = lines.flatMap(lambda line: line.split(" ")).map(lambda word: (word, 1)).updateStateByKey(running_sum)
    counts.checkpoint(5)
    counts.pprint()
    return ssc


ssc = StreamingContext.getOrCreate(CHECKPOINT_DIR, create_context)
ssc.sparkContext.setLogLevel("FATAL")
ssc.start()
ssc.awaitTermination()

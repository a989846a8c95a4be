# seen: apache/spark examples/src/main/python/streaming/test_oprations.py (from operator import add; reduceByKey(add))
import sys
from operator import add
from pyspark import SparkConf, SparkContext
from pyspark.streaming import StreamingContext

conf = SparkConf().setAppName("PythonStreamingNetworkWordCount").setMaster("local[2]")
sc = SparkContext(conf=conf)
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)
mapped_words = lines.flatMap(lambda line: line.split(" ")).map(lambda word: (word, 1))
count = mapped_words.reduceByKey(add)
count.pprint()
ssc.start()
ssc.awaitTermination()

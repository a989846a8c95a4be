# seen: apache/spark examples/src/main/python/streaming/hdfs_wordcount.py (ssc.textFileStream)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="PythonStreamingHDFSWordCount")
ssc = StreamingContext(sc, 1)
lines = ssc.textFileStream("/user/data/incoming")
lines.flatMap(lambda line: line.split(" ")).map(lambda x: (x, 1)).reduceByKey(lambda a, b: a+b).pprint()
ssc.start()
ssc.awaitTermination()

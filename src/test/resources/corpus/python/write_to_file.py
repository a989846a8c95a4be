# seen: apache/spark recoverable_network_wordcount.py (with open(outputPath, 'a') as f: f.write(counts))
# expect-refused: open
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="Append")
ssc = StreamingContext(sc, 1)

def echo(time, rdd):
    with open("/home/student/out.txt", "a") as f:
        f.write("%s %s\n" % (time, rdd.collect()))

ssc.socketTextStream("localhost", 9999).foreachRDD(echo)
ssc.start()
ssc.awaitTermination()

# seen: apache/spark examples/src/main/python/streaming/recoverable_network_wordcount.py (getOrCreate + echo(time, rdd))
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def createContext(host, port):
    print("Creating new context")
    sc = SparkContext(appName="PythonStreamingRecoverableNetworkWordCount")
    ssc = StreamingContext(sc, 1)
    lines = ssc.socketTextStream(host, port)
    words = lines.flatMap(lambda line: line.split(" "))
    wordCounts = words.map(lambda x: (x, 1)).reduceByKey(lambda x, y: x + y)

    def echo(time, rdd):
        counts = "Counts at time %s %s" % (time, rdd.collect())
        print(counts)

    wordCounts.foreachRDD(echo)
    return ssc

if __name__ == "__main__":
    ssc = StreamingContext.getOrCreate("/tmp/checkpoint", lambda: createContext("localhost", 9999))
    ssc.start()
    ssc.awaitTermination()

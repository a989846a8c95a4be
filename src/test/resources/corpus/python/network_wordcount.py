# seen: apache/spark examples/src/main/python/streaming/network_wordcount.py (usage check on sys.argv, split/map/reduceByKey, pprint)
import sys
from pyspark import SparkContext
from pyspark.streaming import StreamingContext


def main(host, port):
    sc = SparkContext(appName="WordCountFromSocket")
    ssc = StreamingContext(sc, 1)
    pairs = ssc.socketTextStream(host, port).flatMap(str.split).map(lambda w: (w, 1))
    totals = pairs.reduceByKey(lambda x, y: x + y)
    totals.pprint()
    ssc.start()
    ssc.awaitTermination()


if __name__ == "__main__":
    if len(sys.argv) == 3:
        main(sys.argv[1], int(sys.argv[2]))
    else:
        main("localhost", 9999)

# seen: apache/spark examples/src/main/python/streaming/network_wordjoinsentiments.py (transform join with a static RDD, sortBy)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def print_happiest_words(rdd):
    top_list = rdd.take(5)
    print("Happiest topics in the last 2 seconds (%d total):" % rdd.count())
    for tuple in top_list:
        print("%s (%d happiness)" % (tuple[1], tuple[0]))

sc = SparkContext(appName="PythonStreamingNetworkWordJoinSentiments")
ssc = StreamingContext(sc, 1)
word_sentiments = sc.parallelize([("spark", 3), ("fast", 2), ("lazy", -2), ("hello", 1)])
lines = ssc.socketTextStream("localhost", 9999)
word_counts = lines.flatMap(lambda line: line.split(" ")).map(lambda word: (word, 1)).reduceByKey(lambda a, b: a + b)
happiest_words = word_counts.transform(lambda rdd: word_sentiments.join(rdd))\
    .map(lambda word_tuples: (word_tuples[0], float(word_tuples[1][0]) * word_tuples[1][1]))\
    .map(lambda word_happiness: (word_happiness[1], word_happiness[0]))\
    .transform(lambda rdd: rdd.sortByKey(False))
happiest_words.foreachRDD(print_happiest_words)
ssc.start()
ssc.awaitTermination()

from pyspark import SparkContext
from pyspark.streaming import StreamingContext


def split_words(line):
    result = []
    for word in line.split(" "):
        if word:
            result.append(word)
    return result


sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
ssc.socketTextStream("localhost", 9999).flatMap(split_words).map(lambda w: (w, 1)) \
    .reduceByKey(lambda a, b: a + b).pprint()
ssc.start()
ssc.awaitTermination()

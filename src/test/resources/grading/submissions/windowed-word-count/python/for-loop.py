from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext(appName="WindowedWordCount")
ssc = StreamingContext(sc, 10)
ssc.checkpoint("checkpoint")
lines = ssc.socketTextStream("localhost", 9999)

def words(line):
    found = []
    for w in line.split(" "):
        if w:
            found.append((w, 1))
    return found


lines.flatMap(words).reduceByKeyAndWindow(lambda a, b: a + b, None, 20, 10).pprint()
ssc.start()
ssc.awaitTermination()

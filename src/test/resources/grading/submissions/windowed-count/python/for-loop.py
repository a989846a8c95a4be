from pyspark import SparkContext
from pyspark.streaming import StreamingContext


def words_of(line):
    words = []
    for piece in line.split(" "):
        if piece != "":
            words.append(piece)
    return words


sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)
pairs = lines.flatMap(words_of).map(lambda w: (w, 1))
pairs.reduceByKeyAndWindow(lambda a, b: a + b, None, windowDuration=4, slideDuration=2).pprint()
ssc.start()
ssc.awaitTermination()

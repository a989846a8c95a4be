from pyspark import SparkContext
from pyspark.streaming import StreamingContext

APP_NAME = "WindowedWordCount"
BATCH_INTERVAL = 10
STREAM_HOST = "localhost"
STREAM_PORT = 9999
CHECKPOINT_DIR = "checkpoint"

sc = SparkContext(appName=APP_NAME)
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, BATCH_INTERVAL)
ssc.checkpoint(CHECKPOINT_DIR)

lines = ssc.socketTextStream(STREAM_HOST, STREAM_PORT)

# Every 10 seconds, each word's count over the last 20 seconds
words = lines.flatMap(lambda line: [w for w in line.split(" ") if w])
counts = words.map(lambda word: (word, 1)).reduceByKey(lambda x1, x2: x1 + x2)
windowed_word_counts = counts.reduceByKeyAndWindow(
    lambda x, y: x + y,
    lambda x, y: x - y,
    20, 10,
    filterFunc=lambda kv: kv[1] > 0)

windowed_word_counts.pprint()

ssc.start()
ssc.awaitTermination()

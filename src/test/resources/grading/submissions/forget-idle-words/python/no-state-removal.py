from pyspark import SparkContext
from pyspark.streaming import StreamingContext


def update(values, state):
    total, idle = state if state else (0, 0)
    if values:
        return (total + sum(values), 0)
    return (total, idle + 1)


sc = SparkContext(appName="ForgetIdleWords")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("checkpoint")
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda line: [w for w in line.split(" ") if w])
words.map(lambda w: (w, 1)).updateStateByKey(update).map(lambda kv: (kv[0], kv[1][0])).pprint()
ssc.start()
ssc.awaitTermination()

# seen: PySpark programming guide note on updateStateByKey returning None to drop keys
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def update(new_values, running):
    if not new_values:
        return None
    return (running or 0) + sum(new_values)

sc = SparkContext("local[2]", "Drop")
ssc = StreamingContext(sc, 1)
ssc.checkpoint(".")
ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).map(lambda w: (w, 1)).updateStateByKey(update).pprint()
ssc.start()
ssc.awaitTermination()

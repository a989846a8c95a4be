from pyspark import SparkContext
from pyspark.streaming import StreamingContext

CHECKPOINT_DIR = "checkpoint"


def update_total(new_values, total):
    return sum(new_values) + (total or 0)


def create_context():
    sc = SparkContext("local[2]", "RecoverableWordCount")
    ssc = StreamingContext(sc, 1)
    ssc.checkpoint(CHECKPOINT_DIR)
    lines = ssc.socketTextStream("localhost", 9999)

    # Each word's total since the start; these totals must survive a restart of the driver
    totals = lines.flatMap(lambda line: [w for w in line.split(" ") if w]) \
                  .map(lambda w: (w, 1)) \
                  .updateStateByKey(update_total)
    totals.checkpoint(1)
    totals.pprint()
    return ssc


ssc = StreamingContext.getOrCreate(CHECKPOINT_DIR, create_context)
ssc.start()
ssc.awaitTermination()

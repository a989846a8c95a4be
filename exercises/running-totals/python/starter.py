from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "RunningTotals")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
# Stateful operations keep their state in the checkpoint directory.
ssc.checkpoint("checkpoint")
lines = ssc.socketTextStream("localhost", 9999)


def update_total(new_values, total):
    """The word's total so far: its previous total (None for a new word) plus this batch's ones."""
    ...


pairs = lines.flatMap(lambda line: [w for w in line.split(" ") if w]).map(lambda word: (word, 1))
totals = pairs.updateStateByKey(update_total)
totals.pprint()

ssc.start()
ssc.awaitTermination()

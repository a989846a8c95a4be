# seen: SparkByExamples mapPartitions example (a generator function yields one reformatted record per input row of the partition)
from pyspark import SparkContext
from pyspark.streaming import StreamingContext


def tokens(partition):
    for line in partition:
        for word in line.split():
            if word:
                yield word.lower(), 1


def numbered(partition):
    yield from enumerate(partition)


sc = SparkContext("local[2]", "GeneratorPartitions")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)
counts = lines.mapPartitions(tokens).reduceByKey(lambda a, b: a + b)
counts.pprint()
lines.mapPartitions(numbered).count().pprint()
ssc.start()
ssc.awaitTermination()

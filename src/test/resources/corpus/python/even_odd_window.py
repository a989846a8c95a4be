# seen: streaming exercise "even/odd counts over a sliding window" (conditional expression as key)
# input: numbers.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "EvenOdd")
ssc = StreamingContext(sc, 1)
ssc.checkpoint("cp")
nums = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).map(int)
nums.map(lambda n: ("even" if n % 2 == 0 else "odd", 1)).reduceByKeyAndWindow(lambda a, b: a + b, None, 2, 1).pprint()
ssc.start()
ssc.awaitTermination()

# seen: streaming exercise "sum and count of numbers per batch" (int conversion, reduce, count, filter even)
# input: numbers.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Numbers")
ssc = StreamingContext(sc, 1)
nums = ssc.socketTextStream("localhost", 9999).flatMap(lambda l: l.split()).map(int)
nums.reduce(lambda a, b: a + b).pprint()
nums.count().pprint()
nums.filter(lambda n: n % 2 == 0).map(lambda n: (n, n ** 2)).pprint()
ssc.start()
ssc.awaitTermination()

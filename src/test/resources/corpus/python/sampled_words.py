# seen: vhellem/TDT4305 task_6.py (sc.textFile(...).map(...).sample(False, 0.1, 5)) and icecold12138/spark 01_RDD/21_rdd_operator_takeSample.py (rdd.takeSample(False, 3)), here on each batch
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "SampledWords")
ssc = StreamingContext(sc, 1)
words = ssc.socketTextStream("localhost", 9999).flatMap(lambda line: line.split(" "))
words.transform(lambda rdd: rdd.sample(False, 0.5, 5)).pprint()


def pick(rdd):
    print("picked", rdd.takeSample(False, 3, 5))


words.foreachRDD(pick)
ssc.start()
ssc.awaitTermination()

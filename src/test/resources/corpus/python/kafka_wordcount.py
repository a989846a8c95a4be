# seen: apache/spark examples/src/main/python/streaming/kafka_wordcount.py (KafkaUtils.createStream)
# expect-refused: kafka
from pyspark import SparkContext
from pyspark.streaming import StreamingContext
from pyspark.streaming.kafka import KafkaUtils

sc = SparkContext(appName="PythonStreamingKafkaWordCount")
ssc = StreamingContext(sc, 1)
kvs = KafkaUtils.createStream(ssc, "zk:2181", "spark-streaming-consumer", {"topic": 1})
kvs.map(lambda x: x[1]).pprint()
ssc.start()
ssc.awaitTermination()

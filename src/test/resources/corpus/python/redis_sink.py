# seen: student projects pushing counts to Redis from foreachRDD (import redis)
# expect-refused: redis
import redis
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

r = redis.Redis(host="localhost", port=6379)
sc = SparkContext(appName="Redis")
ssc = StreamingContext(sc, 1)
ssc.socketTextStream("localhost", 9999).foreachRDD(lambda rdd: r.set("n", rdd.count()))
ssc.start()
ssc.awaitTermination()

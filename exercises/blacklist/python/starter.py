from pyspark import SparkContext
from pyspark.streaming import StreamingContext

sc = SparkContext("local[2]", "Blacklist")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)

# The users who may not take part: (userId, name).
black_list = [("001", "ls"), ("002", "zs"), ("003", "zy")]
black_list_rdd = sc.parallelize(black_list)


def parse_request(line):
    """Each line is "userId url": (userId, url)."""
    fields = line.split(" ")
    return (fields[0], fields[1])


requests = lines.map(parse_request)

# The requests of users who are not on the blacklist, as (userId, url).
allowed = ...
allowed.pprint()

ssc.start()
ssc.awaitTermination()

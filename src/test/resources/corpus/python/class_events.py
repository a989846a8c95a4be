# seen: PySpark course "parse records into a class" (class with __init__ and __repr__, used in map)
# input: clicks.stream
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

class Click:
    def __init__(self, line):
        user, page, status = line.split(",")
        self.user = user
        self.page = page
        self.status = int(status)

    def __repr__(self):
        return f"Click({self.user}, {self.page}, {self.status})"

sc = SparkContext("local[2]", "Clicks")
ssc = StreamingContext(sc, 1)
clicks = ssc.socketTextStream("localhost", 9999).map(Click)
clicks.filter(lambda c: c.status == 200).map(lambda c: (c.page, 1)).reduceByKey(lambda a, b: a + b).pprint()
clicks.map(lambda c: c.user.title()).pprint()
ssc.start()
ssc.awaitTermination()

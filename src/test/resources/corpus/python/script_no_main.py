# seen: PySpark shell / notebook cells relying on the predefined sc (StreamingContext(sc, 5))
from pyspark.streaming import StreamingContext
ssc = StreamingContext(sc, 1)
lines = ssc.socketTextStream("localhost", 9999)
lines.map(lambda l: l.upper()).pprint(2)
ssc.start()
ssc.awaitTerminationOrTimeout(10)

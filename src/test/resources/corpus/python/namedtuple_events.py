# seen: PySpark tutorials using collections.namedtuple for parsed records
# input: sensors.stream
from collections import namedtuple
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

Reading = namedtuple("Reading", ["sensor", "value"])

def parse(line):
    sensor, value = line.split(",")
    return Reading(sensor, float(value))

sc = SparkContext("local[2]", "Named")
ssc = StreamingContext(sc, 1)
readings = ssc.socketTextStream("localhost", 9999).map(parse)
readings.map(lambda r: (r.sensor, r.value)).reduceByKey(max).pprint()
ssc.start()
ssc.awaitTermination()

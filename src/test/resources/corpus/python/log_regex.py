# seen: Apache access-log parsing tutorials (re.match with named groups inside a map function)
# input: logs.stream
import re
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

LOG_PATTERN = re.compile(r'^(\S+) (\S+) (?P<level>[A-Z]+) (?P<component>\w+) (?P<message>.*)$')

def parse(line):
    m = LOG_PATTERN.match(line)
    if m is None:
        return ("unparsed", line)
    return (m.group("component"), m.group("level"))

sc = SparkContext("local[2]", "LogRegex")
ssc = StreamingContext(sc, 1)
ssc.socketTextStream("localhost", 9999).map(parse).groupByKey().mapValues(sorted).pprint()
ssc.start()
ssc.awaitTermination()

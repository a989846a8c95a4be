from pyspark import SparkContext
from pyspark.streaming import StreamingContext

# Two receivers each hold a core: local[3] leaves one to process the batches.
sc = SparkContext("local[3]", "JoinStreams")
sc.setLogLevel("ERROR")
ssc = StreamingContext(sc, 1)


def parse_order(line):
    """"orderId product" -> (orderId, product)"""
    ...


def parse_payment(line):
    """"orderId amount" -> (orderId, amount)"""
    ...


orders = ssc.socketTextStream("localhost", 9999).map(parse_order)
payments = ssc.socketTextStream("localhost", 9998).map(parse_payment)

paid_orders = orders.join(payments)
paid_orders.pprint()

ssc.start()
ssc.awaitTermination()

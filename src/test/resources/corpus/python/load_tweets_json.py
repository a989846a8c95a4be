# seen: tweet-analysis course helper (json.loads per record, filter records having 'text', docstrings)
# input: tweets.stream
import json
from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def load_tweets(tweet):
    """Load the tweet into JSON from str."""
    return json.loads(tweet)

def filter_tweets(tweet):
    """True only for records that have a 'text' key."""
    return 'text' in tweet

sc = SparkContext("local[2]", "Tweets")
ssc = StreamingContext(sc, 1)
records = ssc.socketTextStream("localhost", 9999).map(lambda w: json.dumps({"text": w}) if w.startswith("#") else json.dumps({"limit": 1}))
tweets = records.map(load_tweets).filter(filter_tweets).map(lambda t: t['text'])
tweets.pprint()
ssc.start()
ssc.awaitTermination()

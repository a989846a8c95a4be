...

# Add checkpoint to preserve the states
ssc.checkpoint(CHECKPOINT_DIR)

...

counts = word_tuples.reduceByKey(lambda x1, x2: x1 + x2)

# Apply window
windowed_word_counts = counts.reduceByKeyAndWindow(
    lambda x, y: x + y, 
    lambda x, y: x - y, 
    20, 10)

# windowed_word_counts = counts.reduceByKeyAndWindow(
# lambda x, y: x + y, None, 20, 10)


# Print the result (10 records)
windowed_word_counts.pprint()
# windowed_word_counts.transform(lambda rdd: rdd.coalesce(1)).saveAsTextFiles("/YOUR_PATH/output/wordCount")

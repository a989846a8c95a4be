val lines = ssc.textFileStream("hdfs://gaozhy:9000/baizhi")

# seen: apache/spark examples/src/main/python/streaming/network_wordcount.py (len(sys.argv) check, print to sys.stderr)
import sys
if len(sys.argv) != 3:
    print("Usage: network_wordcount.py <hostname> <port>", file=sys.stderr)
    print("using defaults")
host, port = (sys.argv[1], int(sys.argv[2])) if len(sys.argv) == 3 else ("localhost", 9999)
print(host, port)

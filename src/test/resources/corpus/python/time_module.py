# seen: PySpark queue_stream.py (import time; time.sleep) and timing snippets (time.time)
import time
start = time.time()
time.sleep(0)
print(time.time() - start >= 0)

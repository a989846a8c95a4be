# seen: student scripts starting the nc server from Python (subprocess.Popen(["nc", "-lk", "9999"]))
# expect-refused: subprocess
import subprocess
subprocess.Popen(["nc", "-lk", "9999"])

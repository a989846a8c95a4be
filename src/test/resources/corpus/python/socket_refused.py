# seen: consumer.py/producer.py socket tutorials (import socket; s.connect) next to the streaming lab
# expect-refused: socket
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("localhost", 9999))

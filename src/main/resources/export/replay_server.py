#!/usr/bin/env python3
"""Stands in for `nc -lk PORT`: serves a StreamLab .stream file to a Spark Streaming program, one batch per interval.

    python3 replay_server.py streams/example.stream [--port 9999] [--interval 1.0] [--host 127.0.0.1]

Every socket source the file names (`--- source HOST:PORT` or `--- source PORT`) gets its own listening port; records
without a source go to --port. Start it first, then spark-submit the program: it waits for the program to connect,
then sends each batch's lines in the middle of one batch interval, batch after batch, and keeps the connection open
(Spark's socket receiver connects once). It listens on this machine only; `--host 0.0.0.0` lets a cluster's
receiver connect. `--- restart` ends a batch like `---` (on a real install you kill and restart the driver
yourself); `--- file NAME` blocks are written into ./files/.
"""
import argparse
import math
import os
import socket
import threading
import time


def parse(path):
    batches, current, source = [], [], None
    files = []
    with open(path, encoding="utf-8") as stream:
        in_file = None
        for raw in stream.read().splitlines():
            if raw == "---" or raw.startswith("--- "):
                directive = raw[4:].strip()
                if directive.startswith("source "):
                    in_file = None
                    source = directive[len("source "):].strip()
                    continue
                if directive.startswith("file "):
                    in_file = (len(batches), directive[len("file "):].strip(), [])
                    files.append(in_file)
                    continue
                in_file = None
                batches.append(current)
                current, source = [], None
                continue
            text = raw[1:] if raw.startswith("\\") else raw
            if in_file is not None:
                in_file[2].append(text)
            else:
                current.append((source, text))
    if current:
        batches.append(current)
    return batches, files


def port_of(source, default):
    if source is None:
        return default
    return int(source.rsplit(":", 1)[-1])


def serve(port, host, clients, connected):
    """Accepts the program's receiver on PORT, again whenever it reconnects (a restarted receiver or driver)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((host, port))
    server.listen(1)
    print(f"listening on port {port}", flush=True)
    while True:
        connection, _ = server.accept()
        old = clients.get(port)
        clients[port] = connection
        if old is not None:
            old.close()
        connected.release()


def send(clients, port, text):
    try:
        clients[port].sendall((text + "\n").encode("utf-8"))
    except OSError:
        print(f"the program on port {port} went away; line not sent: {text}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stream")
    parser.add_argument("--port", type=int, default=9999)
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between batches")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0 for a cluster)")
    args = parser.parse_args()
    batches, files = parse(args.stream)
    ports = sorted({port_of(s, args.port) for batch in batches for s, _ in batch} | {args.port})
    clients, connected = {}, threading.Semaphore(0)
    for port in ports:
        threading.Thread(target=serve, args=(port, args.host, clients, connected), daemon=True).start()
    for _ in ports:
        connected.acquire()
    print("program connected; replaying", len(batches), "batches", flush=True)
    # Spark cuts batches at multiples of the interval since the epoch; sending each batch in the middle of one keeps
    # it clear of both boundaries and of the receiver's 200 ms blocks. Sleeping to an absolute time does not drift.
    start = (math.floor(time.time() / args.interval) + 1.5) * args.interval
    for number, batch in enumerate(batches, start=1):
        time.sleep(max(0.0, start + (number - 1) * args.interval - time.time()))
        for index, name, lines in files:
            if index == number - 1:
                os.makedirs("files", exist_ok=True)
                with open(os.path.join("files", name), "w", encoding="utf-8") as out:
                    out.write("\n".join(lines) + "\n")
        for source, text in batch:
            send(clients, port_of(source, args.port), text)
    time.sleep(max(0.0, start + len(batches) * args.interval - time.time()))
    # Spark's socket receiver connects once: closing would end its stream, so the connection stays open.
    print("done; press Ctrl+C to stop", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Stands in for `nc -lk PORT`: serves a StreamLab .stream file to a Spark Streaming program, one batch per interval.

    python3 replay_server.py streams/example.stream [--port 9999] [--interval 1.0]

Every socket source the file names (`--- source HOST:PORT` or `--- source PORT`) gets its own listening port; records
without a source go to --port. Start it first, then spark-submit the program: it waits for the program to connect,
then sends batch 1's lines, waits one batch interval, sends batch 2's, and so on. `--- restart` lines are skipped
(on a real install you kill and restart the driver yourself); `--- file NAME` blocks are written into ./files/.
"""
import argparse
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stream")
    parser.add_argument("--port", type=int, default=9999)
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between batches")
    args = parser.parse_args()
    batches, files = parse(args.stream)
    ports = sorted({port_of(s, args.port) for batch in batches for s, _ in batch} | {args.port})
    clients, ready = {}, threading.Event()

    def accept(port):
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", port))
        server.listen(1)
        print(f"listening on port {port}", flush=True)
        connection, _ = server.accept()
        clients[port] = connection
        if len(clients) == len(ports):
            ready.set()

    for port in ports:
        threading.Thread(target=accept, args=(port,), daemon=True).start()
    ready.wait()
    print("program connected; replaying", len(batches), "batches", flush=True)
    for number, batch in enumerate(batches, start=1):
        for index, name, lines in files:
            if index == number - 1:
                os.makedirs("files", exist_ok=True)
                with open(os.path.join("files", name), "w", encoding="utf-8") as out:
                    out.write("\n".join(lines) + "\n")
        for source, text in batch:
            clients[port_of(source, args.port)].sendall((text + "\n").encode("utf-8"))
        time.sleep(args.interval)
    print("done; press Ctrl+C to stop", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()

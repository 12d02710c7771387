#!/usr/bin/env python3
"""Save-to-reload latency of `sanshen serve` (issue #13), measured as a browser would see it.

Starts the preview server on SITE, opens its server-sent event stream (/__sanshen/events) with a plain HTTP client
on loopback, then ROUNDS times: appends a line to one item, times until the next event arrives (the server noticed
the save, rebuilt and pushed the reload), and fetches the page to confirm the new text is served. Prints each round
and the median. The item is restored afterwards.

usage: bench/sse_latency.py SITE [ITEM.md] [--rounds N] [--port P]
"""
import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def events(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=120)
    s.sendall(b"GET /__sanshen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    f = s.makefile("rb")
    while f.readline() not in (b"\r\n", b""):  # headers
        pass
    return s, f


def next_event(f):
    while True:
        line = f.readline()
        if not line:
            raise SystemExit("event stream closed")
        if line.startswith(b"data:"):
            f.readline()  # the blank line ending the event
            return line[5:].strip().decode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("item", nargs="?")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--port", type=int, default=18313)
    a = ap.parse_args()
    site = os.path.abspath(a.site)
    item = a.item or sorted(
        os.path.join(d, n) for d, _, ns in os.walk(os.path.join(site, "content", "news")) for n in ns
        if n.endswith(".md") and n != "_index.md")[0]
    rel = os.path.relpath(item, os.path.join(site, "content"))
    page = rel[:-len("/index.md")] + ".html" if rel.endswith("/index.md") else rel[:-3] + ".html"
    original = open(item, encoding="utf-8").read()
    server = subprocess.Popen([os.path.join(ROOT, "sanshen"), "serve", "--site", site, "--port", str(a.port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        start = time.time()
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{a.port}/__sanshen/version", timeout=5).read()
                break
            except OSError:
                if server.poll() is not None or time.time() - start > 600:
                    raise SystemExit("server did not start:\n" + server.stdout.read().decode())
                time.sleep(0.2)
        print(f"server up after {time.time() - start:.1f} s (first build included); page {page}")
        s, f = events(a.port)
        next_event(f)
        times = []
        for k in range(a.rounds):
            time.sleep(3)  # let the previous round settle (and the fallback poll pass)
            marker = f"latency-{k}-{time.time_ns()}"
            t0 = time.perf_counter()
            with open(item, "a", encoding="utf-8") as out:
                out.write(f"\n{marker}\n")
            next_event(f)
            t1 = time.perf_counter()
            body = urllib.request.urlopen(f"http://127.0.0.1:{a.port}/{page}", timeout=30).read().decode()
            t2 = time.perf_counter()
            ok = marker in body
            times.append((t1 - t0) * 1000)
            print(f"round {k}: save -> event {times[-1]:.0f} ms, + page fetch {(t2 - t1) * 1000:.0f} ms,"
                  f" new text served: {ok}")
        print(f"median save -> event: {statistics.median(times):.0f} ms over {len(times)} rounds")
        s.close()
    finally:
        open(item, "w", encoding="utf-8").write(original)
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())

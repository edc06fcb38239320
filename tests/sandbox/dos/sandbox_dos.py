#!/usr/bin/env python3
"""Denial-of-service figures for dxsandbox (issue 17, items 7 and 8). Prints; asserts nothing.

  sandbox_dos.py PATH/TO/dxsandbox tags     # how long a big addTags blocks another client
  sandbox_dos.py PATH/TO/dxsandbox fdlimit  # CPU at `ulimit -n 256` with 300 connections held,
                                            # and whether slow clients are timed out

Starts its own `dxsandbox --memory` on a free port and stops it at the end.
"""
import json
import resource
import socket
import subprocess
import sys
import threading
import time


def start(binary, fd_limit=None):
    def limit():
        if fd_limit:
            resource.setrlimit(resource.RLIMIT_NOFILE, (fd_limit, fd_limit))
    proc = subprocess.Popen([binary, "--memory"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            preexec_fn=limit, text=True)
    port, token = None, None
    while port is None or token is None:
        line = proc.stdout.readline()
        if not line:
            sys.exit("dxsandbox did not start")
        if line.startswith("LISTENING"):
            port = int(line.strip().rsplit(":", 1)[1])
        elif line.startswith("USER") and token is None:
            token = line.split()[3]
    return proc, port, token


def post(port, path, body, token, timeout=120):
    data = json.dumps(body).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(b"POST %s HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n"
                  b"Connection: close\r\n\r\n" % (path.encode(), token.encode(), len(data)) + data)
        reply = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            reply += chunk
    head, _, payload = reply.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1]) if head else 0
    return status, payload


def cpu_seconds(pid):
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0  # utime + stime, clock ticks


def blocking(port, token, path, body, label):
    longest = [0.0]
    done = threading.Event()

    def probe():
        while not done.is_set():
            t = time.monotonic()
            try:
                post(port, "/system/whoami", {}, token, timeout=600)
            except OSError:
                pass
            longest[0] = max(longest[0], time.monotonic() - t)
            time.sleep(0.02)

    prober = threading.Thread(target=probe)
    prober.start()
    time.sleep(0.2)
    t = time.monotonic()
    status, _ = post(port, path, body, token, timeout=600)
    took = time.monotonic() - t
    done.set()
    prober.join()
    size = len(json.dumps(body))
    print("%s (%.1f MB): status %d in %.2f s; longest wait of another client %.2f s"
          % (label, size / 1e6, status, took, longest[0]))


def tags(binary):
    proc, port, token = start(binary)
    try:
        status, payload = post(port, "/project/new", {"name": "dos"}, token)
        project = json.loads(payload)["id"]
        route = "/%s/addTags" % project
        blocking(port, token, route, {"tags": ["tag-%06d" % i for i in range(100000)]},
                 "addTags of 100,000 tags on an empty project")
        blocking(port, token, route, {"tags": ["x-%04d" % i for i in range(1000)]},
                 "addTags of 1,000 tags")
        blocking(port, token, "/%s/setProperties" % project,
                 {"properties": {"p-%06d" % i: "v" for i in range(100000)}},
                 "setProperties of 100,000 properties")
    finally:
        proc.kill()


def fdlimit(binary):
    proc, port, token = start(binary, fd_limit=256)
    held = []
    try:
        for _ in range(300):
            try:
                held.append(socket.create_connection(("127.0.0.1", port), timeout=2))
            except OSError:
                break
        time.sleep(0.5)
        before = cpu_seconds(proc.pid)
        start_time = time.monotonic()
        # The held connections send a byte a second: a slow client that never finishes.
        for second in range(12):
            for s in held:
                try:
                    s.send(b"P" if second == 0 else b"O")
                except OSError:
                    pass
            time.sleep(1)
        used = cpu_seconds(proc.pid) - before
        elapsed = time.monotonic() - start_time
        closed = 0
        for s in held:
            s.setblocking(False)
            try:
                closed += 1 if s.recv(65536) is not None else 0
            except BlockingIOError:
                pass
            except OSError:
                closed += 1
        t = time.monotonic()
        try:
            status, _ = post(port, "/system/whoami", {}, token, timeout=20)
        except OSError as e:
            status = "no answer (%s)" % e.__class__.__name__
        print("ulimit -n 256, %d connections opened and dripping a byte a second: %.2f s of CPU "
              "in %.1f s; %d of them answered or closed by the server; a new client: %s in %.2f s"
              % (len(held), used, elapsed, closed, status, time.monotonic() - t))
    finally:
        for s in held:
            s.close()
        proc.kill()


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in ("tags", "fdlimit"):
        sys.exit(__doc__)
    {"tags": tags, "fdlimit": fdlimit}[sys.argv[2]](sys.argv[1])

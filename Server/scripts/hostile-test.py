#!/usr/bin/env python3
"""Hostile clients against shanshui-serve (run by scripts/check-service after the contract test).

Starts the real server on a free loopback port with short limits (idle 3 s, request 3 s, body 4 MiB; a second one
with a 40 s idle timeout for the idle connections) and, with a raw
socket where urllib would be too polite:
- holds 10,000 idle connections (the open-file limit raised to 20,000 for both processes): the service still
  answers /healthz and a check while they are held, closes every one of them at the idle timeout, and its resident
  memory stays bounded;
- sends chunked bodies without end, slowly (408 at the request time limit) and fast (413 once over --max-body);
- pipelines 200 large responses to a client that never reads (closed at the write timeout, and SIGTERM still ends
  the process with such a client connected), and sends a 2 GB body after which the service refuses the media type
  (415, then the connection is closed, the body not drained);
- sends malformed multipart bodies (no boundary, a body that never opens or never closes the boundary, a part
  without headers' end, thousands of parts) and file names that try path traversal: each a coded 400, 413 or a
  report, never a 500, never a file opened by that name;
and after all that the process is still alive, answers a check, and exits 0 on SIGTERM.

Usage: hostile-test.py --serve BIN --root REPOSITORY
Exit status 0 when every check passed; prints 'N passed, N failed' and the memory figures.
"""
import argparse
import json
import os
import resource
import select
import signal
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servetest import FAILED, PASSED, check, free_port, rss_mib, start_server, status_of  # noqa: E402
from servetest import request as call  # noqa: E402


def request(base, method, path, body=None, headers=None, timeout=30):
    status, _, data = call(base, method, path, body, headers, timeout)
    return status, data

FIXTURE = "fixtures/cq-riparian-changshou-chemical-too-close.xml"
IDLE_CONNECTIONS = 10_000










def answer_of(connection, wait):
    """What the server sent until it closed, or until `wait` seconds passed."""
    connection.settimeout(0.2)
    answer, deadline = b"", time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            chunk = connection.recv(65536)
        except socket.timeout:
            continue
        except OSError:
            break
        if not chunk:
            break
        answer += chunk
    return answer




def post_raw(port, body, content_type, wait=10):
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall((f"POST /v1/check?format=json HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
                            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body)
        return answer_of(connection, wait)


def idle_connections(serve, fixture):
    """A server of its own, with an idle timeout long enough that all the connections are held at once (opening
    10,000 takes tens of seconds on a debug build: each accepted connection gets its channel pipeline)."""
    port, idle = free_port(), 40
    base = f"http://127.0.0.1:{port}"
    process = start(serve, port, ["--idle-timeout", str(idle)])
    try:
        return held_connections(port, base, process.pid, fixture, idle)
    finally:
        process.kill()
        process.wait()


def held_connections(port, base, pid, fixture, idle):
    for _ in range(20):  # warm up: the figures below compare a steady state, not the first request's loading
        request(base, "POST", "/v1/check?format=json", fixture, {"Content-Type": "application/xml"})
    before = rss_mib(pid)
    held, refused = [], 0
    started = time.monotonic()
    for _ in range(IDLE_CONNECTIONS):
        try:
            held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        except OSError:
            refused += 1
    opened = time.monotonic() - started
    time.sleep(0.5)
    server_sockets = len(os.listdir(f"/proc/{pid}/fd"))
    check(f"{IDLE_CONNECTIONS} idle connections opened", refused == 0 and len(held) == IDLE_CONNECTIONS,
          f"{refused} refused")
    check(f"all {IDLE_CONNECTIONS} held by the server at once", server_sockets >= IDLE_CONNECTIONS,
          f"{server_sockets} descriptors")
    probe = time.monotonic()
    status, _ = request(base, "GET", "/healthz", timeout=10)
    check("while they are held: /healthz answers", status == 200, status)
    status, _ = request(base, "POST", "/v1/check?format=json", fixture, {"Content-Type": "application/xml"}, 10)
    check("while they are held: a check answers", status == 200, status)
    answered = time.monotonic() - probe
    during = rss_mib(pid)
    # Every held connection must be closed by the server at the idle timeout, not by us.
    time.sleep(max(0.0, started + idle - time.monotonic()) + opened + 3)
    closed = 0
    for connection in held:
        connection.settimeout(2)
        try:
            closed += connection.recv(1) == b""
        except (socket.timeout, OSError):
            pass
        connection.close()
    check("every idle connection closed by the server at the idle timeout", closed == len(held),
          f"{closed} of {len(held)}")
    time.sleep(1)
    after = rss_mib(pid)
    check("memory while holding them stays bounded (< 24 KiB each)", during - before < IDLE_CONNECTIONS * 24 / 1024,
          f"{before:.0f} -> {during:.0f} MiB")
    return {"held_at_once": server_sockets, "opened_s": round(opened, 2), "answered_s": round(answered, 3), "rss_before_mib": round(before),
            "rss_during_mib": round(during), "rss_after_mib": round(after)}


def chunked_without_end(port):
    head = (b"POST /v1/check?format=json HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n")
    # Slowly: a one-byte chunk every 0.2 s, never the last chunk.
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(head)
        started, answer = time.monotonic(), b""
        connection.settimeout(0.2)
        while time.monotonic() - started < 8 and not answer:
            try:
                connection.sendall(b"1\r\n<\r\n")
                answer = connection.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                break
        took = time.monotonic() - started
        check("slow chunked body without end: 408", status_of(answer) == 408, answer[:200])
        check("slow chunked body without end: answered at the request time limit", took < 5, f"{took:.1f} s")
    # Fast: 64 KiB chunks as quickly as the socket takes them, never the last chunk.
    chunk = b"10000\r\n" + b"<" * 0x10000 + b"\r\n"
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(head)
        started, sent, answer = time.monotonic(), 0, b""
        while time.monotonic() - started < 20 and not answer:
            readable, writable, _ = select.select([connection], [connection], [], 1)
            try:
                if readable:
                    answer = connection.recv(65536) or b"(closed)"
                elif writable:
                    connection.sendall(chunk)
                    sent += len(chunk)
            except OSError:
                break
        if not answer or answer == b"(closed)":
            answer = answer_of(connection, 3)
        check("fast chunked body without end: 413", status_of(answer) == 413, answer[:200])
        check("fast chunked body without end: stopped near --max-body", sent < 64 << 20, f"{sent >> 20} MiB sent")


def never_reading_client(port):
    """200 pipelined requests for the comparison (≈ 90 KB of JSON each, 18 MB in all), never read, with a tiny
    receive buffer: once the socket buffers fill, the response stalls; the service must close the connection at its
    write timeout (the request time limit, 3 s here) rather than hold it and its response forever."""
    connection = socket.socket()
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    connection.connect(("127.0.0.1", port))
    connection.sendall(b"GET /v1/harmonize HTTP/1.1\r\nHost: x\r\n\r\n" * 200)
    return connection


def closed_within(connection, seconds):
    """Reads (and drops) what the connection still carries; True when it ends within `seconds`."""
    connection.settimeout(0.5)
    deadline, received = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        try:
            chunk = connection.recv(1 << 20)
        except socket.timeout:
            continue
        except OSError:
            return True, received
        if not chunk:
            return True, received
        received += len(chunk)
    return False, received


def stalled_and_refused(port):
    whole = 200 * len(request(f"http://127.0.0.1:{port}", "GET", "/v1/harmonize")[1])
    stalled = never_reading_client(port)
    time.sleep(5)  # the write timeout (3 s) and a margin; the client has read nothing
    closed, received = closed_within(stalled, 10)
    check("a client that never reads: closed at the write timeout", closed, f"{received} bytes, still open")
    check("a client that never reads: not all 200 responses were sent", received < whole, f"{received} of {whole}")
    stalled.close()
    # A refusal before the body is read (415 here) closes the connection instead of draining a 2 GB body.
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                           b"Content-Length: 2000000000\r\n\r\n" + b"x" * 1000)
        connection.settimeout(0.2)
        started, answer, closed = time.monotonic(), b"", False
        while time.monotonic() - started < 10:
            try:
                connection.sendall(b"x" * 100)
            except OSError:
                closed = True
                break
            try:
                chunk = connection.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                closed = True
                break
            if not chunk:
                closed = True
                break
            answer += chunk
        took = time.monotonic() - started
        check("415 before the body: answered", status_of(answer) == 415, answer[:200])
        check("415 before the body: Connection: close", b"connection: close" in answer.lower(), answer[:300])
        check("415 before the body: the connection closed, the body not drained", closed and took < 6,
              f"closed={closed} after {took:.1f} s")


def expect_continue(port, fixture):
    """`Expect: 100-continue` is answered at once, then the body is checked."""
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall((f"POST /v1/check?format=json HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
                            f"Content-Length: {len(fixture)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").encode())
        connection.settimeout(0.5)
        try:
            interim = connection.recv(65536)
        except socket.timeout:
            interim = b""
        check("Expect: 100-continue answered within 0.5 s", interim.startswith(b"HTTP/1.1 100"), interim[:100])
        connection.sendall(fixture)
        answer = interim.split(b"\r\n\r\n", 1)[1] if interim.count(b"\r\n\r\n") else b""
        answer += answer_of(connection, 5) if b"\r\n\r\n" not in answer else b""
        check("Expect: 100-continue: then the report", status_of(answer) == 200, answer[:200])


def malformed_multipart(port, fixture):
    def part(name, data, headers=None):
        head = headers or f'Content-Disposition: form-data; name="file"; filename="{name}"\r\n'
        return b"--b\r\n" + head.encode() + b"\r\n" + data + b"\r\n"

    cases = [
        ("multipart without a boundary", fixture, "multipart/form-data", {400}),
        ("multipart with an empty boundary", fixture, "multipart/form-data; boundary=", {400}),
        ("a body that never opens the boundary", b"just text\r\n", "multipart/form-data; boundary=b", {400, 422}),
        ("a body that never closes the boundary", part("a.xml", fixture), "multipart/form-data; boundary=b",
         {400}),
        ("a part whose headers never end", b"--b\r\nContent-Disposition: form-data; name=\"file\"",
         "multipart/form-data; boundary=b", {400}),
        ("a part without Content-Disposition", part("", fixture, "Content-Type: application/xml\r\n") + b"--b--\r\n",
         "multipart/form-data; boundary=b", {400, 422}),
        ("five thousand empty parts", b"".join(part(f"{i}.xml", b"") for i in range(5000)) + b"--b--\r\n",
         "multipart/form-data; boundary=b", {400, 413, 422}),
    ]
    for name, body, content_type, allowed in cases:
        answer = post_raw(port, body, content_type)
        status = status_of(answer)
        check(f"{name}: {sorted(allowed)}", status in allowed, answer[:300])
        check(f"{name}: a coded answer", b'"code"' in answer, answer[:300])
    # Path traversal in file names: labels only. The report names the base name; nothing is opened by that name
    # (a file named like the label does not exist where a naive server would write or read it).
    hostile = ["../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "a/../../b.xml",
               "name\r\nX-Injected: 1.xml", "nul\x00byte.xml", "%2e%2e%2fescaped.xml"]
    body = b"".join(part(name, fixture) for name in hostile) + b"--b--\r\n"
    answer = post_raw(port, body, "multipart/form-data; boundary=b")
    check("path traversal names: 200 with a report", status_of(answer) == 200, answer[:300])
    report = answer.split(b"\r\n\r\n", 1)[-1]
    try:
        files = [entry.get("path", entry.get("file", "")) for entry in json.loads(report).get("files", [])]
    except ValueError:
        files = []
    check("path traversal names: a file per part", len(files) == len(hostile), files)
    check("path traversal names: no directory part and no control character left",
          all("/" not in name and "\\" not in name and not any(ord(c) < 32 for c in name) for name in files), files)
    check("path traversal names: /etc/passwd's content never echoed", b"root:" not in answer)
    check("path traversal names: no header injected", b"X-Injected" not in answer.split(b"\r\n\r\n", 1)[0])


def start(serve, port, extra):
    return start_server([serve, "--port", str(port), *extra], port, "hostile-test")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    fixture = open(os.path.join(root, FIXTURE), "rb").read()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, 20_000) if hard != resource.RLIM_INFINITY else 20_000
    global IDLE_CONNECTIONS
    if wanted < IDLE_CONNECTIONS + 1_000:
        # A machine with a lower hard limit still gets the test, with as many connections as it allows; said loudly.
        IDLE_CONNECTIONS = max(100, wanted - 1_000)
        print(f"WARNING hostile-test: the open-file hard limit is {hard}: {IDLE_CONNECTIONS} idle connections, "
              f"not 10,000 (raise it: ulimit -Hn 20000)", flush=True)
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = os.path.abspath(args.serve)
    figures = idle_connections(serve, fixture)
    process = start(serve, port, ["--idle-timeout", "3", "--request-timeout", "3", "--max-body", str(4 << 20)])
    try:
        for _ in range(20):
            request(base, "POST", "/v1/check?format=json", fixture, {"Content-Type": "application/xml"})
        figures["rss_start_mib"] = round(rss_mib(process.pid))
        chunked_without_end(port)
        stalled_and_refused(port)
        expect_continue(port, fixture)
        malformed_multipart(port, fixture)
        check("after all of it: the process is alive", process.poll() is None, process.returncode)
        status, _ = request(base, "POST", "/v1/check?format=json", fixture, {"Content-Type": "application/xml"})
        check("after all of it: a check answers 200", status == 200, status)
        figures["rss_end_mib"] = round(rss_mib(process.pid))
        check("after all of it: memory back within 128 MiB of the start",
              figures["rss_end_mib"] - figures["rss_start_mib"] < 128, figures)
        # SIGTERM with a client that never reads still ends the process (the write timeout cuts that response).
        stalled = never_reading_client(port)
        time.sleep(0.5)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            check("SIGTERM with a client that never reads: exit status 0", process.wait(timeout=15) == 0,
                  process.returncode)
        except subprocess.TimeoutExpired:
            check("SIGTERM with a client that never reads: the process ends", False, "still running after 15 s")
        figures["sigterm_s"] = round(time.monotonic() - started, 2)
        stalled.close()
        print("hostile-test figures:", json.dumps(figures))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    print(f"{len(PASSED)} passed, {len(FAILED)} failed")
    return 0 if not FAILED else 1


if __name__ == "__main__":
    sys.exit(main())

"""What the service's test scripts share (contract-test.py, hostile-test.py, check-upload-page.py): the tally of
checks, a free loopback port, a plain HTTP call, the status of a raw answer, a process's resident memory."""
import socket
import subprocess
import time
import urllib.error
import urllib.request

PASSED, FAILED = [], []


def check(name, condition, detail="", quiet=False):
    """Counts one check; prints it (`quiet`: only when it failed)."""
    (PASSED if condition else FAILED).append(name)
    if not condition:
        print(f"FAIL {name}{': ' + str(detail) if detail != '' else ''}"[:2000], flush=True)
    elif not quiet:
        print(f"ok   {name}", flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(base, method, path, body=None, headers=None, timeout=60):
    """(status, Content-Type, body) of one call; an HTTP error status is an answer, not an exception."""
    req = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def status_of(answer):
    """The status code of a raw HTTP/1.1 answer, or None."""
    parts = answer.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start_server(command, port, name, stderr=subprocess.DEVNULL):
    """Starts `command` (a shanshui-serve invocation on `port`) and returns the process once /readyz answers 200;
    exits the calling script, naming it, when it never does (30 s)."""
    process = subprocess.Popen(command, stderr=stderr, stdout=subprocess.DEVNULL)
    for _ in range(300):
        try:
            if request(f"http://127.0.0.1:{port}", "GET", "/readyz", timeout=2)[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{name}: the server did not become ready")

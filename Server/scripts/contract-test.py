#!/usr/bin/env python3
"""End-to-end contract test of shanshui-serve (run by scripts/check-service).

Starts the server on a free loopback port, calls every endpoint with urllib (and a raw socket for slow and oversized
bodies), and validates every response against Server/openapi.json: the status must be one the operation declares,
the media type one that status declares, and a JSON body must validate against that media type's schema
(jsonschema, Draft 2020-12, the dialect of OpenAPI 3.1; the document itself is checked with openapi-spec-validator).
JSON reports also validate against schemas/shanshui-report-1.schema.json, and every report format must equal the
bytes `shanshui check --format F` prints for the same file, once timestamps, durations and the host name are
normalised. Then: SIGTERM while a request is in flight (it is answered, the process exits 0).

Usage: contract-test.py --serve BIN --cli BIN --root REPOSITORY
Exit status 0 when every check passed; prints 'N passed, N failed'.
"""
import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import xml.dom.minidom

import jsonschema
from openapi_spec_validator import validate as validate_spec

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servetest import FAILED, PASSED, free_port, request, start_server  # noqa: E402
from servetest import check as tally  # noqa: E402


def check(name, condition, detail=""):
    tally(name, condition, detail, quiet=True)

TOKEN = "contract-test-token-0123456789abcdef"
FIXTURE = "fixtures/cq-riparian-changshou-chemical-too-close.xml"
SECOND = "fixtures/cq-ssw-three-gorges-compliant.xml"




def stable(text):
    """The report without what must differ between the CLI and the service: timestamps, durations, the host's name
    (JUnit), and SARIF's SRCROOT, the CLI's base directory (the service has none: `file:///`)."""
    for pattern in (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", r'(time|seconds|duration)("?\s*[=:]\s*"?)[0-9.e-]+',
                    r'hostname="[^"]*"', r'"SRCROOT" : \{\s*"uri" : "[^"]*"'):
        text = re.sub(pattern, "<varies>", text)
    return text


class Contract:
    def __init__(self, document):
        validate_spec(document)
        self.document = document
        self.routes = []
        for path, item in document["paths"].items():
            pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"
            for method, operation in item.items():
                self.routes.append((re.compile(pattern), method.upper(), operation))

    def operation(self, method, path):
        for pattern, known, operation in self.routes:
            if known == method and pattern.match(path):
                return operation
        return None

    def validate(self, name, method, path, status, media_type, body):
        """Every response: a declared status, a declared media type, a body valid against its schema."""
        operation = self.operation(method, path.split("?")[0])
        if operation is None:
            check(f"{name}: documented operation", False, f"{method} {path} is not in the document")
            return
        response = operation["responses"].get(str(status))
        check(f"{name}: status {status} documented", response is not None, f"{method} {path}")
        if response is None:
            return
        content = response.get("content", {})
        check(f"{name}: media type documented", media_type in content, f"{media_type} not in {list(content)}")
        if media_type not in content:
            return
        schema = dict(content[media_type]["schema"])
        schema["components"] = self.document["components"]
        if media_type.startswith("application/json") or media_type.startswith("application/sarif+json"):
            try:
                value = json.loads(body)
            except ValueError as error:
                check(f"{name}: JSON body", False, str(error))
                return
        else:
            value = body.decode("utf-8")
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(value), key=str)
        check(f"{name}: body valid", not errors, "; ".join(e.message for e in errors[:3]))




def raw(port, data, wait=5.0, dribble=None):
    """Sends `data` on a raw socket (then `dribble` bytes one by one, 0.2 s apart) and returns what came back."""
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(data)
        connection.settimeout(0.2)
        answer = b""
        deadline = time.monotonic() + wait
        for byte in (dribble or b""):
            try:
                connection.sendall(bytes([byte]))
            except OSError:
                break
            try:
                answer += connection.recv(65536)
            except socket.timeout:
                pass
            if b"\r\n\r\n" in answer or time.monotonic() > deadline:
                break
        connection.settimeout(wait)
        try:
            while b"\r\n\r\n" not in answer:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
        return answer


def cli_report(cli, root, files, fmt, profile="auto", extra=()):
    """What the CLI prints for `files` copied into a fresh directory under their base names."""
    with tempfile.TemporaryDirectory() as directory:
        names = []
        for path, name in files:
            shutil.copy(os.path.join(root, path), os.path.join(directory, name))
            names.append(name)
        result = subprocess.run([cli, "check", "--format", fmt, "--lang", "en", "--no-config", "--profile", profile,
                                 "-j", "1", "-q", *extra] + names, cwd=directory, capture_output=True)
        return result.stdout.decode("utf-8")


def multipart(files, boundary="contract-boundary"):
    body = b""
    for name, data in files:
        body += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                 f"Content-Type: application/xml\r\n\r\n").encode() + data + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def start(serve, port, token_file, log, extra=()):
    return start_server([serve, "--port", str(port), "--admin-token-file", token_file, *extra], port, "contract-test",
                        stderr=log)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    args.serve, args.cli = os.path.abspath(args.serve), os.path.abspath(args.cli)
    with open(os.path.join(root, "Server/openapi.json"), encoding="utf-8") as handle:
        contract = Contract(json.load(handle))
    with open(os.path.join(root, "schemas/shanshui-report-1.schema.json"), encoding="utf-8") as handle:
        report_schema = json.load(handle)
    report_validator = jsonschema.validators.validator_for(report_schema)(report_schema)
    work = tempfile.mkdtemp(prefix="shanshui-contract-")
    token_file = os.path.join(work, "token")
    with open(token_file, "w") as handle:
        handle.write(TOKEN + "\n")
    log_path = os.path.join(work, "access.log")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    fixture = open(os.path.join(root, FIXTURE), "rb").read()
    second = open(os.path.join(root, SECOND), "rb").read()
    marker = b"<!-- contract-marker-never-logged -->"
    with open(log_path, "wb") as log:
        process = start(args.serve, port, token_file, log,
                        ["--request-timeout", "2", "--idle-timeout", "5", "--max-body", str(4 << 20)])
        try:
            def call(name, method, path, body=None, headers=None, expect=None):
                status, media_type, data = request(base, method, path, body, headers)
                if expect is not None:
                    check(f"{name}: status {expect}", status == expect, f"got {status}: {data[:300]!r}")
                contract.validate(name, method, path, status, media_type, data)
                return status, media_type, data

            # Every report format equals the CLI's bytes, for one XML body and for a multipart body of two files.
            for fmt in ("json", "sarif", "junit", "html", "text"):
                _, _, data = call(f"check {fmt}", "POST", f"/v1/check?lang=en&format={fmt}", fixture,
                                  {"Content-Type": "application/xml"}, 200)
                expected = cli_report(args.cli, root, [(FIXTURE, "submission.xml")], fmt)
                check(f"check {fmt}: equals the CLI's", stable(data.decode()) == stable(expected),
                      f"\n--- service\n{data.decode()[:800]}\n--- cli\n{expected[:800]}")
                if fmt == "json":
                    errors = list(report_validator.iter_errors(json.loads(data)))
                    check("check json: valid against the report schema", not errors, str(errors[:2]))
                if fmt == "junit":
                    xml.dom.minidom.parseString(data)
            body, content_type = multipart([(b"../a.xml".decode(), fixture + marker), ("b.xml", second)])
            _, _, data = call("multipart all profiles", "POST", "/v1/check?lang=en&profile=all&format=json", body,
                              {"Content-Type": content_type}, 200)
            expected = cli_report(args.cli, root, [(FIXTURE, "a.xml"), (SECOND, "b.xml")], "json", "all")
            check("multipart: equals the CLI's", stable(data.decode()) == stable(expected))
            call("accept sarif", "POST", "/v1/check", fixture,
                 {"Content-Type": "text/xml", "Accept": "application/sarif+json"}, 200)
            _, _, data = call("422", "POST", "/v1/check?format=json", b"<project", {"Content-Type": "application/xml"},
                              422)
            check("422: report valid", not list(report_validator.iter_errors(json.loads(data))))
            # The CLI's refusals of hostile XML hold in the service: external entities, entity expansion (E101).
            xxe = (b'<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                   b'<project>&x;</project>')
            bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa">'
                    + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode()
                               for i in range(8))
                    + b']>\n<project>&i;</project>')
            for name, body in (("xxe", xxe), ("entity bomb", bomb)):
                _, _, data = call(f"422 {name}", "POST", "/v1/check?format=json", body,
                                  {"Content-Type": "application/xml"}, 422)
                check(f"{name}: refused as E101, nothing read", b'"E101"' in data and b"root:" not in data,
                      data[:300])
            call("400 profile", "POST", "/v1/check?profile=hubei", fixture, {"Content-Type": "application/xml"}, 400)
            call("400 unknown parameter", "POST", "/v1/check?file=/etc/passwd", fixture,
                 {"Content-Type": "application/xml"}, 400)
            call("415", "POST", "/v1/check", b"{}", {"Content-Type": "application/json"}, 415)
            call("standard", "GET", "/v1/standard", expect=200)
            call("rule", "GET", "/v1/rules/SS-RIV-003?lang=en", expect=200)
            call("rule 404", "GET", "/v1/rules/SS-NOPE-001", expect=404)
            for fmt in ("json", "csv", "html"):
                _, _, data = call(f"harmonize {fmt}", "GET", f"/v1/harmonize?format={fmt}", expect=200)
                expected = subprocess.run([args.cli, "harmonize", "--format", fmt], capture_output=True).stdout
                check(f"harmonize {fmt}: equals the CLI's", data == expected)
            _, _, data = call("explain", "GET", "/v1/rules/SS-RIV-003?lang=en", expect=200)
            expected = subprocess.run([args.cli, "explain", "SS-RIV-003", "--format", "json", "--lang", "en"],
                                      capture_output=True).stdout
            check("rule: equals explain --format json", data == expected)
            call("healthz", "GET", "/healthz", expect=200)
            call("readyz", "GET", "/readyz", expect=200)
            _, _, data = call("metrics", "GET", "/metrics", expect=200)
            check("metrics: findings by rule", b'shanshui_findings_total{rule="SS-RIV-003"' in data)
            _, _, data = call("openapi", "GET", "/openapi.json", expect=200)
            check("openapi: the committed document", json.loads(data) == contract.document)
            call("reload 401", "POST", "/v1/admin/reload", expect=401)
            call("reload", "POST", "/v1/admin/reload", headers={"Authorization": f"Bearer {TOKEN}"}, expect=200)
            # Raw sockets: a declared body over --max-body is refused unread; a dribbled body at the time limit.
            answer = raw(port, b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
                               b"Content-Length: 2000000000\r\n\r\n<")
            check("413 on a 2 GB Content-Length", answer.startswith(b"HTTP/1.1 413"), answer[:200])
            started = time.monotonic()
            answer = raw(port, b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
                               b"Content-Length: 100000\r\n\r\n", wait=6, dribble=b"<" * 100)
            check("408 on a dribbled body", answer.startswith(b"HTTP/1.1 408"), answer[:200])
            check("408 within the time limit", time.monotonic() - started < 5, time.monotonic() - started)
            # SIGTERM with a request in flight: it is answered, then the process exits 0.
            with socket.create_connection(("127.0.0.1", port)) as connection:
                head = (f"POST /v1/check?format=json HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
                        f"Content-Length: {len(fixture)}\r\n\r\n").encode()
                connection.sendall(head + fixture[:100])
                time.sleep(0.3)
                process.send_signal(signal.SIGTERM)
                time.sleep(0.5)
                connection.sendall(fixture[100:])
                connection.settimeout(10)
                answer = b""
                try:
                    while True:
                        chunk = connection.recv(65536)
                        if not chunk:
                            break
                        answer += chunk
                except OSError:
                    pass
                check("shutdown: the request in flight is answered", answer.startswith(b"HTTP/1.1 200"), answer[:200])
            try:
                check("shutdown: exit status 0", process.wait(timeout=15) == 0, process.returncode)
            except subprocess.TimeoutExpired:
                check("shutdown: the process ends", False)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    # Reviewer layers given at start: the spatial findings (and the HTML report's maps) as the CLI's.
    layers = []
    for role, name in (("river-shoreline", "synthetic-river-shoreline.gpkg"),
                       ("nature-reserve", "synthetic-nature-reserve.geojson"),
                       ("ecological-red-line", "synthetic-ecological-red-line.shp"),
                       ("permanent-basic-farmland", "synthetic-permanent-basic-farmland.shp"),
                       ("urban-development-boundary", "synthetic-urban-development-boundary.gpkg")):
        layers += ["--layer", f"{role}={os.path.join(root, 'fixtures/layers', name)}"]
    spatial = "fixtures/cq-spatial-tongnan-fujiang-forest-belt-beyond-1km.xml"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with open(log_path, "ab") as log:
        process = start(args.serve, port, token_file, log, layers)
        try:
            for fmt in ("json", "html"):
                status, _, data = request(base, "POST", f"/v1/check?lang=en&format={fmt}",
                                          open(os.path.join(root, spatial), "rb").read(),
                                          {"Content-Type": "application/xml"})
                expected = cli_report(args.cli, root, [(spatial, "submission.xml")], fmt, extra=layers)
                check(f"layers {fmt}: status 200", status == 200, status)
                check(f"layers {fmt}: equals the CLI's", stable(data.decode()) == stable(expected))
                check(f"layers {fmt}: spatial findings", b"SS-GEO" in data)
        finally:
            process.terminate()
            process.wait(timeout=15)
    with open(log_path, "rb") as handle:
        lines = handle.read().splitlines()
    entries = []
    for line in lines:
        try:
            entries.append(json.loads(line))
        except ValueError:
            check("log: every line is JSON", False, line[:200])
    requests = [entry for entry in entries if entry.get("message") == "request"]
    check("log: one line per request", len(requests) >= 27, len(requests))
    check("log: method, path, status, duration",
          all({"method", "path", "status", "duration_ms"} <= set(entry) for entry in requests))
    check("log: never a body or a query value",
          all(marker not in line and b"/etc/passwd" not in line for line in lines))
    shutil.rmtree(work, ignore_errors=True)
    print(f"{len(PASSED)} passed, {len(FAILED)} failed")
    return 0 if not FAILED else 1


if __name__ == "__main__":
    sys.exit(main())

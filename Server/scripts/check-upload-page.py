#!/usr/bin/env python3
"""The upload page (/) in a real browser: headless Chromium driven over the DevTools protocol on a pipe
(--remote-debugging-pipe: no WebDriver, no Python package beyond the standard library).

  python3 Server/scripts/check-upload-page.py --serve PATH/shanshui-serve --root . [--out DIR] [--chromium chromium]

Starts the real server on a free loopback port, opens the page, chooses a fixture in its file input, submits the form,
and reads the report in the sandboxed iframe (the report runs in an opaque origin, so it is read through the iframe's
own execution context, not from the page). Asserts:
  - the page loads with no console message, its policy blocks nothing, its script ran;
  - the findings shown in the iframe (rule ids and how many of each) equal the JSON report's for the same file from
    POST /v1/check, in Chinese and in English (the page's English switch sets the report language), and a filter of
    the report's own script works inside the sandbox;
  - a refusal (an unknown query value) is shown in the iframe as HTML text, not as JSON;
  - hostile submitters' text (project and unit names, a unit id, file names: <script>, "><img onerror>, javascript:
    URLs, </textarea>, U+2028) fires no alert/confirm/prompt (hooked in every frame, and Chromium's dialog events
    watched), adds no element to the page or the report, and is shown as text;
writes screenshots (Chinese, English, hostile) into --out. Exit status 1 on any failure.
"""
import argparse
import base64
import collections
import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid

FIXTURE = "fixtures/cq-riparian-changshou-chemical-too-close.xml"
SPATIAL = "fixtures/cq-spatial-tongnan-fujiang-forest-belt-beyond-1km.xml"
failures = []


def check(name, condition, detail=""):
    if condition:
        print(f"ok   {name}")
    else:
        print(f"FAIL {name}{': ' + detail if detail else ''}")
        failures.append(name)


class CDPError(Exception):
    pass


class Browser:
    """Chromium with the DevTools protocol on fds 3 (commands in) and 4 (answers and events out), NUL-separated JSON."""

    # Replaces the dialogs in every document before its own scripts run: a call is recorded, never shown.
    HOOK = """(function () {
      if (window.__dialogs) { return; }
      var calls = [];
      Object.defineProperty(window, '__dialogs', {value: calls});
      ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
        window[name] = function () { calls.push(name + ':' + Array.prototype.join.call(arguments, ',')); };
      });
    })();"""

    def __init__(self, chromium, profile):
        commands_read, self.commands = os.pipe()
        self.answers, answers_write = os.pipe()
        # Above 4, so that the dup2 onto 3 and 4 in the child never clobbers one with the other.
        child_in = fcntl.fcntl(commands_read, fcntl.F_DUPFD_CLOEXEC, 10)
        child_out = fcntl.fcntl(answers_write, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(commands_read)
        os.close(answers_write)

        def wire():
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--window-size=1280,1600", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire, close_fds=False)
        os.close(child_in)
        os.close(child_out)
        self.next_id = 0
        self.lock = threading.Lock()
        self.replies = {}
        self.arrived = threading.Condition(self.lock)
        self.events = []  # (sessionId, method, params), in order
        self.contexts = {}  # frameId -> (sessionId, executionContextId) of its main world
        self.sessions = set()
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        pending = b""
        while True:
            try:
                chunk = os.read(self.answers, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self.lock:
                    self.replies[None] = {"error": {"message": "the browser went away"}}
                    self.arrived.notify_all()
                return
            pending += chunk
            while b"\0" in pending:
                message, pending = pending.split(b"\0", 1)
                self.dispatch(json.loads(message))

    def dispatch(self, message):
        session = message.get("sessionId")
        if "id" in message:
            with self.lock:
                self.replies[message["id"]] = message
                self.arrived.notify_all()
            return
        method, params = message.get("method"), message.get("params", {})
        with self.lock:
            self.events.append((session, method, params))
            if method == "Runtime.executionContextCreated":
                context = params["context"]
                aux = context.get("auxData", {})
                if aux.get("isDefault") and aux.get("frameId"):
                    self.contexts[aux["frameId"]] = (session, context["id"])
        if method == "Target.attachedToTarget":
            # A frame in another process (the sandboxed iframe, with site isolation): hook it, then let it run.
            child = params["sessionId"]
            self.sessions.add(child)
            self.prepare(child)
            self.send("Runtime.runIfWaitingForDebugger", session=child, wait=False)
        elif method == "Page.javascriptDialogOpening":
            # Recorded as an event (a failure); dismissed so that the page does not hang on it.
            self.send("Page.handleJavaScriptDialog", {"accept": False}, session=session, wait=False)

    def prepare(self, session):
        for method, params in (("Page.enable", {}), ("Runtime.enable", {}), ("Log.enable", {}),
                               ("Page.addScriptToEvaluateOnNewDocument", {"source": self.HOOK}),
                               ("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True,
                                                         "flatten": True})):
            self.send(method, params, session=session, wait=False)

    def send(self, method, params=None, session=None, wait=True, timeout=60):
        with self.lock:
            self.next_id += 1
            ident = self.next_id
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        if not wait:
            return None
        deadline = time.monotonic() + timeout
        with self.lock:
            while ident not in self.replies and None not in self.replies:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"{method}: no answer in {timeout} s")
                self.arrived.wait(left)
            reply = self.replies.pop(ident, None) or self.replies[None]
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.page = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.sessions.add(self.page)
        self.prepare(self.page)
        self.send("Runtime.runIfWaitingForDebugger", session=self.page)
        self.navigate(url)

    def navigate(self, url):
        self.send("Page.navigate", {"url": url}, session=self.page)
        self.wait(lambda: self.evaluate("document.readyState === 'complete' && "
                                        "document.documentElement.dataset.ready === '1'"), f"{url} loaded")

    def evaluate(self, expression, frame=None):
        """The value of `expression` in the page, or in `frame`'s main world (whatever process it is in)."""
        params = {"expression": expression, "returnByValue": True, "awaitPromise": True}
        session = self.page
        if frame is not None:
            with self.lock:
                if frame not in self.contexts:
                    raise CDPError(f"no context for frame {frame} yet")
                session, params["contextId"] = self.contexts[frame]
        result = self.send("Runtime.evaluate", params, session=session)
        if "exceptionDetails" in result:
            raise CDPError(f"{expression[:60]}: {result['exceptionDetails'].get('text')} "
                           f"{result['exceptionDetails'].get('exception', {}).get('description', '')}")
        return result["result"].get("value")

    def wait(self, condition, what, timeout=60):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                value = condition()
                if value:
                    return value
            except (CDPError, OSError) as error:
                last = error
            time.sleep(0.05)
        raise CDPError(f"timed out waiting for {what} ({last})")

    def report_frame(self):
        tree = self.send("Page.getFrameTree", session=self.page)["frameTree"]
        children = [child["frame"] for child in tree.get("childFrames", [])]
        return next(frame["id"] for frame in children if frame.get("name") == "report")

    def messages(self, since=0):
        """Console messages, exceptions, dialogs and CSP reports since event `since`, as text."""
        found = []
        with self.lock:
            events = self.events[since:]
        for _, method, params in events:
            if method == "Runtime.consoleAPICalled":
                text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", []))
                found.append(f"console.{params.get('type')}: {text}")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                found.append(f"exception: {details.get('text')} {details.get('exception', {}).get('description', '')}")
            elif method == "Log.entryAdded":
                entry = params.get("entry", {})
                found.append(f"log {entry.get('level')} {entry.get('source')}: {entry.get('text')} "
                             f"{entry.get('url', '')}")
            elif method == "Page.javascriptDialogOpening":
                found.append(f"dialog {params.get('type')}: {params.get('message')}")
        return found

    def mark(self):
        with self.lock:
            return len(self.events)

    def screenshot(self, path):
        # The iframe's height is the viewport's; the whole page at 1280 wide shows the form and the report.
        data = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                         session=self.page)["data"]
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close", wait=False)
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def multipart(files):
    boundary = "page-test-" + uuid.uuid4().hex
    body = b""
    for name, data in files:
        body += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                 f"Content-Type: application/xml\r\n\r\n").encode() + data + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def json_report(base, files, lang, profile="auto"):
    body, content_type = multipart(files)
    request = urllib.request.Request(f"{base}/v1/check?profile={profile}&lang={lang}&format=json", data=body,
                                     method="POST", headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def rule_counts(report):
    return collections.Counter(f["ruleId"] for x in report["files"] for f in x["findings"])


# Read in the report's frame: what it shows, as data (rule ids of the finding rows, the text, injected elements).
REPORT_STATE = """(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var suspicious = Array.prototype.slice.call(document.querySelectorAll(
    'img, iframe, object, embed, textarea, form:not(#filters), base, meta[http-equiv=refresh], link, ' +
    'svg:not(figure.map svg), ' +
    '[onerror], [onload], [onclick], [onmouseover], a[href^="javascript" i], [src^="javascript" i]'));
  var scripts = Array.prototype.slice.call(document.scripts).filter(function (s) { return s.src; });
  return {
    ready: document.documentElement.dataset.ready || '',
    url: location.href,
    origin: String(self.origin),
    rules: rows.map(function (row) { return row.children[2].querySelector('code').textContent; }),
    shown: (document.getElementById('shown') || {}).textContent || '',
    inlineScripts: document.scripts.length - scripts.length,
    externalScripts: scripts.length,
    suspicious: suspicious.map(function (e) { return e.outerHTML.slice(0, 120); }),
    dialogs: (window.__dialogs || ['hook missing']).slice(),
    text: document.body ? document.body.textContent : '',
    lang: document.documentElement.lang
  };
})()"""

PAGE_STATE = """(function () {
  var suspicious = Array.prototype.slice.call(document.querySelectorAll(
    'img, svg, object, embed, textarea, iframe:not(#report), script:not([src="/page.js"]), ' +
    '[onerror], [onload], [onclick], a[href^="javascript" i]'));
  return {
    suspicious: suspicious.map(function (e) { return e.outerHTML.slice(0, 120); }),
    frames: document.querySelectorAll('iframe').length,
    sandbox: document.getElementById('report').getAttribute('sandbox'),
    chosen: Array.prototype.map.call(document.querySelectorAll('#chosen li'), function (li) { return li.textContent; }),
    dialogs: (window.__dialogs || ['hook missing']).slice(),
    action: document.getElementById('upload').action,
    lang: document.documentElement.lang
  };
})()"""


def center(browser, selector):
    rect = browser.evaluate(f"(function () {{ var r = document.querySelector({json.dumps(selector)})"
                            ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()")
    return {"x": rect[0], "y": rect[1]}


def click(browser, selector):
    """A person's click: the mouse pressed and released over the element (the page's own handlers run)."""
    point = center(browser, selector)
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        browser.send("Input.dispatchMouseEvent", {"type": kind, **point, "button": "left", "clickCount": 1},
                     session=browser.page)


def submit(browser, paths, english=False, profile=None, drop=False):
    """Chooses `paths` in the page's file input (or drops them on the drop zone), sets the options as a person
    would, clicks the submit button; the report's state once it is in the iframe."""
    browser.navigate(browser.base + "/")
    frame = browser.report_frame()
    if drop:
        point = center(browser, "#drop")
        data = {"items": [], "files": paths, "dragOperationsMask": 1}
        for kind in ("dragEnter", "dragOver", "drop"):
            browser.send("Input.dispatchDragEvent", {"type": kind, **point, "data": data}, session=browser.page)
    else:
        node = browser.send("Runtime.evaluate", {"expression": "document.getElementById('files')"},
                            session=browser.page)["result"]["objectId"]
        browser.send("DOM.setFileInputFiles", {"files": paths, "objectId": node}, session=browser.page)
    if english:
        click(browser, "#ui-lang")
    if profile:
        browser.evaluate(f"(function () {{ var s = document.getElementById('profile'); s.value = {json.dumps(profile)};"
                         " s.dispatchEvent(new Event('change')); })()")
    chosen = browser.evaluate("document.getElementById('files').files.length")
    if chosen != len(paths):
        raise CDPError(f"{chosen} file(s) chosen in the page, {len(paths)} given")
    click(browser, "#submit")
    browser.wait(lambda: browser.evaluate("document.getElementById('upload').dataset.state === 'done'"),
                 "the iframe's load after the submission")
    return frame, browser.wait(lambda: ready_state(browser, frame), "the report in the iframe")


def ready_state(browser, frame):
    state = browser.evaluate(REPORT_STATE, frame=frame)
    return state if state and "/v1/check" in state["url"] else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--out", default=None)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    out = os.path.abspath(args.out or os.path.join(root, "Server/.build/upload-page"))
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="shanshui-page-")
    started = time.monotonic()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(work, "serve.log"), "wb")
    server = subprocess.Popen([os.path.abspath(args.serve), "--port", str(port)], stderr=log,
                              stdout=subprocess.DEVNULL)
    browser = None
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(base + "/readyz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("check-upload-page: the server did not become ready")
        browser = Browser(args.chromium, os.path.join(work, "profile"))
        browser.base = base
        mark = browser.mark()
        browser.open(base + "/")
        page = browser.evaluate(PAGE_STATE)
        check("page: loads, its script runs, the iframe is sandboxed allow-scripts only",
              page["sandbox"] == "allow-scripts" and page["frames"] == 1 and page["dialogs"] == [], str(page))
        check("page: no console message, no CSP report", not browser.messages(mark), str(browser.messages(mark)))
        # The dialog hook itself: a call is recorded (so that "no call recorded" below means something).
        probe = "(function () { alert('probe'); return window.__dialogs.splice(0); })()"
        check("page: the dialog hook records a call", browser.evaluate(probe) == ["alert:probe"])

        fixture_path = os.path.join(root, FIXTURE)
        fixture = open(fixture_path, "rb").read()
        name = os.path.basename(FIXTURE)
        # In Chinese, the file chosen in the file input, profile auto; in English (the page's switch), the file
        # dropped on the drop zone, every profile.
        for lang, profile in (("zh", None), ("en", "all")):
            mark = browser.mark()
            frame, state = submit(browser, [fixture_path], english=(lang == "en"), profile=profile,
                                  drop=(lang == "en"))
            expected = rule_counts(json_report(base, [(name, fixture)], lang, profile or "auto"))
            shown = collections.Counter(state["rules"])
            check(f"{lang}: the findings shown in the iframe equal the JSON report's, profile {profile or 'auto'} "
                  f"({dict(expected)})", shown == expected and sum(expected.values()) > 0, f"shown {dict(shown)}")
            check(f"{lang}: the report's script ran in an opaque origin",
                  state["ready"] == "1" and state["origin"] == "null", f"{state['ready']!r} {state['origin']!r}")
            check(f"{lang}: the report is in {lang}", state["lang"].startswith(lang), state["lang"])
            check(f"{lang}: the file name is shown", name in state["text"])
            browser.screenshot(os.path.join(out, f"upload-{lang}.png"))
            # The report's own filter, inside the sandbox (its state goes to the URL fragment with replaceState).
            errors = sum(1 for x in json_report(base, [(name, fixture)], lang, profile or "auto")["files"]
                         for f in x["findings"]
                         if f["severity"] == "error")
            browser.evaluate("(function () { var box = document.querySelector('#filters input[value=warning]');"
                             " if (box) { box.checked = false;"
                             " box.dispatchEvent(new Event('change', {bubbles: true})); }"
                             " var info = document.querySelector('#filters input[value=info]');"
                             " if (info) { info.checked = false;"
                             " info.dispatchEvent(new Event('change', {bubbles: true})); }"
                             "})()", frame=frame)
            shown_rows = browser.evaluate("document.documentElement.dataset.shown || ''", frame=frame)
            check(f"{lang}: the report's severity filter works in the sandbox", shown_rows == str(errors),
                  f"shown {shown_rows!r}, errors {errors}")
            # The filter form's own onsubmit handler is allowed by its hash ('unsafe-hashes'): it runs, cancelling.
            cancelled = browser.evaluate("!document.getElementById('filters').dispatchEvent("
                                         "new Event('submit', {cancelable: true}))", frame=frame)
            check(f"{lang}: the filter form's inline handler runs under the report's policy", cancelled is True)
            time.sleep(0.2)
            messages = browser.messages(mark)
            check(f"{lang}: no console message, exception or dialog", not messages, str(messages))

        # A refusal is readable in the iframe: HTML with the code and both messages, not JSON.
        mark = browser.mark()
        browser.navigate(base + "/")
        frame = browser.report_frame()
        node = browser.send("Runtime.evaluate", {"expression": "document.getElementById('files')"},
                            session=browser.page)["result"]["objectId"]
        browser.send("DOM.setFileInputFiles", {"files": [fixture_path], "objectId": node}, session=browser.page)
        browser.evaluate("(function () { var form = document.getElementById('upload');"
                         " form.addEventListener('submit', function () {"
                         " form.action = '/v1/check?profile=hubei&format=html'; });"
                         " document.getElementById('submit').click(); })()")
        state = browser.wait(lambda: ready_state(browser, frame), "the refusal in the iframe")
        check("refusal: shown as HTML text with its code and messages",
              "invalid-parameter" in state["text"] and "profile=hubei" in state["text"]
              and '{"error"' not in state["text"], state["text"][:300])
        check("refusal: nothing injected", not state["suspicious"], str(state["suspicious"]))

        # Without JavaScript the form still posts into the iframe (with the defaults: profile auto, Chinese).
        browser.send("Emulation.setScriptExecutionDisabled", {"value": True}, session=browser.page)
        browser.send("Page.navigate", {"url": base + "/?nojs"}, session=browser.page)
        browser.wait(lambda: browser.evaluate("location.search === '?nojs' && document.readyState === 'complete'"),
                     "the page without JavaScript")
        frame = browser.report_frame()
        node = browser.send("Runtime.evaluate", {"expression": "document.getElementById('files')"},
                            session=browser.page)["result"]["objectId"]
        browser.send("DOM.setFileInputFiles", {"files": [fixture_path], "objectId": node}, session=browser.page)
        click(browser, "#submit")
        state = browser.wait(lambda: ready_state(browser, frame), "the report without JavaScript")
        ran = browser.evaluate("document.documentElement.dataset.ready || ''")
        check("no JavaScript: the form posts and the report shows the JSON report's findings",
              ran == "" and collections.Counter(state["rules"])
              == rule_counts(json_report(base, [(name, fixture)], "zh")),
              f"page script ran: {ran!r}, shown {state['rules']}")
        browser.send("Emulation.setScriptExecutionDisabled", {"value": False}, session=browser.page)

        # Hostile submitters' text.
        hostile = [
            '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)",
            "</textarea><svg onload=alert(1)>", "\u2028</script><script>alert(2)</script>",
            "' onmouseover='alert(1)",
        ]
        text = fixture.decode("utf-8")
        escape = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        named = text.replace("长寿区长江干流岸线生态缓冲带建设项目", escape(hostile[0] + hostile[1]), 1)
        named = named.replace("长寿湖出口至晏家段岸线缓冲带单元", escape(hostile[3] + hostile[4] + hostile[5]), 1)
        named = named.replace("岸坡乡土植被恢复", escape(hostile[2]), 1)
        # The finding's line is quoted in the report (its excerpt): every hostile string in a comment on it.
        named = named.replace("<!-- expect: SS-RIV-003 -->", "<!-- " + " ".join(hostile) + " -->", 1)
        assert named.count("alert(") >= 11, "the fixture's names were not replaced"
        # A unit id the schema refuses (not an Identifier): its problem is reported for the second file.
        bad_id = named.replace('<unit id="CS-1"', '<unit id="' + escape(hostile[1] + hostile[2]) + '"', 1)
        file_names = ['"><img src=x onerror=alert(1)>\u2028<svg onload=alert(1)>.xml', "javascript:alert(1).xml"]
        paths = []
        for file_name, data in zip(file_names, (named, bad_id)):
            path = os.path.join(work, file_name)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(data)
            paths.append(path)
        mark = browser.mark()
        frame, state = submit(browser, paths)
        page = browser.evaluate(PAGE_STATE)
        expected = json_report(base, [(n, d.encode()) for n, d in zip(file_names, (named, bad_id))], "zh")
        check("hostile: the findings shown equal the JSON report's",
              collections.Counter(state["rules"]) == rule_counts(expected), f"{state['rules']}")
        check("hostile: no dialog in the page or the report (hooked in both)",
              page["dialogs"] == [] and state["dialogs"] == [], f"page {page['dialogs']} report {state['dialogs']}")
        check("hostile: no element injected into the report", not state["suspicious"], str(state["suspicious"]))
        check("hostile: the report runs only its own inline scripts",
              state["externalScripts"] == 0 and state["inlineScripts"] in (1, 2), str(state))
        check("hostile: no element injected into the page", not page["suspicious"], str(page["suspicious"]))
        check("hostile: the page shows the file names as text", page["chosen"] and all(
            any(li.startswith(n) for li in page["chosen"]) for n in file_names), str(page["chosen"]))
        missing = [h for h in hostile if h not in state["text"]]
        check("hostile: every hostile string is shown as text in the report (the finding's excerpt)", not missing,
              f"missing {missing}")
        check("hostile: the refused unit id is quoted as text in its problem (E102)",
              "E102" in state["text"] and hostile[1] + hostile[2] in state["text"])
        # Chromium sends a file name's " as %22 (HTML's multipart encoding); the rest arrives as chosen.
        missing = [n for n in file_names if n.replace('"', "%22") not in state["text"]]
        check("hostile: the file names are shown as text in the report", not missing, f"missing {missing}")
        messages = browser.messages(mark)
        check("hostile: no console message, exception or dialog event", not messages, str(messages))
        check("hostile: the report frame's dialog hook records a call",
              browser.evaluate(probe, frame=frame) == ["alert:probe"])
        # The report's policy allows its own scripts by hash and nothing else: an inline script added to its DOM
        # (what unescaped text would amount to) does not run, and Chromium reports the refusal.
        mark = browser.mark()
        ran = browser.evaluate("(function () { var s = document.createElement('script');"
                               " s.textContent = 'window.__injected = 1;'; document.body.appendChild(s);"
                               " return window.__injected || 0; })()", frame=frame)
        try:
            refused = browser.wait(lambda: [m for m in browser.messages(mark) if "Content Security Policy" in m],
                                   "the policy's refusal", timeout=10)
        except CDPError:
            refused = []
        check("hostile: an inline script added to the report does not run (its policy refuses it)",
              ran == 0 and refused, f"ran {ran}, messages {browser.messages(mark)}")
        browser.screenshot(os.path.join(out, "upload-hostile.png"))

        # A second server, with a small --max-body and the reviewers' synthetic layers.
        layers = []
        for role, layer in (("river-shoreline", "synthetic-river-shoreline.gpkg"),
                            ("nature-reserve", "synthetic-nature-reserve.geojson"),
                            ("ecological-red-line", "synthetic-ecological-red-line.shp"),
                            ("permanent-basic-farmland", "synthetic-permanent-basic-farmland.shp"),
                            ("urban-development-boundary", "synthetic-urban-development-boundary.gpkg")):
            layers += ["--layer", f"{role}={os.path.join(root, 'fixtures/layers', layer)}"]
        small_port = free_port()
        small = subprocess.Popen([os.path.abspath(args.serve), "--port", str(small_port), "--max-body", "65536",
                                  *layers], stderr=log, stdout=subprocess.DEVNULL)
        try:
            browser.base = f"http://127.0.0.1:{small_port}"
            browser.wait(lambda: urllib.request.urlopen(browser.base + "/readyz", timeout=2).status == 200,
                         "the second server")
            # The maps of spatial findings, drawn and scripted (the pointer's coordinates) under the report's
            # sandboxed policy.
            spatial_path = os.path.join(root, SPATIAL)
            spatial = open(spatial_path, "rb").read()
            mark = browser.mark()
            frame, state = submit(browser, [spatial_path])
            expected_report = json_report(browser.base, [(os.path.basename(SPATIAL), spatial)], "zh")
            maps = sum(1 for x in expected_report["files"] for f in x["findings"]
                       if f.get("spatial"))
            drawn = browser.evaluate("document.querySelectorAll('figure.map svg path').length > 0 && "
                                     "document.querySelectorAll('figure.map').length", frame=frame)
            check(f"maps: the findings shown equal the JSON report's, {maps} maps drawn",
                  collections.Counter(state["rules"]) == rule_counts(expected_report) and maps > 0 and drawn == maps,
                  f"shown {state['rules']}, maps drawn {drawn}, expected {maps}")
            box = browser.evaluate("(function () { var r = document.getElementById('report').getBoundingClientRect();"
                                   " return [r.left, r.top]; })()")
            inner = browser.evaluate("(function () { var svg = document.querySelector('svg.map-svg');"
                                     " svg.scrollIntoView({block: 'center'}); var r = svg.getBoundingClientRect();"
                                     " return [r.left + r.width / 2, r.top + r.height / 2]; })()", frame=frame)
            point = {"x": box[0] + 1 + inner[0], "y": box[1] + 1 + inner[1]}
            for dx in (0, 3):
                browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": point["x"] + dx, "y": point["y"]},
                             session=browser.page)
            pointer = browser.wait(lambda: browser.evaluate(
                "(document.querySelector('output.map-pointer') || {}).textContent || ''", frame=frame),
                "the map's pointer coordinates", timeout=10)
            check("maps: the maps' script runs in the sandbox (the pointer's coordinates shown)", "°E" in pointer,
                  pointer)
            check("maps: no console message, nothing flagged", not browser.messages(mark) and not state["suspicious"],
                  f"{browser.messages(mark)} {state['suspicious']}")
            browser.screenshot(os.path.join(out, "upload-maps.png"))

            # A body over --max-body: refused (413) before it is read, the connection closed; the browser still
            # shows the refusal in the iframe, as text.
            large = os.path.join(work, "large.xml")
            with open(large, "wb") as handle:
                handle.write(fixture + b"<!-- " + b"x" * (1 << 20) + b" -->\n")
            mark = browser.mark()
            frame, state = submit(browser, [large])
            check("413: the refusal is shown in the iframe as text",
                  "body-too-large" in state["text"] and "HTTP 413" in state["text"]
                  and "65536" in state["text"], state["text"][:300])
            # Chromium logs the status itself; nothing else may be logged.
            others = [m for m in browser.messages(mark) if "status of 413" not in m]
            check("413: no console message but the status's", not others, str(others))
        finally:
            small.terminate()
            small.wait(timeout=30)
    except CDPError as error:
        check("browser", False, str(error))
    finally:
        if browser:
            browser.close()
        server.terminate()
        server.wait(timeout=30)
        log.close()
    print(f"check-upload-page: {len(failures)} failure(s) in {time.monotonic() - started:.1f} s; screenshots in {out}")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

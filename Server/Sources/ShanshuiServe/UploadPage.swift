import Hummingbird
import NIOCore

/// The upload page at `/` (docs/service.md, "Upload page"): a form that posts one or more XML files to
/// `/v1/check?format=html` into a sandboxed iframe named `report`, so the report (which echoes submitters' text) runs
/// in an opaque origin and cannot reach the page. Chinese first, English by a switch. The page's script and style are
/// served at `/page.js` and `/page.css`, so its Content Security Policy needs no `'unsafe-inline'`. No external asset.
/// Without JavaScript the form still posts, with the default profile and Chinese.
public struct UploadPage: Sendable {
  public var html: String
  public var script: String
  public var style: String

  public init(html: String, script: String, style: String) {
    self.html = html
    self.script = script
    self.style = style
  }

  /// The page `shanshui-serve` serves unless `--no-page`.
  public static let standard = UploadPage(html: pageHTML, script: pageScript, style: pageStyle)

  /// The page's policy: nothing but its own script and style, frames only from the service (the report), forms
  /// only to the service, never framed itself.
  public static let contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self'; form-action 'self'; "
    + "frame-ancestors 'none'; base-uri 'none'"

  /// The headers of the page and its two assets.
  static func headers(type: String) -> HTTPFields {
    [
      .contentType: type,
      .contentSecurityPolicy: contentSecurityPolicy,
      .init("X-Content-Type-Options")!: "nosniff",
      .init("Referrer-Policy")!: "no-referrer",
      .init("X-Frame-Options")!: "DENY",
      .cacheControl: "no-cache",
    ]
  }

  /// The page's three routes.
  func add(to router: Router<ServeContext>) {
    let html = ByteBuffer(string: self.html)
    let script = ByteBuffer(string: self.script)
    let style = ByteBuffer(string: self.style)
    router.get("/") { _, _ in
      Response(status: .ok, headers: Self.headers(type: MediaType.html), body: .init(byteBuffer: html))
    }
    router.get("/page.js") { _, _ in
      Response(
        status: .ok, headers: Self.headers(type: "text/javascript; charset=utf-8"), body: .init(byteBuffer: script))
    }
    router.get("/page.css") { _, _ in
      Response(status: .ok, headers: Self.headers(type: "text/css; charset=utf-8"), body: .init(byteBuffer: style))
    }
  }
}

private let pageHTML = #"""
  <!doctype html>
  <html lang="zh-CN">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <title>山水 · 生态修复项目申报检查 | shanshui submission check</title>
  <link rel="stylesheet" href="/page.css">
  <script src="/page.js" defer></script>
  </head>
  <body>
  <header>
  <h1><span lang="zh-CN">生态修复项目申报检查</span><span lang="en">Check restoration project submissions</span></h1>
  <button type="button" id="ui-lang" aria-pressed="false"><span lang="zh-CN">English</span><span lang="en">中文</span></button>
  </header>
  <p class="intro"><span lang="zh-CN">选择或拖入一个或多个申报 XML 文件，按成渝联合标准检查。文件只在本服务的内存中检查，不保存。</span><span lang="en">Choose or drop one or more submission XML files to check them against the Chengdu–Chongqing joint standard. Files are checked in this service's memory and never stored.</span></p>
  <form id="upload" method="post" enctype="multipart/form-data" action="/v1/check?format=html" target="report">
  <label id="drop" for="files">
  <span lang="zh-CN">点击选择或将 XML 文件拖到此处</span><span lang="en">Click to choose, or drop XML files here</span>
  <input id="files" type="file" name="file" accept=".xml,application/xml,text/xml" multiple required>
  </label>
  <ul id="chosen"></ul>
  <div class="options">
  <label for="profile"><span lang="zh-CN">规则配置</span><span lang="en">Profile</span></label>
  <select id="profile">
  <option value="auto" selected>自动 auto</option>
  <option value="chongqing">重庆 chongqing</option>
  <option value="sichuan">四川 sichuan</option>
  <option value="unified">统一 unified</option>
  <option value="all">全部 all</option>
  </select>
  <label for="lang"><span lang="zh-CN">报告语言</span><span lang="en">Report language</span></label>
  <select id="lang">
  <option value="zh" selected>中文</option>
  <option value="en">English</option>
  </select>
  <button type="submit" id="submit"><span lang="zh-CN">检查</span><span lang="en">Check</span></button>
  <output id="status" aria-live="polite"></output>
  </div>
  </form>
  <iframe name="report" id="report" sandbox="allow-scripts" referrerpolicy="no-referrer" title="检查报告 Report" src="about:blank"></iframe>
  </body>
  </html>

  """#

private let pageScript = #"""
  'use strict';
  (function () {
    var form = document.getElementById('upload');
    var files = document.getElementById('files');
    var drop = document.getElementById('drop');
    var chosen = document.getElementById('chosen');
    var profile = document.getElementById('profile');
    var lang = document.getElementById('lang');
    var status = document.getElementById('status');
    var report = document.getElementById('report');
    var toggle = document.getElementById('ui-lang');
    var english = function () { return document.documentElement.classList.contains('en'); };

    function setAction() {
      form.action = '/v1/check?profile=' + encodeURIComponent(profile.value) +
        '&lang=' + encodeURIComponent(lang.value) + '&format=html';
    }
    function size(bytes) {
      if (bytes < 1024) { return bytes + ' B'; }
      if (bytes < 1048576) { return (bytes / 1024).toFixed(1) + ' KB'; }
      return (bytes / 1048576).toFixed(1) + ' MB';
    }
    // File names are submitters' text: shown with textContent only.
    function showChosen() {
      chosen.textContent = '';
      Array.prototype.forEach.call(files.files, function (file) {
        var item = document.createElement('li');
        item.textContent = file.name + ' · ' + size(file.size);
        chosen.appendChild(item);
      });
    }
    function setUI(toEnglish) {
      document.documentElement.classList.toggle('en', toEnglish);
      document.documentElement.lang = toEnglish ? 'en' : 'zh-CN';
      toggle.setAttribute('aria-pressed', toEnglish ? 'true' : 'false');
      lang.value = toEnglish ? 'en' : 'zh';
      setAction();
    }

    profile.addEventListener('change', setAction);
    lang.addEventListener('change', setAction);
    files.addEventListener('change', showChosen);
    toggle.addEventListener('click', function () { setUI(!english()); });
    ['dragenter', 'dragover'].forEach(function (name) {
      drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add('over'); });
    });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (event) {
      event.preventDefault();
      drop.classList.remove('over');
      if (event.dataTransfer && event.dataTransfer.files.length) {
        files.files = event.dataTransfer.files;
        showChosen();
      }
    });
    form.addEventListener('submit', function () {
      setAction();
      status.textContent = english() ? 'Checking…' : '正在检查…';
      form.setAttribute('data-state', 'checking');
    });
    report.addEventListener('load', function () {
      if (form.getAttribute('data-state') === 'checking') {
        status.textContent = '';
        form.setAttribute('data-state', 'done');
      }
    });
    if (/(^|[?&])lang=en(&|$)/.test(location.search)) { setUI(true); } else { setAction(); }
    document.documentElement.setAttribute('data-ready', '1');
  })();

  """#

private let pageStyle = #"""
  :root { color-scheme: light; --ink: #1f2a2a; --muted: #5b6b6b; --line: #c9d4d0; --accent: #2f6f5e; }
  * { box-sizing: border-box; }
  body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 2rem; color: var(--ink);
    font: 16px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
  :root:not(.en) [lang="en"] { display: none; }
  :root.en [lang="zh-CN"] { display: none; }
  header { display: flex; align-items: center; justify-content: space-between; gap: 1rem;
    border-bottom: 3px solid var(--accent); }
  h1 { font-size: 1.5rem; margin: .5rem 0; }
  .intro { color: var(--muted); }
  #drop { display: block; padding: 1.5rem; border: 2px dashed var(--line); border-radius: .5rem; text-align: center;
    cursor: pointer; background: #f6faf8; }
  #drop.over { border-color: var(--accent); background: #e6f2ee; }
  #drop input { display: block; margin: .75rem auto 0; }
  #chosen { margin: .5rem 0; padding-left: 1.25rem; color: var(--muted); overflow-wrap: anywhere; }
  .options { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: .75rem 0; }
  select, button { font: inherit; padding: .3rem .6rem; }
  button[type="submit"] { background: var(--accent); color: #fff; border: 0; border-radius: .3rem; padding: .4rem 1.4rem; }
  #status { color: var(--muted); }
  iframe { display: block; width: 100%; height: 75vh; border: 1px solid var(--line); border-radius: .3rem; }

  """#

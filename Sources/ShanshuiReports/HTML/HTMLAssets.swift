/// The HTML report's inline style and filter script.
enum HTMLAssets {
  static let style = """
    body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
    margin:2rem auto;max-width:100rem;padding:0 1rem;color:#1d2125;background:#fff}
    h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.05rem;display:inline;margin-right:.5rem}h3{font-size:.95rem}
    .standard,footer,.meta{color:#5c6670}.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
    .counts td:first-child,.findings td:nth-child(5){white-space:nowrap}
    .card{border:1px solid #d5dade;border-radius:.5rem;padding:.5rem 1rem;min-width:6rem}
    .card .value{display:block;font-size:1.5rem;font-weight:600}.card .label{color:#5c6670;font-size:.85rem}
    .card.error .value{color:#b3261e}.card.warning .value{color:#9a6b00}.card.info .value{color:#1f5fa8}
    .breakdown{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}.breakdown table{width:auto}
    caption{text-align:left;font-weight:600;padding:.25rem 0}
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
    th,td{border:1px solid #d5dade;padding:.35rem .5rem;vertical-align:top;text-align:left}
    thead th{background:#eef1f3}.num{text-align:right;font-variant-numeric:tabular-nums}
    .filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.75rem;background:#f6f8f9;\
    border-radius:.5rem;position:sticky;top:0;z-index:1}.filters input[type=search]{min-width:16rem}
    .file{border-top:1px solid #d5dade;padding:.5rem 0}summary{cursor:pointer;padding:.25rem 0}
    .badge{display:inline-block;border-radius:.75rem;padding:0 .5rem;font-size:.8rem;margin-right:.25rem;background:#e3e7ea}
    .badge.error{background:#fbe3e1;color:#b3261e}.badge.warning{background:#fff1cc;color:#7a5500}
    .badge.info{background:#e1ecfa;color:#1f5fa8}.badge.not-checked{background:#b3261e;color:#fff}
    .title{color:#5c6670}.parameter,.note{color:#5c6670;font-size:.85rem}
    pre.excerpt{background:#f6f8f9;padding:.25rem .5rem;margin:.25rem 0 0;white-space:pre-wrap;word-break:break-all;font-size:.85rem}
    .lineno{color:#8a949c;margin-right:.75rem;user-select:none}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em}.path{word-break:break-all}
    .problems li{color:#b3261e}.code{font-weight:600}.clean{color:#2e7d4f}
    .verdict.fail{background:#fbe3e1}.verdict.warn{background:#fff1cc}.verdict.pass{background:#e4f3ea}
    .verdict.na{color:#8a949c}.verdict.error{background:#b3261e;color:#fff}tr.divergent td:first-child{border-left:4px solid #d9a21b}
    .columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem}
    .column{border:1px solid #d5dade;border-radius:.5rem;padding:0 .75rem}
    .suppressions tr.rejected{background:#fbe3e1}.suppressions tr.unused{color:#8a949c}
    footer{margin-top:1.5rem}
    """

  /// Filters rows by their data attributes; builds no markup from report text. The filter state lives in the URL
  /// fragment (`#severity=error&theme=karst&profile=sichuan&q=SS-KAR`), so a filtered view can be linked to.
  static let script = """
    (function () {
      var root = document.documentElement;
      var form = document.getElementById('filters');
      if (!form) { root.dataset.ready = '1'; return; }
      var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
      var shown = document.getElementById('shown');
      var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name=severity]'));
      function readHash() {
        var state = Object.create(null);
        location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
          var equals = pair.indexOf('='), key = equals === -1 ? pair : pair.slice(0, equals);
          // A hand-edited link may hold a stray % (URIError) or a value with =: skip the one, keep the other whole.
          try {
            if (key) { state[decodeURIComponent(key)] = decodeURIComponent(equals === -1 ? '' : pair.slice(equals + 1)); }
          } catch (error) { return; }
        });
        if (state.severity !== undefined) {
          var wanted = state.severity.split(',');
          boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) !== -1; });
        }
        if (state.theme !== undefined) { form.elements.theme.value = state.theme; }
        if (state.profile !== undefined) { form.elements.profile.value = state.profile; }
        if (state.q !== undefined) { form.elements.q.value = state.q; }
      }
      function writeHash() {
        var parts = [];
        var severities = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
        if (severities.length !== boxes.length) { parts.push('severity=' + severities.join(',')); }
        ['theme', 'profile', 'q'].forEach(function (name) {
          var value = form.elements[name].value;
          if (value) { parts.push(name + '=' + encodeURIComponent(value)); }
        });
        history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
      }
      function apply() {
        var severities = {};
        boxes.forEach(function (box) { severities[box.value] = box.checked; });
        var theme = form.elements.theme.value, profile = form.elements.profile.value;
        var query = form.elements.q.value.trim().toLowerCase();
        var count = 0;
        rows.forEach(function (row) {
          var visible = severities[row.dataset.severity] &&
            (!theme || row.dataset.theme === theme) && (!profile || row.dataset.profile === profile) &&
            (!query || row.dataset.text.indexOf(query) !== -1);
          row.hidden = !visible;
          if (visible) { count += 1; }
        });
        shown.textContent = shown.dataset.label + ': ' + count + ' / ' + rows.length;
        root.dataset.shown = String(count);
      }
      form.addEventListener('input', function () { apply(); writeHash(); });
      form.addEventListener('change', function () { apply(); writeHash(); });
      window.addEventListener('hashchange', function () { readHash(); apply(); });
      readHash();
      apply();
      root.dataset.ready = '1';
    })();
    """
}

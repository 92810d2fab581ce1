/// The style and script of the findings' maps, added to the page only when it has a map (a report without spatial
/// findings is byte-for-byte what it was).
enum HTMLMapAssets {
  static let style = """
    figure.map{margin:.5rem 0 0;max-width:480px}figure.map svg{display:block;width:100%;height:auto;\
    border:1px solid #d5dade;border-radius:.25rem;font-family:system-ui,"Noto Sans CJK SC","PingFang SC",\
    "Microsoft YaHei",sans-serif}figure.map figcaption{font-size:.8rem;color:#5c6670;\
    font-variant-numeric:tabular-nums;min-height:1.2rem}
    """

  /// Shows the coordinates under the pointer: longitude and latitude exactly (the map's projection is linear in
  /// both), the input CRS by the affine map through three corners of the window (exact for EPSG:4490; for a
  /// Gauss–Krüger zone an approximation, marked ≈). Reads only numeric `data-*` attributes; writes `textContent`.
  static let script = """
    (function () {
      Array.prototype.forEach.call(document.querySelectorAll('svg.map-svg'), function (svg) {
        var out = svg.parentNode.querySelector('output.map-pointer');
        if (!out || !svg.hasAttribute('data-sw')) { return; }
        function read(name) { return svg.getAttribute('data-' + name).split(' ').map(Number); }
        var sw = read('sw'), se = read('se'), nw = read('nw'), crs = svg.getAttribute('data-crs');
        var exact = crs === 'EPSG:4490', digits = exact ? 7 : 1, label = out.getAttribute('data-label');
        svg.addEventListener('mousemove', function (event) {
          var box = svg.getBoundingClientRect();
          if (!box.width || !box.height) { return; }
          var u = (event.clientX - box.left) / box.width, v = (event.clientY - box.top) / box.height;
          var lon = sw[0] + u * (se[0] - sw[0]), lat = nw[1] - v * (nw[1] - sw[1]);
          var first = sw[2] + u * (se[2] - sw[2]) + (1 - v) * (nw[2] - sw[2]);
          var second = sw[3] + u * (se[3] - sw[3]) + (1 - v) * (nw[3] - sw[3]);
          out.textContent = label + ': ' + lon.toFixed(6) + '°E, ' + lat.toFixed(6) + '°N (' + crs + (exact ? ': ' : ' ≈ ') +
            first.toFixed(digits) + ' ' + second.toFixed(digits) + ')';
        });
      });
    })();
    """
}

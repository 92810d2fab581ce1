import Foundation
import ShanshuiCore

/// The inline SVG map of one spatial finding: the unit (outline, id and name), the conflicting part hatched (an
/// overlap, the part outside the boundary), the context (the layer feature, the other unit, the boundary) clipped to
/// the window, a distance's line with its length, the finding's point (where a geometry is invalid) marked; a scale
/// bar, a north arrow and a legend, in the report's language. Every text is escaped; coordinates are in `<title>`s
/// (hover, no script needed) and, with the report's script, under the pointer.
enum HTMLMap {
  static let width = 480.0

  /// The map's `<figure>`, or "" when the finding has no sketch. `id` makes the map's pattern ids unique in the page.
  static func render(_ finding: Finding, id: String, language: Language) -> String {
    guard let detail = finding.spatial, let sketch = detail.sketch else { return "" }
    let terms = HTMLMapTerms(language)
    let projection = HTMLMapProjection(sketch, width: width)
    let height = projection.height
    let hatch = "\(id)-hatch"
    let unitName = terms.subject(detail, path: finding.path)
    var layers: [String] = []
    var legend: [(swatch: String, text: String)] = []

    let context = contextStyle(sketch.kind, detail, terms)
    if !sketch.context.isEmpty {
      let lineOnly = sketch.context.polygons.isEmpty
      layers.append(
        "<path d=\"\(projection.pathData(sketch.context))\" fill-rule=\"evenodd\" "
          + (lineOnly ? "fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"" : context.attributes)
          + "><title>\(escape(context.label))</title></path>")
      legend.append((lineOnly ? lineSwatch("#1f5fa8", dashed: false) : boxSwatch(context.attributes), context.label))
    }
    let unitStyle = "fill=\"#2e7d4f\" fill-opacity=\"0.18\" stroke=\"#1f6b3f\" stroke-width=\"1.6\""
    layers.append(
      "<path d=\"\(projection.pathData(sketch.subject))\" fill-rule=\"evenodd\" \(unitStyle)>"
        + "<title>\(escape(unitName))</title></path>")
    legend.insert((boxSwatch(unitStyle), unitName), at: 0)
    if !sketch.conflict.isEmpty {
      let label = conflictLabel(sketch.kind, detail, terms, language)
      let style = "fill=\"url(#\(hatch))\" stroke=\"#b3261e\" stroke-width=\"1.2\""
      layers.append(
        "<path d=\"\(projection.pathData(sketch.conflict))\" fill-rule=\"evenodd\" \(style)>"
          + "<title>\(escape(label))</title></path>")
      legend.append((boxSwatch(style), label))
    }
    if sketch.segment.count == 2 {
      layers.append(segment(sketch.segment, detail, projection, terms, language))
      legend.append(
        (lineSwatch("#b3261e", dashed: false), detail.distanceMetres.map(terms.distance) ?? terms.distance(0)))
    }
    if let point = detail.point, sketch.kind != .distance {
      let label = sketch.kind == .invalid ? terms.whereInvalid : terms.findingPoint
      layers.append(mark(point, label: label, projection, language))
      legend.append(
        ("<circle cx=\"7\" cy=\"5\" r=\"4\" fill=\"#fff\" stroke=\"#b3261e\" stroke-width=\"2\"/>", label))
    }
    layers.append(unitLabel(unitName, sketch.subject, projection))

    let caption = terms.map + " · " + finding.ruleID + " · " + unitName
    let corner = { (point: SpatialDetail.Point) -> String in
      String(format: "%.7f %.7f %.3f %.3f", point.longitude, point.latitude, point.first, point.second)
    }
    let corners =
      sketch.corners.count == 3
      ? " data-sw=\"\(corner(sketch.corners[0]))\" data-se=\"\(corner(sketch.corners[1]))\" "
        + "data-nw=\"\(corner(sketch.corners[2]))\" data-crs=\"\(escape(sketch.corners[0].crs))\"" : ""
    let size = "\(Int(width))\" height=\"\(Int(height))"
    return "<figure class=\"map\" data-rule=\"\(escape(finding.ruleID))\" data-unit=\"\(escape(detail.unitID ?? ""))\" "
      + "data-line=\"\(detail.geometryLine ?? 0)\" data-kind=\"\(sketch.kind.rawValue)\"><svg class=\"map-svg\" xmlns=\"http://www.w3.org/2000/svg\" "
      + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(size)\" role=\"img\"\(corners)>"
      + "<title>\(escape(caption))</title>"
      + "<defs><pattern id=\"\(hatch)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
      + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#b3261e\" fill-opacity=\"0.12\"/>"
      + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b3261e\" stroke-width=\"2\"/></pattern></defs>"
      + "<rect width=\"\(size)\" fill=\"#f7f9f7\"/>" + layers.joined()
      + northArrow(terms) + scaleBar(projection, terms) + legendBox(legend, height: height)
      + "</svg><figcaption><output class=\"map-pointer\" data-label=\"\(escape(terms.pointer))\">"
      + "\(escape(terms.noScript))</output></figcaption></figure>"
  }

  // MARK: - Parts

  private static func contextStyle(
    _ kind: SpatialSketch.Kind, _ detail: SpatialDetail, _ terms: HTMLMapTerms
  ) -> (attributes: String, label: String) {
    switch kind {
    case .unitOverlap:
      return (
        "fill=\"#1f5fa8\" fill-opacity=\"0.14\" stroke=\"#1f5fa8\" stroke-width=\"1.4\"",
        terms.otherUnit(detail.otherUnitID)
      )
    case .outsideBoundary:
      return ("fill=\"none\" stroke=\"#33383c\" stroke-width=\"1.6\" stroke-dasharray=\"7 4\"", terms.boundary)
    default:
      return (
        "fill=\"#d9822b\" fill-opacity=\"0.16\" stroke=\"#b8651b\" stroke-width=\"1.4\"", terms.feature(detail.feature)
      )
    }
  }

  private static func conflictLabel(
    _ kind: SpatialSketch.Kind, _ detail: SpatialDetail, _ terms: HTMLMapTerms, _ language: Language
  ) -> String {
    let name = kind == .outsideBoundary ? terms.outside : terms.overlap
    guard let area = detail.area, let unit = detail.areaUnit else { return name }
    let symbol = QuantityUnit.named(unit)?.symbol.text(language) ?? unit
    return name + " " + SpatialReportText.number(area) + (language == .zh ? " " : " ")
      + (symbol.isEmpty ? unit : symbol)
  }

  /// The distance's line, its two ends (coordinates on hover) and its length at the middle.
  private static func segment(
    _ ends: [SpatialDetail.Point], _ detail: SpatialDetail, _ projection: HTMLMapProjection, _ terms: HTMLMapTerms,
    _ language: Language
  ) -> String {
    let (x1, y1) = (projection.x(ends[0].longitude), projection.y(ends[0].latitude))
    let (x2, y2) = (projection.x(ends[1].longitude), projection.y(ends[1].latitude))
    let n = HTMLMapProjection.number
    let length = detail.distanceMetres.map(terms.distance) ?? ""
    var svg =
      "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"#b3261e\" stroke-width=\"2\">"
      + "<title>\(escape(length))</title></line>"
    for (end, label) in zip(ends, [terms.nearestOnUnit, terms.nearestOnFeature]) {
      svg +=
        "<circle cx=\"\(n(projection.x(end.longitude)))\" cy=\"\(n(projection.y(end.latitude)))\" r=\"3.5\" "
        + "fill=\"#b3261e\"><title>\(escape(label + " " + SpatialReportText.point(end, language: language)))</title>"
        + "</circle>"
    }
    let middle = ((x1 + x2) / 2, (y1 + y2) / 2)
    svg += text(length, x: middle.0 + 6, y: middle.1 - 6, anchor: "start", weight: "600", colour: "#b3261e")
    return svg
  }

  private static func mark(
    _ point: SpatialDetail.Point, label: String, _ projection: HTMLMapProjection, _ language: Language
  ) -> String {
    let n = HTMLMapProjection.number
    return "<circle cx=\"\(n(projection.x(point.longitude)))\" cy=\"\(n(projection.y(point.latitude)))\" r=\"5\" "
      + "fill=\"#fff\" stroke=\"#b3261e\" stroke-width=\"2.2\"><title>"
      + escape(label + " " + SpatialReportText.point(point, language: language)) + "</title></circle>"
  }

  /// The unit's id and name above its outline's top, kept inside the map.
  private static func unitLabel(
    _ name: String, _ outline: SpatialSketch.Outline, _ projection: HTMLMapProjection
  ) -> String {
    let rings = outline.polygons.flatMap { $0 } + outline.lines
    let longitudes = rings.flatMap(\.longitudes)
    let latitudes = rings.flatMap(\.latitudes)
    guard let west = longitudes.min(), let east = longitudes.max(), let north = latitudes.max() else { return "" }
    let x = min(max((projection.x(west) + projection.x(east)) / 2, 60), projection.width - 60)
    let y = min(max(projection.y(north) - 6, 16), projection.height - 60)
    return text(shortened(name, to: 26), x: x, y: y, anchor: "middle", weight: "600", colour: "#1f6b3f")
  }

  private static func northArrow(_ terms: HTMLMapTerms) -> String {
    let x = width - 22
    return "<g aria-hidden=\"true\"><path d=\"M\(Int(x)) 26 l7 16 l-7 -5 l-7 5 z\" fill=\"#33383c\"/>"
      + text(terms.north, x: x, y: 20, anchor: "middle", weight: "700", colour: "#33383c") + "</g>"
  }

  /// The longest 1, 2 or 5 × 10ⁿ metres that fits in a quarter of the map's width, labelled.
  static func scaleLength(metresPerPixel: Double, width: Double) -> Double {
    let target = width / 4 * metresPerPixel
    guard target.isFinite, target > 0 else { return 0 }
    var power = pow(10, floor(log10(target)))
    var best = power
    for factor in [1.0, 2, 5, 10] where factor * power <= target { best = factor * power }
    power = best
    return power
  }

  private static func scaleBar(_ projection: HTMLMapProjection, _ terms: HTMLMapTerms) -> String {
    let metres = scaleLength(metresPerPixel: projection.metresPerPixel, width: width)
    guard metres > 0 else { return "" }
    let pixels = metres / projection.metresPerPixel
    let n = HTMLMapProjection.number
    let y = projection.height - 12
    let half = pixels / 2
    return "<g><title>\(escape(terms.scale(metres)))</title>"
      + "<rect x=\"12\" y=\"\(n(y))\" width=\"\(n(half))\" height=\"5\" fill=\"#33383c\"/>"
      + "<rect x=\"\(n(12 + half))\" y=\"\(n(y))\" width=\"\(n(half))\" height=\"5\" fill=\"#fff\" stroke=\"#33383c\"/>"
      + text(terms.length(metres), x: 12, y: y - 4, anchor: "start", weight: "400", colour: "#33383c") + "</g>"
  }

  /// The legend in the bottom-right corner: a swatch and a text per entry (long texts shortened; the full text is
  /// each shape's `<title>`).
  private static func legendBox(_ entries: [(swatch: String, text: String)], height: Double) -> String {
    let texts = entries.map { shortened($0.text, to: 30) }
    let textWidth = texts.map(estimatedWidth).max() ?? 0
    let boxWidth = textWidth + 30
    let boxHeight = Double(entries.count) * 15 + 8
    let x = width - boxWidth - 6
    let y = height - boxHeight - 6
    let n = HTMLMapProjection.number
    var svg =
      "<g class=\"legend\"><rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(boxWidth))\" height=\"\(n(boxHeight))\" "
      + "fill=\"#fff\" fill-opacity=\"0.88\" stroke=\"#d5dade\" rx=\"3\"/>"
    for (index, entry) in entries.enumerated() {
      let rowY = y + 6 + Double(index) * 15
      svg +=
        "<g transform=\"translate(\(n(x + 6)) \(n(rowY + 1)))\">\(entry.swatch)</g>"
        + text(texts[index], x: x + 24, y: rowY + 10, anchor: "start", weight: "400", colour: "#1d2125")
    }
    return svg + "</g>"
  }

  private static func boxSwatch(_ attributes: String) -> String {
    "<rect width=\"14\" height=\"10\" \(attributes)/>"
  }

  private static func lineSwatch(_ colour: String, dashed: Bool) -> String {
    "<line x1=\"0\" y1=\"5\" x2=\"14\" y2=\"5\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
  }

  private static func text(
    _ content: String, x: Double, y: Double, anchor: String, weight: String, colour: String
  ) -> String {
    let n = HTMLMapProjection.number
    return "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"11\" font-weight=\"\(weight)\" "
      + "fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(escape(content))</text>"
  }

  /// At most `limit` characters, an ellipsis marking the cut.
  static func shortened(_ text: String, to limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  /// The width of `text` at 11 px: a CJK character is about one em, others about 0.58 em.
  private static func estimatedWidth(_ text: String) -> Double {
    text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 11 : 6.4) }
  }

  private static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}

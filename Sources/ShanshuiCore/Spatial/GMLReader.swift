import Foundation
import ShanshuiGeo
import ShanshuiXML

/// Reads the GML 3.2 geometry of a submission (`location/geometry`, `unit/geometry`, `corridor/facility/geometry`)
/// or of a rule example's layer feature into a `GeoShape`, through the node API (no XPath), or says why it cannot,
/// with a code and the place (docs/submission-format.md, "Geometry"):
///
/// - E601: not exactly one `gml:Polygon` or `gml:MultiSurface` (lines too, `gml:LineString` and `gml:MultiCurve`,
///   when `Options.acceptsLines`), no `srsName`, an `srsDimension` other than 2, a ring not closed or of fewer than four
///   positions, an odd number of coordinates, a coordinate that is not a finite number;
/// - E602 and E603: an `srsName` that `SRSName.parse` refuses (E603: the legacy `…/epsg.xml#` form);
/// - E605: more positions in the file than `Options.maxPositions`, counted while reading, so that an oversized file
///   stops at the limit;
/// - E606: any attribute in the XLink namespace (`xlink:href`): shanshui never fetches a reference.
///
/// One reader serves one file: the positions of all its geometries count against one limit.
public struct GMLReader {
  /// What the reader accepts.
  public struct Options: Sendable, Hashable {
    /// The default of `--max-geometry-positions`: positions in all of one file's geometries.
    public static let defaultMaxPositions = 1_000_000
    /// Most positions read from one file (E605 beyond).
    public var maxPositions: Int
    /// Whether line geometries (`gml:LineString`, `gml:MultiCurve`) are accepted: layer features in rule examples
    /// (a river's shoreline); a submission's geometry is polygons only.
    public var acceptsLines: Bool

    public init(maxPositions: Int = defaultMaxPositions, acceptsLines: Bool = false) {
      self.maxPositions = maxPositions
      self.acceptsLines = acceptsLines
    }
  }

  public let options: Options
  /// Positions read so far from this file.
  public private(set) var positionsRead = 0
  private let locator: GMLSourceLocator

  /// - parameter source: the document's bytes, when at hand, for columns in problems (lines are known without).
  public init(options: Options = Options(), source: [UInt8]? = nil) {
    self.options = options
    locator = GMLSourceLocator(source: source)
  }

  /// Reads the one GML geometry held by `container` (a `<geometry>` element, or a rule example's `<feature>`).
  public mutating func read(_ container: XMLNode) -> Result<GMLGeometry, GMLProblem> {
    do {
      return .success(try readGeometry(container))
    } catch {
      return .failure(error)
    }
  }

  private mutating func readGeometry(_ container: XMLNode) throws(GMLProblem) -> GMLGeometry {
    try refuseReferences(container)
    let children = container.childElements
    guard let top = children.first else {
      throw problem(
        .geometryMalformed, at: container,
        zh: "\(container.writtenName) 为空：应含一个 gml:Polygon 或 gml:MultiSurface（GML 3.2）",
        en: "\(container.writtenName) is empty: it holds one gml:Polygon or gml:MultiSurface (GML 3.2)")
    }
    if children.count > 1 {
      throw problem(
        .geometryMalformed, at: children[1],
        zh: "\(container.writtenName) 只能含一个几何元素，此处多出 \(children[1].writtenName)",
        en: "\(container.writtenName) holds one geometry element; \(children[1].writtenName) is one too many")
    }
    try refuseReferences(top)
    let crs = try readCRS(top)
    var shape = GeoShape(crs: crs, polygons: [])
    if top.isElement(named: GMLNames.polygon) {
      shape.polygons = [try readPolygon(top, crs: crs)]
    } else if top.isElement(named: GMLNames.multiSurface) {
      shape.polygons = try readMultiSurface(top, crs: crs)
    } else if options.acceptsLines, top.isElement(named: GMLNames.lineString) {
      shape.lines = [try readLineString(top, crs: crs)]
    } else if options.acceptsLines, top.isElement(named: GMLNames.multiCurve) {
      shape.lines = try readMultiCurve(top, crs: crs)
    } else {
      let accepted =
        options.acceptsLines
        ? "gml:Polygon, gml:MultiSurface, gml:LineString, gml:MultiCurve" : "gml:Polygon, gml:MultiSurface"
      let namespace = top.namespaceURI == GMLNames.namespace ? "" : "（命名空间 \(top.namespaceURI ?? "无")）"
      let namespaceEN = top.namespaceURI == GMLNames.namespace ? "" : " (namespace \(top.namespaceURI ?? "none"))"
      throw problem(
        .geometryMalformed, at: top,
        zh: "不接受几何元素 \(top.writtenName)\(namespace)：只接受 GML 3.2 的 \(accepted)",
        en: "geometry element \(top.writtenName)\(namespaceEN) is not accepted: only GML 3.2 \(accepted)")
    }
    return GMLGeometry(shape: shape, srsName: top.attribute("srsName") ?? "", line: container.line)
  }

  // MARK: CRS

  /// The CRS of the top geometry element: its `srsName` (required) and `srsDimension` (2 when given).
  private func readCRS(_ element: XMLNode) throws(GMLProblem) -> GeoCRS {
    guard let name = element.attribute("srsName") else {
      throw problem(
        .geometryMalformed, at: element,
        zh: "\(element.writtenName) 缺少 srsName：须注明坐标参照系，如 srsName=\"EPSG:4490\"",
        en: "\(element.writtenName) has no srsName: name its CRS, e.g. srsName=\"EPSG:4490\"")
    }
    try checkDimension(element)
    return try crs(named: name, on: element)
  }

  private func crs(named name: String, on element: XMLNode) throws(GMLProblem) -> GeoCRS {
    switch SRSName.parse(name) {
    case .success(let crs): return crs
    case .failure(.legacyForm(let code)):
      throw problem(
        .srsNameLegacy, at: element, attribute: "srsName",
        zh:
          "srsName \"\(name)\" 是旧式 epsg.xml# 写法，其坐标轴顺序（经纬度先后）在各软件中不一致，无法确定坐标含义：请写 urn:ogc:def:crs:EPSG::\(code)，坐标按 EPSG 规定的轴序",
        en:
          "srsName \"\(name)\" is the legacy epsg.xml# form, whose axis order software reads differently, so the coordinates' meaning is ambiguous: write urn:ogc:def:crs:EPSG::\(code) with coordinates in EPSG's axis order"
      )
    case .failure(.unsupportedCode(let code)):
      throw problem(
        .srsNameUnsupported, at: element, attribute: "srsName",
        zh:
          "srsName \"\(name)\"（EPSG:\(code)）不受支持：请用 CGCS2000 地理坐标 EPSG:4490 或 CGCS2000 3度带高斯–克吕格投影（EPSG:4520–4525、4541–4546）",
        en:
          "srsName \"\(name)\" (EPSG:\(code)) is not supported: use CGCS2000 geographic EPSG:4490 or a CGCS2000 3° Gauss–Krüger zone (EPSG:4520–4525, 4541–4546)"
      )
    case .failure(.unrecognised):
      throw problem(
        .srsNameUnsupported, at: element, attribute: "srsName",
        zh:
          "srsName \"\(name)\" 不是可识别的 EPSG 标识：请写 EPSG:4490、urn:ogc:def:crs:EPSG::4490 或 http://www.opengis.net/def/crs/EPSG/0/4490",
        en:
          "srsName \"\(name)\" is not an EPSG identifier shanshui reads: write EPSG:4490, urn:ogc:def:crs:EPSG::4490 or http://www.opengis.net/def/crs/EPSG/0/4490"
      )
    }
  }

  /// A nested element may repeat the CRS, never change it.
  private func checkNestedCRS(_ element: XMLNode, _ crs: GeoCRS) throws(GMLProblem) {
    try refuseReferences(element)
    try checkDimension(element)
    guard let name = element.attribute("srsName") else { return }
    let nested = try self.crs(named: name, on: element)
    guard nested == crs else {
      throw problem(
        .geometryMalformed, at: element, attribute: "srsName",
        zh: "\(element.writtenName) 的 srsName（\(nested)）与整个几何的 \(crs) 不同：一个几何只用一个坐标参照系",
        en: "\(element.writtenName) has srsName \(nested), unlike the geometry's \(crs): one geometry uses one CRS")
    }
  }

  private func checkDimension(_ element: XMLNode) throws(GMLProblem) {
    guard let dimension = element.attribute("srsDimension"), dimension.trimmingCharacters(in: .whitespaces) != "2"
    else { return }
    throw problem(
      .geometryMalformed, at: element, attribute: "srsDimension",
      zh: "srsDimension=\"\(dimension)\" 不受支持：只接受二维坐标（srsDimension=\"2\"）",
      en: "srsDimension=\"\(dimension)\" is not supported: coordinates are two-dimensional (srsDimension=\"2\")")
  }

  // MARK: Surfaces and curves

  private mutating func readPolygon(_ polygon: XMLNode, crs: GeoCRS) throws(GMLProblem) -> GeoPolygon {
    try checkNestedCRS(polygon, crs)
    var exterior: [GeoPosition]?
    var interiors: [[GeoPosition]] = []
    for child in polygon.childElements {
      try refuseReferences(child)
      if isDescriptive(child), exterior == nil { continue }
      if child.isElement(named: GMLNames.exterior), exterior == nil {
        exterior = try readRing(in: child, crs: crs)
      } else if child.isElement(named: GMLNames.interior), exterior != nil {
        interiors.append(try readRing(in: child, crs: crs))
      } else {
        throw unexpected(child, in: polygon, expected: "gml:exterior, gml:interior")
      }
    }
    guard let exterior else {
      throw problem(
        .geometryMalformed, at: polygon,
        zh: "\(polygon.writtenName) 缺少 gml:exterior（外环）", en: "\(polygon.writtenName) has no gml:exterior ring")
    }
    return GeoPolygon(exterior: exterior, interiors: interiors)
  }

  private mutating func readMultiSurface(_ multi: XMLNode, crs: GeoCRS) throws(GMLProblem) -> [GeoPolygon] {
    try readMembers(
      of: multi, member: GMLNames.surfaceMember, members: GMLNames.surfaceMembers, item: GMLNames.polygon,
      written: ("gml:surfaceMember", "gml:surfaceMembers", "gml:Polygon")
    ) { (reader: inout GMLReader, element: XMLNode) throws(GMLProblem) in try reader.readPolygon(element, crs: crs) }
  }

  private mutating func readLineString(_ line: XMLNode, crs: GeoCRS) throws(GMLProblem) -> [GeoPosition] {
    try checkNestedCRS(line, crs)
    let positions = try readPositions(of: line, crs: crs)
    guard positions.count >= 2 else {
      throw problem(
        .geometryMalformed, at: line,
        zh: "\(line.writtenName) 只有 \(positions.count) 个点：线至少需要两个点",
        en: "\(line.writtenName) has \(positions.count) position(s): a line needs at least two")
    }
    return positions
  }

  private mutating func readMultiCurve(_ multi: XMLNode, crs: GeoCRS) throws(GMLProblem) -> [[GeoPosition]] {
    try readMembers(
      of: multi, member: GMLNames.curveMember, members: GMLNames.curveMembers, item: GMLNames.lineString,
      written: ("gml:curveMember", "gml:curveMembers", "gml:LineString")
    ) { (reader: inout GMLReader, element: XMLNode) throws(GMLProblem) in try reader.readLineString(element, crs: crs) }
  }

  /// The items of a `gml:MultiSurface` or `gml:MultiCurve`: each `member` holds one item, a `members` any number;
  /// descriptive elements (`gml:description`, `gml:name`…) only before the first; at least one item.
  private mutating func readMembers<Item>(
    of multi: XMLNode, member: XMLName, members: XMLName, item: XMLName,
    written: (member: String, members: String, item: String),
    _ read: (inout GMLReader, XMLNode) throws(GMLProblem) -> Item
  ) throws(GMLProblem) -> [Item] {
    var items: [Item] = []
    for child in multi.childElements {
      try refuseReferences(child)
      if isDescriptive(child), items.isEmpty { continue }
      if child.isElement(named: member) {
        items.append(try read(&self, onlyChild(of: child, named: item, written.item)))
      } else if child.isElement(named: members) {
        for element in child.childElements {
          guard element.isElement(named: item) else { throw unexpected(element, in: child, expected: written.item) }
          items.append(try read(&self, element))
        }
      } else {
        throw unexpected(child, in: multi, expected: "\(written.member), \(written.members)")
      }
    }
    guard !items.isEmpty else {
      throw problem(
        .geometryMalformed, at: multi,
        zh: "\(multi.writtenName) 不含任何 \(written.item)", en: "\(multi.writtenName) holds no \(written.item)")
    }
    return items
  }

  // MARK: Rings and positions

  /// The ring of a `gml:exterior` or `gml:interior`: one `gml:LinearRing`, closed, of at least four positions.
  private mutating func readRing(in boundary: XMLNode, crs: GeoCRS) throws(GMLProblem) -> [GeoPosition] {
    let ring = try onlyChild(of: boundary, named: GMLNames.linearRing, "gml:LinearRing")
    try checkNestedCRS(ring, crs)
    let positions = try readPositions(of: ring, crs: crs)
    guard positions.count >= 4 else {
      throw problem(
        .geometryMalformed, at: ring,
        zh: "环只有 \(positions.count) 个点：闭合环至少需要四个点（首末点相同）",
        en: "the ring has \(positions.count) position(s): a closed ring needs at least four (the first repeated last)")
    }
    if let first = positions.first, let last = positions.last, first != last {
      throw problem(
        .geometryMalformed, at: ring,
        zh: "环未闭合：首点 (\(format(first))) 与末点 (\(format(last))) 不同",
        en: "the ring is not closed: its first position (\(format(first))) differs from its last (\(format(last)))")
    }
    return positions
  }

  /// The positions of a ring or line: one `gml:posList`, or a sequence of `gml:pos`.
  private mutating func readPositions(of element: XMLNode, crs: GeoCRS) throws(GMLProblem) -> [GeoPosition] {
    var positions: [GeoPosition] = []
    var sawList = false
    // Child by child, never a list of them all: a ring of millions of gml:pos stops at the position limit.
    var next = element.firstChildElement
    while let child = next {
      next = child.nextElementSibling
      try refuseReferences(child)
      if child.isElement(named: GMLNames.posList), positions.isEmpty, !sawList {
        sawList = true
        try checkNestedCRS(child, crs)
        positions = try readNumbers(child, kind: .list)
      } else if child.isElement(named: GMLNames.pos), !sawList {
        try checkNestedCRS(child, crs)
        positions += try readNumbers(child, kind: .single)
      } else {
        throw unexpected(child, in: element, expected: "gml:posList, gml:pos")
      }
    }
    return positions
  }

  private enum NumbersKind { case list, single }

  private mutating func readNumbers(_ element: XMLNode, kind: NumbersKind) throws(GMLProblem) -> [GeoPosition] {
    var budget = max(0, options.maxPositions - positionsRead)
    let before = budget
    let result = GMLCoordinates.positions(in: element.stringValue, budget: &budget)
    positionsRead += before - budget
    switch result {
    case .success(let positions):
      if kind == .single, positions.count != 1 {
        throw problem(
          .geometryMalformed, at: element,
          zh: "gml:pos 应含两个数（一个点），此处有 \(positions.count * 2) 个",
          en: "a gml:pos holds two numbers (one position); this one holds \(positions.count * 2)")
      }
      if kind == .list, let count = element.attribute("count"),
        Int(count.trimmingCharacters(in: .whitespaces)) != positions.count
      {
        throw problem(
          .geometryMalformed, at: element, attribute: "count",
          zh: "count=\"\(count)\" 与 gml:posList 中的点数 \(positions.count) 不符",
          en: "count=\"\(count)\" disagrees with the \(positions.count) positions in the gml:posList")
      }
      return positions
    case .failure(.notANumber(let token, let text)):
      throw problem(
        .geometryMalformed, at: element, token: token,
        zh: "坐标 \"\(text)\" 不是数", en: "coordinate \"\(text)\" is not a number")
    case .failure(.nonFinite(let token, let text)):
      throw problem(
        .geometryMalformed, at: element, token: token,
        zh: "坐标 \"\(text)\" 不是有限数", en: "coordinate \"\(text)\" is not a finite number")
    case .failure(.oddCount(let count)):
      throw problem(
        .geometryMalformed, at: element,
        zh: "\(element.writtenName) 含 \(count) 个数（奇数）：坐标须成对（二维）",
        en: "\(element.writtenName) holds \(count) numbers, an odd count: coordinates come in pairs (two dimensions)")
    case .failure(.budgetExhausted):
      throw problem(
        .geometryTooLarge, at: element,
        zh: "本文件的几何超过 \(options.maxPositions) 个点（--max-geometry-positions），已停止读取",
        en:
          "the file's geometry has more than \(options.maxPositions) positions (--max-geometry-positions); reading stopped"
      )
    }
  }

  // MARK: Shared

  /// E606 for any attribute in the XLink namespace: a reference is never fetched.
  private func refuseReferences(_ element: XMLNode) throws(GMLProblem) {
    for attribute in element.attributeNodes where attribute.namespaceURI == GMLNames.xlinkNamespace {
      throw problem(
        .geometryReferenceRefused, at: element, attribute: attribute.localName, prefixed: true,
        zh: "\(element.writtenName) 带有 \(attribute.writtenName)=\"\(attribute.stringValue)\"：shanshui 从不读取外部引用，请直接写出坐标",
        en:
          "\(element.writtenName) carries \(attribute.writtenName)=\"\(attribute.stringValue)\": shanshui never fetches a reference; write the coordinates inline"
      )
    }
  }

  private func isDescriptive(_ element: XMLNode) -> Bool {
    element.namespaceURI == GMLNames.namespace && GMLNames.descriptive.contains(element.localName)
  }

  private func onlyChild(of parent: XMLNode, named name: XMLName, _ written: String) throws(GMLProblem) -> XMLNode {
    let children = parent.childElements
    for child in children { try refuseReferences(child) }
    guard let first = children.first else {
      throw problem(
        .geometryMalformed, at: parent,
        zh: "\(parent.writtenName) 应含一个 \(written)", en: "\(parent.writtenName) holds one \(written); it is empty")
    }
    guard first.isElement(named: name) else { throw unexpected(first, in: parent, expected: written) }
    if children.count > 1 { throw unexpected(children[1], in: parent, expected: written) }
    return first
  }

  private func unexpected(_ element: XMLNode, in parent: XMLNode, expected: String) -> GMLProblem {
    let hint =
      element.localName == "coordinates"
      ? (
        zh: "（gml:coordinates 已被 GML 3.2 弃用，请用 gml:posList）",
        en: " (gml:coordinates is deprecated in GML 3.2: use gml:posList)"
      )
      : (zh: "", en: "")
    return problem(
      .geometryMalformed, at: element,
      zh: "\(parent.writtenName) 中不应出现 \(element.writtenName)\(hint.zh)：此处应为 \(expected)",
      en: "\(element.writtenName) is not expected in \(parent.writtenName)\(hint.en): expected \(expected)")
  }

  private func format(_ position: GeoPosition) -> String { "\(position.first) \(position.second)" }

  private func problem(
    _ code: ErrorCode, at element: XMLNode, attribute: String? = nil, prefixed: Bool = false, token: Int? = nil,
    zh: String, en: String
  ) -> GMLProblem {
    let target: GMLSourceLocator.Target =
      if let attribute { .attribute(attribute, prefixed: prefixed) } else if let token { .token(token) } else {
        .element
      }
    let place = locator.locate(target, in: element)
    return GMLProblem(code, LocalizedText(zh: zh, en: en), line: place.line, column: place.column)
  }
}

import ShanshuiCore
import ShanshuiGeo
import ShanshuiXML

/// The `gml` fuzz target (`SHANSHUI_FUZZ_TARGET=gml`): the GML reader on untrusted geometry. The first byte picks the
/// options (bit 0: lines accepted; bits 1–3: the position limit, from 0 to the default 1,000,000); the rest is the
/// content of a `<geometry>` in a document declaring the gml and xlink prefixes. Each well-formed input is read with
/// and without its source text. Crashes when
/// - the two reads disagree on the outcome or the code (only the place may differ: without the source it is the line
///   libxml2 keeps and column 0);
/// - a geometry is read that breaks what the reader promises: its srsName names its CRS, polygons only unless lines
///   are accepted, every ring closed with at least four finite positions, every line of at least two, no more
///   positions than the limit, and the reader's count equal to the shape's;
/// - a problem carries a code the reader does not give, or a place outside the document (a line past the last, a
///   column past the end of its line).
enum GMLFuzz {
  static let limits = [0, 1, 4, 5, 16, 100, 10_000, GMLReader.Options.defaultMaxPositions]
  static let head = Array(
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc xmlns=\"urn:shanshui:submission:1\""
      + " xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<geometry>")
      .utf8)
  static let tail = Array("</geometry>\n</doc>\n".utf8)
  static let codes: Set<ErrorCode> = [
    .geometryMalformed, .srsNameUnsupported, .srsNameLegacy, .geometryTooLarge, .geometryReferenceRefused,
  ]

  static func run(_ input: [UInt8]) {
    guard let mode = input.first else { return }
    let options = GMLReader.Options(maxPositions: limits[Int(mode >> 1) % limits.count], acceptsLines: mode & 1 == 1)
    let bytes = head + input.dropFirst() + tail
    guard let document = try? XMLDocument.parse(bytes, url: "fuzz.xml", dropIgnorableWhitespace: true),
      let geometry = document.root?.firstChildElement
    else { return }
    var located = GMLReader(options: options, source: bytes)
    var plain = GMLReader(options: options)
    let withSource = located.read(geometry)
    let without = plain.read(geometry)
    switch (withSource, without) {
    case (.success(let read), .success(let again)):
      if read != again { fatalError("the reader's result depends on the source text: \(read) vs \(again)") }
      check(read, options: options, positionsRead: located.positionsRead)
    case (.failure(let problem), .failure(let again)):
      if problem.code != again.code { fatalError("codes differ with and without the source: \(problem) vs \(again)") }
      check(problem, in: bytes)
      check(again, in: bytes)
    default:
      fatalError("the outcome depends on the source text: \(withSource) vs \(without)")
    }
  }

  static func check(_ read: GMLGeometry, options: GMLReader.Options, positionsRead: Int) {
    let shape = read.shape
    guard case .success(let crs) = SRSName.parse(read.srsName), crs == shape.crs else {
      fatalError("srsName \(read.srsName) does not name \(shape.crs)")
    }
    if shape.polygons.isEmpty == shape.lines.isEmpty { fatalError("a geometry is polygons or lines: \(shape)") }
    if !options.acceptsLines, !shape.lines.isEmpty { fatalError("lines read where only polygons are accepted") }
    for ring in shape.polygons.flatMap({ [$0.exterior] + $0.interiors }) {
      guard ring.count >= 4, ring.first == ring.last else { fatalError("a ring read open or short: \(ring)") }
    }
    for line in shape.lines where line.count < 2 { fatalError("a line of \(line.count) positions read") }
    let rings: [[GeoPosition]] = shape.polygons.flatMap { [$0.exterior] + $0.interiors } + shape.lines
    let positions = rings.flatMap { $0 }
    if positions.contains(where: { !$0.first.isFinite || !$0.second.isFinite }) {
      fatalError("a non-finite coordinate read")
    }
    if shape.positionCount > options.maxPositions || positionsRead != shape.positionCount {
      fatalError("\(shape.positionCount) positions read, counted \(positionsRead), limit \(options.maxPositions)")
    }
  }

  static func check(_ problem: GMLProblem, in bytes: [UInt8]) {
    if !codes.contains(problem.code) { fatalError("the reader gave \(problem.code.rawValue)") }
    // Lines as the parser numbers them: LF, CR LF and a lone CR each end one.
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for index in bytes.indices where LineEnds.endsLine(bytes, at: index) {
      lines.append(bytes[start..<index])
      start = index + 1
    }
    lines.append(bytes[start...])
    guard problem.line >= 1, problem.line <= lines.count, problem.column >= 0 else {
      fatalError("a problem placed outside the document: \(problem)")
    }
    let characters = lines[problem.line - 1].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    if problem.column > characters + 1 { fatalError("column \(problem.column) past line \(problem.line)'s end") }
  }
}

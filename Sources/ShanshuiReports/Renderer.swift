/// What a renderer reads besides the findings, so that a run keeps only what its reports use: the frontend asks the
/// renderers instead of knowing the formats.
public struct RendererNeeds: OptionSet, Sendable, Hashable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The text of the lines with findings (`FileResult.sourceLines`).
  public static let sourceLines = RendererNeeds(rawValue: 1 << 0)
  /// The sets of rules evaluated and failed per file (`FileResult.evaluatedRuleIDs`, `erroredRuleIDs`).
  public static let ruleSets = RendererNeeds(rawValue: 1 << 1)
  /// A map of each spatial finding (`SpatialDetail.sketch`), computed by GEOS while checking.
  public static let sketches = RendererNeeds(rawValue: 1 << 2)
}

/// Renders a finished report in one format; pure (no I/O, no exit codes). Adding a format is one type conforming to
/// this protocol plus one line in `Renderers.all`.
public protocol Renderer: Sendable {
  /// The `--format` name (and the `FORMAT` of `--report FORMAT=FILE`).
  static var identifier: String { get }
  /// What the run must keep for this format (none by default).
  static var needs: RendererNeeds { get }
  /// Whether the format may colour its output when it goes to a terminal (`Report.colored`).
  static var usesColor: Bool { get }
  static func render(_ report: Report) -> String
}

/// A renderer that writes its report in pieces, in order, so that writing a report costs no copy of all of it: the
/// frontend sends each piece to the output as it comes (text and JSON Lines).
public protocol StreamingRenderer: Renderer {
  /// Hands the report to `output` in pieces; `render(_:)` is the pieces joined.
  static func render(_ report: Report, to output: (String) -> Void)
}

extension StreamingRenderer {
  public static func render(_ report: Report) -> String {
    var text = ""
    render(report) { text += $0 }
    return text
  }
}

extension Renderer {
  public static var needs: RendererNeeds { [] }
  public static var usesColor: Bool { false }
}

/// The report formats, by `--format` name: the only list of them.
public enum Renderers {
  public static let all: [any Renderer.Type] = [
    TextReporter.self, JSONReporter.self, JSONLinesReporter.self, SARIFReporter.self, JUnitReporter.self,
    HTMLReporter.self,
  ]

  public static func named(_ identifier: String) -> (any Renderer.Type)? {
    all.first { $0.identifier == identifier }
  }

  /// What a run must keep for every format in `identifiers` (unknown names need nothing).
  public static func needs(of identifiers: [String]) -> RendererNeeds {
    identifiers.compactMap(named).reduce(into: []) { $0.formUnion($1.needs) }
  }
}

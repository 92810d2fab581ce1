import Foundation

/// The reviewer layers a fixture is checked with, stated inside it as `layer: ROLE=PATH` (in a comment, one per line;
/// PATH relative to `fixtures/`), as a reviewer would give `check --layer ROLE=PATH`. The spatial fixtures name the
/// synthetic layers of `fixtures/layers/`.
public struct FixtureLayers: Equatable, Sendable {
  /// Role → path relative to the repository root (`fixtures/layers/…`), in the order written.
  public var paths: [(role: String, path: String)]

  public init(text: String) {
    var paths: [(role: String, path: String)] = []
    for line in text.components(separatedBy: "\n") {
      guard let match = line.firstMatch(of: #/^\s*layer:\s*([a-z][a-z-]*)=(\S+?)(?:\s*-->)?\s*$/#) else { continue }
      paths.append((String(match.output.1), "fixtures/" + String(match.output.2)))
    }
    self.paths = paths
  }

  /// Whether the fixture states any layer.
  public var isEmpty: Bool { paths.isEmpty }

  /// `--layer ROLE=PATH` arguments with absolute paths, for the CLI.
  public var arguments: [String] {
    paths.flatMap { ["--layer", "\($0.role)=\(Repository.url($0.path).path)"] }
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.paths.map { "\($0.role)=\($0.path)" } == rhs.paths.map { "\($0.role)=\($0.path)" }
  }
}

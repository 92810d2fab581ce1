/// How `shanshui geometry import` places features (docs/spatial.md, Importing geometry).
public struct GeometryImportOptions: Sendable, Equatable {
  /// What to do when several features have the same key.
  public enum DuplicateKeys: String, Sendable, CaseIterable {
    /// Their polygons are written together as one `gml:MultiSurface`, and the merge is reported.
    case merge
    /// The import stops (E626) and nothing is written.
    case error
  }

  /// Every feature into the project boundary (`location/geometry`) instead of units by key.
  public var boundary: Bool
  public var duplicateKeys: DuplicateKeys

  public init(boundary: Bool = false, duplicateKeys: DuplicateKeys = .merge) {
    self.boundary = boundary
    self.duplicateKeys = duplicateKeys
  }
}

/// What an import wrote and what it could not place. `bytes` is the whole new submission, not yet written anywhere.
public struct GeometryImportOutcome: Sendable {
  /// One `<geometry>` written.
  public struct Written: Sendable, Equatable {
    /// The unit's `@id`, or nil for the project boundary.
    public var unitID: String?
    /// The features written into it, by FID (several: merged duplicates, or the boundary's parts).
    public var fids: [Int64]
    /// How many polygons the geometry has (more than one: a `gml:MultiSurface`).
    public var polygonCount: Int
    /// Whether an existing `<geometry>` was replaced.
    public var replaced: Bool
    /// Whether several features were dissolved into their union (GEOS) before being written.
    public var dissolved: Bool
    /// The line of the unit (or `location`) in the submission.
    public var line: Int
  }

  public var bytes: [UInt8]
  public var written: [Written]
  /// Problems that did not stop the import (E628: a feature without a unit, without a key or with an empty
  /// geometry; E629: a unit without a feature): the exit status is then 1.
  public var unmatched: [Diagnostic]
}

/// Why nothing was written: every problem found, each with its code (E62x) and place.
public struct GeometryImportFailure: Error, Sendable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

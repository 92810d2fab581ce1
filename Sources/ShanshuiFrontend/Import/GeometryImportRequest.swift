import ShanshuiCore
import ShanshuiGeo

/// One `shanshui geometry import`: what to read, which submission to write into, where the result goes.
public struct GeometryImportRequest: Sendable {
  public var source: ImportSourceRequest
  /// The submission to import into (rewritten in place unless `output` is given).
  public var submission: String
  /// Where the result goes (`--output`); nil: the submission itself, atomically.
  public var output: String?
  /// Everything but the write (`--dry-run`).
  public var dryRun: Bool
  public var options: GeometryImportOptions
  /// The largest submission read, in bytes.
  public var maxFileSize: Int

  public init(
    source: ImportSourceRequest, submission: String, output: String? = nil, dryRun: Bool = false,
    options: GeometryImportOptions = GeometryImportOptions(), maxFileSize: Int = 256 << 20
  ) {
    self.source = source
    self.submission = submission
    self.output = output
    self.dryRun = dryRun
    self.options = options
    self.maxFileSize = maxFileSize
  }
}

/// What an import did: the source read, what was written, what was not, and why it stopped if it did.
public struct GeometryImportResult: Sendable {
  /// The layer read (nil when it could not be).
  public var source: ImportSource?
  /// The placement (nil when the import stopped).
  public var outcome: GeometryImportOutcome?
  /// Problems that stopped the import: nothing was written (exit status 2).
  public var errors: [Diagnostic]
  /// The output could not be written (E500/E501): the submission is as it was.
  public var outputError: OutputError?
  /// Where the result was written (nil for a dry run or when nothing was).
  public var writtenTo: String?

  /// 2 when nothing could be written, 1 when something was not placed (E628, E629), else 0.
  public var exitStatus: Int32 {
    if !errors.isEmpty || outputError != nil { return 2 }
    return outcome?.unmatched.isEmpty == false ? 1 : 0
  }
}

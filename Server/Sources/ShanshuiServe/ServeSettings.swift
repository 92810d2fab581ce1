import ShanshuiCore
import ShanshuiFrontend

/// Everything `shanshui-serve` is told at start: where to listen, which standard, and every limit.
public struct ServeSettings: Sendable {
  public var host = "127.0.0.1"
  /// 0: any free port (tests read the bound one back).
  public var port = 8080
  /// A standard on disk; nil: the bundled one.
  public var standardPath: String?
  /// A reviewers' configuration file (`.shanshui.yml`): suppressions, `as-of`, layers.
  public var configPath: String?
  /// `--layer ROLE=PATH`, in the order given.
  public var layers: [(role: String, path: String)] = []
  /// The admin token (read from `--admin-token-file`); nil: no admin route exists.
  public var adminToken: AdminToken?
  /// Largest request body read, in bytes; refused with 413 beyond it, counted while streaming.
  public var maxBody = Limits().maxFileSize
  /// Most bytes of request bodies held in memory at once, over all requests (read and not yet answered); a body
  /// that would pass it is refused with 429 before it is read further. Each body is also bounded by `maxBody`.
  public var maxBuffered = 1 << 30
  /// The parser's limits, `maxFileSize` being the largest single document (a body or a multipart part).
  public var limits = Limits()
  /// Checks running at once (default: the cores).
  public var maxConcurrent = max(1, System.coreCount)
  /// Checks waiting for a worker; a request beyond them is refused with 429.
  public var queue = 16
  /// Longest time for one request, reading its body included (408 for a body not read by then, 503 for a check).
  public var requestTimeout: Duration = .seconds(30)
  /// Longest silence on a connection, between requests or between two parts of one (then it is closed).
  public var idleTimeout: Duration = .seconds(10)
  /// Reports' `toolVersion`.
  public var toolVersion = ToolVersion.current

  public init() {}

  /// The request a check session is prepared from: the standard, limits, configuration and layers of the service.
  func sessionRequest() -> CheckRequest {
    var request = CheckRequest(paths: [], toolVersion: toolVersion, workingDirectory: "/")
    request.standardPath = standardPath
    request.limits = limits
    request.layers = layers
    // Only an explicit --config: a service never reads a `.shanshui.yml` from whatever directory it started in.
    request.suppressions = SuppressionSources(config: configPath, ignoresWorkingDirectoryConfig: true)
    return request
  }
}

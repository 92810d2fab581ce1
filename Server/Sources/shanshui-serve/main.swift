import ArgumentParser
import Foundation
import Logging
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiServe

/// `shanshui-serve`: the validation service (docs/service.md). Parses the arguments; `ShanshuiService` does the rest.
@main
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shanshui-serve",
    abstract: "Serve shanshui's checks over HTTP: POST /v1/check, the standard, rules, harmonization, metrics.",
    discussion: """
      Binds to 127.0.0.1 unless told otherwise. SIGTERM and SIGINT stop it once the requests in flight are \
      answered; SIGHUP reloads the standard (a standard that does not load is refused, the old one kept). The \
      access log goes to standard error as JSON lines.
      """,
    version: ToolVersion.current)

  @Option(help: "Address to listen on.") var host = "127.0.0.1"
  @Option(help: "Port to listen on (0: any free port).") var port = 8080
  @Option(help: ArgumentHelp("A standard directory or entry file (default: the bundled one).", valueName: "path"))
  var standard: String?
  @Option(help: ArgumentHelp("The reviewers' configuration file (.shanshui.yml).", valueName: "file"))
  var config: String?
  @Option(
    name: .customLong("layer"), help: ArgumentHelp("A reviewer layer, ROLE=PATH (repeatable).", valueName: "role=path"))
  var layers: [String] = []
  @Option(
    help: ArgumentHelp(
      "A file holding the admin token (16 bytes at least); without it no admin route exists.", valueName: "file"))
  var adminTokenFile: String?
  @Option(help: ArgumentHelp("Largest request body, in bytes.", valueName: "bytes"))
  var maxBody = Limits().maxFileSize
  @Option(
    help: ArgumentHelp("Largest single document (a body or a multipart file), in MB, as check's.", valueName: "MB"))
  var maxFileSize = Limits().maxFileSize >> 20
  @Option(
    help: ArgumentHelp(
      "Most request bodies held in memory at once, over all requests, in MB (beyond: 429).", valueName: "MB"))
  var maxBuffered = 1024
  @Option(help: "Checks running at once (default: the cores).")
  var maxConcurrent = ProcessInfo.processInfo.activeProcessorCount
  @Option(help: "Checks waiting for a worker; beyond them a request is refused with 429.")
  var queue = 16
  @Option(help: ArgumentHelp("Longest time for one request, its body included, in seconds.", valueName: "s"))
  var requestTimeout = 30.0
  @Option(help: ArgumentHelp("Longest silence on a connection, in seconds.", valueName: "s"))
  var idleTimeout = 10.0
  @Flag(help: "Serve no upload page at / (the API only).") var noPage = false

  func validate() throws {
    guard (1...65535).contains(port) || port == 0 else { throw ValidationError("--port is 0 to 65535") }
    guard maxBody > 0 else { throw ValidationError("--max-body must be positive") }
    guard maxFileSize > 0, maxFileSize <= 16 << 10 else { throw ValidationError("--max-file-size is 1 to 16384 MB") }
    guard (1...1024).contains(maxConcurrent) else { throw ValidationError("--max-concurrent is 1 to 1024") }
    guard queue >= 0 else { throw ValidationError("--queue must not be negative") }
    guard maxBuffered > 0, maxBuffered <= 1 << 20 else { throw ValidationError("--max-buffered is 1 to 1048576 MB") }
    guard maxBody <= maxBuffered << 20 else { throw ValidationError("--max-body must not be over --max-buffered") }
    // Finite and within a day: a timer of `inf` or 1e300 seconds cannot be scheduled.
    guard (0.001...86_400).contains(requestTimeout), (0.001...86_400).contains(idleTimeout) else {
      throw ValidationError("--request-timeout and --idle-timeout are 0.001 to 86400 seconds")
    }
    for layer in layers where !layer.contains("=") { throw ValidationError("--layer \(layer): give ROLE=PATH") }
  }

  func run() async throws {
    LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
    ProcessTuning.forChecking()
    var settings = ServeSettings()
    settings.host = host
    settings.port = port
    settings.standardPath = standard
    settings.configPath = config
    settings.layers = layers.map { layer in
      let equals = layer.firstIndex(of: "=")!
      return (String(layer[..<equals]), String(layer[layer.index(after: equals)...]))
    }
    if let adminTokenFile {
      do {
        settings.adminToken = try AdminToken(file: adminTokenFile)
      } catch {
        throw ValidationError(error.description)
      }
    }
    settings.maxBody = maxBody
    settings.limits.maxFileSize = maxFileSize << 20
    settings.maxBuffered = maxBuffered << 20
    settings.maxConcurrent = maxConcurrent
    settings.queue = queue
    settings.requestTimeout = .milliseconds(Int64(requestTimeout * 1000))
    settings.idleTimeout = .milliseconds(Int64(idleTimeout * 1000))
    let service = ShanshuiService(settings: settings, logger: Logger(label: "shanshui-serve"))
    do {
      try await service.run(page: noPage ? nil : .standard)
    } catch let error as ShanshuiService.StartError {
      FileHandle.standardError.write(Data(("shanshui-serve: " + error.description + "\n").utf8))
      throw ExitCode(2)
    }
  }
}

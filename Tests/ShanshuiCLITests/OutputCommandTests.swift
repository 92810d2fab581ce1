import Foundation
import ShanshuiTestSupport
import Testing

/// Every output option through the binary, on the nodes a hostile or careless path names (docs/security.md, "Output
/// files"): devices, FIFOs and links to standard output survive and receive the report; directories are refused; a
/// failed write exits 2 naming the option and the path, and leaves the old file intact.
@Suite struct OutputCommandTests {
  static let base = "standards/examples/base-submission.xml"
  static let finding = "fixtures/cq-riparian-changshou-chemical-too-close.xml"

  static func kind(_ path: String) -> mode_t? {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
  }

  static func text(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Runs `shanshui ARGUMENTS` under `sh -c` with `shell` around it (a redirection, a limit), `$@` standing for the
  /// binary and its arguments.
  static func shell(_ script: String, _ arguments: [String]) throws -> CommandRunner.Output {
    try CommandRunner.run(
      ["-c", script, "sh", CommandRunner.executable.path] + arguments, executable: URL(fileURLWithPath: "/bin/sh"))
  }

  @Test func aFIFOReceivesTheReportAndStaysAFIFO() throws {
    let fifo = try TemporaryDirectory.make("output").appendingPathComponent("report.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = FIFOReader(fifo)
    let output = try CommandRunner.run(["check", "--lang", "en", "--format", "json", "--output", fifo, Self.finding])
    #expect(output.status == 1, "\(output.stderr)")
    #expect(reader.text().contains("\"ruleId\" : \"SS-RIV-"))
    #expect(output.stdout.isEmpty)
    #expect(Self.kind(fifo) == S_IFIFO)
  }

  @Test(arguments: ["/dev/stdout", "-", "/proc/self/fd/1", "/dev/fd/1"])
  func standardOutputByAnyName(path: String) throws {
    let output = try CommandRunner.run(["check", "--lang", "en", "--format", "sarif", "--output", path, Self.finding])
    #expect(output.status == 1, "\(output.stderr)")
    #expect(output.stdout.contains("\"ruleId\" : \"SS-RIV-"), "\(output.stderr)")
    #expect(Self.kind("/dev/stdout") == S_IFLNK)
  }

  @Test func aLinkToProcSelfFdOneStaysALinkAndTheReportGoesToStandardOutput() throws {
    let link = try TemporaryDirectory.make("output").appendingPathComponent("to-stdout").path
    #expect(symlink("/proc/self/fd/1", link) == 0)
    let output = try CommandRunner.run(["check", "--lang", "en", "--output", link, Self.finding])
    #expect(output.status == 1)
    #expect(output.stdout.contains("[SS-RIV-"), "\(output.stderr)")
    #expect(Self.kind(link) == S_IFLNK)
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "/proc/self/fd/1")
  }

  /// `>>` opens standard output for appending; the report goes after what was there, nothing is truncated.
  @Test func appendingThroughDevStdoutKeepsEarlierContent() throws {
    let log = try TemporaryDirectory.make("output").appendingPathComponent("log.txt").path
    try Data("earlier line\n".utf8).write(to: URL(fileURLWithPath: log))
    for _ in 0..<2 {
      let output = try Self.shell(
        "\"$@\" >> '\(log)'", ["check", "--lang", "en", "--output", "/dev/stdout", Self.base])
      #expect(output.status == 0, "\(output.stderr)")
    }
    let text = try #require(Self.text(log))
    // The report follows what was there (the summary may follow a line naming the version that judged the file).
    #expect(text.hasPrefix("earlier line\n"), "\(text)")
    #expect(text.components(separatedBy: "1 file checked").count == 3, "\(text)")
    #expect(Self.kind(log) == S_IFREG)
  }

  /// Devices survive every output option (/dev/null compared with itself: on a shared machine an older shanshui may
  /// have replaced it already; /dev/zero is asserted a device).
  @Test func devicesSurviveEveryOutputOption() throws {
    let null = DeviceIdentity("/dev/null")
    let zero = DeviceIdentity("/dev/zero")
    #expect(Self.kind("/dev/zero") == S_IFCHR)
    let output = try CommandRunner.run([
      "check", "--output", "/dev/null", "--report", "json=/dev/zero", "--report", "sarif=/dev/null",
      "--write-baseline", "/dev/zero", Self.finding,
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(DeviceIdentity("/dev/null") == null && DeviceIdentity("/dev/zero") == zero)
  }

  /// A full disk (/dev/full fails every write with ENOSPC) is exit status 2 naming the option, path and reason.
  @Test func aFullDeviceExitsTwoWithTheReason() throws {
    let output = try CommandRunner.run(["check", "--lang", "en", "--output", "/dev/full", Self.base])
    #expect(output.status == 2)
    #expect(
      output.stderr.contains("[E500] cannot write --output /dev/full: No space left on device"), "\(output.stderr)")
    #expect(Self.kind("/dev/full") == S_IFCHR)
  }

  @Test func missingDirectoriesOfEveryOutputAreCreated() throws {
    let root = try TemporaryDirectory.make("output")
    let output = try CommandRunner.run(
      [
        "check", "--format", "json", "--output", "out/x.json", "--report", "sarif=out/deeper/x.sarif",
        "--write-baseline", "baselines/b.json", Repository.url(Self.finding).path,
      ], in: root)
    #expect(output.status == 0, "\(output.stderr)")
    for path in ["out/x.json", "out/deeper/x.sarif", "baselines/b.json"] {
      #expect(Self.text(root.appendingPathComponent(path).path)?.contains("SS-RIV-") == true, "\(path)")
    }
    let generated = root.appendingPathComponent("gen/a/b.xml").path
    #expect(try CommandRunner.run(["generate", "--units", "2", "--output", generated]).status == 0)
    #expect(Self.text(generated)?.contains("<submission") == true)
  }

  /// Every command with `--output` creates the missing directories of its path (issue 19: a reviewer's
  /// `--output out/x.sarif` without `out/`), besides check's `--report` and `--write-baseline` above.
  @Test(arguments: [
    ["lint"], ["explain", "SS-FUN-001"], ["harmonize"], ["harmonize", "impact", "fixtures"],
    ["diff", "standards", "standards"], ["export", "schematron", "--profile", "sichuan"], ["init"],
    ["standard", "versions"], ["doc"],
    [
      "geometry", "import", "--from", "Tests/Fixtures/import/wanzhou-units.geojson", "--key", "unit_id",
      "Tests/Fixtures/import/wanzhou-no-geometry.xml",
    ],
  ])
  func everyCommandCreatesTheMissingDirectoriesOfItsOutput(command: [String]) throws {
    let path = try TemporaryDirectory.make("output").appendingPathComponent("missing/deeper/result").path
    let output = try CommandRunner.run(command + ["--output", path])
    #expect(output.status == 0, "\(command): \(output.stderr)")
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), "\(command)")
    // doc writes a site (a directory of pages); the others one file.
    let written =
      isDirectory.boolValue
      ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).isEmpty == false
      : (Self.text(path)?.isEmpty == false)
    #expect(written, "\(command): something written at \(path)")
  }

  @Test(arguments: [
    ("en", "shanshui: error: [E500] cannot write --output PATH: Not a directory"),
    ("zh", "shanshui: 错误: [E500] 无法写入 --output PATH：Not a directory"),
  ])
  func anUnwritablePathExitsTwoNamingTheOptionAndPath(language: String, message: String) throws {
    let blocker = try TemporaryDirectory.make("output").appendingPathComponent("file")
    try Data("kept".utf8).write(to: blocker)
    let path = blocker.path + "/r.json"
    let main = try CommandRunner.run(["check", "--lang", language, "--output", path, Self.base])
    #expect(main.status == 2)
    #expect(main.stderr.contains(message.replacingOccurrences(of: "PATH", with: path)), "\(main.stderr)")
    let report = try CommandRunner.run(["check", "--lang", language, "--report", "sarif=" + path, Self.base])
    #expect(report.status == 2)
    #expect(
      report.stderr.contains(message.replacingOccurrences(of: "--output PATH", with: "--report sarif \(path)")),
      "\(report.stderr)")
    let baseline = try CommandRunner.run(["check", "--lang", language, "--write-baseline", path, Self.base])
    #expect(baseline.status == 2)
    #expect(
      baseline.stderr.contains(message.replacingOccurrences(of: "--output PATH", with: "--write-baseline \(path)")),
      "\(baseline.stderr)")
    for command in [
      ["export", "schematron", "--profile", "sichuan"], ["generate", "--units", "1"], ["lint"], ["harmonize"],
      ["explain", "SS-FUN-001"], ["init"],
    ] {
      let output = try CommandRunner.run(command + ["--output", path])
      #expect(output.status == 2, "\(command)")
      #expect(
        output.stderr.contains("[E500]") && output.stderr.contains("--output \(path)"), "\(command): \(output.stderr)")
    }
    #expect(Self.text(blocker.path) == "kept")
  }

  /// A write that fails half-way (here: the file-size limit, EFBIG) leaves the previous report whole. Not under
  /// ThreadSanitizer (scripts/sanitize): its runtime dies of SIGBUS under a 2-block file-size limit before shanshui
  /// writes anything; the normal and AddressSanitizer runs cover the writer.
  @Test(.disabled(if: ProcessInfo.processInfo.environment["SHANSHUI_SANITIZER"] == "thread"))
  func aWriteFailingHalfWayLeavesThePreviousReport() throws {
    let directory = try TemporaryDirectory.make("output")
    let report = directory.appendingPathComponent("report.json").path
    try Data("previous report\n".utf8).write(to: URL(fileURLWithPath: report))
    // ulimit -f counts 512- or 1024-byte blocks; the JSON report of a finding is several kilobytes.
    let output = try Self.shell(
      "trap '' XFSZ; ulimit -f 2 && exec \"$@\"",
      ["check", "--lang", "en", "--format", "json", "--output", report, Self.finding])
    #expect(output.status == 2, "\(output.stderr)")
    #expect(output.stderr.contains("[E500] cannot write --output \(report): File too large"), "\(output.stderr)")
    #expect(Self.text(report) == "previous report\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
  }

  @Test func aDirectoryIsRefusedBeforeTheRun() throws {
    let directory = try TemporaryDirectory.make("output")
    let output = try CommandRunner.run(["check", "--lang", "en", "--output", directory.path, Self.base])
    #expect(output.status == 2)
    #expect(
      output.stderr.hasPrefix("shanshui: error: [E501] --output \(directory.path) is a directory"), "\(output.stderr)")
    #expect(output.stdout.isEmpty)
  }

  @Test func twoReportsToStandardOutputAreAUsageError() throws {
    let output = try CommandRunner.run(["check", "--report", "json=-", Self.base])
    #expect(output.status == 64)
    #expect(output.stderr.contains("two reports would be written to standard output"), "\(output.stderr)")
    let both = try CommandRunner.run(["check", "--output", "-", "--report", "json=/dev/null", Self.base])
    #expect(both.status == 0, "\(both.stderr)")
  }

  @Test func docPagesGoToADirectoryNeverToStandardOutput() throws {
    let output = try CommandRunner.run(["doc", "--output", "-"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("--output is a directory for the pages"), "\(output.stderr)")
  }

  @Test func jobsJoinedToTheShortOption() throws {
    let joined = try CommandRunner.run(["check", "--format", "json", "-j4", "fixtures"])
    let separate = try CommandRunner.run(["check", "--format", "json", "-j", "4", "fixtures"])
    #expect(joined.status == 1 && joined.stdout == separate.stdout, "\(joined.stderr)")
    let invalid = try CommandRunner.run(["check", "-j0", "fixtures"])
    #expect(invalid.status == 64 && invalid.stderr.contains("--jobs"), "\(invalid.stderr)")
  }

  /// Every usage or path error names the option (and the value or path) it is about.
  @Test(arguments: [
    (["check", "--format", "xml", base], 64, "--format xml"),
    (["check", "-j0", base], 64, "--jobs"),
    (["check", "--base", "/no/such/dir", base], 64, "--base /no/such/dir"),
    (["check", "--report", "pdf=x.pdf", base], 64, "--report"),
    (["check", "--max-depth", "3", base], 64, "--max-depth"),
    (["harmonize", "--corpus", "fixtures", "--format", "csv"], 64, "--format csv"),
    (["harmonize", "--propose", "loosest"], 64, "--propose"),
    (
      ["harmonize", "impact", "fixtures", "--propose", "/no/such/proposal.json"], 2, "--propose /no/such/proposal.json"
    ),
    (["test", "--rule", "SS-NONE"], 64, "--rule SS-NONE"),
    (["generate", "--units", "0"], 64, "--units"),
    (["init", "--type", "castle"], 64, "--type"),
    (["doc", "--output", "-"], 64, "--output"),
  ])
  func everyErrorNamesItsOption(arguments: [String], status: Int32, named: String) throws {
    let output = try CommandRunner.run(arguments + ["--lang", "en"])
    #expect(output.status == status, "\(arguments): \(output.stderr)")
    #expect(output.stderr.contains(named), "\(arguments): \(output.stderr)")
  }

  @Test func initKeepsARegularFileButWritesToStandardOutputByAnyName() throws {
    let file = try TemporaryDirectory.make("output").appendingPathComponent("s.xml").path
    try Data("filled in".utf8).write(to: URL(fileURLWithPath: file))
    let kept = try CommandRunner.run(["init", "--output", file])
    #expect(kept.status == 64 && kept.stderr.contains("--output \(file) already exists"), "\(kept.stderr)")
    #expect(Self.text(file) == "filled in")
    let stdout = try CommandRunner.run(["init", "--output", "/dev/stdout"])
    #expect(stdout.status == 0 && stdout.stdout.contains("<submission"), "\(stdout.stderr)")
  }
}

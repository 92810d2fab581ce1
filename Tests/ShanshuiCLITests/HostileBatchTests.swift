import Foundation
import ShanshuiTestSupport
import Testing

/// Hostile and broken inputs through the binary: every file gets its code, the batch goes on, nothing hangs.
@Suite(.serialized) struct HostileBatchTests {
  @Test func theWholeHostileCorpusInOneBatchLosesNothing() throws {
    let corpus = Repository.url("Tests/Fixtures/hostile/submissions")
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
    let output = try CommandRunner.run([
      "check", "--format", "json", corpus.path, "standards/examples/base-submission.xml",
    ])
    #expect(output.status == 2)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let files = try #require(root["files"] as? [[String: Any]])
    #expect(files.count == names.count + 1)
    for (name, file) in zip(names, files) {
      let codes = (file["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
      let rules = (file["findings"] as? [[String: Any]] ?? []).compactMap { $0["ruleId"] as? String }
      #expect((codes.first ?? rules.first).map { name.hasPrefix($0) } == true, "\(name): \(codes) \(rules)")
    }
    #expect((files.last?["status"] as? String) == "checked")
  }

  /// The hostile corpus reported to hostile outputs at once: a link to this process's standard output, a FIFO, a
  /// device and a path whose directories are missing. Each receives its report and no node is replaced.
  @Test func theHostileCorpusToHostileOutputs() throws {
    let directory = try TemporaryDirectory.make("hostile-outputs")
    let link = directory.appendingPathComponent("stdout-link").path
    let fifo = directory.appendingPathComponent("sarif.fifo").path
    let junit = directory.appendingPathComponent("missing/dirs/junit.xml").path
    #expect(symlink("/proc/self/fd/1", link) == 0 && mkfifo(fifo, 0o600) == 0)
    let sarif = FIFOReader(fifo)
    let output = try CommandRunner.run([
      "check", "--format", "json", "--output", link, "--report", "sarif=" + fifo, "--report", "html=/dev/zero",
      "--report", "junit=" + junit, "Tests/Fixtures/hostile/submissions",
    ])
    #expect(output.status == 2, "\(output.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let names = try FileManager.default.contentsOfDirectory(
      atPath: Repository.url("Tests/Fixtures/hostile/submissions").path)
    #expect((root["files"] as? [[String: Any]])?.count == names.count)
    #expect(sarif.text().contains("\"executionSuccessful\" : false"))
    #expect(
      FileManager.default.contents(atPath: junit).map { String(decoding: $0, as: UTF8.self) }?.contains("<testsuites")
        == true)
    var status = stat()
    #expect(lstat(link, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
    #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    #expect(lstat("/dev/zero", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func tenThousandFilesInOneDirectory() throws {
    let directory = try TemporaryDirectory.make("hostile")
    let broken = Data("<submission>\n".utf8)
    for index in 0..<10_000 {
      try broken.write(to: directory.appendingPathComponent(String(format: "s%05d.xml", index)))
    }
    let started = Date()
    let output = try CommandRunner.run(["check", "--lang", "en", directory.path])
    #expect(Date().timeIntervalSince(started) < 120)
    #expect(output.status == 2)
    #expect(output.stdout.split(separator: "\n").filter { $0.contains("[E101]") }.count >= 10_000)
    #expect(output.stdout.contains("10000 files checked"))
  }

  @Test func fiveHundredMegabyteFileIsRefusedUnread() throws {
    let file = try TemporaryDirectory.make("hostile").appendingPathComponent("huge.xml")
    FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    try handle.truncate(atOffset: 500 << 20)  // sparse: no disk used
    try handle.close()
    let output = try CommandRunner.run(["check", "--lang", "en", file.path])
    #expect(output.status == 2)
    #expect(output.stdout.contains("\(file.path): error: [E104] the file is 500.0 MB, above the limit of 256.0 MB"))
    let raised = try CommandRunner.run(["check", "--lang", "en", "--max-file-size", "1", file.path])
    #expect(raised.stdout.contains("above the limit of 1.0 MB"))
  }

  @Test func brokenSymlinksAndSymlinkLoops() throws {
    let directory = try TemporaryDirectory.make("hostile")
    try FileManager.default.copyItem(
      at: Repository.url("standards/examples/base-submission.xml"),
      to: directory.appendingPathComponent("good 合规.xml"))
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("dangling.xml").path,
      withDestinationPath: "/no/such/target.xml")
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("loop").path,
      withDestinationPath: directory.path)
    let output = try CommandRunner.run(["check", "--lang", "en", directory.path])
    #expect(output.status == 2)
    #expect(output.stdout.contains("dangling.xml: error: [E100]"))
    #expect(output.stdout.contains("2 files checked"))
  }

  @Test func parallelBatchesReportExactlyWhatOneWorkerReports() throws {
    let paths = ["fixtures", "Tests/Fixtures/hostile/submissions", "standards/examples/base-submission.xml"]
    let serial = try CommandRunner.run(["check", "--format", "json", "-j", "1"] + paths)
    let parallel = try CommandRunner.run(["check", "--format", "json", "-j", "4"] + paths)
    #expect(serial.status == 2 && parallel.status == 2)
    #expect(serial.stdout == parallel.stdout)
    #expect(serial.stdout.count > 10_000)
    #expect(try CommandRunner.run(["check", "-j", "0", "fixtures"]).status == 64)
  }

  @Test func limitOptionsAreValidated() throws {
    #expect(try CommandRunner.run(["check", "--max-depth", "3", "fixtures"]).status == 64)
    #expect(try CommandRunner.run(["check", "--max-file-size", "0", "fixtures"]).status == 64)
    let deep = try TemporaryDirectory.make("hostile").appendingPathComponent("deep.xml")
    try Data((String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40)).utf8).write(to: deep)
    let output = try CommandRunner.run(["check", "--lang", "en", "--max-depth", "20", deep.path])
    #expect(output.stdout.contains("[E101] Excessive depth"))
  }
}

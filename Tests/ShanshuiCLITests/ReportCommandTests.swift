import Foundation
import ShanshuiTestSupport
import Testing

/// Report formats end to end: every fixture in one run writing SARIF, JUnit, JSON and HTML at once, each valid
/// against its schema; tool errors; `--report`; the progress line.
@Suite(.serialized) struct ReportCommandTests {
  func read(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

  /// One check of all fixtures writes four reports; each is valid, and they agree on the number of findings.
  @Test(arguments: ["auto", "all"])
  func everyFixtureInEveryFormatIsValid(profile: String) throws {
    let directory = try TemporaryDirectory.make("report")
    let paths = ["sarif", "junit", "json", "html", "jsonl"].map { directory.appendingPathComponent("report.\($0)") }
    let output = try CommandRunner.run([
      "check", "fixtures", "-q", "--profile", profile, "--format", "sarif", "--output", paths[0].path,
      "--report", "junit=\(paths[1].path)", "--report", "json=\(paths[2].path)", "--report", "html=\(paths[3].path)",
      "--report", "jsonl=\(paths[4].path)",
    ])
    #expect(output.status == 1, "\(output.stderr)")
    let sarif = try read(paths[0])
    let junit = try read(paths[1])
    let json = try read(paths[2])
    let html = try read(paths[3])
    #expect(try SchemaValidation.sarif([sarif]) == [])
    #expect(try SchemaValidation.xml(junit, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    #expect(try SchemaValidation.json([json], schema: "schemas/shanshui-report-1.schema.json") == [])

    let files = try JSONTree(parsing: json)["files"].array
    let findings = files.reduce(0) { $0 + $1["findings"].count }
    let fixtures = try FileManager.default.contentsOfDirectory(atPath: Repository.url("fixtures").path).filter {
      $0.hasSuffix(".xml")
    }
    #expect(files.count == fixtures.count)
    let results = try JSONTree(parsing: sarif)["runs"][0]["results"].array
    // A spatial fixture checked without its layers has rules not checked: SARIF results of kind "open", never
    // findings; the JSON report lists them per file.
    let open = results.filter { $0["kind"].string == "open" }.count
    let notChecked = files.reduce(0) { $0 + $1["notChecked"].count }
    #expect(results.count - open == findings)
    #expect(open == notChecked && notChecked > 0)
    #expect(junit.components(separatedBy: "<testsuite ").count - 1 == fixtures.count)
    #expect(junit.components(separatedBy: "<failure ").count - 1 <= findings)
    #expect(html.components(separatedBy: "<tr class=\"finding ").count - 1 == findings)
    for fixture in fixtures { #expect(html.contains("fixtures/\(fixture)")) }
    // JSON Lines: one line per record, each valid; as many findings and files as the JSON report, its summary last.
    let lines = try read(paths[4]).split(separator: "\n").map(String.init)
    #expect(try SchemaValidation.json(lines, schema: "schemas/shanshui-report-1.schema.json", root: "line") == [])
    let records = try lines.map { try JSONTree(parsing: $0) }
    #expect(records.filter { $0["type"].string == "finding" }.count == findings)
    #expect(records.filter { $0["type"].string == "file" }.count == fixtures.count)
    #expect(records.last?["type"].string == "summary")
    #expect(records.last?["data"]["errors"].int == (try JSONTree(parsing: json))["summary"]["errors"].int)
  }

  /// `--format jsonl` on standard output: the exit statuses of a run with findings and of one with tool errors.
  @Test func jsonLinesOnStandardOutputKeepsTheExitStatus() throws {
    let findings = try CommandRunner.run(["check", "fixtures", "-q", "--format", "jsonl"])
    #expect(findings.status == 1, "\(findings.stderr)")
    let last = try JSONTree(parsing: String(try #require(findings.stdout.split(separator: "\n").last)))
    #expect(last["type"].string == "summary" && (last["data"]["errors"].int ?? 0) > 0)
    let broken = try CommandRunner.run(["check", "Tests/Fixtures/hostile/submissions", "-q", "--format", "jsonl"])
    #expect(broken.status == 2)
    #expect(broken.stdout.contains(#""code":"E101""#) && broken.stdout.contains(#""type":"diagnostic""#))
  }

  /// Files that cannot be checked are tool errors: SARIF invocation notifications, JUnit errors, exit status 2.
  @Test func toolErrorsInEveryFormat() throws {
    let directory = try TemporaryDirectory.make("report")
    let sarifURL = directory.appendingPathComponent("r.sarif")
    let junitURL = directory.appendingPathComponent("r.xml")
    let output = try CommandRunner.run([
      "check", "Tests/Fixtures/hostile/submissions", "-q", "--format", "sarif", "--output", sarifURL.path,
      "--report", "junit=\(junitURL.path)",
    ])
    #expect(output.status == 2)
    let sarif = try read(sarifURL)
    let junit = try read(junitURL)
    #expect(try SchemaValidation.sarif([sarif]) == [])
    #expect(try SchemaValidation.xml(junit, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    let invocation = try JSONTree(parsing: sarif)["runs"][0]["invocations"][0]
    #expect(invocation["executionSuccessful"].bool == false)
    let codes = invocation["toolExecutionNotifications"].array.compactMap { $0["descriptor"]["id"].string }
    for code in ["E101", "E102"] { #expect(codes.contains(code), "\(code) in \(Set(codes))") }
    #expect(junit.contains("<error type=\"E101\""))
  }

  @Test func reportOptionIsValidated() throws {
    let unknown = try CommandRunner.run(["check", "fixtures", "--report", "pdf=x.pdf"])
    #expect(unknown.status == 64, "\(unknown.stderr)")
    let missingPath = try CommandRunner.run(["check", "fixtures", "--report", "sarif="])
    #expect(missingPath.status == 64)
  }

  /// A report that cannot be written makes the run exit 2, but the others are still written. (A path that can never
  /// be written is refused before the run; /proc/self is a directory where even root cannot create a file, which is
  /// found only when writing.)
  @Test func unwritableExtraReportExitsTwoAndKeepsTheOthers() throws {
    let directory = try TemporaryDirectory.make("report")
    let sarif = directory.appendingPathComponent("ok.sarif")
    let output = try CommandRunner.run([
      "check", "standards/examples/base-submission.xml", "--format", "sarif", "--output", sarif.path,
      "--report", "html=/proc/self/r.html",
    ])
    #expect(output.status == 2)
    #expect(output.stderr.contains("[E500]") && output.stderr.contains("--report html /proc/self/r.html"))
    #expect(FileManager.default.fileExists(atPath: sarif.path))
  }

  /// Two reports aimed at one file (however the path is spelled) are a usage error, not a silently lost report.
  @Test(arguments: [
    ["--output", "r.json", "--report", "sarif=./r.json"], ["--report", "html=a/../r.html", "--report", "junit=r.html"],
  ])
  func reportsToOneFileAreAUsageError(arguments: [String]) throws {
    let output = try CommandRunner.run(
      ["check", "standards/examples/base-submission.xml", "--format", "json"] + arguments)
    #expect(output.status == 64, "\(output.stderr)")
    #expect(output.stderr.contains("two reports would be written to"))
  }

  @Test(arguments: ["no-such-dir", "README.md"])
  func baseThatIsNotADirectoryIsAUsageError(base: String) throws {
    let output = try CommandRunner.run(["check", "standards/examples/base-submission.xml", "--base", base])
    #expect(output.status == 64, "\(output.stderr)")
    #expect(output.stderr.contains("--base \(base) is not a directory"))
  }

  /// Writing failures speak the run's language, for reports and for baselines alike.
  @Test(arguments: [("zh", "无法写入 OPTION /dev/null/"), ("en", "cannot write OPTION /dev/null/")])
  func unwritableOutputsInTheRunsLanguage(language: String, message: String) throws {
    let report = try CommandRunner.run([
      "check", "standards/examples/base-submission.xml", "--lang", language, "--output", "/dev/null/r.txt",
    ])
    #expect(report.status == 2)
    #expect(
      report.stderr.contains(message.replacingOccurrences(of: "OPTION", with: "--output") + "r.txt"),
      "\(report.stderr)")
    let baseline = try CommandRunner.run([
      "check", "standards/examples/base-submission.xml", "--lang", language, "--write-baseline", "/dev/null/b.json",
    ])
    #expect(baseline.status == 2)
    #expect(
      baseline.stderr.contains(message.replacingOccurrences(of: "OPTION", with: "--write-baseline") + "b.json"),
      "\(baseline.stderr)")
  }

  /// SARIF artifact URIs are relative to --base (default: the working directory).
  @Test func sarifURIsAreRelativeToTheBase() throws {
    let output = try CommandRunner.run([
      "check", Repository.url("fixtures/cq-greening-wujiang-forest-belt-too-far.xml").path, "--format", "sarif",
      "--base", "fixtures",
    ])
    #expect(output.stdout.contains("\"uri\" : \"cq-greening-wujiang-forest-belt-too-far.xml\""), "\(output.stdout)")
  }

  /// A file outside the base (and the base itself) is an absolute `file://` URI, percent-encoded.
  @Test func sarifURIOfAFileOutsideTheBaseIsAbsolute() throws {
    let directory = try TemporaryDirectory.make("report").appendingPathComponent("山 水#1")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("a b.xml")
    try FileManager.default.copyItem(
      at: Repository.url("fixtures/cq-greening-wujiang-forest-belt-too-far.xml"), to: file)
    let output = try CommandRunner.run(["check", file.path, "--format", "sarif", "--base", "fixtures"])
    #expect(try SchemaValidation.sarif([output.stdout]) == [])
    let artifact = try JSONTree(parsing: output.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
      "artifactLocation"]
    let uri = try #require(artifact["uri"].string)
    #expect(uri.hasPrefix("file:///") && uri.hasSuffix("/%E5%B1%B1%20%E6%B0%B4%231/a%20b.xml"), "\(uri)")
    #expect(!artifact["uriBaseId"].exists)
    #expect(URL(string: uri)?.path == file.path)
  }

  /// No progress line when standard error is not a terminal; on a terminal (a pseudo-terminal from script(1)), one.
  @Test func progressLineOnlyOnATerminal() throws {
    let null = DeviceIdentity("/dev/null")
    let piped = try CommandRunner.run(["check", "fixtures"])
    #expect(piped.stderr.isEmpty, "\(piped.stderr)")
    let command = "\(CommandRunner.executable.path) check fixtures --output /dev/null"
    let terminal = try CommandRunner.run(
      ["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
    let fixtures = try Repository.fixtures().count
    #expect(terminal.stdout.contains("[\(fixtures)/\(fixtures)] 100%"), "\(terminal.stdout)")
    #expect(terminal.stdout.contains("files/s"))
    let quiet = try CommandRunner.run(
      ["-qec", command + " --quiet", "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
    #expect(!quiet.stdout.contains("files/s"))
    // The device is written through, never replaced by a regular file (as it was before issue 15).
    #expect(DeviceIdentity("/dev/null") == null)
  }

  @Test func shellCompletionsAndManualMentionTheOptions() throws {
    for shell in ["bash", "zsh", "fish"] {
      let output = try CommandRunner.run(["--generate-completion-script", shell])
      #expect(output.status == 0)
      #expect(output.stdout.contains("baseline"), "\(shell)")
    }
  }
}

/// The engine's own notices (`SS-SYS-…`) are described like rules wherever results refer to them.
@Suite struct SystemNoticeReportTests {
  @Test func sarifListsTheRuleOfEveryResult() throws {
    let output = try CommandRunner.run([
      "check", "fixtures/sc-gz-chishui-guizhou-division.xml", "-q", "--format", "sarif", "--lang", "en",
    ])
    #expect(try SchemaValidation.sarif([output.stdout]) == [])
    let run = try JSONTree(parsing: output.stdout)["runs"][0]
    let rules = run["tool"]["driver"]["rules"]
    let results = run["results"].array
    #expect(results.contains { $0["ruleId"].string == "SS-SYS-001" })
    for result in results {
      let index = try #require(result["ruleIndex"].int, "\(result["ruleId"].string ?? "?")")
      #expect(rules[index]["id"].string == result["ruleId"].string)
    }
    let notice = try #require(rules.array.first { $0["id"].string == "SS-SYS-001" })
    #expect(notice["shortDescription"]["text"].string == "Division outside Chongqing and Sichuan")
    #expect(notice["defaultConfiguration"]["level"].string == "note")
  }
}

import ShanshuiCore
import Testing

/// File names in reports and baselines: one name per file, however it was given, relative to `--base`.
@Suite struct ReportPathTests {
  @Test(arguments: ["sub/a.xml", "./sub/a.xml", "sub//a.xml", "other/../sub/a.xml", "/repo/sub/a.xml"])
  func oneNameUnderABaseBelowTheWorkingDirectory(path: String) {
    #expect(ReportPath.relative(path, to: "/repo/sub", workingDirectory: "/repo") == "a.xml")
    #expect(ReportPath.relative(path, to: "/repo/sub/", workingDirectory: "/repo/") == "a.xml")
  }

  @Test(arguments: ["sub/a.xml", "./sub/a.xml", "/repo/sub/a.xml"])
  func oneNameWhenTheBaseIsTheWorkingDirectory(path: String) {
    #expect(ReportPath.relative(path, to: "/repo", workingDirectory: "/repo") == "sub/a.xml")
    #expect(ReportPath.relative(path, to: "/repo") == "sub/a.xml")
  }

  @Test func aBaseAboveTheWorkingDirectory() {
    #expect(ReportPath.relative("a.xml", to: "/repo", workingDirectory: "/repo/sub") == "sub/a.xml")
    #expect(ReportPath.relative("../b.xml", to: "/repo", workingDirectory: "/repo/sub") == "b.xml")
  }

  @Test func outsideTheBaseStaysAbsoluteAndStandardInputKeepsItsName() {
    #expect(ReportPath.relative("../x.xml", to: "/repo/sub", workingDirectory: "/repo/w") == "/repo/x.xml")
    #expect(ReportPath.relative("/tmp/x.xml", to: "/repo") == "/tmp/x.xml")
    #expect(ReportPath.relative("../x.xml", to: "/repo") == "../x.xml")
    #expect(ReportPath.relative("<stdin>", to: "/repo/sub", workingDirectory: "/repo") == "<stdin>")
  }
}

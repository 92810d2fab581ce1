import Dispatch
import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// A session loaded once checks documents held in memory exactly as `check` checks the same bytes on disk.
@Suite struct CheckSessionTests {
  static let fixtures = [
    "fixtures/cq-riparian-changshou-chemical-too-close.xml", "fixtures/cq-ssw-three-gorges-compliant.xml",
  ]

  static func session() throws -> CheckSession {
    switch CheckSession.prepare(CheckRunTests.request([], formats: [])) {
    case .success(let session): return session
    case .failure(let failure):
      throw SessionError(text: "\(failure.outcome.report.standardDiagnostics)")
    }
  }

  struct SessionError: Error { var text: String }

  static func documents(_ paths: [String]) throws -> [InMemoryDocument] {
    try paths.map { InMemoryDocument(name: $0, bytes: try Repository.bytes($0)) }
  }

  @Test(arguments: ["text", "json", "sarif", "junit", "html"])
  func documentsInMemoryRenderAsFilesOnDisk(format: String) throws {
    let session = try Self.session()
    let request = CheckRunTests.request(Self.fixtures, formats: [format])
    let memory = session.check(try Self.documents(Self.fixtures), request: request)
    let disk = CheckRun.run(request)
    let renderer = try #require(Renderers.named(format))
    #expect(memory.exitStatus(failOn: .error) == 1)
    #expect(CheckRunTests.stable(renderer.render(memory.report)) == CheckRunTests.stable(renderer.render(disk.report)))
  }

  @Test func profileAndLanguageComeFromEachCheck() throws {
    let session = try Self.session()
    var request = CheckRunTests.request([], formats: ["json"])
    request.profile = .all
    request.language = .zh
    let outcome = session.check(try Self.documents([Self.fixtures[0]]), request: request)
    #expect(outcome.report.language == .zh)
    var disk = CheckRunTests.request([Self.fixtures[0]], formats: ["json"])
    disk.profile = .all
    disk.language = .zh
    #expect(
      CheckRunTests.stable(JSONReporter.render(outcome.report))
        == CheckRunTests.stable(JSONReporter.render(CheckRun.run(disk).report)))
  }

  @Test func aDocumentOverTheFileLimitIsNotChecked() throws {
    var prepare = CheckRunTests.request([], formats: [])
    prepare.limits.maxFileSize = 100
    guard case .success(let session) = CheckSession.prepare(prepare) else {
      Issue.record("the bundled standard does not load")
      return
    }
    let outcome = session.check(try Self.documents([Self.fixtures[0]]), request: prepare)
    let file = try #require(outcome.report.files.first)
    #expect(file.status == .notChecked)
    #expect(file.diagnostics.map(\.code) == [.inputTooLarge], "\(file.diagnostics)")
    #expect(!outcome.report.isComplete)
  }

  @Test func aBrokenStandardIsTheFailureWithItsProblems() throws {
    var request = CheckRunTests.request([], formats: [])
    request.standardPath = "/nonexistent/standard"
    guard case .failure(let failure) = CheckSession.prepare(request) else {
      Issue.record("a missing standard was loaded")
      return
    }
    #expect(!failure.outcome.report.standardDiagnostics.isEmpty)
    #expect(!failure.outcome.checkedFiles)
  }

  @Test func concurrentChecksGiveTheSameReports() throws {
    let session = try Self.session()
    let request = CheckRunTests.request([], formats: ["json"])
    let documents = try Self.documents(Self.fixtures)
    let expected = CheckRunTests.stable(JSONReporter.render(session.check(documents, request: request).report))
    final class Slots: @unchecked Sendable {
      var texts = [String](repeating: "", count: 8)
      let lock = NSLock()
    }
    let slots = Slots()
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      let text = CheckRunTests.stable(JSONReporter.render(session.check(documents, request: request).report))
      slots.lock.lock()
      slots.texts[index] = text
      slots.lock.unlock()
    }
    #expect(slots.texts.allSatisfy { $0 == expected })
  }
}

import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiTestSupport
import Testing

/// A batch's further workers copy the standard from the files the first load read, in memory: a standard edited or
/// removed on disk during the run cannot make two workers check against different standards.
@Suite struct StandardCopyTests {
  @Test func aCopyIsOfTheFilesFirstReadNotOfTheDiskNow() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("shanshui-copy-\(UUID().uuidString)")
    try EditedStandard().write(to: root)
    defer { try? FileManager.default.removeItem(at: root) }
    guard case .success(let loaded) = StandardProvider.loadKeepingFiles(root.path) else {
      Issue.record("the standard written to \(root.path) does not load")
      return
    }
    // Gone from disk: a load from there fails, the copy does not.
    try FileManager.default.removeItem(at: root)
    guard case .failure = StandardProvider.load(root.path) else {
      Issue.record("a removed standard still loads from disk")
      return
    }
    let copy = try #require(StandardProvider.copy(of: loaded))
    #expect(copy.info == loaded.standard.info)
    #expect(copy.rules.map(\.id) == loaded.standard.rules.map(\.id))
    #expect(copy.documents.map(\.file) == loaded.standard.documents.map(\.file), "files are named as on disk")
    // Its own compiled XPath, so that it can serve another thread.
    #expect(zip(copy.rules, loaded.standard.rules).allSatisfy { $0.context !== $1.context })
  }

  @Test func aCopyChecksLikeTheOriginal() throws {
    guard case .success(let loaded) = StandardProvider.loadKeepingFiles(nil) else {
      Issue.record("the bundled standard does not load")
      return
    }
    let copy = try #require(StandardProvider.copy(of: loaded))
    for fixture in try Repository.fixtures().prefix(6) {
      let bytes = try Repository.bytes("fixtures/" + fixture)
      let original = Validator(standard: loaded.standard).validate(bytes: bytes, path: fixture, selection: .auto)
      let copied = Validator(standard: copy).validate(bytes: bytes, path: fixture, selection: .auto)
      #expect(copied.findings == original.findings, "\(fixture)")
    }
  }
}

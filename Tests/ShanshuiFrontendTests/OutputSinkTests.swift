import Foundation
import ShanshuiFrontend
import ShanshuiTestSupport
import Testing

/// An output written in pieces (`OutputFile.open()`): the same rules as a whole write, the name replaced only when
/// the sink finishes, and nothing left behind when it does not.
@Suite struct OutputSinkTests {
  static func entries(_ directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  @Test func manyPiecesAcrossBlocksAreWrittenInOrderAndNamedOnlyWhenFinished() throws {
    let directory = try TemporaryDirectory.make("sink")
    let file = directory.appendingPathComponent("report.jsonl")
    try Data("old\n".utf8).write(to: file)
    #expect(chmod(file.path, 0o640) == 0)
    let sink = try OutputFile(path: file.path, option: "--output").open()
    var expected = ""
    // Pieces of every size: small ones filling blocks, and one larger than a block, written through.
    for index in 0..<20_000 {
      let piece = "{\"line\":\(index),\"text\":\"\(String(repeating: "山", count: index % 40))\"}\n"
      sink.write(piece)
      expected += piece
    }
    let large = String(repeating: "x", count: 200_000) + "\n"
    sink.write(large)
    expected += large
    sink.write(Array("end\n".utf8))
    expected += "end\n"
    // Until it finishes, readers see the old content; the new bytes are in a hidden temporary file beside it.
    #expect(FileManager.default.contents(atPath: file.path) == Data("old\n".utf8))
    #expect(try Self.entries(directory).count == 2)
    try sink.finish()
    #expect(FileManager.default.contents(atPath: file.path) == Data(expected.utf8))
    #expect(try Self.entries(directory) == ["report.jsonl"])
    var status = stat()
    #expect(lstat(file.path, &status) == 0 && status.st_mode & 0o7777 == 0o640)
  }

  @Test func aSinkNeverFinishedLeavesTheOldContentAndNoTemporaryFile() throws {
    let directory = try TemporaryDirectory.make("sink")
    let file = directory.appendingPathComponent("report.txt")
    try Data("kept".utf8).write(to: file)
    do {
      let sink = try OutputFile(path: file.path, option: "--output").open()
      sink.write(String(repeating: "partial\n", count: 50_000))
    }
    #expect(FileManager.default.contents(atPath: file.path) == Data("kept".utf8))
    #expect(try Self.entries(directory) == ["report.txt"])
    // A new name is not created at all.
    let new = directory.appendingPathComponent("new.txt")
    do {
      let sink = try OutputFile(path: new.path, option: "--output").open()
      sink.write("partial")
    }
    #expect(try Self.entries(directory) == ["report.txt"])
  }

  /// A write that fails mid-stream is reported once, at the end, with the system's reason; later pieces are dropped.
  @Test func aFailedWriteIsThrownByFinish() throws {
    let sink = try OutputFile(path: "/dev/full", option: "--format jsonl").open()
    for _ in 0..<10 { sink.write(String(repeating: "y", count: 30_000)) }
    let error = try #require(throws: OutputError.self) { try sink.finish() }
    #expect(error.failure == .system(ENOSPC))
    #expect(error.message(.en).hasPrefix("shanshui: error: [E500] cannot write --format jsonl /dev/full"))
  }

  /// After `finish()` the sink writes nothing more (its descriptor is closed and may be another file's by then).
  @Test func writesAfterFinishAreDropped() throws {
    let directory = try TemporaryDirectory.make("sink")
    let file = directory.appendingPathComponent("r.txt")
    let sink = try OutputFile(path: file.path, option: "--output").open()
    sink.write("done\n")
    try sink.finish()
    sink.write(String(repeating: "late", count: 40_000))
    try sink.finish()
    #expect(FileManager.default.contents(atPath: file.path) == Data("done\n".utf8))
    #expect(try Self.entries(directory) == ["r.txt"])
  }
}

import Foundation
import ShanshuiTestSupport
import Testing

/// docs/editing-the-standard.md's tutorial, replayed: each ```sh block of its "Tutorial" section runs in order, with
/// `bash -eo pipefail`, in a temporary directory holding a copy of `standards/` and with the built `shanshui` first
/// on PATH. Each block states its exit status on its last line (`# exit status N`); the ```text block after it, when
/// there is one, states its output (see `TutorialOutput`).
@Suite struct EditorTutorialTests {
  struct Step: CustomStringConvertible {
    var number: Int
    var script: String
    var status: Int32
    var expected: [String]?
    var description: String { "step \(number): \(script.split(separator: "\n").first ?? "")" }
  }

  static func steps() throws -> [Step] {
    let guide = String(decoding: try Repository.bytes("docs/editing-the-standard.md"), as: UTF8.self)
    let lines = guide.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.hasPrefix("## Tutorial") }) else { return [] }
    var steps: [Step] = []
    var block: (fence: String, lines: [String])?
    for line in lines[(start + 1)...] {
      if block == nil && line.hasPrefix("## ") { break }  // the next section (a heading inside a block is output)
      if var open = block {
        if line == "```" {
          block = nil
          if open.fence == "sh" {
            let status = open.lines.last.flatMap { Int32($0.replacingOccurrences(of: "# exit status ", with: "")) }
            steps.append(
              Step(number: steps.count + 1, script: open.lines.joined(separator: "\n"), status: status ?? -1))
          } else if open.fence == "text", let last = steps.indices.last, steps[last].expected == nil {
            steps[last].expected = open.lines
          }
        } else {
          open.lines.append(line)
          block = open
        }
      } else if line.hasPrefix("```") {
        block = (String(line.dropFirst(3)), [])
      }
    }
    return steps
  }

  @Test func theTutorialHasEveryStepOfAnEditorsDay() throws {
    let steps = try Self.steps()
    #expect(steps.count >= 8)
    #expect(steps.allSatisfy { $0.status >= 0 }, "every block ends with # exit status N")
    let scripts = steps.map(\.script).joined(separator: "\n")
    for command in [
      "shanshui lint", "shanshui test", "shanshui check", "shanshui explain", "shanshui diff", "shanshui doc",
    ] {
      #expect(scripts.contains(command), "\(command)")
    }
    for part in [
      #"status="adopted""#, #"status="provisional""#, "<reason lang=", "<source ref=", #"<example outcome="fail""#,
    ] {
      #expect(scripts.contains(part), "\(part)")
    }
  }

  @Test func theTutorialRunsAsWritten() throws {
    let directory = try TemporaryDirectory.make("tutorial")
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(at: Repository.url("standards"), to: directory.appendingPathComponent("standards"))
    let binaries = CommandRunner.executable.deletingLastPathComponent().path
    let path = binaries + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    for step in try Self.steps() {
      let output = try CommandRunner.run(
        ["-eo", "pipefail", "-c", step.script], in: directory, environment: ["PATH": path],
        executable: URL(fileURLWithPath: "/bin/bash"))
      let text = output.stdout + output.stderr
      #expect(output.status == step.status, "\(step): exit \(output.status)\n\(text)")
      if let expected = step.expected {
        #expect(
          TutorialOutput.matches(expected, text), "\(step): expected\n\(expected.joined(separator: "\n"))\ngot\n\(text)"
        )
      }
      guard output.status == step.status else { return }  // the later steps build on this one
    }
  }

  @Test func outputMatchingReadsWildcardsAndAnOpenEnd() {
    let output = "a 1\nb: x y z\nc\n"
    #expect(TutorialOutput.matches(["a 1", "c"], output))
    #expect(TutorialOutput.matches(["b: … z", "…"], output))
    #expect(!TutorialOutput.matches(["b: … z"], output), "the last line must end the output")
    #expect(!TutorialOutput.matches(["c", "a 1"], output), "in order")
    #expect(!TutorialOutput.matches(["b: x z"], output))
  }
}

/// How a step's stated output is compared: its lines appear in the output in order (others may come between); `…`
/// inside a line stands for any text (a version, a line of libxml2's wording); the last line must be the output's
/// last, unless it is `…` alone (more follows).
enum TutorialOutput {
  static func matches(_ expected: [String], _ output: String) -> Bool {
    let lines = output.components(separatedBy: "\n").map { $0.trimmingSuffixSpaces }.filter { !$0.isEmpty }
    let openEnd = expected.last == "…"
    let wanted = (openEnd ? expected.dropLast() : expected[...]).map { $0.trimmingSuffixSpaces }.filter { !$0.isEmpty }
    var index = lines.startIndex
    var lastMatched: Int?
    for line in wanted {
      guard let found = lines[index...].firstIndex(where: { matches(line, $0) }) else { return false }
      lastMatched = found
      index = found + 1
    }
    return openEnd || wanted.isEmpty || lastMatched == lines.count - 1
  }

  /// `pattern` with `…` as a wildcard, anchored at both ends.
  static func matches(_ pattern: String, _ line: String) -> Bool {
    let pieces = pattern.components(separatedBy: "…")
    guard pieces.count > 1 else { return pattern == line }
    guard line.hasPrefix(pieces[0]), line.hasSuffix(pieces[pieces.count - 1]),
      line.count >= pieces[0].count + pieces[pieces.count - 1].count
    else { return false }
    var rest = line.dropFirst(pieces[0].count).dropLast(pieces[pieces.count - 1].count)
    for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
      guard let range = rest.range(of: piece) else { return false }
      rest = rest[range.upperBound...]
    }
    return true
  }
}

extension String {
  fileprivate var trimmingSuffixSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

import Foundation
import ShanshuiTestSupport
import Testing

/// `init --lang en` writes the template's comments in English, `--lang zh` (the default) in Chinese; the XML is the
/// same in both, so either checks alike.
@Suite(.serialized) struct InitLanguageTests {
  static let types = ["ssw", "mine", "wsc", "karst", "greening", "wetland", "riparian"]

  /// The text of every comment of `template`.
  static func comments(_ template: String) -> [String] {
    var found: [String] = []
    var rest = Substring(template)
    while let open = rest.range(of: "<!--"), let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) {
      found.append(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return found
  }

  /// Whether `text` holds a CJK ideograph once the placeholder 待填写 (the text SS-CMP-001 looks for) is taken out.
  static func hasChinese(_ text: String) -> Bool {
    text.replacingOccurrences(of: "待填写", with: "").unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
  }

  /// The template without its comments.
  static func withoutComments(_ template: String) -> String {
    var output = ""
    var rest = Substring(template)
    while let open = rest.range(of: "<!--"), let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) {
      output += rest[..<open.lowerBound]
      rest = rest[close.upperBound...]
    }
    return output + rest
  }

  @Test(arguments: types) func englishTemplateHasEnglishComments(type: String) throws {
    let english = try CommandRunner.run(["init", "--lang", "en", "--province", "sichuan", "--type", type])
    #expect(english.status == 0)
    let comments = Self.comments(english.stdout)
    #expect(comments.count > 30)
    for comment in comments {
      #expect(!Self.hasChinese(comment), "\(type): \(comment)")
    }
    #expect(english.stdout.contains("; rules: SS-"))
    #expect(english.stdout.contains("Total investment; unit yuan / wan-yuan"))

    let chinese = try CommandRunner.run(["init", "--province", "sichuan", "--type", type])
    #expect(Self.comments(chinese.stdout).count == comments.count)
    #expect(chinese.stdout.contains("；规则：SS-"))
    #expect(chinese.stdout.contains("总投资；单位"))
    #expect(Self.withoutComments(chinese.stdout) == Self.withoutComments(english.stdout))
  }

  @Test func englishTemplateChecksLikeTheChineseOne() throws {
    let directory = try TemporaryDirectory.make("init-lang")
    var rules: [String: [String]] = [:]
    for language in ["zh", "en"] {
      let file = directory.appendingPathComponent("\(language).xml")
      #expect(try CommandRunner.run(["init", "--lang", language, "--type", "mine", "--output", file.path]).status == 0)
      let report = try CommandRunner.run(["check", "--format", "json", file.path])
      #expect(report.status == 1)
      rules[language] = try JSONTree(parsing: report.stdout)["files"][0]["findings"].array.compactMap {
        $0["ruleId"].string
      }
    }
    #expect(rules["zh"] == rules["en"])
    #expect(rules["zh"]?.isEmpty == false)
  }
}

import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// docs/lint.md is generated from the lint rules; this test fails when they drift apart.
/// Regenerate with `SHANSHUI_UPDATE_GOLDEN=1 swift test --filter LintDocsTests`.
@Suite struct LintDocsTests {
  @Test func docsAreUpToDate() throws {
    let generated = LintRuleDocs.markdown()
    let mismatch = try Golden.mismatch(generated, against: "docs/lint.md")
    #expect(mismatch == nil, "\(mismatch ?? "")")
    for rule in LintRules.all {
      #expect(generated.contains("## \(rule.id)\n"))
    }
  }
}

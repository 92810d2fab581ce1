import Foundation
import ShanshuiTestSupport
import Testing

/// The HTML report names themes by their rule documents' titles in the report's language (水土保持), not by file ids
/// (soil): in the filter's options and in the counts by theme; the filter still matches rows by id.
@Suite struct HTMLThemeNameTests {
  @Test(arguments: [("zh", "水土保持"), ("en", "Soil and water conservation")])
  func themesAreNamedByTheirTitles(language: String, title: String) throws {
    let output = try CommandRunner.run([
      "check", "fixtures/cross-border-mingyueshan-wsc-divergent.xml", "--format", "html", "--lang", language,
    ])
    #expect(output.status == 1, "\(output.stderr)")
    let html = output.stdout
    #expect(html.contains("<option value=\"soil\">\(title)</option>"), "filter option")
    #expect(html.contains("<tr><td>\(title)</td>"), "counts by theme")
    #expect(!html.contains(">soil</"), "a bare theme id shown to the reader")
    #expect(html.contains("data-theme=\"soil\""), "rows keep the id the filter matches")
  }
}

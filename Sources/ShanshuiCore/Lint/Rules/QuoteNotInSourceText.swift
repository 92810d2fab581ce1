import ShanshuiXML

/// SL023: a `<source quote>` of a document whose full text is bundled (`<document text>`) occurs in that text
/// verbatim.
struct QuoteNotInSourceText: LintRule {
  let id = "SL023"
  let name = "quote-not-in-source-text"
  let severity = Severity.error
  let title = LocalizedText(zh: "引文不在来源原文中", en: "A quote is not in its source's bundled text")
  let rationale = LocalizedText(
    zh: "引文说明规则依据的是来源的哪一句话；来源原文随标准附带时，引文须逐字出现在原文中（以“……”分隔的各段依次出现），否则就是把来源没说的话归于来源（加载器：E214）。",
    en:
      "A quote says which sentence of the source a rule rests on; where the source's full text is bundled with the standard, the quote must occur in it word for word (parts separated by “……” in order), or the standard puts words in the source's mouth (loader: E214)."
  )

  static let text = "一、总体要求\n深化川渝两地国土空间生态修复领域合作，共同推进长江等“六江”生态廊道建设。\n"
  static let document =
    #"<document id="test-text" confidence="H" text="sources/test.txt"><title lang="zh">某意见</title><title lang="en">An opinion</title></document>"#

  let triggering = [
    LintExample(
      rules: LintExample.rule(sources: #"<source ref="test-text" clause="一" quote="共同推进长江“六江”生态廊道建设"/>"#),
      sources: Self.document, texts: ["sources/test.txt": Self.text]),
    LintExample(
      rules: LintExample.rule(
        sources: #"<source ref="test-text" clause="一" quote="共同推进长江等“六江”生态廊道建设……深化川渝两地"/>"#),
      sources: Self.document, texts: ["sources/test.txt": Self.text]),
  ]
  let nonTriggering = [
    LintExample(
      rules: LintExample.rule(sources: #"<source ref="test-text" clause="一" quote="共同推进长江等“六江”生态廊道建设"/>"#),
      sources: Self.document, texts: ["sources/test.txt": Self.text]),
    LintExample(
      rules: LintExample.rule(sources: #"<source ref="test-text" clause="一" quote="深化川渝两地……“六江”生态廊道建设"/>"#),
      sources: Self.document, texts: ["sources/test.txt": Self.text]),
    LintExample(rules: LintExample.rule(sources: #"<source ref="test-source" clause="1.1" quote="未附原文的来源"/>"#)),
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.ruleDocuments.flatMap { file in
      (file.root.map(UnknownSource.sourceReferences) ?? []).compactMap { reference in
        guard let quote = reference.attribute("quote"), let ref = reference.attribute("ref"),
          let text = standard.sourceTexts[ref], !SourceQuote.isVerbatim(quote, in: text)
        else { return nil }
        return finding(
          "引文不在来源 \(ref) 的原文中：“\(quote)”", "the quote is not in the text of source \(ref): “\(quote)”",
          at: file.location(ofAttribute: "quote", of: reference))
      }
    }
  }
}

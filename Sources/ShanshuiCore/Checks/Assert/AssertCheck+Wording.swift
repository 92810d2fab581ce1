extension AssertCheck {
  public func words(standard: Standard) -> CheckWords {
    CheckWords(
      line: { language in
        let zh = language == .zh
        return [
          .text(zh ? "XPath 表达式 " : "the XPath expression "), .code(test.source), .text(zh ? " 须为真" : " must be true"),
        ]
      },
      sentence: LocalizedText(zh: "XPath 表达式须为真：\(test.source)", en: "The XPath test must be true: \(test.source)"))
  }
}

extension RequiredCheck {
  public func words(standard: Standard) -> CheckWords {
    CheckWords(
      line: { language in
        [.code(path.description), .text(language == .zh ? " 须存在且不为空" : " must be present and not empty")]
      },
      sentence: LocalizedText(
        zh: "上下文节点下须有 \(path) 且不为空。", en: "\(path) must be present and not empty under the context node."))
  }
}

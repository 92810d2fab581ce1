extension PairsCheck {
  public func words(standard: Standard) -> CheckWords {
    let element = path.description
    let firstTitle = standard.codelists[firstList]?.title
    let secondTitle = standard.codelists[secondList]?.title
    return CheckWords(
      line: { language in
        language == .zh
          ? [
            .text("代码表 "), .code(firstList), .text(" 与 "), .code(secondList), .text(" 的每个组合须有一个 "),
            .code("\(element)[@\(first)][@\(second)]"),
          ]
          : [
            .text("every combination of codelists "), .code(firstList), .text(" and "), .code(secondList),
            .text(" needs one "), .code("\(element)[@\(first)][@\(second)]"),
          ]
      },
      sentence: LocalizedText(
        zh:
          "对\(firstTitle?.text(.zh) ?? firstList)（\(firstList)）与\(secondTitle?.text(.zh) ?? secondList)（\(secondList)）的每个组合，上下文节点下须有 \(element)，其 @\(first) 与 @\(second) 分别为这两个代码；缺少的组合逐项列出。",
        en:
          "For every combination of \(firstTitle?.text(.en) ?? firstList) (\(firstList)) and \(secondTitle?.text(.en) ?? secondList) (\(secondList)), the context node needs a \(element) whose @\(first) and @\(second) are those codes; each missing combination is listed."
      ))
  }
}

extension CodelistCheck {
  public func words(standard: Standard) -> CheckWords {
    let title = standard.codelists[list]?.title
    // The documentation line is the plain one for every codelist check (`declaredFields`).
    let negative = findings == [.listed]
    let line = { (language: Language) -> [CheckPhrase] in
      let zh = language == .zh
      if negative {
        return DocLineWords.values(of: path, language)
          + [.text(zh ? "不得为代码表 " : " must not be a current code of codelist ")] + [.code(list)]
          + [.text(zh ? " 中的现行代码" : "")]
      }
      return DocLineWords.values(of: path, language) + [.text(zh ? "须为代码表 " : " must be a current code of codelist ")]
        + [.code(list)] + [.text(zh ? " 中的现行代码" : "")]
    }
    guard isVersioned else {
      return CheckWords(
        line: line,
        sentence: LocalizedText(
          zh: "\(path) 须是代码表 \(list)（\(title?.text(.zh) ?? "")）中的有效代码；已撤销的代码报告其替代代码。",
          en:
            "\(path) must be a current code of codelist \(list) (\(title?.text(.en) ?? "")); a retired code is reported with its replacement."
        ))
    }
    let version =
      versionPath.map {
        LocalizedText(zh: "按 \($0) 所示代码版本（缺省为现行版本）", en: "in the code version at \($0) (default: current)")
      }
      ?? LocalizedText(zh: "按现行代码版本", en: "in the current code version")
    let reported = Finding.allCases.filter(findings.contains).map { finding -> LocalizedText in
      switch finding {
      case .unknown: return LocalizedText(zh: "不存在的代码", en: "codes that do not exist")
      case .retired:
        return LocalizedText(
          zh: "已撤销的代码（给出现行替代代码和撤销年份）", en: "retired codes (naming the code in force now and the year)")
      case .name:
        return LocalizedText(
          zh: "与代码不符的名称（\(namePath?.description ?? "")）",
          en: "names (\(namePath?.description ?? "")) other than the code's")
      case .listed:
        return LocalizedText(zh: "列于表中的现行代码（负面清单）", en: "codes in force in the list (a negative list)")
      }
    }
    return CheckWords(
      line: line,
      sentence: LocalizedText(
        zh:
          "\(path) \(version.text(.zh))对照代码表 \(list)（\(title?.text(.zh) ?? "")），报告\(reported.map { $0.text(.zh) }.joined(separator: "、"))。",
        en:
          "\(path) is read \(version.text(.en)) against codelist \(list) (\(title?.text(.en) ?? "")), reporting \(reported.map { $0.text(.en) }.joined(separator: ", "))."
      ))
  }
}

/// Stable codes for every problem that stops a file or the standard from being checked (exit status 2).
///
/// The table with explanations is docs/error-codes.md; a test keeps the two in step.
public enum ErrorCode: String, Sendable, Codable, CaseIterable {
  // Submissions
  case inputUnreadable = "E100"
  case inputMalformed = "E101"
  case inputSchemaInvalid = "E102"
  case inputEvaluationFailed = "E103"
  case inputTooLarge = "E104"
  // Standards
  case standardUnreadable = "E200"
  case standardMalformed = "E201"
  case standardSchemaInvalid = "E202"
  case duplicateID = "E203"
  case unknownReference = "E204"
  case xpathSyntax = "E205"
  case xpathEvaluation = "E206"
  case unitMismatch = "E207"
  case invalidRegex = "E208"
  case invalidParameterValue = "E209"
  case unknownPlaceholder = "E210"
  case invalidExample = "E211"
  case unsafeReference = "E212"
  case boundWithoutUnit = "E213"
  case quoteNotInSourceText = "E214"
  case versionInvalid = "E215"
  // Run configuration
  case configurationInvalid = "E300"
  case baselineInvalid = "E301"
  // Internal errors
  case fastPathDisagreement = "E400"
  // Outputs (reports, baselines, exports, pages)
  case outputUnwritable = "E500"
  case outputRefused = "E501"

  /// A one-line summary of the code.
  public var summary: LocalizedText {
    switch self {
    case .configurationInvalid: return LocalizedText(zh: "配置文件无效", en: "configuration file is invalid")
    case .baselineInvalid: return LocalizedText(zh: "基线文件无效", en: "baseline file is invalid")
    case .fastPathDisagreement:
      return LocalizedText(zh: "快速路径与 libxml2 结论不一致（内部错误）", en: "the fast path and libxml2 disagree (internal error)")
    case .inputUnreadable: return LocalizedText(zh: "无法读取输入文件", en: "input file cannot be read")
    case .inputMalformed: return LocalizedText(zh: "输入不是格式正确的 XML", en: "input is not well-formed XML")
    case .inputSchemaInvalid:
      return LocalizedText(zh: "输入不符合申报格式 XSD", en: "input is not valid against the submission schema")
    case .inputEvaluationFailed: return LocalizedText(zh: "规则求值失败", en: "a rule could not be evaluated on the input")
    case .inputTooLarge: return LocalizedText(zh: "输入超过大小上限", en: "input exceeds the size limit")
    case .standardUnreadable: return LocalizedText(zh: "无法读取标准文件", en: "standard file cannot be read")
    case .standardMalformed: return LocalizedText(zh: "标准文件不是格式正确的 XML", en: "standard file is not well-formed XML")
    case .standardSchemaInvalid:
      return LocalizedText(zh: "标准文件不符合规则文档 XSD", en: "standard file is not valid against the rule-document schema")
    case .duplicateID: return LocalizedText(zh: "标识重复", en: "duplicate identifier")
    case .unknownReference:
      return LocalizedText(zh: "引用了未定义的参数、代码表或来源", en: "reference to an undefined parameter, codelist or source")
    case .xpathSyntax: return LocalizedText(zh: "XPath 语法错误", en: "XPath syntax error")
    case .xpathEvaluation:
      return LocalizedText(
        zh: "XPath 试运行出错（未知函数、前缀或变量）", en: "XPath dry run failed (unknown function, prefix or variable)")
    case .unitMismatch: return LocalizedText(zh: "单位不匹配", en: "unit mismatch")
    case .invalidRegex: return LocalizedText(zh: "正则表达式无效", en: "invalid regular expression")
    case .invalidParameterValue: return LocalizedText(zh: "参数取值缺少来源或理由", en: "parameter value lacks a source or reason")
    case .unknownPlaceholder: return LocalizedText(zh: "消息中的占位符不存在", en: "message placeholder does not exist")
    case .invalidExample: return LocalizedText(zh: "规则示例无效", en: "invalid rule example")
    case .boundWithoutUnit: return LocalizedText(zh: "数量界限未注明单位", en: "a quantity bound states no unit")
    case .quoteNotInSourceText:
      return LocalizedText(zh: "引文不在来源原文中", en: "a quote is not in its source's bundled text")
    case .versionInvalid:
      return LocalizedText(zh: "标准的某个版本无法使用", en: "a version of the standard cannot be used")
    case .unsafeReference: return LocalizedText(zh: "引用路径超出标准目录", en: "reference leaves the standard's directory")
    case .outputUnwritable: return LocalizedText(zh: "无法写入输出文件", en: "an output cannot be written")
    case .outputRefused:
      return LocalizedText(
        zh: "输出路径不是可写入的文件（目录、块设备或套接字）",
        en: "an output path is not something a file can be written to (a directory, block device or socket)")
    }
  }
}

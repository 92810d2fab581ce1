import ShanshuiCore

/// The HTML report's fixed texts in one language.
struct HTMLTerms {
  let language: Language
  init(_ language: Language) { self.language = language }

  private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

  var title: String { pick("山水 · 生态修复申报检查报告", "shanshui · restoration submission check report") }
  var effective: String { pick("施行日期", "effective") }
  var files: String { pick("文件", "Files") }
  var checked: String { pick("已检查", "Checked") }
  var notChecked: String { pick("未能检查", "Not checked") }
  var suppressed: String { pick("已抑制", "Suppressed") }
  var byTheme: String { pick("按主题", "By theme") }
  var byProfile: String { pick("按标准", "By profile") }
  var theme: String { pick("主题", "Theme") }
  var profile: String { pick("标准", "Profile") }
  var all: String { pick("全部", "All") }
  var search: String { pick("搜索规则、消息或路径", "Search rules, messages or paths") }
  var line: String { pick("行", "Line") }
  var rule: String { pick("规则", "Rule") }
  var message: String { pick("消息", "Message") }
  var location: String { pick("位置", "Location") }
  var noFindings: String { pick("未发现问题", "No findings") }
  var rulesNotChecked: String { pick("未检查的空间规则（不视为通过）", "Spatial rules not checked (never a pass)") }
  var layersUsed: String { pick("审查图层", "Reviewer layers") }
  var standardProblems: String { pick("标准本身的问题", "Problems in the standard") }
  var project: String { pick("项目", "Project") }
  var judgedBy: String { pick("判定版本", "Judged by version") }
  var versionsUsed: String { pick("各文件的判定版本", "versions that judged the files") }
  var sideBySide: String { pick("川渝标准对照", "Chongqing / Sichuan / unified side by side") }
  var divergent: String { pick("判定不一致", "diverges") }
  var suppressions: String { pick("抑制项", "Suppressions") }
  var kind: String { pick("类型", "Kind") }
  var reason: String { pick("理由", "Reason") }
  var count: String { pick("条数", "Count") }
  var status: String { pick("状态", "Status") }
  var file: String { pick("文件", "File") }
  var shown: String { pick("显示", "Shown") }

  func severity(_ severity: Severity) -> String { severity.title.text(language) }
  func profileName(_ profile: Profile) -> String { profile.title.text(language) }

  func column(_ column: VerdictMatrix.Column) -> String {
    switch column {
    case .chongqing: return profileName(.chongqing)
    case .sichuan: return profileName(.sichuan)
    case .unified: return profileName(.unified)
    case .auto: return pick("自动（按单元所在省）", "auto (each unit's province)")
    }
  }

  func verdict(_ verdict: VerdictMatrix.Verdict) -> String {
    switch verdict {
    case .pass: return pick("通过", "pass")
    case .fail: return pick("不通过", "fail")
    case .warn: return pick("警告", "warn")
    case .notApplicable: return pick("不适用", "n/a")
    case .error: return pick("出错", "error")
    }
  }

  func suppressionKind(_ kind: Suppression.Kind) -> String {
    switch kind {
    case .disabled: return pick("配置停用", "disabled in configuration")
    case .severity: return pick("配置改级别", "severity changed in configuration")
    case .inline: return pick("文件内注释", "inline comment")
    case .baseline: return pick("基线", "baseline")
    }
  }

  func suppressionStatus(_ status: Suppression.Status) -> String {
    switch status {
    case .applied: return pick("已生效", "applied")
    case .unused: return pick("未匹配", "unused")
    case .rejected: return pick("无效（缺少理由或规则）", "rejected (no reason or rule)")
    case .requested: return pick("申请豁免（未生效，结果保留）", "requested waiver (not applied, findings kept)")
    case .denied: return pick("豁免被拒绝（结果保留）", "waiver denied (findings kept)")
    case .stale: return pick("过期：未匹配任何结果", "stale: matched nothing")
    case .refused:
      return pick(
        "不可豁免（来源为法律法规，结果保留）", "refused: the rule cannot be waived (its source is a law or regulation; findings kept)")
    }
  }
}

import Foundation
import ShanshuiCore
import Yams

/// Reads `.shanshui.yml` strictly from its YAML node tree, so that every problem carries the line and column of the
/// node at fault: unknown keys, a rule entry without a reason, an unknown severity.
struct ConfigurationReader {
  let path: String
  private var problems: [Diagnostic] = []

  init(path: String) { self.path = path }

  mutating func read(_ text: String) -> Result<Configuration, ConfigurationError> {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      let (message, mark) = Self.describe(error)
      return .failure(ConfigurationError([problem(message, at: mark)]))
    } catch {
      return .failure(ConfigurationError([problem(LocalizedText("\(error)"), at: nil)]))
    }
    guard let root else { return .success(Configuration(rules: [], baseline: nil, path: path)) }
    guard let mapping = root.mapping else {
      return .failure(
        ConfigurationError([
          problem(LocalizedText(zh: "配置应为键值映射", en: "the configuration must be a mapping"), at: root.mark)
        ]))
    }
    var rules: [Configuration.RuleSetting] = []
    var baseline: String?
    var inlineMode: SuppressionPolicy.InlineMode?
    var inlineLocation: SourceLocation?
    var asOf: CalendarDate?
    var layers: [Configuration.LayerSetting] = []
    for (key, value) in mapping {
      switch key.string {
      case "rules": rules = readRules(value)
      case "baseline":
        if let name = value.string, !name.isEmpty {
          baseline =
            name.hasPrefix("/")
            ? name : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(name).path
        } else {
          problems.append(
            problem(LocalizedText(zh: "baseline 应为文件路径", en: "baseline must be a file path"), at: value.mark))
        }
      case "inline-suppressions":
        inlineLocation = location(key.mark)
        if let mode = value.string.flatMap(SuppressionPolicy.InlineMode.init(rawValue:)) {
          inlineMode = mode
        } else {
          problems.append(
            problem(
              LocalizedText(
                zh: "inline-suppressions 应为 allow、report 或 deny",
                en: "inline-suppressions must be allow, report or deny"), at: value.mark))
        }
      case "as-of":
        // YAML reads an unquoted 2025-06-30 as a timestamp; its text is what counts.
        if let text = value.scalar?.string, let date = CalendarDate(text) {
          asOf = date
        } else {
          problems.append(
            problem(
              LocalizedText(
                zh: "as-of 应为 YYYY-MM-DD 格式的日期（如 2025-06-30）",
                en: "as-of must be a date written YYYY-MM-DD (such as 2025-06-30)"), at: value.mark))
        }
      case "layers": layers = readLayers(value)
      default:
        problems.append(unknownKey(key, allowed: ["rules", "baseline", "inline-suppressions", "as-of", "layers"]))
      }
    }
    return problems.isEmpty
      ? .success(
        Configuration(
          rules: rules, inlineSuppressions: inlineMode, inlineSuppressionsLocation: inlineLocation, baseline: baseline,
          asOf: asOf, layers: layers, path: path)) : .failure(ConfigurationError(problems))
  }

  /// `layers: {ROLE: PATH}`, each path resolved against the configuration file's directory.
  private mutating func readLayers(_ node: Node) -> [Configuration.LayerSetting] {
    guard let mapping = node.mapping else {
      problems.append(
        problem(
          LocalizedText(
            zh: "layers 应为以图层角色为键、文件路径为值的映射", en: "layers must be a mapping of layer roles to file paths"),
          at: node.mark))
      return []
    }
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    return mapping.compactMap { key, value in
      guard let role = key.scalar?.string, !role.isEmpty else {
        problems.append(
          problem(LocalizedText(zh: "layers 的键应为图层角色", en: "a key of layers must be a layer role"), at: key.mark))
        return nil
      }
      guard let file = value.scalar?.string, !file.isEmpty else {
        problems.append(
          problem(
            LocalizedText(zh: "图层 \(role) 的值应为文件路径", en: "the value of layer \(role) must be a file path"),
            at: value.mark))
        return nil
      }
      let resolved = file.hasPrefix("/") ? file : directory.appendingPathComponent(file).path
      return Configuration.LayerSetting(role: role, path: resolved, location: location(key.mark))
    }
  }

  private mutating func readRules(_ node: Node) -> [Configuration.RuleSetting] {
    guard let mapping = node.mapping else {
      problems.append(
        problem(LocalizedText(zh: "rules 应为以规则编号为键的映射", en: "rules must be a mapping keyed by rule id"), at: node.mark))
      return []
    }
    return mapping.compactMap { key, value in
      guard let id = key.scalar?.string, !id.isEmpty else {
        problems.append(
          problem(
            LocalizedText(
              zh: "rules 的键应为规则编号（如 SS-RIV-001）", en: "a key of rules must be a rule id (such as SS-RIV-001)"),
            at: key.mark))
        return nil
      }
      return readRule(id: id, key: key, value)
    }
  }

  private mutating func readRule(id: String, key: Node, _ node: Node) -> Configuration.RuleSetting? {
    guard let mapping = node.mapping else {
      problems.append(
        problem(
          LocalizedText(
            zh: "规则 \(id) 的设置应为映射（disable/severity 与 reason）",
            en: "the settings of \(id) must be a mapping (disable/severity and reason)"), at: node.mark))
      return nil
    }
    var disable = false
    var severity: Severity?
    var reason = ""
    var severityGiven = false
    for (field, value) in mapping {
      switch field.string {
      case "disable":
        guard let flag = value.bool else {
          problems.append(
            problem(LocalizedText(zh: "disable 应为 true 或 false", en: "disable must be true or false"), at: value.mark))
          continue
        }
        disable = flag
      case "severity":
        severityGiven = true
        guard let parsed = value.string.flatMap(Severity.init(rawValue:)) else {
          problems.append(
            problem(
              LocalizedText(zh: "severity 应为 error、warning 或 info", en: "severity must be error, warning or info"),
              at: value.mark))
          continue
        }
        severity = parsed
      case "reason": reason = (value.string ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      default: problems.append(unknownKey(field, allowed: ["disable", "severity", "reason"]))
      }
    }
    if reason.isEmpty {
      problems.append(
        problem(
          LocalizedText(
            zh: "规则 \(id) 的设置缺少 reason（每项抑制都须说明理由）",
            en: "the settings of \(id) lack a reason (every suppression must say why)"), at: key.mark))
    }
    if !disable && !severityGiven {
      problems.append(
        problem(
          LocalizedText(
            zh: "规则 \(id) 的设置既未 disable 也未改 severity",
            en: "the settings of \(id) neither disable it nor change its severity"), at: key.mark))
    }
    return Configuration.RuleSetting(
      ruleID: id, disable: disable, severity: severity, reason: reason,
      location: location(key.mark))
  }

  private func unknownKey(_ key: Node, allowed: [String]) -> Diagnostic {
    problem(
      LocalizedText(
        zh: "未知的键 \(key.string ?? "?")（可用：\(allowed.joined(separator: "、"))）",
        en: "unknown key \(key.string ?? "?") (expected: \(allowed.joined(separator: ", ")))"), at: key.mark)
  }

  private func problem(_ message: LocalizedText, at mark: Mark?) -> Diagnostic {
    Diagnostic(.configurationInvalid, message, at: location(mark))
  }

  private func location(_ mark: Mark?) -> SourceLocation {
    SourceLocation(file: path, line: mark?.line ?? 0, column: mark?.column ?? 0)
  }

  private static func describe(_ error: YamlError) -> (LocalizedText, Mark?) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return (LocalizedText(zh: "YAML 语法错误：\(problem)", en: "YAML syntax error: \(problem)"), mark)
    case .duplicatedKeysInMapping(let duplicates, let context):
      // A repeated key would silently replace the entry before it.
      let keys = duplicates.sorted().joined(separator: ", ")
      return (
        LocalizedText(
          zh: "映射中的键重复：\(keys)（每个键只能出现一次）",
          en: "duplicate key in a mapping: \(keys) (each key may appear once)"), context.mark
      )
    default: return (LocalizedText(zh: "YAML 语法错误：\(error)", en: "YAML syntax error: \(error)"), nil)
    }
  }
}

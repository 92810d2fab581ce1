import Foundation
import ShanshuiCore

/// Renders `harmonize --corpus`: per differing parameter, passes under each profile and the submissions that flip;
/// with `--propose`, the submissions that would newly fail or pass and the rules that cause it.
public enum ImpactRenderer {
  /// Text for people, in `language`.
  public static func text(_ impact: CorpusImpact, language: Language) -> String {
    let zh = language == .zh
    var lines = [
      zh
        ? "统一标准对 \(impact.submissions.count) 份申报材料的影响（\(impact.skipped.count) 份无法检查，未计入）"
        : "Impact of unifying the criteria on \(impact.submissions.count) submissions (\(impact.skipped.count) could not be checked and are left out)"
    ]
    for parameter in impact.parameters {
      // Passing out of applicable under each profile; a profile under which the rules applied to none is n/a, not 0.
      let counts = Profile.allCases.map { profile in
        let applicable = parameter.applicableUnder[profile, default: 0]
        let count =
          applicable == 0
          ? VerdictText.word(.notApplicable, language) : "\(parameter.passing[profile, default: 0])/\(applicable)"
        return "\(profile.title.text(language)) \(count)"
      }
      lines.append("")
      lines.append(
        zh
          ? "\(parameter.parameterID)（规则 \(parameter.ruleIDs.joined(separator: " "))）：适用 \(parameter.applicable) 份；通过：\(counts.joined(separator: "，"))"
          : "\(parameter.parameterID) (rules \(parameter.ruleIDs.joined(separator: " "))): applies to \(parameter.applicable); passing: \(counts.joined(separator: ", "))"
      )
      for flip in parameter.flips {
        let verdicts = Profile.allCases.map { profile in
          "\(profile.title.text(language)) \(VerdictText.word(flip.verdicts[profile] ?? .notApplicable, language))"
        }
        lines.append("    \(zh ? "翻转" : "flips"): \(flip.path) (\(verdicts.joined(separator: ", ")))")
      }
    }
    if let proposal = impact.proposal {
      lines.append("")
      lines.append(
        zh
          ? "拟统一值（\(proposal.name)）：与各自省份现行判定相比，\(impact.changes.count) 份申报材料结果改变"
          : "Proposed unified values (\(proposal.name)): \(impact.changes.count) submissions would change against their own province's verdict today"
      )
      for change in impact.changes {
        // Each rule with the proposed parameters behind the change, or a note that switching profiles caused it.
        let list = { (rules: [String]) -> String in
          guard !rules.isEmpty else { return "—" }
          return rules.map { rule in
            let causes = change.causes[rule] ?? []
            let values = causes.map { "\($0) = \(proposal.values[$0].map(ImpactRenderer.format) ?? "?")" }
            return rule + " ("
              + (values.isEmpty
                ? (zh ? "因改按统一标准判定" : "from judging under the unified profile") : values.joined(separator: ", ")) + ")"
          }.joined(separator: ", ")
        }
        var line =
          zh
          ? "    \(change.path)：新增不通过 \(list(change.newlyFailing))；新增通过 \(list(change.newlyPassing))"
          : "    \(change.path): newly fails \(list(change.newlyFailing)); newly passes \(list(change.newlyPassing))"
        if !change.noLongerApplying.isEmpty {
          line +=
            zh ? "；统一标准下不再适用 \(list(change.noLongerApplying))" : "; no longer applies \(list(change.noLongerApplying))"
        }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }

  /// Versioned JSON (`formatVersion` 1), keys sorted.
  public static func json(_ impact: CorpusImpact) -> String {
    JSONText.encode(Document(impact))
  }

  private struct Document: Encodable {
    struct Parameter: Encodable {
      var id: String
      var rules: [String]
      var applicable: Int
      var passing: [String: Int]
      /// Per profile, the submissions the rules applied to (0: n/a under that profile).
      var applicableUnder: [String: Int]
      var flips: [Flip]
    }
    struct Flip: Encodable {
      var path: String
      var verdicts: [String: String]
    }
    struct Proposal: Encodable {
      var name: String
      var values: [String: Double]
    }
    struct Change: Encodable {
      var path: String
      var newlyFailing: [String]
      var newlyPassing: [String]
      var noLongerApplying: [String]
      var causes: [String: [String]]
    }

    var formatVersion = 1
    var submissions: Int
    var skipped: [String]
    var parameters: [Parameter]
    var proposal: Proposal?
    var changes: [Change]?

    init(_ impact: CorpusImpact) {
      submissions = impact.submissions.count
      skipped = impact.skipped
      parameters = impact.parameters.map { parameter in
        Parameter(
          id: parameter.parameterID, rules: parameter.ruleIDs, applicable: parameter.applicable,
          passing: Dictionary(
            uniqueKeysWithValues: Profile.allCases.map { ($0.rawValue, parameter.passing[$0, default: 0]) }),
          applicableUnder: Dictionary(
            uniqueKeysWithValues: Profile.allCases.map { ($0.rawValue, parameter.applicableUnder[$0, default: 0]) }),
          flips: parameter.flips.map { flip in
            Flip(
              path: flip.path,
              verdicts: Dictionary(uniqueKeysWithValues: flip.verdicts.map { ($0.key.rawValue, $0.value.rawValue) }))
          })
      }
      proposal = impact.proposal.map { Proposal(name: $0.name, values: $0.values) }
      changes =
        impact.proposal == nil
        ? nil
        : impact.changes.map {
          Change(
            path: $0.path, newlyFailing: $0.newlyFailing, newlyPassing: $0.newlyPassing,
            noLongerApplying: $0.noLongerApplying, causes: $0.causes)
        }
    }
  }
}

import Foundation
import ShanshuiTestSupport
import Testing

@testable import ShanshuiCore

/// Every registered check kind is a whole unit: its documented example rule goes through every facet (declaration,
/// wording, static problems, Schematron form), the kind lives in its own folder, and no code outside it picks kinds
/// out by type.
@Suite struct CheckKindFacetTests {
  static let kinds = CheckKinds.all.map { $0.description.name }

  static func example(_ kind: String) throws -> (description: CheckKindDescription, standard: Standard, rule: Rule) {
    let description = try #require(CheckKinds.named(kind)).description
    let standard = try MiniStandard.load(rules: description.exampleRule)
    return (description, standard, try #require(standard.rules.first))
  }

  @Test(arguments: kinds)
  func declarationListsItsFieldsOnce(kind: String) throws {
    let (_, _, rule) = try Self.example(kind)
    let names = rule.check.declaredFields.map(\.name)
    #expect(!names.isEmpty)
    #expect(!CheckDeclaration(rule.check).fields.isEmpty)
    let single = names.filter { $0 != "part" }
    #expect(Set(single).count == single.count, "\(kind) declares a field twice: \(names)")
  }

  @Test(arguments: kinds)
  func wordingIsInBothLanguagesAndNamesWhatItReads(kind: String) throws {
    let (_, standard, rule) = try Self.example(kind)
    let words = rule.check.words(standard: standard)
    for language in Language.allCases {
      let line = words.line(language)
      let text = line.map { phrase -> String in
        switch phrase {
        case .text(let text), .code(let text): return text
        }
      }.joined()
      #expect(!text.trimmed.isEmpty, "\(kind): empty \(language) documentation line")
      #expect(
        line.contains { if case .code(let code) = $0 { !code.isEmpty } else { false } },
        "\(kind): no code span in \(text)")
      #expect(
        words.sentence.text(language).count > 10, "\(kind): \(language) sentence \(words.sentence.text(language))")
    }
    #expect(words.line(.zh) != words.line(.en))
    #expect(words.sentence.zh != words.sentence.en)
  }

  @Test(arguments: kinds)
  func schematronHasAFormOrSaysWhyNot(kind: String) throws {
    let (description, standard, rule) = try Self.example(kind)
    var applied = 0
    for profile in Profile.allCases {
      let export = SchematronExporter(standard: standard).export(profile: profile, language: .en)
      guard !export.notApplicable.contains(rule.id) else { continue }
      applied += 1
      if export.spatial.contains(rule.id) {
        // Left out by design, and the schema names it.
        #expect(rule.check is any SpatialRuleCheck)
        #expect(export.text.contains("checked by shanshui check only") && export.text.contains(rule.id))
      } else if let unexpressed = export.unexpressed.first(where: { $0.ruleID == rule.id }) {
        #expect(unexpressed.reason.zh?.isEmpty == false && unexpressed.reason.en?.isEmpty == false)
      } else {
        #expect(export.exported.contains(rule.id))
        #expect(export.text.contains("id=\"\(rule.id)\""), "\(kind): no assertion for \(rule.id)")
      }
    }
    #expect(applied > 0, "\(kind): the example applies under no profile")
    // The message values known without a submission are the kind's own placeholders.
    let scope = SchematronScope(
      parameters: Validator(standard: standard).parameters[.chongqing] ?? [:],
      codelists: CodelistXPath(codelists: standard.codelists),
      rewriter: QuantityCallRewriter(namespaces: standard.namespaces))
    let known = Set(rule.check.knownPlaceholders(in: scope, language: .en).keys)
    #expect(known.isSubset(of: description.placeholders), "\(kind): \(known.subtracting(description.placeholders))")
    #expect(Set(rule.check.codelistHistories).isSubset(of: Set(rule.check.codelistIDs)))
  }

  @Test(arguments: kinds)
  func staticFacetAgreesWithTheElement(kind: String) throws {
    let (description, standard, rule) = try Self.example(kind)
    let kindType = try #require(CheckKinds.named(kind))
    for attribute in kindType.xpathAttributes {
      #expect(
        description.exampleRule.contains("<\(kind) \(attribute)=\""),
        "\(kind): \(attribute) is not written in the example")
    }
    #expect(rule.check.xpathTests.count == kindType.xpathAttributes.count)
    // The documented example is a sound rule: nothing to report statically.
    #expect(rule.check.problems(context: rule.context.source, parameters: standard.parameters).isEmpty)
    #expect(rule.check.unitlessBounds.isEmpty)
    // A bound a failure can name is a field the rule sets.
    let declared = Set(rule.check.declaredFields.filter { $0.value != nil }.map(\.name))
    for side in rule.check.boundSides { #expect(declared.contains(side.rawValue), "\(kind): \(side) is not declared") }
  }

  /// `Checks/<Kind>/` holds the kind and one file per facet; no other folder of `Checks/` is a kind the registry
  /// does not list.
  @Test func everyKindIsOneFolder() throws {
    let checks = Repository.url("Sources/ShanshuiCore/Checks")
    var folders = Set(
      try FileManager.default.contentsOfDirectory(atPath: checks.path).filter { name in
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: checks.appendingPathComponent(name).path, isDirectory: &directory)
          && directory.boolValue
      })
    folders.subtract(["Facets", "Wording"])
    var registered: Set<String> = []
    for kind in CheckKinds.all {
      let type = String(describing: kind)
      // The spatial kinds share Checks/Spatial/ (their common evaluation and wording), one folder each below it.
      let folder = (kind is any SpatialRuleCheck.Type ? "Spatial/" : "") + String(type.dropLast("Check".count))
      registered.insert(folder)
      for file in ["", "+Declaration", "+Wording", "+Lint", "+XPath"] {
        let path = checks.appendingPathComponent("\(folder)/\(type)\(file).swift").path
        #expect(FileManager.default.fileExists(atPath: path), "missing \(path)")
      }
    }
    let spatial = checks.appendingPathComponent("Spatial")
    for name in try FileManager.default.contentsOfDirectory(atPath: spatial.path) where !name.hasSuffix(".swift") {
      folders.insert("Spatial/" + name)
    }
    folders.remove("Spatial")
    #expect(folders == registered)
  }

  /// No `as? RangeCheck` / `case let check as AssertCheck` outside the kinds' folders: a forgotten case cannot
  /// compile and be skipped silently. The fast path asks for a capability (`DecidableInPlace`), not a kind.
  @Test func noTypeSwitchOnKinds() throws {
    let fastPath: Set<String> = []
    let sources = Repository.url("Sources")
    let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    let types = CheckKinds.all.map { String(describing: $0) }
    var offenders: [String] = []
    while let item = walker?.nextObject() as? URL {
      guard item.pathExtension == "swift" else { continue }
      let relative = String(item.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1))
      guard !relative.hasPrefix("ShanshuiCore/Checks/"),
        !fastPath.contains(relative.replacingOccurrences(of: "ShanshuiCore/", with: ""))
      else { continue }
      let text = try String(contentsOf: item, encoding: .utf8)
      for type in types
      where text.contains("as? \(type)") || text.contains("as \(type):") || text.contains("is \(type)") {
        offenders.append("\(relative): \(type)")
      }
    }
    #expect(offenders.isEmpty, "type switches on check kinds: \(offenders)")
  }
}

import ShanshuiCore

/// `docs/lint.md`, generated from the lint rules themselves (a test keeps the file in step with `LintRules.all`).
public enum LintRuleDocs {
  public static func markdown(rules: [any LintRule] = LintRules.all) -> String {
    var text = """
      # shanshui lint

      <!-- Generated from Sources/ShanshuiCore/Lint/Rules by LintRuleDocs; regenerate with
           SHANSHUI_UPDATE_GOLDEN=1 swift test --filter LintDocsTests -->

      `shanshui lint [PATH…] [--standard PATH] [--format text|json|sarif] [--fail-on error|warning|never] [--lang zh|en]
      [--output FILE]` checks a standard's rule documents beyond their schema and reports **every** defect at once,
      each with `file:line:column` and a stable lint rule id (`SLnnn`, never reused). Where `shanshui check` and
      `shanshui test` stop at a broken standard (docs/error-codes.md, E2xx), lint reads every document that parses and
      goes on. Without a path it lints the standard compiled into the binary; with a directory or a manifest, that
      standard.

      **One rule document** (`shanshui lint standards/rules/soil.xml`, or several): each is linted in the context of
      its standard, the nearest `standard.xml` above it that includes it (or the one given with `--standard`, which
      must include it; otherwise exit 64), so sources, parameters and codelists declared in other documents are
      known and source texts resolve from the standard's root; only the named documents' findings are reported (and
      counted in "linted N files"). A file of the standard that cannot be read or parsed is still reported (exit 2):
      the named document's findings may be incomplete without it. A document no manifest includes is linted on its
      own. (`SL027` is not a lint rule: it is `diff`'s warning that the content changed but the version did not,
      docs/editing-the-standard.md.)

      - **text**: compiler style, `standards/rules/soil.xml:163:7: error: [SL004] rule SS-WSC-003 refers to unknown
        parameter …`; an XPath syntax error shows the expression with a caret under the offset on the lines below.
      - **json**: `formatVersion` 1, with `summary` (errors, warnings, problems), `findings` and `problems` (each id,
        severity, message, file, line, column).
      - **sarif**: SARIF 2.1.0, one run whose driver lists every lint rule; files that cannot be parsed are tool
        execution notifications.

      Severity: an **error** is a defect the loader refuses (the standard would not load, or the rule could not run); a
      **warning** loads but is most likely a mistake (a theme code that differs, a rule silently not applying, a missing
      translation, a missing `xml-model`).

      Exit status: **0** no finding at or above `--fail-on` (default `error`); **1** findings; **2** a file could not be
      read or parsed (E200, E201, E212; every other document is still linted); **64** usage error.

      **How it works.** `Linter` (Sources/ShanshuiCore/Lint) reads the manifest and every rule document that parses into
      a `LintedStandard`: each file with its text (libxml2 records no column for elements and attributes, so `LintFile`
      finds them in the text), its schema problems, and the declarations gathered across documents, reusing the
      loader's parser, assembler, static XPath check, dry run and example builder without stopping at a defect. Each
      lint rule is one type conforming to `LintRule` in `Lint/Rules/` (id, name, severity, title and rationale in zh and
      en, triggering and non-triggering examples, and `check`), listed once in `LintRules.all`. To add one: write the
      type with its examples, add it to the list with the next free id, and regenerate this file.

      Every lint rule's examples below are run as tests: each triggering snippet, placed in an otherwise clean rule
      document, yields that rule's finding and nothing else; each non-triggering snippet yields nothing.

      The template document (each snippet adds to it; a `<rule>` snippet goes into `<rules>`):

      ```xml
      \(LintExample(rules: "").document)
      ```

      | Id | Name | Severity | Finds |
      |---|---|---|---|

      """
    for rule in rules {
      text +=
        "| [\(rule.id)](#\(rule.id.lowercased())) | `\(rule.name)` | \(rule.severity.rawValue) | \(rule.title.text(.en)) |\n"
    }
    for rule in rules {
      text += "\n## \(rule.id)\n\n"
      text += "`\(rule.name)`, \(rule.severity.rawValue). \(rule.title.text(.en)) (\(rule.title.text(.zh)))\n\n"
      text += "**Why.** \(rule.rationale.text(.en))\n\n\(rule.rationale.text(.zh))\n\n"
      text += examples("Triggers", rule.triggering)
      text += examples("Does not trigger", rule.nonTriggering)
    }
    return text
  }

  private static func examples(_ heading: String, _ examples: [LintExample]) -> String {
    examples.map { example in
      let snippet = example.snippet.isEmpty ? "<!-- the clean template document -->" : unindented(example.snippet)
      return "\(heading):\n\n```xml\n\(snippet)\n```\n\n"
    }.joined()
  }

  /// The snippet without the indentation every one of its lines shares.
  private static func unindented(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
    return lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
  }
}

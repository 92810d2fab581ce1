import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The `pattern` matcher (CompiledRegex): it agrees with a backtracking engine on the dialect, and its cost is linear
/// in the value whatever the expression.
@Suite struct RegexMatcherTests {
  /// Swift's backtracking `Regex`, on Unicode scalars as the matcher reads them: the reference on short subjects.
  static func reference(_ pattern: String, _ subject: String) throws -> Bool {
    let regex = try Regex(pattern).matchingSemantics(.unicodeScalar)
    return try regex.wholeMatch(in: subject) != nil
  }

  /// 600 generated expressions × 8 subjects of at most 8 scalars (short enough that no expression is catastrophic
  /// for the backtracker), seeded so every run checks the same 4,800 cases.
  @Test func agreesWithSwiftRegexOnGeneratedExpressions() throws {
    var cases = 0
    var matches = 0
    for seed in 0..<600 {
      var generator = RegexCaseGenerator(seed: UInt64(seed))
      let pattern = generator.expression()
      #expect(RegexDialect.violation(in: pattern) == nil, "\(pattern)")
      let node = try #require(RegexParser.parse(pattern), "\(pattern)")
      let compiled = try CompiledRegex(node)
      for _ in 0..<8 {
        let subject = generator.subject(for: node, maximumLength: 8)
        let expected = try Self.reference(pattern, subject)
        let (matched, visits) = compiled.wholeMatchCounting(subject)
        #expect(matched == expected, "\(pattern) on \"\(subject)\"")
        #expect(RegexReferenceMatcher.wholeMatch(node, subject) == expected, "reference: \(pattern) on \"\(subject)\"")
        #expect(visits <= (subject.unicodeScalars.count + 1) * compiled.stateCount)
        cases += 1
        if expected { matches += 1 }
      }
    }
    // Not a one-sided comparison: both verdicts occur often.
    #expect(cases == 4800)
    #expect(matches > 800 && cases - matches > 800, "\(matches) matches of \(cases)")
  }

  /// On subjects too long for a backtracker (40 scalars), the tree-reading reference stands in: 300 expressions × 6.
  @Test func agreesWithTheReferenceOnLongSubjects() throws {
    var matches = 0
    for seed in 1000..<1300 {
      var generator = RegexCaseGenerator(seed: UInt64(seed), count: 512)
      let pattern = generator.expression()
      let node = try #require(RegexParser.parse(pattern), "\(pattern)")
      let compiled = try CompiledRegex(node)
      for _ in 0..<6 {
        let subject = generator.subject(for: node, maximumLength: 40)
        let expected = RegexReferenceMatcher.wholeMatch(node, subject)
        #expect(compiled.wholeMatch(subject) == expected, "\(pattern) on \"\(subject)\"")
        if expected { matches += 1 }
      }
    }
    #expect(matches > 300 && matches < 1500, "\(matches) matches of 1,800")
  }

  /// Hand-picked corners: empty branches and groups, empty loops, counts, classes, escapes, CJK, the empty value.
  @Test(arguments: [
    ("", "", true), ("", "a", false), ("a|", "", true), ("()*", "", true), ("(a*)*", "aaa", true),
    ("(a?)*b", "aab", true), ("(|a)+", "aa", true), ("a{0}", "", true), ("a{0}", "a", false),
    ("a{2,3}", "a", false), ("a{2,3}", "aaa", true), ("a{2,3}", "aaaa", false), ("(ab){2,}", "ababab", true),
    ("[^a]", "五", true), ("[^a]", "a", false), ("[五-六]+", "五六五", true), ("\\.\\*", ".*", true),
    ("[\\-a]", "-", true), ("[^五]", "\n", true), ("m3|wan-m3", "wan-m3", true), ("m3|wan-m3", "m3x", false),
    ("(50|51)[0-9]{4}", "510105", true), ("(50|51)[0-9]{4}", "520105", false), ("𠀀+", "𠀀𠀀", true),
  ])
  func corners(pattern: String, subject: String, expected: Bool) throws {
    #expect(try CompiledRegex(pattern).wholeMatch(subject) == expected)
    #expect(try Self.reference(pattern, subject) == expected)
  }

  /// A quantifier repeats the one scalar before it, as in Python's `re`: after a decomposed é it repeats the accent.
  @Test func aQuantifierRepeatsOneScalar() throws {
    let compiled = try CompiledRegex("e\u{301}+")
    #expect(compiled.wholeMatch("e\u{301}\u{301}"))
    #expect(!compiled.wholeMatch("e\u{301}e\u{301}"))
  }

  /// The expressions that make a backtracking engine take exponential time, on values of 40, 1,000 and 100,000
  /// scalars that almost match (and that do): the state visits stay within (length + 1) × states.
  @Test(arguments: [
    ("(a+)+b", "a", "b"), ("(a|aa)*c", "a", "c"), ("(a*)*b", "a", "b"), ("(x+x+)+y", "x", "y"),
    ("([a-z]+)*[0-9]", "a", "0"),
  ])
  func catastrophicExpressionsStayLinear(pattern: String, repeated: String, last: String) throws {
    let compiled = try CompiledRegex(pattern)
    #expect(compiled.stateCount < 20)
    for length in [40, 1000, 100_000] {
      let almost = String(repeating: repeated, count: length)
      for (subject, expected) in [(almost, false), (almost + last, true), (almost + "!" + last, false)] {
        let (matched, visits) = compiled.wholeMatchCounting(subject)
        #expect(matched == expected, "\(pattern) on \(length) scalars")
        let bound = (subject.unicodeScalars.count + 1) * compiled.stateCount
        #expect(visits <= bound, "\(pattern): \(visits) visits on \(length) scalars, bound \(bound)")
        #expect(visits >= subject.unicodeScalars.count || subject.contains("!"))
      }
    }
  }

  /// Counted repetition is expanded, so its size is bounded: 100,000 states at most, refused beyond.
  @Test func counting() throws {
    #expect(try CompiledRegex("a{1000}").stateCount == 1001)
    #expect(try CompiledRegex("(a{100}){999}").stateCount == 99_901)
    for pattern in ["(a{1000}){1000}", "((a{100}){100}){100}", "((((((a{1000}){1000}){1000}){1000}){1000}){1000})"] {
      #expect(throws: CompiledRegex.Problem.tooLarge(states: CompiledRegex.maximumStates + 1)) {
        try CompiledRegex(pattern)
      }
    }
    #expect(throws: CompiledRegex.Problem.outsideDialect) { try CompiledRegex("a{1001}") }
  }

  @Test func dialectLimits() {
    #expect(RegexDialect.violation(in: "a{1001}") == "a count above 1000")
    #expect(RegexDialect.violation(in: "a{2,1001}") == "a count above 1000")
    #expect(RegexDialect.violation(in: "a{99999999999999999999}") == "a count above 1000")
    let deep = String(repeating: "(", count: 101) + "a" + String(repeating: ")", count: 101)
    #expect(RegexDialect.violation(in: deep) == "groups nested more than 100 deep")
    #expect(RegexParser.parse(deep) == nil)
    let fine = String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100)
    #expect(RegexDialect.violation(in: fine) == nil)
    #expect(RegexParser.parse(fine) == .scalars(ScalarSet("a")))
    let long = String(repeating: "a", count: 100_001)
    #expect(RegexDialect.violation(in: long) == "longer than 100000 characters")
    #expect(RegexParser.parse(long) == nil)
    #expect(RegexDialect.violation(in: String(long.dropFirst())) == nil)
  }

  /// The loader refuses an expression over the limit with E208, naming the limit in both languages.
  @Test func theLoaderRefusesAnOversizedExpression() throws {
    let rule = StandardLoaderTests.rule(check: #"<pattern path="total" regex="([0-9]{1000}){200}"/>"#)
    do {
      _ = try MiniStandard.load(rules: rule)
      Issue.record("the oversized expression loaded")
    } catch let failure as StandardLoader.Failure {
      #expect(failure.diagnostics.map(\.code) == [.invalidRegex])
      let message = try #require(failure.diagnostics.first?.message)
      #expect(message.text(.en).contains("more than the limit of 100000"), "\(message.text(.en))")
      #expect(message.text(.zh).contains("超过上限 100000"), "\(message.text(.zh))")
    }
  }

  /// Linear is not small when many states stay live over a long value: past its budget a match stops, and `check`
  /// reports the rule as not evaluated on the file (E103, as for an XPath over `--max-xpath-ops`, the same limit).
  @Test func aMatchStopsAtItsBudget() throws {
    let compiled = try CompiledRegex("[ab]*a[ab]{999}")
    let value = String(repeating: "a", count: 2000)
    #expect(compiled.wholeMatch(value, budget: 1_000) == nil)
    #expect(compiled.wholeMatch(value, budget: 20_000_000) == true)
    let (_, visits) = compiled.wholeMatchCounting(value, budget: 10_000)
    #expect(visits > 10_000 && visits < 10_000 + 2 * compiled.stateCount)

    let rule = StandardLoaderTests.rule(
      context: "/s:submission/s:units/s:unit", check: #"<pattern path="name" regex="[ab]*a[ab]{999}"/>"#)
    let standard = try MiniStandard.load(rules: rule)
    let base = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    let submission = Array(
      base.replacingOccurrences(of: "<name>万州区长江岸线生态修复单元</name>", with: "<name>\(value)</name>").utf8)
    let limited = Validator(standard: standard, limits: Limits(maxXPathOperations: 100_000))
    let result = limited.validate(bytes: submission, path: "long.xml", selection: .auto)
    let diagnostic = try #require(result.diagnostics.first { $0.code == .inputEvaluationFailed })
    #expect(
      diagnostic.message.text(.en).contains(
        "rule SS-TST-100 could not be evaluated: matching a value of 2000 characters took more than 100000 steps"),
      "\(diagnostic.message.text(.en))")
    // Under the default limit the same value is matched: no diagnostic, no finding of the rule.
    let unlimited = Validator(standard: standard).validate(bytes: submission, path: "long.xml", selection: .auto)
    #expect(unlimited.diagnostics.isEmpty, "\(unlimited.diagnostics.map(\.message))")
    #expect(!unlimited.findings.contains { $0.ruleID == "SS-TST-100" })
  }

  /// The lint heuristic (SL022): what it flags and what it leaves.
  @Test func backtrackingRisk() {
    let flagged: [(String, BacktrackingRisk)] = [
      ("(a+)+b", .nestedQuantifier), ("(a*)*b", .nestedQuantifier), ("(x+x+)+y", .nestedQuantifier),
      ("([a-z]+)*[0-9]", .nestedQuantifier), ("(a+){2}", .nestedQuantifier), ("x(?:(a|b)+c?)*", .nestedQuantifier),
      // Found by the regex fuzz target: Swift's backtracking Regex (its oracle) took minutes on "*--*--*--*--".
      (#"(\*?-?-?)+a"#, .nestedQuantifier), ("(a{1,2})+b", .nestedQuantifier), ("(a?)*b", .nestedQuantifier),
      ("(a|aa)*c", .overlappingAlternation), ("([0-9]|1)+", .overlappingAlternation),
      ("((a|ab))*", .overlappingAlternation), ("z(q(a|[^b])+)", .overlappingAlternation),
    ]
    for (pattern, risk) in flagged {
      #expect(RegexParser.parse(pattern).flatMap(BacktrackingRisk.find) == risk, "\(pattern)")
    }
    for pattern in [
      "[A-Z]{2,4}-[A-Z]{3}-[0-9]{3}", "m3|wan-m3", "(50|51)[0-9]{4}", "[A-Z]+(-[A-Z0-9]+)*", "(a|b)*", "a*a*b",
      "(a+b)+", "(ba+)+", "(a+)?", "(a+){1}", "(a|aa)?c", "(ab|c)*", "",
    ] {
      #expect(RegexParser.parse(pattern).flatMap(BacktrackingRisk.find) == nil, "\(pattern)")
    }
  }
}

import ShanshuiCore

/// The `regex` fuzz target (`SHANSHUI_FUZZ_TARGET=regex`). The first byte picks the mode: even, the rest are a
/// `RegexCaseGenerator`'s choices (an expression of the dialect and four subjects); odd, the rest is raw: an
/// expression up to the first NUL byte, then a subject, both read as UTF-8. Crashes when
/// - the dialect check (RegexDialect) and the parser disagree on whether an expression is in the dialect;
/// - a match enters more than (scalars + 1) × states states;
/// - the matcher and the tree-reading reference (RegexReferenceMatcher) disagree;
/// - the matcher and Swift's backtracking Regex disagree, on a subject of at most 12 scalars and a small expression
///   (so the backtracker's time stays small).
enum RegexFuzz {
  static func run(_ input: [UInt8]) {
    guard let mode = input.first else { return }
    let body = Array(input.dropFirst())
    if mode & 1 == 0 {
      var generator = RegexCaseGenerator(choices: body)
      let pattern = generator.expression()
      let node = RegexParser.parse(pattern)
      if RegexDialect.violation(in: pattern) != nil || node == nil {
        fatalError("the generator wrote an expression outside the dialect: \(pattern)")
      }
      for _ in 0..<4 { check(pattern, generator.subject(for: node, maximumLength: 12)) }
    } else {
      let split = body.firstIndex(of: 0) ?? body.endIndex
      let pattern = String(decoding: body[..<split], as: UTF8.self)
      let subject = String(decoding: body[split...].dropFirst(), as: UTF8.self)
      check(pattern, subject)
    }
  }

  static func check(_ pattern: String, _ subject: String) {
    let violation = RegexDialect.violation(in: pattern)
    let parsed = RegexParser.parse(pattern)
    guard let node = parsed else {
      if violation == nil { fatalError("the dialect admits \(pattern) but the parser refuses it") }
      return
    }
    if let violation { fatalError("the parser reads \(pattern) but the dialect refuses it: \(violation)") }
    let risky = BacktrackingRisk.find(in: node) != nil
    guard let compiled = try? CompiledRegex(node) else { return }
    let (matched, visits) = compiled.wholeMatchCounting(subject)
    let scalars = subject.unicodeScalars.count
    if visits > (scalars + 1) * compiled.stateCount {
      fatalError("\(pattern) on \(scalars) scalars: \(visits) visits, over (n + 1) × \(compiled.stateCount)")
    }
    if scalars <= 64, RegexReferenceMatcher.wholeMatch(node, subject) != matched {
      fatalError("\(pattern) on \"\(subject)\": the matcher says \(matched), the reference does not")
    }
    // Swift's Regex parses an expression by characters: a multi-scalar character (a combining accent, CR LF) is
    // one atom there and several here (as in Python's re), so such expressions are compared with the reference only.
    // Swift's Regex backtracks: expressions lint flags (SL022) can take it minutes on 12 scalars (a 10 s libFuzzer
    // timeout in the oracle, not in the matcher), so they too are compared with the reference only.
    if scalars <= 12, pattern.unicodeScalars.count <= 24, pattern.count == pattern.unicodeScalars.count,
      compiled.stateCount <= 48, !hasLargeCount(node), !risky,
      let regex = try? Regex(pattern).matchingSemantics(.unicodeScalar),
      ((try? regex.wholeMatch(in: subject)) != nil) != matched
    {
      fatalError("\(pattern) on \"\(subject)\": the matcher says \(matched), Swift's Regex does not")
    }
  }

  /// Whether a counted repetition allows more than four rounds beyond its minimum (a backtracker's time on them
  /// grows with the count even on short subjects).
  static func hasLargeCount(_ node: RegexNode) -> Bool {
    switch node {
    case .empty, .scalars: return false
    case .sequence(let parts): return parts.contains(where: hasLargeCount)
    case .choice(let branches): return branches.contains(where: hasLargeCount)
    case .repetition(let body, let min, let max):
      return (max.map { $0 - min > 4 } ?? false) || hasLargeCount(body)
    }
  }
}

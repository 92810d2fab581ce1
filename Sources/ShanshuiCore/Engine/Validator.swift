import Foundation
import ShanshuiXML

/// Checks submissions against a loaded standard. Immutable and `Sendable`: one validator serves a whole batch.
public final class Validator: Sendable {
  public let standard: Standard
  public let limits: Limits
  /// Parameter values by profile.
  let parameters: [Profile: [String: ResolvedParameter]]
  /// Rules that apply under each profile: allowed there, and every parameter they read has a value there.
  let applicable: [Profile: Set<String>]
  /// The same, by rule index (`applicableByIndex[profile][index]`): checked once per context node and rule.
  let applicableByIndex: [Profile: [Bool]]
  /// Each rule's compiled plan (`RuleTable`: context selection, tests decided in place, applicability), by index
  /// instead of by XPath text, profile or `Rule` copy (each hashed or copied once per rule or context node, they
  /// cost a batch of small files ≈ 8 % of its instructions).
  let ruleTable: RuleTable
  /// Verify mode (`FastPathVerification`): each fast-path decision is taken again by libxml2.
  public let verifiesFastPath: Bool
  /// A test's injected fast-path defect (`FastPathFault`); `nil` outside tests.
  let fault: FastPathFault?
  /// In verify mode, each simple path a declarative check reads, as XPath compiled once (empty otherwise).
  let readPathExpressions: [SimplePath: XPathExpression]

  /// Whether contexts and `assert` tests may be decided by direct tree access (off: `SHANSHUI_FAST_PATH=0`).
  public let usesFastPath: Bool
  /// The run's reviewer layers (`--layer`), loaded once and shared by every worker.
  public let layers: LayerSet
  /// Whether some rule measures geometry: only then does a document get a `SpatialSession`.
  let hasSpatialRules: Bool

  /// - parameter verifyFastPath: verify mode; by default, as `SHANSHUI_VERIFY_FAST_PATH` says.
  /// - parameter fastPath: direct tree access for contexts and asserts; by default on unless `SHANSHUI_FAST_PATH=0`.
  public convenience init(
    standard: Standard, limits: Limits = Limits(), verifyFastPath: Bool = FastPathVerification.requestedByEnvironment,
    fastPath: Bool = !FastPathVerification.disabledByEnvironment, layers: LayerSet = .none
  ) {
    self.init(
      standard: standard, limits: limits, verifyFastPath: verifyFastPath, fault: nil, fastPath: fastPath,
      layers: layers)
  }

  init(
    standard: Standard, limits: Limits, verifyFastPath: Bool, fault: FastPathFault?, fastPath: Bool = true,
    layers: LayerSet = .none
  ) {
    usesFastPath = fastPath
    self.layers = layers
    hasSpatialRules = standard.rules.contains { $0.check is any SpatialRuleCheck }
    self.standard = standard
    self.limits = limits
    verifiesFastPath = verifyFastPath
    self.fault = fault
    readPathExpressions = verifyFastPath ? Self.readPathExpressions(standard) : [:]
    var parameters: [Profile: [String: ResolvedParameter]] = [:]
    var applicable: [Profile: Set<String>] = [:]
    for profile in Profile.allCases {
      let values = standard.parameters.compactMapValues { $0.resolved(for: profile) }
      parameters[profile] = values
      applicable[profile] = Set(
        standard.rules.filter { rule in
          rule.profiles.contains(profile) && rule.parameterIDs.allSatisfy { values[$0] != nil }
        }.map(\.id))
    }
    self.parameters = parameters
    self.applicable = applicable
    applicableByIndex = applicable.mapValues { ids in standard.rules.map { ids.contains($0.id) } }
    ruleTable = RuleTable(
      rules: standard.rules, namespaces: standard.namespaces, applicable: applicableByIndex, parameters: parameters,
      fastPath: fastPath, fault: fault)
  }

  /// Parses, schema-validates and rule-checks one submission.
  /// - parameter bytes: the file's content. - parameter path: the name used in reports.
  public func validate(bytes: [UInt8], path: String, selection: ProfileSelection) -> FileResult {
    validate(bytes: bytes, path: path, selection: selection, layers: nil)
  }

  /// `validate` with other reviewer layers than the run's (a rule example's inline layers).
  func validate(bytes: [UInt8], path: String, selection: ProfileSelection, layers: LayerSet?) -> FileResult {
    switch prepare(bytes: bytes, path: path) {
    case .failure(let failure): return failure.result
    case .success(let document):
      return run(document, path: path, selection: selection, source: bytes, layers: layers).result
    }
  }

  /// Parses and schema-validates a submission; the failure is the result to report.
  public func prepare(bytes: [UInt8], path: String) -> Result<XMLDocument, FileResultFailure> {
    guard bytes.count <= limits.maxFileSize else {
      return .failure(
        FileResultFailure(
          FileResult(
            path: path, status: .notChecked,
            diagnostics: [Self.tooLarge(path, size: bytes.count, limit: limits.maxFileSize)])))
    }
    let document: XMLDocument
    do {
      document = try XMLDocument.parse(bytes, url: path, dropIgnorableWhitespace: true)
    } catch {
      return .failure(
        FileResultFailure(
          FileResult(
            path: path, status: .notChecked,
            diagnostics: InputProblems.parseDiagnostics(error.diagnostics, path: path, source: bytes))))
    }
    let schemaErrors = standard.submissionSchema.validate(document)
    guard schemaErrors.isEmpty else {
      return .failure(
        FileResultFailure(
          FileResult(
            path: path, status: .notChecked,
            diagnostics: InputProblems.schemaDiagnostics(
              schemaErrors, path: path, facts: standard.submissionSchemaFacts))))
    }
    return .success(document)
  }

  /// Rule-checks a parsed, schema-valid submission.
  /// - parameter source: the document's bytes, when at hand (lines of comments past line 65,535).
  public func check(
    _ document: XMLDocument, path: String, selection: ProfileSelection, source: [UInt8]? = nil
  ) -> FileResult {
    run(document, path: path, selection: selection, source: source).result
  }

  /// `check`, with how many fast-path decisions verify mode took again (0 outside verify mode).
  /// - parameter layers: the reviewer layers (a rule example's own); nil: the run's (`layers`).
  func run(
    _ document: XMLDocument, path: String, selection: ProfileSelection, source: [UInt8]? = nil,
    layers: LayerSet? = nil
  ) -> (result: FileResult, verifiedDecisions: Int) {
    guard let root = document.root else { return (FileResult(path: path, status: .notChecked), 0) }
    let plan = ProfilePlan(root: root, selection: selection)
    let project = root.firstChild(named: XMLName("project", namespace: Namespaces.submission))
    let evaluator = makeEvaluator(for: document)
    var run = ValidationRun(path: path, validator: self, evaluator: evaluator)
    if hasSpatialRules {
      run.spatial = SpatialSession(
        layers: layers ?? self.layers, file: path, source: source, maxPositions: limits.maxGeometryPositions)
    }
    run.reportForeignDivisions(plan.foreignDivisions)
    let projectType = project?.attribute("type") ?? ""
    let programmes = ProgrammeScope.codes(of: project)
    run.collectWork(root: root, projectType: projectType, programmes: programmes, plan: plan)
    run.evaluateWork()
    if let project, !ProgrammeScope.statesProgramme(project) {
      let notApplied = ProgrammeScope.rulesNotApplied(
        standard: standard, applicable: applicableByIndex[plan.projectProfile] ?? [], projectType: projectType)
      if !notApplied.isEmpty {
        run.report(
          notice: FindingBuilder.noProgramme(
            project: project, rules: notApplied, profile: plan.projectProfile, file: path, paths: run.paths))
      }
    }
    // A run overlaying layers on a file with no geometry at all: every spatial rule is n/a there, which would read
    // as a clean pass. Said once per file (the run's layers only; a rule example's are its own business).
    if hasSpatialRules, layers == nil, self.layers.givesAny, !SubmissionGeometry.present(under: root) {
      run.report(
        notice: FindingBuilder.noGeometry(
          root: root, roles: self.layers.givenRoles, profile: plan.projectProfile, file: path, paths: run.paths))
    }
    var result = FileResult(
      path: path, status: .checked, findings: run.takeSortedFindings(), diagnostics: run.diagnostics,
      profiles: run.profilesApplied.sorted(), projectID: project?.attribute("id"))
    result.notChecked = run.notChecked
    result.evaluatedRuleIDs = Set(run.evaluatedRules.map { standard.rules[$0].id })
    result.erroredRuleIDs = Set(run.failedRules.map { standard.rules[$0].id })
    result.ignoreDirectives = document.comments(containing: IgnoreDirective.marker, source: source).compactMap(
      IgnoreDirective.init)
    return (result, run.verifiedDecisions)
  }

  /// Every simple path the standard's declarative checks read, as XPath in the standard's prefix for the submission
  /// namespace (none without one: read paths are then not verified).
  static func readPathExpressions(_ standard: Standard) -> [SimplePath: XPathExpression] {
    guard let prefix = standard.namespaces.filter({ $0.value == Namespaces.submission }).keys.sorted().first else {
      return [:]
    }
    var expressions: [SimplePath: XPathExpression] = [:]
    for path in standard.rules.flatMap(\.check.readPaths) where expressions[path] == nil {
      let steps =
        path.elements.map { "\(prefix):\($0.localName)" } + (path.attribute.map { ["@" + $0.localName] } ?? [])
      expressions[path] = try? XPathExpression(steps.isEmpty ? "." : steps.joined(separator: "/"))
    }
    return expressions
  }

  /// An XPath evaluator for `document` with the standard's namespaces and shanshui's functions.
  func makeEvaluator(for document: XMLDocument) -> XPathEvaluator {
    let evaluator = XPathEvaluator(document: document, namespaces: standard.namespaces)
    evaluator.operationLimit = limits.maxXPathOperations
    ShanshuiFunctions.register(in: evaluator)
    return evaluator
  }

  /// The problem for an input larger than the limit.
  public static func tooLarge(_ path: String, size: Int, limit: Int) -> Diagnostic {
    let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
    return Diagnostic(
      .inputTooLarge,
      LocalizedText(
        zh: "文件大小 \(megabytes(size)) MB 超过上限 \(megabytes(limit)) MB（--max-file-size）",
        en: "the file is \(megabytes(size)) MB, above the limit of \(megabytes(limit)) MB (--max-file-size)"),
      at: SourceLocation(file: path, line: 0))
  }
}

/// A file that could not be rule-checked, as the result to report.
public struct FileResultFailure: Error {
  public let result: FileResult
  init(_ result: FileResult) { self.result = result }
}

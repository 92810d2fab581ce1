import Dispatch
import Foundation
import ShanshuiCore
import ShanshuiReports

/// Checks a batch of inputs on several threads; results come back in input order, whatever order they finish in.
///
/// Each worker but the first checks with its own validator (`workerValidator`, built in memory from the first load's
/// snapshot). One validator could serve them all: compiled XPath expressions and schemas are safe to share between
/// threads (`XPathExpression` lends each compiled copy to one evaluation at a time; `ConcurrentCheckingTests`).
/// Documents, evaluators and validation contexts are per file and per thread.
enum BatchRunner {
  /// What each file's result carries besides its findings, and who hears of progress.
  struct Extras: Sendable {
    /// What the report's formats read: the text of the lines with findings, the rule sets per file.
    var needs: RendererNeeds = []
    var progress: (any BatchProgress)?
    /// Chooses the version of the standard that judges each file; nil: the validator's version judges every file.
    var judge: VersionJudge?
  }

  static func run(
    _ inputs: [Input], jobs: Int, profile: ProfileChoice, first: Validator, extras: Extras = Extras(),
    workerValidator: @escaping @Sendable () -> Validator?
  ) -> [FileResult] {
    let workers = max(1, min(jobs, inputs.count))
    if workers == 1 {
      return inputs.map { input in
        defer { extras.progress?.advance() }
        return check(input, with: first, profile: profile, extras: extras)
      }
    }
    let results = ResultSlots(count: inputs.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      // A worker makes its validator only while files remain, so idle workers cost nothing; one that cannot make
      // it stops and leaves the queue to the others (worker 0 always has the first validator).
      let count = inputs.count
      guard worker == 0 || next.remains(below: count),
        let validator = worker == 0 ? first : workerValidator()
      else { return }
      while let index = next.take(below: count) {
        results.set(index, check(inputs[index], with: validator, profile: profile, extras: extras))
        extras.progress?.advance()
      }
    }
    return results.all(orMissing: inputs)
  }

  static func check(
    _ input: Input, with validator: Validator, profile: ProfileChoice, extras: Extras = Extras()
  ) -> FileResult {
    let started = DispatchTime.now()
    switch InputCollector.read(input, limit: validator.limits.maxFileSize) {
    case .failure(let diagnostic):
      return FileResult(path: input.displayPath, status: .notChecked, diagnostics: [diagnostic])
    case .success(let bytes):
      var result = check(
        bytes, path: input.displayPath, with: validator, profile: profile, needs: extras.needs, judge: extras.judge)
      result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
      return result
    }
  }

  /// One document's result, keeping only what `needs` asks for.
  /// - parameter judge: chooses the version that judges the file (the file is schema-validated once, by
  ///   `validator`'s schema, the current version's); nil: `validator` judges it.
  static func check(
    _ bytes: [UInt8], path: String, with validator: Validator, profile: ProfileChoice, needs: RendererNeeds,
    judge: VersionJudge? = nil
  ) -> FileResult {
    var result: FileResult
    switch (profile, judge) {
    case (_, let judge?):
      switch validator.prepare(bytes: bytes, path: path) {
      case .failure(let failure): result = failure.result
      case .success(let document):
        result = judge.check(document, bytes: bytes, path: path, with: validator, profile: profile)
      }
    case (.one(let selection), nil): result = validator.validate(bytes: bytes, path: path, selection: selection)
    case (.all, nil): result = validator.validateEveryProfile(bytes: bytes, path: path)
    }
    if needs.contains(.sourceLines) {
      result.sourceLines = SourceLines.extract(Set(result.findings.map(\.location.line)), from: bytes)
    }
    // The batch keeps every result until the report is written; only SARIF's rule table and JUnit's test cases
    // read these sets (the verdict matrix is already built). Dropping them otherwise keeps a clean file's result to
    // a few hundred bytes, so memory does not grow with the number of files.
    if !needs.contains(.ruleSets) {
      result.evaluatedRuleIDs = []
      result.erroredRuleIDs = []
    }
    return result
  }
}

/// One result slot per input, filled from any thread. `@unchecked Sendable`: `slots` is read and written only under
/// `lock`.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [FileResult?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: FileResult) {
    lock.lock()
    slots[index] = result
    lock.unlock()
  }

  func all(orMissing inputs: [Input]) -> [FileResult] {
    lock.lock()
    defer { lock.unlock() }
    return zip(slots, inputs).map { slot, input in
      slot
        ?? FileResult(
          path: input.displayPath, status: .notChecked,
          diagnostics: [
            Diagnostic(
              .inputUnreadable, LocalizedText(zh: "未能检查", en: "was not checked"),
              at: SourceLocation(file: input.displayPath, line: 0))
          ])
    }
  }
}

/// Hands out input indexes to workers, each once. `@unchecked Sendable`: `value` is read and written only under `lock`.
private final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  func remains(below limit: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return value < limit
  }

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

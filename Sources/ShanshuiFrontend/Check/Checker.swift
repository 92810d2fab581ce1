import ShanshuiCore
import ShanshuiReports

/// Checks documents against one loaded standard, as `shanshui check` does: the API the CLI, a service and a language
/// server share. Immutable and `Sendable`; a batch on several threads gives each further worker its own validator
/// (`BatchRunner`).
public struct Checker: Sendable {
  public let validator: Validator
  /// How to make a further worker's validator: the first one's compiled XPath is not shared between threads.
  let workerValidator: @Sendable () -> Validator?
  /// Chooses the version that judges each file; nil: `validator`'s version judges every file.
  public let judge: VersionJudge?

  public var standard: Standard { validator.standard }

  /// - parameter loaded: the standard and its files; further workers of a batch build their own copy from those
  ///   files in memory (`StandardProvider.copy(of:)`), never from disk.
  /// - parameter judge: chooses the version of the standard that judges each file (`loaded` is then its current
  ///   version); nil: `loaded` judges every file.
  /// - parameter layers: the run's reviewer layers, loaded once and shared by every worker's validator.
  public init(
    _ loaded: LoadedStandard, limits: Limits = Limits(),
    verifyFastPath: Bool = FastPathVerification.requestedByEnvironment, judge: VersionJudge? = nil,
    layers: LayerSet = .none
  ) {
    self.judge = judge
    validator = Validator(standard: loaded.standard, limits: limits, verifyFastPath: verifyFastPath, layers: layers)
    workerValidator = {
      StandardProvider.copy(of: loaded).map {
        Validator(standard: $0, limits: limits, verifyFastPath: verifyFastPath, layers: layers)
      }
    }
  }

  /// Checks `inputs` on up to `jobs` threads; the results are in input order. A file that cannot be read is a
  /// result with its diagnostic (the others are still checked).
  public func check(
    _ inputs: [Input], profile: ProfileChoice = .one(.auto), jobs: Int = 1, needs: RendererNeeds = [],
    progress: (any BatchProgress)? = nil
  ) -> [FileResult] {
    BatchRunner.run(
      inputs, jobs: jobs, profile: profile, first: validator,
      extras: .init(needs: needs, progress: progress, judge: judge),
      workerValidator: workerValidator)
  }

  /// Checks one document held in memory (a service's request, an editor's buffer); `path` names it in the result.
  public func check(
    bytes: [UInt8], path: String, profile: ProfileChoice = .one(.auto), needs: RendererNeeds = []
  ) -> FileResult {
    BatchRunner.check(bytes, path: path, with: validator, profile: profile, needs: needs, judge: judge)
  }
}

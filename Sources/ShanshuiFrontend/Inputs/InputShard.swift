import ShanshuiCore
import ShanshuiReports

extension Shard {
  /// The inputs of this shard, in their collected order. A file is placed by its report name (relative to
  /// `baseDirectory`, as in reports and baselines), so the split does not depend on the order of the arguments, on
  /// `./` steps or on the machine's checkout directory; a path that could not be used is placed the same way, so its
  /// problem is reported by exactly one shard.
  public func select(_ inputs: [Input], baseDirectory: String, workingDirectory: String) -> [Input] {
    inputs.filter { input in
      contains(ReportPath.relative(input.displayPath, to: baseDirectory, workingDirectory: workingDirectory))
    }
  }
}

extension ShardInfo {
  /// The shard of `request` with the settings every shard of one run must share.
  init(_ shard: Shard, request: CheckRequest) {
    self.init(
      index: shard.index, count: shard.count, profile: request.profile.name, asOf: request.asOf?.description,
      standardVersion: request.standardVersion)
  }
}

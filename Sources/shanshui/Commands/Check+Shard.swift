import ArgumentParser
import ShanshuiCore

extension ShanshuiCommand.Check {
  /// `--shard K/N` must name a shard, and cannot be combined with what needs every file of the run.
  func validateShard() throws {
    guard let shard else { return }
    guard Shard(shard) != nil else {
      throw ValidationError(
        "--shard \(shard): give K/N with whole numbers 1 ≤ K ≤ N, e.g. --shard 2/3 (the second of three shards)")
    }
    // Standard input is one unnamed stream: it cannot be split, and every shard would wait on it.
    if paths.contains("-") {
      throw ValidationError("--shard splits files by name; standard input (-) cannot be sharded")
    }
    // A shard sees only its own files: its baseline would drop every other file's findings.
    if suppressionOptions.writeBaseline != nil || suppressionOptions.pruneBaseline {
      throw ValidationError(
        "--shard cannot be combined with --write-baseline or --prune-baseline: a shard sees only its own files; "
          + "write or prune the baseline from a run without --shard")
    }
  }
}

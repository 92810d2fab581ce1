import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend

extension StandardProvider {
  /// The standard of `options` in the version `versions` asks for (the current one by default); its problems on
  /// standard error and exit status 2 when it is broken, exit 64 when no version has that name.
  static func loadOrExit(_ options: StandardOptions, version versions: VersionSelectionOptions) throws -> Standard {
    if versions.standardVersion == nil && versions.asOf == nil { return try loadOrExit(options) }
    let versioned = try loadVersionsOrExit(options.standard, language: options.lang)
    let member: StandardVersionSet.Member
    if let name = versions.standardVersion {
      guard let named = versioned.set.named(name) else {
        throw unknownVersion(name, in: versioned.set, language: options.lang)
      }
      member = named
    } else if let date = versions.asOf, let inForce = versioned.set.inForce(on: date) {
      member = inForce.member
      if inForce.before {
        OutputWriter.writeError(
          options.lang == .zh
            ? "shanshui: 注：\(date) 早于所有版本的施行日期，使用最早的版本 \(member.info.version)\n"
            : "shanshui: note: \(date) is before every version's effective date: using the oldest, \(member.info.version)\n"
        )
      }
    } else {
      return versioned.current.standard
    }
    return try standardOrExit(member, of: versioned, language: options.lang)
  }

  /// The standard at `path` (the bundled one for nil) with its versions, or its problems and exit status 2.
  static func loadVersionsOrExit(_ path: String?, language: Language) throws -> VersionedStandard {
    switch VersionedStandard.load(path) {
    case .success(let versioned):
      for line in problemLines(.success(versioned.current.standard), language: language) {
        OutputWriter.writeError(line + "\n")
      }
      return versioned
    case .failure(let failure):
      for line in problemLines(.failure(failure), language: language) { OutputWriter.writeError(line + "\n") }
      throw ExitCode(2)
    }
  }

  /// `member`'s standard, or its problems and exit status 2.
  static func standardOrExit(
    _ member: StandardVersionSet.Member, of versioned: VersionedStandard, language: Language
  ) throws -> Standard {
    let loaded = versioned.standard(member)
    guard case .success(let standard) = loaded else {
      for line in problemLines(loaded, language: language) { OutputWriter.writeError(line + "\n") }
      throw ExitCode(2)
    }
    return standard
  }

  /// A usage error (exit 64) for a version name the standard does not have, listing those it has.
  static func unknownVersion(_ name: String, in set: StandardVersionSet, language: Language) -> ExitCode {
    let known = set.members.map(\.info.version).joined(separator: ", ")
    OutputWriter.writeError(
      language == .zh
        ? "shanshui: 错误：标准没有版本 \(name)（现有版本：\(known)）\n"
        : "shanshui: error: the standard has no version \(name) (its versions: \(known))\n")
    return ExitCode(64)
  }
}

/// File names as reports and baselines record them: relative to a base directory, without `./` steps, so that the
/// same file checked as `fixtures/a.xml`, `./fixtures/a.xml` or by its absolute path has one name.
public enum ReportPath {
  /// `path` relative to `base` (an absolute directory) when it lies below it; otherwise `path` tidied.
  public static func relative(_ path: String, to base: String) -> String {
    if path == "<stdin>" || path == "-" { return path }
    let tidy = normalize(path)
    guard tidy.hasPrefix("/") else { return tidy }
    let root = normalize(base)
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return tidy.hasPrefix(prefix) ? String(tidy.dropFirst(prefix.count)) : tidy
  }

  /// Drops empty and `.` steps and resolves `..` where it can.
  static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var steps: [Substring] = []
    for step in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch step {
      case ".": continue
      case "..":
        if let last = steps.last, last != ".." { steps.removeLast() } else if !absolute { steps.append(step) }
      default: steps.append(step)
      }
    }
    let joined = steps.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }
}

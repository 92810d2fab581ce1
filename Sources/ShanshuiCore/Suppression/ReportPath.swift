/// File names as reports and baselines record them: relative to a base directory, without `./` steps, so that the
/// same file checked as `fixtures/a.xml`, `./fixtures/a.xml` or by its absolute path has one name.
public enum ReportPath {
  /// `path` relative to `base` (an absolute directory) when it lies below it; otherwise `path` tidied.
  ///
  /// A relative `path` is relative to `workingDirectory`: when that is not `base` (`--base` elsewhere), the path is
  /// first made absolute, so that `sub/a.xml`, `./sub/a.xml` and `/cwd/sub/a.xml` get one name under `--base sub`.
  /// Without a working directory (or when it is the base) a relative path is only tidied.
  public static func relative(_ path: String, to base: String, workingDirectory: String? = nil) -> String {
    if path == "<stdin>" || path == "-" { return path }
    var tidy = normalize(path)
    if !tidy.hasPrefix("/"), let workingDirectory, normalize(workingDirectory) != normalize(base) {
      tidy = normalize(workingDirectory + "/" + tidy)
    }
    guard tidy.hasPrefix("/") else { return tidy }
    let root = normalize(base)
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return tidy.hasPrefix(prefix) ? String(tidy.dropFirst(prefix.count)) : tidy
  }

  /// Drops empty and `.` steps and resolves `..` where it can.
  public static func normalize(_ path: String) -> String {
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

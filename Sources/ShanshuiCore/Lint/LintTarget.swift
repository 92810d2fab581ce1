import Foundation
import ShanshuiXML

/// What `shanshui lint FILE…` lints: the standard each rule document belongs to, linted whole so that what a document
/// uses from the others (sources, parameters, codelists declared elsewhere) is known, with only the named files'
/// findings reported.
public struct LintTarget: Sendable {
  /// The standard to lint.
  public var source: StandardSource
  /// The files whose findings are reported, as given on the command line; `nil` reports every file.
  public var only: [String]?

  public init(source: StandardSource, only: [String]? = nil) {
    self.source = source
    self.only = only
  }

  /// A file given to lint that is not a file of the standard given with `--standard`.
  public struct NotInStandard: Error, Sendable {
    public var file: String
    public var standard: String
    public var message: LocalizedText {
      LocalizedText(
        zh: "\(file) 不是标准 \(standard) 的文件（不是其 standard.xml，也未被其 <include> 引入）",
        en: "\(file) is not a file of the standard \(standard) (neither its standard.xml nor named by its <include>)")
    }
  }

  /// The targets for `files` (paths on disk): with `standard`, that standard, which must hold every file; without,
  /// for each file the nearest manifest (`standard.xml`) above it that includes it, files of the same standard
  /// grouped, in the order first named. A file no manifest includes (a manifest itself, or a document on its own) is
  /// linted as a standard of its own, as before.
  public static func locate(_ files: [String], standard: String?) throws(NotInStandard) -> [LintTarget] {
    var targets: [LintTarget] = []
    var roots: [String: Int] = [:]
    func add(_ file: String, to source: StandardSource, key: String) {
      if let index = roots[key] {
        targets[index].only?.append(file)
      } else {
        roots[key] = targets.count
        targets.append(LintTarget(source: source, only: [file]))
      }
    }
    for file in files {
      if let standard {
        let source = StandardSource.at(standard)
        guard let manifest = manifestPath(of: source), holds(manifest, file) else {
          throw NotInStandard(file: file, standard: standard)
        }
        add(file, to: source, key: canonical(manifest))
      } else if let root = enclosingStandard(of: file) {
        add(file, to: .directory(root), key: canonical(root + "/standard.xml"))
      } else {
        targets.append(LintTarget(source: StandardSource.at(file)))
      }
    }
    return targets
  }

  /// The manifest's path of a source on disk (`DIR/standard.xml`, or the file itself).
  static func manifestPath(of source: StandardSource) -> String? {
    switch source {
    case .directory(let root): return root + "/standard.xml"
    case .file(let path): return path
    case .inMemory, .snapshot: return nil
    }
  }

  /// The directory of the nearest manifest above `file` (its own directory first) that includes it, written so that
  /// the directory joined with the include's path names the file as given where possible.
  static func enclosingStandard(of file: String) -> String? {
    let target = canonical(file)
    var directory = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
    while true {
      let manifest = directory.appendingPathComponent("standard.xml").path
      if canonical(manifest) != target, FileManager.default.fileExists(atPath: manifest),
        let href = includes(of: manifest).first(where: { canonical(directory.path + "/" + $0) == target })
      {
        return displayRoot(for: file, href: href) ?? directory.path
      }
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { return nil }
      directory = parent
    }
  }

  /// `file` without its trailing `/href` (`standards` for `standards/rules/soil.xml` and `rules/soil.xml`), `.` when
  /// nothing is left, or nil when `file` is not written that way.
  static func displayRoot(for file: String, href: String) -> String? {
    let relative = href.hasPrefix("./") ? String(href.dropFirst(2)) : href
    if file == relative { return "." }
    guard file.hasSuffix("/" + relative) else { return nil }
    let root = String(file.dropLast(relative.count + 1))
    return root.isEmpty ? "/" : root
  }

  /// Whether `file` is the manifest or one of the documents it includes.
  static func holds(_ manifest: String, _ file: String) -> Bool {
    let target = canonical(file)
    if canonical(manifest) == target { return true }
    let directory = URL(fileURLWithPath: manifest).standardizedFileURL.deletingLastPathComponent().path
    return includes(of: manifest).contains { canonical(directory + "/" + $0) == target }
  }

  /// The `<include href>`s of a manifest; none when it cannot be read or parsed (the lint of it says why).
  static func includes(of manifest: String) -> [String] {
    guard let data = FileManager.default.contents(atPath: manifest),
      let root = try? XMLDocument.parse([UInt8](data), url: manifest).root, root.localName == "standard"
    else { return [] }
    return root.elements("include").compactMap { $0.attribute("href") }
  }

  /// An absolute path with `.`, `..` and symbolic links resolved, for comparing paths written differently.
  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}

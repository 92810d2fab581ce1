import Foundation
import ShanshuiBundledStandard
import ShanshuiCore
import ShanshuiReports
import ShanshuiXML

/// The fuzzed path: one input is either a submission (first byte even), checked against the bundled standard in verify
/// mode (a disagreement of the fast path with libxml2, E400, is a crash) and rendered as text and JSON, or a rule
/// document (first byte odd), loaded as a standard of its own. With `SHANSHUI_FUZZ_TARGET=fast-path` the input is
/// instead the choices of a `RuleShapeGenerator`: a document, tests and a context, each decided by the fast path and
/// by libxml2 (`FastPathDifferential`); any difference is a crash. With `SHANSHUI_FUZZ_TARGET=regex` the input is a
/// `pattern` expression and subjects for the linear-time matcher (`RegexFuzz`). With `SHANSHUI_FUZZ_TARGET=output`
/// the input drives the output writer on a tree of files, links and FIFOs (`OutputFuzz`). With
/// `SHANSHUI_FUZZ_TARGET=gml` the input is the content of a submission's `<geometry>` for the GML reader (`GMLFuzz`);
/// with `SHANSHUI_FUZZ_TARGET=geometry` the input is a shape for ShanshuiGeo (`GeometryFuzz`).
enum FuzzHarness {
  static let standard = try? StandardLoader(toolFiles: BundledStandard.files).load(BundledStandard.source)
  static let validator: Validator? = standard.map { Validator(standard: $0, verifyFastPath: true) }
  static let fastPathMode = ProcessInfo.processInfo.environment["SHANSHUI_FUZZ_TARGET"] == "fast-path"
  static let regexMode = ProcessInfo.processInfo.environment["SHANSHUI_FUZZ_TARGET"] == "regex"
  static let outputMode = ProcessInfo.processInfo.environment["SHANSHUI_FUZZ_TARGET"] == "output"
  static let gmlMode = ProcessInfo.processInfo.environment["SHANSHUI_FUZZ_TARGET"] == "gml"
  static let geometryMode = ProcessInfo.processInfo.environment["SHANSHUI_FUZZ_TARGET"] == "geometry"
  static let parameterIDs = standard?.parameters.keys.sorted() ?? []

  static func run(_ input: [UInt8]) {
    if regexMode { return RegexFuzz.run(input) }
    if fastPathMode { return compareFastPath(input) }
    if outputMode { return OutputFuzz.run(input) }
    if gmlMode { return GMLFuzz.run(input) }
    if geometryMode { return GeometryFuzz.run(input) }
    guard let first = input.first else { return }
    let body = Array(input.dropFirst())
    if first & 1 == 0 {
      guard let validator else { return }
      let result = validator.validate(
        bytes: body, path: "fuzz.xml", selection: first & 2 == 0 ? .auto : .forced(.unified))
      if let disagreement = result.diagnostics.first(where: { $0.code == .fastPathDisagreement }) {
        fatalError(disagreement.message.text(.en))
      }
      let report = Report(toolVersion: "fuzz", standard: validator.standard.info, files: [result], language: .zh)
      _ = TextReporter.render(report)
      _ = JSONReporter.render(report)
    } else {
      let loader = StandardLoader(toolFiles: BundledStandard.files)
      if let standard = try? loader.load(.inMemory(name: "fuzz", files: ["standard.xml": body])) {
        let validator = Validator(standard: standard)
        if let base = standard.exampleBase {
          _ = validator.validate(bytes: base, path: "base.xml", selection: .auto)
        }
        _ = ExampleRunner(validator: validator).runAll()
      }
    }
  }

  /// The fast-path differential: the input's first byte picks the profile, the rest are a generator's choices.
  static func compareFastPath(_ input: [UInt8]) {
    guard let standard else { return }
    var generator = RuleShapeGenerator(choices: Array(input.dropFirst()), parameterIDs: parameterIDs)
    let text = generator.document()
    guard let document = try? XMLDocument.parse(Array(text.utf8), url: "shape.xml", dropIgnorableWhitespace: true)
    else {
      fatalError("the generator wrote a document libxml2 does not parse: \(text)")
    }
    let profile = Profile.allCases[Int(input.first ?? 0) % Profile.allCases.count]
    let differential = FastPathDifferential(document: document, standard: standard, profile: profile)
    var differences: [String] = []
    for _ in 0..<3 { differences += differential.condition(generator.test()) ?? [] }
    differences += differential.context(generator.context()) ?? []
    if !differences.isEmpty {
      fatalError(
        "the fast path and libxml2 disagree under \(profile.rawValue) on \(text):\n"
          + differences.joined(separator: "\n"))
    }
  }
}

#if FUZZING
/// libFuzzer's driver, from its no-main runtime (scripts/fuzz links it): SwiftPM gives executables an entry point
/// of their own, so the driver is called from `main` instead of supplying `main` itself.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif

@main
struct FuzzMain {
  static func main() {
    #if FUZZING
    // Warm up once-only state (the bundled standard, libxml2's globals and per-thread error state) before the
    // driver starts, so that LeakSanitizer does not blame the first input for allocations that live forever.
    if let base = FuzzHarness.validator?.standard.exampleBase { FuzzHarness.run([0] + base) }
    FuzzHarness.run([1] + Array("<ruleDocument/>".utf8))
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(
      runFuzzerDriver(&argc, &argv) { data, size in
        FuzzHarness.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
      })
    #else
    // Without libFuzzer: replay inputs (crash reproducers, corpus files: a mode byte, then the document).
    for path in CommandLine.arguments.dropFirst() {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      FuzzHarness.run([UInt8](data))
      print("ok \(path)")
    }
    #endif
  }
}

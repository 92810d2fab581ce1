import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

/// The impact of the provinces' differences, and of a proposal, on a corpus: what `harmonize impact DIR` and
/// `harmonize --corpus DIR` run.
struct CorpusImpactRun {
  /// `--propose`: strictest, loosest, or an overlay file; nil for none.
  var propose: String?
  var json: Bool
  var language: Language

  /// The impact on the submissions in `directory`, rendered; `complete` is false when a file could not be read or
  /// checked, or there was none (exit status 2 after the report).
  func impact(of standard: Standard, on directory: String) throws -> (text: String, complete: Bool) {
    let validator = Validator(standard: standard)
    var submissions: [(path: String, bytes: [UInt8])] = []
    var unreadable: [String] = []
    for input in InputCollector.collect([directory]) {
      switch InputCollector.read(input, limit: validator.limits.maxFileSize) {
      case .success(let bytes): submissions.append((input.displayPath, bytes))
      case .failure: unreadable.append(input.displayPath)
      }
    }
    var impact = CorpusImpact.measure(corpus: submissions, validator: validator, proposal: try proposal(for: standard))
    impact.skipped = (impact.skipped + unreadable).sorted()
    let text = json ? ImpactRenderer.json(impact) : ImpactRenderer.text(impact, language: language)
    return (text, impact.skipped.isEmpty && !impact.submissions.isEmpty)
  }

  /// `--propose`: the strictest or loosest provincial values, or an overlay file; a bad file exits 2.
  private func proposal(for standard: Standard) throws -> UnifiedProposal? {
    switch propose {
    case nil: return nil
    case "strictest": return UnifiedProposal.from(standard, strictest: true)
    case "loosest": return UnifiedProposal.from(standard, strictest: false)
    case let path?:
      let read = InputCollector.read(.file(path), limit: 16 << 20)
      guard case .success(let bytes) = read else {
        let reason = if case .failure(let problem) = read { ": " + problem.message.text(.en) } else { "" }
        OutputWriter.writeError("shanshui: error: cannot read --propose \(path)\(reason)\n")
        throw ExitCode(2)
      }
      do {
        return try UnifiedProposal.parse(bytes, name: path, for: standard)
      } catch {
        OutputWriter.writeError("shanshui: error: \(error.message)\n")
        throw ExitCode(2)
      }
    }
  }
}

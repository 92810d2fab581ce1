import ArgumentParser
import ShanshuiCore
import ShanshuiReports

extension ShanshuiCommand.Harmonize {
  /// The impact of the provinces' differences, and of a proposal, on a corpus of submissions.
  func impact(of standard: Standard, on directory: String) throws -> String {
    let validator = Validator(standard: standard)
    var submissions: [(path: String, bytes: [UInt8])] = []
    for input in InputCollector.collect([directory]) {
      if case .success(let bytes) = InputCollector.read(input, limit: validator.limits.maxFileSize) {
        submissions.append((input.displayPath, bytes))
      }
    }
    let impact = CorpusImpact.measure(corpus: submissions, validator: validator, proposal: try proposal(for: standard))
    return format == .json ? ImpactRenderer.json(impact) : ImpactRenderer.text(impact, language: standardOptions.lang)
  }

  /// `--propose`: the strictest or loosest provincial values, or an overlay file; a bad file exits 2.
  private func proposal(for standard: Standard) throws -> UnifiedProposal? {
    switch propose {
    case nil: return nil
    case "strictest": return UnifiedProposal.from(standard, strictest: true)
    case "loosest": return UnifiedProposal.from(standard, strictest: false)
    case let path?:
      guard case .success(let bytes) = InputCollector.read(.file(path), limit: 16 << 20) else {
        OutputWriter.writeError("shanshui: error: cannot read the proposal \(path)\n")
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

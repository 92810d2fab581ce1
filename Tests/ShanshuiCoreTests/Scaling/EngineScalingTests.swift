import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The engine's loops over a submission's content, at 10× and 100× a fixture's size (a fixture holds about six
/// restoration units; here 60 and 600, every unit with two findings): the cost of the larger may be at most
/// `Scaling.maximumRatio` times the smaller's. docs/security.md lists the loops these tests guard.
@Suite struct EngineScalingTests {
  static let small = 60
  static let large = 600

  @Test func checkingGrowsLinearlyWithUnitsAndFindings() throws {
    let validator = try #require(BundledTestStandard.validator)
    let (small, large) = (
      try ScaledInputs.submission(units: Self.small), try ScaledInputs.submission(units: Self.large)
    )
    #expect(validator.validate(bytes: large, path: "large.xml", selection: .auto).findings.count == 2 * Self.large)
    let measured = Scaling.ratio(
      small: { _ = validator.validate(bytes: small, path: "small.xml", selection: .auto) },
      large: { _ = validator.validate(bytes: large, path: "large.xml", selection: .auto) })
    #expect(measured.isWithinBound, "\(measured)")
  }

  /// Every profile at once deduplicates the findings of four runs and builds the verdict matrix (rules × findings).
  @Test func everyProfileGrowsLinearlyWithFindings() throws {
    let validator = try #require(BundledTestStandard.validator)
    let (small, large) = (
      try ScaledInputs.submission(units: Self.small), try ScaledInputs.submission(units: Self.large)
    )
    let measured = Scaling.ratio(
      small: { _ = validator.validateEveryProfile(bytes: small, path: "small.xml") },
      large: { _ = validator.validateEveryProfile(bytes: large, path: "large.xml") })
    #expect(measured.isWithinBound, "\(measured)")
  }
}

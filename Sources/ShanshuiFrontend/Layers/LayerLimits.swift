/// What one reviewer layer may cost (E614): features and positions, each an option with a default.
public struct LayerLimits: Sendable, Hashable {
  /// `--max-layer-features`.
  public var maxFeatures: Int
  /// `--max-layer-positions`.
  public var maxPositions: Int

  public static let defaultMaxFeatures = 1_000_000
  public static let defaultMaxPositions = 50_000_000

  public init(maxFeatures: Int = defaultMaxFeatures, maxPositions: Int = defaultMaxPositions) {
    self.maxFeatures = maxFeatures
    self.maxPositions = maxPositions
  }
}

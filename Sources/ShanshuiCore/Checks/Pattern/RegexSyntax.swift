/// A parsed `pattern` expression (RegexDialect): groups are transparent, a literal is a one-scalar set.
public indirect enum RegexNode: Sendable, Hashable {
  /// Matches the empty string (an empty branch or group).
  case empty
  /// One Unicode scalar from the set.
  case scalars(ScalarSet)
  /// The parts in order.
  case sequence([RegexNode])
  /// Any one of the branches.
  case choice([RegexNode])
  /// `body` at least `min` times and at most `max` times (`nil`: unbounded).
  case repetition(RegexNode, min: Int, max: Int?)
}

/// A set of Unicode scalar values as sorted, disjoint, non-adjacent closed ranges.
public struct ScalarSet: Sendable, Hashable {
  /// The ranges, sorted and merged.
  public private(set) var ranges: [ClosedRange<UInt32>]

  static let allScalars: ClosedRange<UInt32> = 0...0x10FFFF

  /// The union of `ranges`, in any order.
  public init(_ ranges: [ClosedRange<UInt32>]) {
    var merged: [ClosedRange<UInt32>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
        merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    self.ranges = merged
  }

  /// One scalar.
  public init(_ scalar: Unicode.Scalar) { ranges = [scalar.value...scalar.value] }

  /// The one scalar of a single-scalar set.
  var single: UInt32? {
    ranges.count == 1 && ranges[0].lowerBound == ranges[0].upperBound ? ranges[0].lowerBound : nil
  }

  var isEmpty: Bool { ranges.isEmpty }

  /// Every scalar value not in the set (the surrogate gap included: no string holds one, so it never matters).
  var complement: ScalarSet {
    var result: [ClosedRange<UInt32>] = []
    var next: UInt32 = Self.allScalars.lowerBound
    for range in ranges {
      if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
      next = range.upperBound &+ 1
    }
    if next <= Self.allScalars.upperBound { result.append(next...Self.allScalars.upperBound) }
    return ScalarSet(result)
  }

  /// Whether the two sets share a scalar.
  func intersects(_ other: ScalarSet) -> Bool {
    var left = 0
    var right = 0
    while left < ranges.count && right < other.ranges.count {
      if ranges[left].overlaps(other.ranges[right]) { return true }
      if ranges[left].upperBound < other.ranges[right].upperBound { left += 1 } else { right += 1 }
    }
    return false
  }

  /// Binary search over the ranges.
  func contains(_ value: UInt32) -> Bool {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if value < ranges[middle].lowerBound {
        high = middle
      } else if value > ranges[middle].upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}

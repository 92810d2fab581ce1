extension PairsCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [
      ("path", path.description), ("first", first), ("first-list", firstList), ("second", second),
      ("second-list", secondList),
    ]
  }
}

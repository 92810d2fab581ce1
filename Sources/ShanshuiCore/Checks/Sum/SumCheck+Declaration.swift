extension SumCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [("total", total.description), ("tolerance", tolerance.description), ("unit", unit?.id)]
      + parts.map { ("part", $0.description) }
  }
}

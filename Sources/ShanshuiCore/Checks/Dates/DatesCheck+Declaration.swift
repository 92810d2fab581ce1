extension DatesCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [
      ("start", start.description), ("end", end.description), ("maxDuration", maxDuration?.description),
      ("unit", unit?.id),
    ]
  }
}

extension PatternCheck {
  public var declaredFields: [(name: String, value: String?)] { [("path", path.description), ("regex", regex)] }
}

extension CodelistCheck {
  /// The path and the list. `version`, `name` and `findings` are not declared (as before the kinds became units):
  /// `diff` does not see a change to them and `doc` words a versioned check as a plain one. Declaring them changes
  /// both outputs, so it is a change of its own.
  public var declaredFields: [(name: String, value: String?)] { [("path", path.description), ("list", list)] }
}

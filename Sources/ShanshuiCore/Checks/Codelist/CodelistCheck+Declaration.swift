extension CodelistCheck {
  /// The path and the list. `version`, `name` and `findings` are not declared yet: `diff` does not compare them and
  /// `doc` words every codelist check as the plain one (declaring them changes both outputs; see issue 14's notes).
  public var declaredFields: [(name: String, value: String?)] { [("path", path.description), ("list", list)] }
}

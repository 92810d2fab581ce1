/// The version of shanshui every front end reports (the CLI's `--version`, reports' `toolVersion`, the service).
public enum ToolVersion {
  public static let current = "0.1.0"
}

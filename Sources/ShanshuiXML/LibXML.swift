internal import CLibXML2

/// One-time, process-wide libxml2 set-up.
///
/// Runs `xmlInitParser`, silences the generic (stderr) error handler and installs an entity loader that refuses
/// every external resource, so no document can make libxml2 read a local file or the network.
public enum LibXML {
  /// Evaluated once, thread-safely, the first time any wrapper touches libxml2.
  static let ready: Void = {
    xmlInitParser()
    shanshui_silence_generic_errors()
    shanshui_install_entity_loader()
  }()

  /// Sets the maximum element nesting depth for every later parse, process-wide (libxml2 has one global for it).
  /// Call once, before any document is parsed.
  public static func setMaximumDepth(_ depth: Int) {
    ensureReady()
    shanshui_set_max_depth(UInt32(clamping: depth))
  }

  /// Call before any libxml2 call.
  @inline(__always) static func ensureReady() { _ = ready }

  /// Copies a libxml2 string into Swift; `nil` stays `nil`.
  static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  /// Copies a libxml2-allocated string into Swift and frees it with `xmlFree` (never `free`).
  static func consume(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    defer { shanshui_free(pointer) }
    return String(cString: pointer)
  }
}

internal import CLibXML2

/// One-time, process-wide libxml2 set-up.
///
/// Runs `xmlInitParser` and `xmlSchemaInitTypes`, silences the generic (stderr) error handler and installs an entity
/// loader that refuses every external resource, so no document can make libxml2 read a local file or the network.
public enum LibXML {
  /// Evaluated once, thread-safely (a Swift global's lazy initialiser runs under `swift_once`), the first time any
  /// wrapper touches libxml2, so before any two threads can use it.
  ///
  /// `xmlSchemaInitTypes` is here because libxml2 2.9 builds its built-in schema type tables lazily behind an unlocked
  /// flag (the first `xmlSchemaParse` or type lookup does it): two threads compiling a schema at once (the test suite
  /// loads standards concurrently; a service would too) could both build them, racing and leaking. Built once here,
  /// every later call only reads them.
  static let ready: Void = {
    xmlInitParser()
    xmlSchemaInitTypes()
    shanshui_silence_generic_errors()
    shanshui_install_entity_loader()
  }()

  /// Sets the maximum element nesting depth for every later parse, process-wide (libxml2 has one global for it).
  /// Call once, before any document is parsed.
  public static func setMaximumDepth(_ depth: Int) {
    ensureReady()
    shanshui_set_max_depth(UInt32(clamping: depth))
  }

  /// Turns off glibc's fastbins for the whole process (no effect with other C libraries). A libxml2 tree and its
  /// XPath evaluations allocate and free millions of small blocks; with fastbins, glibc sweeps every freed one
  /// (`malloc_consolidate`) whenever a larger block is requested, which cost 9 % of checking a 13.5 MB submission,
  /// mostly in cache misses. The per-thread cache still serves small blocks. Call once, early, from the CLI.
  public static func releaseSmallBlocksPromptly() {
    shanshui_disable_fastbins()
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

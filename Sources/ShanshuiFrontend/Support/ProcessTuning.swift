import ShanshuiXML

/// Process-wide settings a front end makes once, early, before it checks anything.
public enum ProcessTuning {
  /// The allocator tuning the CLI's `check` makes (glibc's fastbins off: XPath evaluation frees millions of small
  /// blocks, and sweeping them cost 9 % of a large check; `LibXML.releaseSmallBlocksPromptly`), for front ends that
  /// cannot import ShanshuiXML, such as the service.
  public static func forChecking() {
    LibXML.releaseSmallBlocksPromptly()
  }
}

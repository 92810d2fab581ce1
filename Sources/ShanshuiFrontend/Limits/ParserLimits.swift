import ShanshuiCore
import ShanshuiXML

/// The one place a run's `Limits` reach libxml2's parser.
///
/// The file size and the XPath step budget are per document already (`InputCollector.read`, `Validator`); the
/// nesting depth is not: libxml2 keeps it in one process-wide global and ShanshuiXML's `XMLDocument.parse` takes no
/// depth. So the depth is installed here, once per run, before anything is parsed (the standard included, as the CLI
/// always did). Two runs with different depths in one process (a service) would share the last one installed.
public enum ParserLimits {
  public static func install(_ limits: Limits) {
    LibXML.setMaximumDepth(limits.maxDepth)
  }
}

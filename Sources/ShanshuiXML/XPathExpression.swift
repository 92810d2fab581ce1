internal import CLibXML2
import Synchronization

/// An XPath 1.0 expression compiled once, evaluated many times, from any number of threads at once.
///
/// Why sharing is safe (`@unchecked Sendable`): libxml2 writes to a compiled expression while evaluating it (the first
/// evaluation of each function call caches the function and its namespace-URI pointer in the step, xpath.c
/// `XPATH_OP_FUNCTION`), and which steps an evaluation reaches depends on the document, so no dry run can fill every
/// cache in advance. Each compiled copy is therefore lent to one evaluation at a time (`CompiledXPathCopies`): an
/// evaluation takes an idle copy under the pool's lock (or compiles one more from `source` when all are busy), evaluates
/// with it alone, and gives it back. No two threads ever touch the same `xmlXPathCompExpr`; `source` is immutable.
/// The pool holds at most as many copies as evaluations ever ran at once. Tested by `XPathConcurrencyTests`: an
/// evaluation inside another gets its own copy (the exclusivity itself), and one expression evaluated on 8 threads
/// answers as on one; `ConcurrentCheckingTests` checks the fixtures on 8 threads. scripts/sanitize runs them under
/// ThreadSanitizer, which sees the pool and every Swift access but not inside libxml2 (a system library, not
/// instrumented: with one compiled copy shared, the 8-thread test passes under TSan too), so the exclusivity is what
/// proves libxml2's own writes never race.
public final class XPathExpression: @unchecked Sendable {
  private let copies: CompiledXPathCopies
  /// The source text.
  public let source: String

  /// Compiles `source`.
  ///
  /// Unknown functions and namespace prefixes are accepted here: libxml2 finds them only at evaluation time.
  /// - throws: `XPathError` with the offset into `source` where the syntax error was found.
  public init(_ source: String) throws(XPathError) {
    let collector = ErrorCollector()
    let compiled = collector.capture { xmlXPathCompile(source) }
    guard let compiled else {
      let diagnostic = collector.diagnostics.first
      throw XPathError(
        expression: source,
        code: diagnostic?.code ?? XPathErrorText.base + 7,
        message: diagnostic?.message ?? "Invalid expression",
        offset: collector.firstXPathOffset)
    }
    copies = CompiledXPathCopies(first: compiled)
    self.source = source
  }

  /// Runs `body` with a compiled copy no other evaluation uses until `body` returns; `nil` if a further copy could
  /// not be compiled (out of memory: the source compiled once already).
  func withExclusiveCopy<T>(_ body: (xmlXPathCompExprPtr) -> T) -> T? {
    guard let compiled = copies.borrow(orCompile: source) else { return nil }
    defer { copies.giveBack(compiled) }
    return body(compiled)
  }

  /// How many compiled copies exist (1 until two evaluations overlapped); for tests.
  var copyCount: Int { copies.count }
}

/// The compiled copies of one expression: idle ones wait here, a busy one belongs to exactly one evaluation.
///
/// `@unchecked Sendable`: `idle` and `total` are read and written only between `lock()` and `unlock()` of `mutex`; the
/// primary copy is handed out only by a successful compare-and-exchange of `primaryLent` from false to true, and a
/// copy handed out by `borrow` is in no list (nor the primary free) until `giveBack`, so it is reachable from one
/// thread only.
final class CompiledXPathCopies: @unchecked Sendable {
  /// The first compiled copy, lent without the lock: `primaryLent` is taken by compare-and-exchange (acquiring) and
  /// cleared when it comes back (releasing), so it belongs to one evaluation at a time. Nearly every evaluation uses
  /// it (a batch's workers each have their own standard), at the cost of two atomic operations instead of a lock.
  private let primary: xmlXPathCompExprPtr
  private let primaryLent = Atomic<Bool>(false)
  /// Further copies, for evaluations that overlap the primary's.
  private var idle: [xmlXPathCompExprPtr] = []
  private var total = 1
  private let mutex = PThreadMutex()

  init(first: xmlXPathCompExprPtr) { primary = first }

  /// Every copy is idle by now: a borrower holds the expression (and so this pool) alive until it gives its copy back.
  deinit {
    xmlXPathFreeCompExpr(primary)
    idle.forEach { xmlXPathFreeCompExpr($0) }
  }

  var count: Int { mutex.locked { total } }

  func borrow(orCompile source: String) -> xmlXPathCompExprPtr? {
    if primaryLent.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged { return primary }
    if let copy = mutex.locked({ idle.popLast() }) { return copy }
    // Compiled outside the lock; an out-of-memory error would be reported to the evaluation's own collector.
    guard let copy = xmlXPathCompile(source) else { return nil }
    mutex.locked { total += 1 }
    return copy
  }

  func giveBack(_ copy: xmlXPathCompExprPtr) {
    if copy == primary {
      primaryLent.store(false, ordering: .releasing)
    } else {
      mutex.locked { idle.append(copy) }
    }
  }
}

/// An XPath expression failed to compile or to evaluate.
public struct XPathError: Error, Sendable, Hashable {
  /// The expression's text.
  public var expression: String
  /// The libxml2 error code (1200 + `xmlXPathError`).
  public var code: Int
  /// A readable message (libxml2 gives none for some codes; those are filled in from the code).
  public var message: String
  /// The 0-based character offset in `expression` where the error was found, when libxml2 reports one.
  public var offset: Int?

  public init(expression: String, code: Int, message: String, offset: Int?) {
    self.expression = expression
    self.code = code
    self.message = message
    self.offset = offset
  }

  /// The kind of error, from the code.
  public var isUnknownFunction: Bool { code == XPathErrorText.base + 9 }
  public var isUndefinedPrefix: Bool { code == XPathErrorText.base + 19 }
  public var isUndefinedVariable: Bool { code == XPathErrorText.base + 5 }
}

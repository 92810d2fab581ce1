import Foundation
import ShanshuiGeo

/// One `GeoWorker` per thread (its own GEOS and PROJ contexts and cached transformations), made on the thread's
/// first spatial measurement and kept for the thread's life: a batch worker makes it once, not once per file. A run
/// without geometry or layers never makes one, so the libraries are never loaded.
enum GeoWorkers {
  private static let key = "shanshui.GeoWorker"

  /// The calling thread's worker, made on first use.
  static func current() throws(GeoError) -> GeoWorker {
    let dictionary = Thread.current.threadDictionary
    if let worker = dictionary[key] as? GeoWorker { return worker }
    let worker = try GeoWorker()
    dictionary[key] = worker
    return worker
  }
}

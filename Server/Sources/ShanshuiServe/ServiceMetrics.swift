import CoreMetrics
import Foundation
import Prometheus
import ShanshuiCore
import ShanshuiReports

/// The service's metrics, through swift-metrics into a Prometheus registry of its own (never the process-wide
/// factory, so several services in one test process keep apart), rendered as Prometheus text at `/metrics`.
public final class ServiceMetrics: Sendable {
  public let registry = PrometheusCollectorRegistry()
  private let factory: PrometheusMetricsFactory

  public init() {
    var factory = PrometheusMetricsFactory(registry: registry)
    factory.defaultDurationHistogramBuckets = [
      .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
      .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
      .seconds(30),
    ]
    self.factory = factory
  }

  /// One answered request: counted by route, method and status; its duration in a histogram by route.
  public func request(route: String, method: String, status: Int, duration: Duration) {
    Counter(
      label: "shanshui_http_requests_total",
      dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory
    ).increment()
    Timer(label: "shanshui_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
      .recordNanoseconds(duration.nanoseconds)
  }

  /// What a check found: findings by rule and severity, problems (files not checked, standard) by code.
  public func record(_ report: Report) {
    var findings: [String: Int] = [:]
    var problems: [String: Int] = [:]
    for file in report.files {
      for finding in file.findings { findings["\(finding.ruleID)\u{0}\(finding.severity.rawValue)", default: 0] += 1 }
      for diagnostic in file.diagnostics { problems[diagnostic.code.rawValue, default: 0] += 1 }
    }
    for diagnostic in report.standardDiagnostics { problems[diagnostic.code.rawValue, default: 0] += 1 }
    for (key, count) in findings {
      let parts = key.split(separator: "\u{0}").map(String.init)
      Counter(
        label: "shanshui_findings_total", dimensions: [("rule", parts[0]), ("severity", parts[1])], factory: factory
      ).increment(by: count)
    }
    for (code, count) in problems {
      Counter(label: "shanshui_problems_total", dimensions: [("code", code)], factory: factory).increment(by: count)
    }
    Counter(label: "shanshui_files_checked_total", factory: factory).increment(by: report.files.count)
  }

  /// A reload of the standard, by outcome.
  public func reload(succeeded: Bool) {
    Counter(
      label: "shanshui_standard_reloads_total", dimensions: [("outcome", succeeded ? "loaded" : "refused")],
      factory: factory
    ).increment()
  }

  /// Checks running and waiting now.
  public func load(running: Int, waiting: Int) {
    Gauge(label: "shanshui_checks_running", factory: factory).record(running)
    Gauge(label: "shanshui_checks_waiting", factory: factory).record(waiting)
  }

  /// Everything, as Prometheus text.
  public func text() -> String { registry.emitToString() }
}

extension Duration {
  var nanoseconds: Int64 {
    let (seconds, attoseconds) = components
    return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
  }
}

import Foundation
import ShanshuiCore

/// What kind of node an output path names, when it is one shanshui refuses to write to.
public enum RefusedNode: String, Sendable, Equatable {
  case directory
  case blockDevice = "block device"
  case socket
  /// Anything else an open descriptor can be (an epoll or event descriptor, …).
  case other = "special file"

  init?(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFDIR: self = .directory
    case S_IFBLK: self = .blockDevice
    case S_IFSOCK: self = .socket
    case S_IFREG, S_IFCHR, S_IFIFO: return nil
    default: self = .other
    }
  }

  var chinese: String {
    switch self {
    case .directory: return "目录"
    case .blockDevice: return "块设备"
    case .socket: return "套接字"
    case .other: return "特殊文件"
    }
  }
}

/// Why an output could not be written, before the option and path are known.
public enum OutputFailure: Error, Sendable, Equatable {
  /// A system call failed with this `errno` (no space, I/O error, permission, not a directory, a link loop, …).
  case system(Int32)
  /// The path names a node that is never written to (E501).
  case refused(RefusedNode)

  /// The current `errno` as a failure.
  static var lastError: OutputFailure { .system(errno) }
}

/// An output that could not be written: the option that named it, its path and the reason; exit status 2.
public struct OutputError: Error, Sendable, Equatable {
  /// The option that named the output (`--output`, `--report sarif`, `--write-baseline`).
  public var option: String
  /// The path as the user gave it (`-` for standard output).
  public var path: String
  public var failure: OutputFailure

  public init(option: String, path: String, failure: OutputFailure) {
    self.option = option
    self.path = path
    self.failure = failure
  }

  /// E500 for a failed write, E501 for a refused kind of node.
  public var code: ErrorCode {
    if case .refused = failure { return .outputRefused }
    return .outputUnwritable
  }

  /// The operating system's reason (`strerror`), or the kind of node refused.
  public var reason: String {
    switch failure {
    case .system(let number): return String(cString: strerror(number))
    case .refused(let node): return node.rawValue
    }
  }

  /// One line for standard error, naming the code, the option, the path and the reason, in `language`.
  public func message(_ language: Language) -> String {
    let shown = path == "-" ? (language == .zh ? "-（标准输出）" : "- (standard output)") : path
    switch (failure, language) {
    case (.system, .zh): return "shanshui: 错误: [\(code.rawValue)] 无法写入 \(option) \(shown)：\(reason)"
    case (.system, .en): return "shanshui: error: [\(code.rawValue)] cannot write \(option) \(shown): \(reason)"
    case (.refused(let node), .zh):
      return "shanshui: 错误: [\(code.rawValue)] \(option) \(shown) 是\(node.chinese)，不写入（只写普通文件、字符设备、管道或标准输出）"
    case (.refused(let node), .en):
      return
        "shanshui: error: [\(code.rawValue)] \(option) \(shown) is a \(node.rawValue); shanshui writes only to regular files, "
        + "character devices, pipes and standard output"
    }
  }
}

import Foundation
import ShanshuiFrontend

/// `SHANSHUI_FUZZ_TARGET=output`: the input builds a small tree in a scratch directory (regular files, directories,
/// FIFOs with a reader, symbolic links: chains, loops, dangling, to /dev/zero, to this process's pipe), picks an output
/// path and a payload, and `OutputFile` writes it. Invariants, any breach a crash: no node that is not a regular file
/// is replaced (same kind, same inode); every regular file holds its old content or, if it is the target of a
/// successful write, exactly the payload; a FIFO or pipe receives exactly the payload when it is the target and nothing
/// otherwise; a failed write changes no file; no temporary file is left; /dev/zero is not replaced and nothing is
/// created under /dev.
enum OutputFuzz {
  /// The input's bytes, read one choice at a time (0 once used up).
  struct Choices {
    var bytes: ArraySlice<UInt8>
    mutating func next() -> Int { Int(bytes.popFirst() ?? 0) }
  }

  struct Node {
    var kind: mode_t
    var inode: ino_t
    var content: [UInt8]?
  }

  static let missingDevice = "/dev/shanshui-fuzz-missing"

  static func run(_ input: [UInt8]) {
    // A FIFO's reader is always there, but a broken pipe must be an error to check, not a signal that ends the run.
    signal(SIGPIPE, SIG_IGN)
    // In the working directory (scripts/fuzz runs in .build-fuzz), not the shared /tmp, where another program's
    // clean-up could remove the tree under the check and look like this writer's doing.
    let root = FileManager.default.currentDirectoryPath + "/output-scratch-\(getpid())-\(UUID().uuidString)"
    let work = root + "/work"
    guard (try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)) != nil else {
      return
    }
    defer { try? FileManager.default.removeItem(atPath: root) }
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else { return }
    defer { _ = close(pipeEnds[0]) }
    _ = fcntl(pipeEnds[0], F_SETFL, O_NONBLOCK)
    var choices = Choices(bytes: input[...])
    var names: [String] = []
    var directories: [String] = []
    var readers: [String: Int32] = [:]
    defer { for reader in readers.values { _ = close(reader) } }
    for index in 0..<(choices.next() % 9) {
      let parent =
        !directories.isEmpty && choices.next() & 1 == 1 ? directories[choices.next() % directories.count] : ""
      let name = parent.isEmpty ? "n\(index)" : parent + "/n\(index)"
      let path = work + "/" + name
      switch choices.next() % 4 {
      case 0:
        let count = choices.next() % 16
        let content = (0..<count).map { _ in UInt8(truncatingIfNeeded: choices.next()) }
        FileManager.default.createFile(atPath: path, contents: Data(content))
      case 1:
        if mkdir(path, 0o755) == 0 { directories.append(name) }
      case 2:
        _ = symlink(linkTarget(&choices, name: name, work: work, names: names, pipe: pipeEnds[1]), path)
      default:
        if mkfifo(path, 0o600) == 0 {
          let reader = open(path, O_RDONLY | O_NONBLOCK)
          if reader >= 0 { readers[path] = reader }
        }
      }
      names.append(name)
    }
    let output = outputPath(&choices, work: work, names: names)
    let payload = Array(choices.bytes.prefix(4096))
    let before = snapshot(root)
    let device = identity("/dev/zero")
    let file = OutputFile(path: output, option: "--output")
    let target = try? file.target()
    let succeeded = (try? file.write(payload)) != nil
    _ = close(pipeEnds[1])
    check(
      before: before, after: snapshot(root), output: output, target: target, succeeded: succeeded,
      payload: payload, readers: readers, pipe: (pipeEnds[0], pipeEnds[1]))
    // The device written to is /dev/zero, not /dev/null: an older shanshui elsewhere on the machine (as root) may
    // replace /dev/null while this runs, and that must not look like this writer's doing.
    if identity("/dev/zero") != device || device?.first != UInt64(S_IFCHR) {
      fatalError("output \(output): /dev/zero was replaced")
    }
  }

  /// A node's kind and inode, not following links.
  static func identity(_ path: String) -> [UInt64]? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    return [UInt64(status.st_mode & S_IFMT), UInt64(status.st_ino)]
  }

  static func linkTarget(_ choices: inout Choices, name: String, work: String, names: [String], pipe: Int32) -> String {
    let some = names.isEmpty ? "n0" : names[choices.next() % names.count]
    switch choices.next() % 8 {
    case 0: return "n\(choices.next() % 9)"  // relative, perhaps dangling or itself
    case 1: return work + "/" + some
    case 2: return "/dev/zero"
    case 3: return "/proc/self/fd/\(pipe)"
    case 4: return "../escape\(choices.next() % 2)"
    case 5: return some + "/n\(choices.next() % 9)"
    case 6: return missingDevice
    default: return work + "/" + name  // a loop on itself
    }
  }

  static func outputPath(_ choices: inout Choices, work: String, names: [String]) -> String {
    let some = work + "/" + (names.isEmpty ? "n0" : names[choices.next() % names.count])
    switch choices.next() % 6 {
    case 0: return some
    case 1: return work + "/new.json"
    case 2: return work + "/m1/m2/x.json"
    case 3: return some + "/x.json"
    case 4: return some + "/"
    default: return "/dev/zero"
    }
  }

  /// Every node below `root`, not following links.
  static func snapshot(_ root: String) -> [String: Node] {
    var nodes: [String: Node] = [:]
    var pending = [root]
    while let directory = pending.popLast() {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
        let path = directory + "/" + name
        var status = stat()
        guard lstat(path, &status) == 0 else { continue }
        let kind = status.st_mode & S_IFMT
        let content = kind == S_IFREG ? contents(path) : nil
        nodes[path] = Node(kind: kind, inode: status.st_ino, content: content)
        if kind == S_IFDIR { pending.append(path) }
      }
    }
    return nodes
  }

  /// A file's bytes (following links), read with read(2): FileManager.contents(atPath:) leaks a buffer per call
  /// in this Foundation, which grew the fuzzer by 18 KB a run.
  static func contents(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { _ = close(descriptor) }
    return drain(descriptor)
  }

  static func drain(_ descriptor: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count <= 0 { return bytes }
      bytes += buffer[..<count]
    }
  }

  static func check(
    before: [String: Node], after: [String: Node], output: String, target: OutputTarget?, succeeded: Bool,
    payload: [UInt8], readers: [String: Int32], pipe: (read: Int32, write: Int32)
  ) {
    func fail(_ what: String) -> Never {
      fatalError("output \(output) (target \(String(describing: target)), succeeded \(succeeded)): \(what)")
    }
    let resolved = PathResolution.real(output)
    for (path, old) in before {
      guard let new = after[path] else { fail("\(path) disappeared") }
      if old.kind != S_IFREG {
        if new.kind != old.kind || new.inode != old.inode { fail("\(path) was replaced") }
      } else if new.kind != S_IFREG {
        fail("\(path) is no longer a regular file")
      } else if new.content != old.content {
        if !succeeded || PathResolution.real(path) != resolved || new.content != payload {
          fail("\(path) holds neither its old content nor the payload")
        }
      }
    }
    for (path, new) in after where before[path] == nil {
      if path.contains(".shanshui-output-") { fail("temporary file \(path) left behind") }
      if new.kind == S_IFREG && !(succeeded && PathResolution.real(path) == resolved && new.content == payload) {
        fail("\(path) was created with other content")
      }
    }
    if succeeded, case .replace = target, contents(output) != payload {
      fail("the target does not hold the payload")
    }
    if succeeded, case .create = target, contents(output) != payload {
      fail("the new file does not hold the payload")
    }
    for (path, reader) in readers {
      let received = drain(reader)
      let isTarget = succeeded && target == .writeThrough(path: PathResolution.real(path) ?? path)
      if received != (isTarget ? payload : []) { fail("FIFO \(path) received \(received.count) bytes") }
    }
    let piped = drain(pipe.read)
    if piped != (succeeded && target == .descriptor(pipe.write) ? payload : []) {
      fail("the pipe received \(piped.count) bytes")
    }
    var status = stat()
    if lstat(missingDevice, &status) == 0 { fail("\(missingDevice) was created") }
  }
}

/// `realpath(3)` as a Swift string, nil for a path that does not resolve.
enum PathResolution {
  static func real(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiTestSupport
import Testing

/// The output writer's rules (docs/security.md, "Output files"), each on a real node of its kind.
@Suite struct OutputFileTests {
  static func kind(_ path: String, following: Bool = false) -> mode_t? {
    var status = stat()
    guard (following ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
    return status.st_mode & S_IFMT
  }

  static func text(_ url: URL) -> String? {
    FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
  }

  static func inode(_ path: String) -> ino_t {
    var status = stat()
    _ = lstat(path, &status)
    return status.st_ino
  }

  static func write(_ text: String, to path: String, option: String = "--output") throws(OutputError) {
    try OutputFile(path: path, option: option).write(text)
  }

  @Test func aRegularFileIsReplacedAtomicallyAndKeepsItsMode() throws {
    let directory = try TemporaryDirectory.make("output")
    let file = directory.appendingPathComponent("report.json")
    try Data("old".utf8).write(to: file)
    #expect(chmod(file.path, 0o640) == 0)
    let before = Self.inode(file.path)
    try Self.write("new report", to: file.path)
    #expect(Self.text(file) == "new report")
    var status = stat()
    #expect(lstat(file.path, &status) == 0 && status.st_mode & 0o7777 == 0o640)
    // Renamed into place (a new inode), and no temporary file left beside it.
    #expect(Self.inode(file.path) != before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
  }

  @Test func aNewFileGetsItsMissingDirectoriesAndTheUmasksMode() throws {
    let directory = try TemporaryDirectory.make("output")
    let reference = directory.appendingPathComponent("reference")
    let descriptor = open(reference.path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
    #expect(descriptor >= 0)
    close(descriptor)
    let file = directory.appendingPathComponent("out/nested/x.sarif")
    try Self.write("{}", to: file.path)
    #expect(Self.text(file) == "{}")
    var made = stat()
    var expected = stat()
    #expect(lstat(file.path, &made) == 0 && lstat(reference.path, &expected) == 0)
    #expect(made.st_mode == expected.st_mode)
    // A relative path is relative to the working directory, as given on the command line.
    let relative = "shanshui-output-\(UUID().uuidString)/r.txt"
    defer { try? FileManager.default.removeItem(atPath: String(relative.prefix(while: { $0 != "/" }))) }
    try Self.write("relative", to: relative)
    #expect(Self.text(URL(fileURLWithPath: relative)) == "relative")
  }

  @Test func aLinkToARegularFileStaysALinkAndItsTargetIsReplaced() throws {
    let directory = try TemporaryDirectory.make("output")
    let target = directory.appendingPathComponent("real/target.json")
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("old".utf8).write(to: target)
    let first = directory.appendingPathComponent("first")
    let second = directory.appendingPathComponent("second")
    #expect(symlink("real/target.json", first.path) == 0)  // relative to the link's directory
    #expect(symlink(first.path, second.path) == 0)  // a chain of two
    try Self.write("through the chain", to: second.path)
    #expect(Self.kind(first.path) == S_IFLNK && Self.kind(second.path) == S_IFLNK)
    #expect(Self.text(target) == "through the chain")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["target.json"])
  }

  @Test func aDanglingLinkGetsItsTargetCreated() throws {
    let directory = try TemporaryDirectory.make("output")
    let link = directory.appendingPathComponent("link")
    #expect(symlink("made.json", link.path) == 0)
    try Self.write("created", to: link.path)
    #expect(Self.kind(link.path) == S_IFLNK)
    #expect(Self.text(directory.appendingPathComponent("made.json")) == "created")
  }

  @Test func aLinkLoopIsAnErrorNamingThePath() throws {
    let directory = try TemporaryDirectory.make("output")
    let a = directory.appendingPathComponent("a").path
    let b = directory.appendingPathComponent("b").path
    #expect(symlink(b, a) == 0 && symlink(a, b) == 0)
    let error = try #require(throws: OutputError.self) { try Self.write("x", to: a) }
    #expect(error.failure == .system(ELOOP) && error.code == .outputUnwritable)
    #expect(
      error.message(.en) == "shanshui: error: [E500] cannot write --output \(a): Too many levels of symbolic links")
    #expect(Self.kind(a) == S_IFLNK && Self.kind(b) == S_IFLNK)
  }

  @Test func aFIFOReceivesTheBytesAndStaysAFIFO() throws {
    let directory = try TemporaryDirectory.make("output")
    let fifo = directory.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let payload = String(repeating: "报告 report\n", count: 20_000)  // beyond a pipe's 64 KiB buffer
    let reader = FIFOReader(fifo)
    try Self.write(payload, to: fifo)
    #expect(reader.text() == payload)
    #expect(Self.kind(fifo) == S_IFIFO)
  }

  /// A character device is written through and survives: /dev/zero (which discards what it is given) directly and
  /// through a link, /dev/null likewise. /dev/null is compared with itself before the write (same kind, same inode)
  /// rather than assumed a device: on a shared machine an older shanshui may already have replaced it.
  @Test(arguments: ["/dev/zero", "/dev/null"])
  func aCharacterDeviceSurvivesDirectlyAndThroughALink(device: String) throws {
    let before = DeviceIdentity(device)
    if device == "/dev/zero" { #expect(Self.kind(device) == S_IFCHR) }
    try Self.write("into the void", to: device)
    #expect(DeviceIdentity(device) == before)
    let link = try TemporaryDirectory.make("output").appendingPathComponent("device").path
    #expect(symlink(device, link) == 0)
    #expect(try OutputFile(path: link, option: "--output").target() == .writeThrough(path: device))
    try Self.write("again", to: link)
    #expect(Self.kind(link) == S_IFLNK && DeviceIdentity(device) == before)
  }

  /// /dev/full fails every write with ENOSPC: the error a full disk gives, with its reason, and the device stays.
  @Test func aFullDeviceIsAnErrorWithTheSystemsReason() throws {
    let error = try #require(throws: OutputError.self) { try Self.write("x", to: "/dev/full", option: "--report json") }
    #expect(error.failure == .system(ENOSPC))
    #expect(
      error.message(.en) == "shanshui: error: [E500] cannot write --report json /dev/full: No space left on device")
    #expect(Self.kind("/dev/full") == S_IFCHR)
  }

  @Test func procSelfFdOfAPipeReceivesTheBytesThroughTheDescriptor() throws {
    let pipe = Pipe()
    let descriptor = pipe.fileHandleForWriting.fileDescriptor
    let path = "/proc/self/fd/\(descriptor)"
    #expect(try OutputFile(path: path, option: "--output").target() == .descriptor(descriptor))
    try Self.write("through the pipe", to: path)
    try pipe.fileHandleForWriting.close()
    #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "through the pipe")
  }

  /// A non-blocking descriptor (a pipe or terminal inherited that way) that fills up is waited on, not given up:
  /// a megabyte through a 64 KiB pipe arrives whole.
  @Test func aFullNonBlockingPipeIsWaitedOn() throws {
    let pipe = Pipe()
    let descriptor = pipe.fileHandleForWriting.fileDescriptor
    #expect(fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) == 0)
    let payload = String(repeating: "0123456789abcdef", count: 1 << 16)
    let reader = FIFOReader(handle: pipe.fileHandleForReading)
    try Self.write(payload, to: "/dev/fd/\(descriptor)")
    try pipe.fileHandleForWriting.close()
    #expect(reader.text() == payload)
  }

  @Test func ownDescriptorsAreWrittenAtTheirOffsetSoAppendingKeepsEarlierContent() throws {
    let file = try TemporaryDirectory.make("output").appendingPathComponent("log")
    try Data("earlier\n".utf8).write(to: file)
    let descriptor = open(file.path, O_WRONLY | O_APPEND)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    try Self.write("via /proc\n", to: "/proc/self/fd/\(descriptor)")
    try Self.write("via /dev/fd\n", to: "/dev/fd/\(descriptor)")
    #expect(Self.text(file) == "earlier\nvia /proc\nvia /dev/fd\n")
    #expect(try OutputFile(path: "/dev/stdout", option: "--output").target() == .descriptor(1))
    #expect(try OutputFile(path: "/dev/stderr", option: "--output").target() == .descriptor(2))
    #expect(try OutputFile(path: "-", option: "--output").target() == .standardOutput)
  }

  @Test func nothingIsCreatedUnderDev() throws {
    let path = "/dev/shanshui-output-\(UUID().uuidString)"
    let error = try #require(throws: OutputError.self) { try Self.write("x", to: path) }
    #expect(error.failure == .system(ENOENT))
    #expect(Self.kind(path) == nil)
    #expect(throws: OutputError.self) { try Self.write("x", to: path + "/nested/x.json") }
    #expect(Self.kind(path) == nil)
  }

  @Test func aDirectoryIsRefusedWithTheOptionAndPath() throws {
    let directory = try TemporaryDirectory.make("output")
    for path in [directory.path, directory.path + "/", directory.path + "/.", directory.path + "/missing/"] {
      let error = try #require(throws: OutputError.self) {
        try Self.write("x", to: path, option: "--report sarif")
      }
      #expect(error.failure == .refused(.directory) && error.code == .outputRefused)
      #expect(error.message(.en).hasPrefix("shanshui: error: [E501] --report sarif \(path) is a directory"))
      #expect(error.message(.zh).hasPrefix("shanshui: 错误: [E501] --report sarif \(path) 是目录"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test func aSocketIsRefused() throws {
    let path = try TemporaryDirectory.make("output").appendingPathComponent("s").path
    let server = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #expect(server >= 0)
    defer { close(server) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      for (index, byte) in path.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(server, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    #expect(bound == 0)
    let error = try #require(throws: OutputError.self) { try Self.write("x", to: path) }
    #expect(error.failure == .refused(.socket))
    #expect(Self.kind(path) == S_IFSOCK)
  }

  static let blockDevice: String? = (try? FileManager.default.contentsOfDirectory(atPath: "/dev"))?.sorted()
    .map { "/dev/" + $0 }.first { kind($0) == S_IFBLK }

  @Test(.enabled(if: blockDevice != nil, "no block device in /dev"))
  func aBlockDeviceIsRefusedUntouched() throws {
    let device = try #require(Self.blockDevice)
    let error = try #require(throws: OutputError.self) { try Self.write("x", to: device) }
    #expect(error.failure == .refused(.blockDevice))
    #expect(Self.kind(device) == S_IFBLK)
  }

  /// A path that cannot be written names the option, the path and the system's reason, and an existing file keeps its
  /// content. Root writes anywhere, so as root (CI) the directory is made unreachable instead (a regular file in the
  /// path); a write failing half-way is tested through the CLI under a file-size limit (OutputCommandTests).
  @Test func anUnwritablePathIsAnErrorAndTheOldContentStays() throws {
    let directory = try TemporaryDirectory.make("output")
    let blocker = directory.appendingPathComponent("file")
    try Data("kept".utf8).write(to: blocker)
    let under = blocker.appendingPathComponent("x.json").path
    let error = try #require(throws: OutputError.self) { try Self.write("x", to: under, option: "--write-baseline") }
    #expect(error.failure == .system(ENOTDIR))
    #expect(error.message(.en) == "shanshui: error: [E500] cannot write --write-baseline \(under): Not a directory")
    #expect(error.message(.zh) == "shanshui: 错误: [E500] 无法写入 --write-baseline \(under)：Not a directory")
    #expect(Self.text(blocker) == "kept")
    if geteuid() != 0 {
      let locked = directory.appendingPathComponent("locked")
      try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
      let file = locked.appendingPathComponent("report.json")
      try Data("previous".utf8).write(to: file)
      #expect(chmod(locked.path, 0o555) == 0)
      defer { chmod(locked.path, 0o755) }
      let denied = try #require(throws: OutputError.self) { try Self.write("new", to: file.path) }
      #expect(denied.failure == .system(EACCES))
      #expect(Self.text(file) == "previous")
    }
  }

  @Test func anEmptyPathIsAnError() throws {
    #expect(throws: OutputError.self) { try Self.write("x", to: "") }
  }

  @Test func aDirectoryOfPagesIsCreatedAndAFileInItsPlaceRefused() throws {
    let root = try TemporaryDirectory.make("output")
    let site = root.appendingPathComponent("site/docs")
    try OutputDirectory(path: site.path, option: "--output").write(["README.md": "# x", "themes/a.md": "a"])
    #expect(Self.text(site.appendingPathComponent("themes/a.md")) == "a")
    let file = root.appendingPathComponent("file")
    try Data("kept".utf8).write(to: file)
    let error = try #require(throws: OutputError.self) {
      try OutputDirectory(path: file.path, option: "--output").write(["README.md": "# x"])
    }
    #expect(error.message(.en) == "shanshui: error: [E500] cannot write --output \(file.path): Not a directory")
    #expect(Self.text(file) == "kept")
  }
}

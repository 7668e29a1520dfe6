// The bridge between libFuzzer and a Swift property: each target's `main.swift` calls `fuzz`
// with the property to check on every input.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The property being fuzzed; set once by `fuzz` before libFuzzer starts calling back.
nonisolated(unsafe) private var property: (([UInt8]) -> Void)?

/// libFuzzer's entry point for one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  property?(bytes)
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Runs libFuzzer with the process's arguments (`-max_total_time=60 CORPUS_DIR`, or files to
/// replay) over `check`, which must trap (through `require`) when the property fails.
public func fuzz(_ check: @escaping ([UInt8]) -> Void) -> Never {
  property = check
  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(runDriver(&argc, &argv, fuzzOneInput))
}

/// Stops the run with `message` when `condition` is false: libFuzzer saves the input that
/// caused it as a crash.
public func require(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  if !condition() {
    let text = "\(file):\(line): property failed: \(message())\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    abort()
  }
}

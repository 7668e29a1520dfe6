// A bounded pool of worker threads, and time limits for one piece of work.

import Foundation

/// A fixed number of threads working through numbered items.
///
/// Threads rather than tasks: the work (parsing, converting, validating one file) is
/// synchronous and CPU-bound, and each thread gets a large stack (`stackSize`) so that deeply
/// nested pages cannot overflow it. Items are handed out in order, one at a time, so memory
/// holds at most `jobs` items in flight, however many there are.
public enum WorkerPool {
  /// The stack size of the pool's threads: 16 MiB.
  public static let stackSize = 16 << 20

  /// The number of processors, the default for `jobs`.
  public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Calls `body(i)` for every `i` in `0..<count` on `jobs` threads and returns when all are
  /// done. Items not yet started when `shouldStop()` turns true are passed to `skipped` instead.
  public static func forEach(
    count: Int, jobs: Int, shouldStop: @escaping @Sendable () -> Bool = { false },
    skipped: @escaping @Sendable (Int) -> Void = { _ in },
    body: @escaping @Sendable (Int) -> Void
  ) {
    guard count > 0 else { return }
    let queue = Counter()
    let group = DispatchGroup()
    for _ in 0..<max(1, min(jobs, count)) {
      group.enter()
      let thread = Thread {
        while let index = queue.next(below: count) {
          if shouldStop() { skipped(index) } else { body(index) }
        }
        group.leave()
      }
      thread.stackSize = stackSize
      thread.start()
    }
    group.wait()
  }

  /// `transform` applied to every element on `jobs` threads; the results in input order.
  public static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], jobs: Int, _ transform: @escaping @Sendable (Element) -> Result
  ) -> [Result] {
    let results = Slots<Result>(count: elements.count)
    forEach(count: elements.count, jobs: jobs) { index in
      results.set(index, transform(elements[index]))
    }
    return results.values.map { $0! }
  }

  /// How a piece of work with a time limit ended.
  public enum Timed<Value: Sendable>: Sendable {
    /// It finished with this value.
    case finished(Value)
    /// It did not finish within the limit; its thread was abandoned.
    case timedOut
    /// `isCancelled()` turned true while waiting; its thread was abandoned.
    case cancelled
  }

  /// Runs `work` on a thread of its own and waits at most `seconds` for it (checking
  /// `isCancelled` ten times a second). A thread that overruns is abandoned: it cannot be
  /// stopped safely, so it runs on in the background and its result is dropped.
  public static func run<Value: Sendable>(
    limit seconds: Double?, isCancelled: @escaping @Sendable () -> Bool = { false },
    _ work: @escaping @Sendable () -> Value
  ) -> Timed<Value> {
    guard let seconds else { return .finished(work()) }
    let slot = Slots<Value>(count: 1)
    let done = DispatchSemaphore(value: 0)
    // Each calling thread reuses one helper thread, so that no thread is created per item;
    // a helper that overruns is abandoned and replaced.
    let helper = Helper.ofCurrentThread()
    helper.submit {
      slot.set(0, work())
      done.signal()
    }
    let deadline = DispatchTime.now() + seconds
    while true {
      let step = min(deadline, DispatchTime.now() + 0.1)
      if done.wait(timeout: step) == .success { return .finished(slot.values[0]!) }
      if DispatchTime.now() >= deadline {
        Helper.abandonOfCurrentThread()
        return .timedOut
      }
      if isCancelled() {
        Helper.abandonOfCurrentThread()
        return .cancelled
      }
    }
  }
}

/// A shared counter handing out 0, 1, 2, … under a lock.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func next(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

/// Result slots written by several threads, under a lock.
final class Slots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Value?]

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  var values: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}

/// A flag that any thread may raise and read.
public final class StopFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var raised = false

  /// A lowered flag.
  public init() {}

  /// Raises the flag.
  public func raise() {
    lock.lock()
    raised = true
    lock.unlock()
  }

  /// Whether the flag was raised.
  public var isRaised: Bool {
    lock.lock()
    defer { lock.unlock() }
    return raised
  }
}

/// A thread that runs submitted work one piece at a time, reused by the thread that owns it.
/// An idle helper waits until the process exits (one per worker of a batch).
private final class Helper: @unchecked Sendable {
  private static let key = "tdkt.WorkerPool.helper"
  private let lock = NSLock()
  private let ready = DispatchSemaphore(value: 0)
  private var job: (@Sendable () -> Void)?

  private init() {
    let thread = Thread { [self] in
      while true {
        ready.wait()
        lock.lock()
        let next = job
        job = nil
        lock.unlock()
        next?()
      }
    }
    thread.stackSize = WorkerPool.stackSize
    thread.start()
  }

  /// The helper of the calling thread, created on first use.
  static func ofCurrentThread() -> Helper {
    let dictionary = Thread.current.threadDictionary
    if let helper = dictionary[key] as? Helper { return helper }
    let helper = Helper()
    dictionary[key] = helper
    return helper
  }

  /// Forgets the calling thread's helper (busy with abandoned work); the next call creates
  /// a new one.
  static func abandonOfCurrentThread() {
    Thread.current.threadDictionary.removeObject(forKey: key)
  }

  func submit(_ work: @escaping @Sendable () -> Void) {
    lock.lock()
    job = work
    lock.unlock()
    ready.signal()
  }
}

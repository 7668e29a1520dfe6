import Batch
import Foundation
import Testing

@Suite struct WorkerPoolTests {
  @Test(arguments: [1, 2, 5])
  func mapKeepsInputOrder(jobs: Int) {
    let input = Array(0..<200)
    #expect(WorkerPool.map(input, jobs: jobs) { $0 * $0 } == input.map { $0 * $0 })
  }

  @Test func stopsHandingOutItemsOnceStopped() {
    let flag = StopFlag()
    let skipped = Counted()
    let ran = Counted()
    WorkerPool.forEach(
      count: 100, jobs: 1, shouldStop: { flag.isRaised }, skipped: { _ in skipped.add() },
      body: { index in
        ran.add()
        if index == 9 { flag.raise() }
      })
    #expect(ran.value == 10)
    #expect(skipped.value == 90)
  }

  @Test func abandonsWorkPastItsTimeLimit() {
    let result = WorkerPool.run(limit: 0.2) { () -> Int in
      Thread.sleep(forTimeInterval: 3)
      return 1
    }
    guard case .timedOut = result else {
      Issue.record("expected a time-out, got \(result)")
      return
    }
    guard case .finished(7) = WorkerPool.run(limit: 30, { 7 }) else {
      Issue.record("expected the value")
      return
    }
  }

  @Test func deepRecursionFitsTheWorkerStack() {
    @Sendable func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
    // Far deeper than the 512 KiB default stack of secondary threads allows.
    let results = WorkerPool.map([50_000], jobs: 1) { depth($0) }
    #expect(results == [50_000])
  }
}

final class Counted: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() {
    lock.lock()
    count += 1
    lock.unlock()
  }
  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}

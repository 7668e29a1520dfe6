import Batch
import Testing

@Suite struct ShardTests {
  @Test func parsesKOfN() {
    #expect(Shard(parsing: "2/3") == Shard(index: 2, count: 3))
    #expect(Shard(parsing: "1/1")?.description == "1/1")
    for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", ""] {
      #expect(Shard(parsing: bad) == nil, "\(bad)")
    }
  }

  @Test(arguments: [2, 3, 7])
  func shardsPartitionPathsWithNoOverlapAndNoGap(count: Int) {
    let paths = (0..<500).map { "site-\($0 % 13)/\($0)/trang \($0).html" }
    var owners = [Int](repeating: 0, count: paths.count)
    var sizes = [Int](repeating: 0, count: count)
    for index in 1...count {
      let shard = Shard(index: index, count: count)!
      for (position, path) in paths.enumerated() where shard.contains(relativePath: path) {
        owners[position] += 1
        sizes[index - 1] += 1
      }
    }
    #expect(owners.allSatisfy { $0 == 1 })
    // A hash split is roughly even: no shard gets less than half its share.
    #expect(sizes.allSatisfy { $0 * count * 2 > paths.count })
  }

  @Test func hashIsFNV1a64() {
    // Published FNV-1a 64 test vectors.
    #expect(Shard.hash("") == 0xcbf2_9ce4_8422_2325)
    #expect(Shard.hash("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(Shard.hash("foobar") == 0x8594_4171_f739_67e8)
  }
}

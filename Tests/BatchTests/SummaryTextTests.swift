import Batch
import Testing

@Suite struct SummaryTextTests {
  @Test("One file and one record are written in the singular")
  func singular() {
    var summary = BatchSummary()
    summary.files = 1
    summary.converted = 1
    summary.records = 1
    summary.bytes = 1_000_000
    summary.elapsed = 1
    #expect(
      summary.description
        == "1 file: 1 converted, 0 failed, 0 skipped; 1 record; 1.0 MB in 1.00 s (1.0 MB/s, 1.0 files/s)"
    )
    #expect(counted(0, "record") == "0 records")
    #expect(counted(2, "file") == "2 files")
  }
}

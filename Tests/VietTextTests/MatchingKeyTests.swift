import Testing

@testable import VietText

@Suite("Matching keys")
struct MatchingKeyTests {
  @Test(
    "Spellings of the same name share the exact key",
    arguments: [
      ("Hòa Bình", "Hoà Bình"), ("Thanh Hóa", "THANH HOÁ"),
      ("Việt Nam,Ủy viên", "Việt Nam, Ủy viên"),
      ("Việt Nam , Ủy viên", "việt nam, ủy viên"), ("Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu"),
      ("Bà Rịa — Vũng Tàu", "Bà Rịa-Vũng Tàu"), ("Thừa Thiên‑Huế", "Thừa Thiên - Huế"),
      ("H'Hen Niê", "H’Hen Niê"), ("K\u{02BC}Ho", "K'Ho"), ("Hà\u{00A0}Nội", "Hà  Nội"),
      ("Vie\u{0302}\u{0323}t Nam", "Việt Nam"), ("Tỉnh uỷ Hoà Bình", "Tỉnh ủy Hòa Bình"),
      ("  Sở Nội vụ\n", "sở nội vụ"), ("thi\u{200B}đua", "thiđua"),
    ])
  func sameKey(first: String, second: String) {
    #expect(MatchingKey(first) == MatchingKey(second))
    #expect(MatchingKey(first).exact == MatchingKey(second).exact)
  }

  @Test("Different names have different exact keys")
  func differentKeys() {
    #expect(MatchingKey("Hà Nam") != MatchingKey("Hà Nội"))
    #expect(MatchingKey("Đắk Lắk").exact != MatchingKey("Dak Lak").exact)
    #expect(MatchingKey("Đắk Lắk").ascii == MatchingKey("Dak Lak").ascii)
  }

  @Test("Exact keys are lower case with commas spaced")
  func exactForm() {
    #expect(MatchingKey("Việt Nam,Ủy viên").exact == "việt nam, ủy viên")
    #expect(MatchingKey("ĐẮK LẮK").exact == "đắk lắk")
    #expect(MatchingKey("1,5 tỷ").exact == "1,5 tỷ")
    #expect(MatchingKey("Bà Rịa - Vũng Tàu").exact == "bà rịa-vũng tàu")
  }

  @Test("ASCII keys drop diacritics and map đ to d")
  func asciiKey() {
    #expect(MatchingKey("Đồng chí Nguyễn Văn Đức").ascii == "dong chi nguyen van duc")
    #expect(MatchingKey("Thừa Thiên Huế").ascii == "thua thien hue")
    #expect(MatchingKey("Hoà Bình").ascii == "hoa binh")
    #expect(MatchingKey("Ủy ban").ascii == "uy ban")
  }
}

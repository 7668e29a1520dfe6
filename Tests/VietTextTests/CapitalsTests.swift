import Testing
import VietText

/// Provincial seats name their provinces.
struct CapitalsTests {
  @Test(
    "a seat city, with or without its prefix, names its province",
    arguments: [
      ("TP.Biên Hòa", "75"), ("TP. Biên Hoà", "75"), ("thành phố Biên Hòa", "75"),
      ("Biên Hòa", "75"), ("thành phố Vinh", "40"), ("TP Huế", "46"), ("Hoa Lư", "37"),
      ("Ninh Bình", "37"), ("Thành phố Điện Biên Phủ", "11"), ("thành phố Trà Vinh", "84"),
      ("BIÊN HÒA", "75"), ("Bie\u{302}n Ho\u{300}a", "75"),
    ])
  func seat(text: String, code: String) {
    #expect(ProvincialCapitals.province(seat: text)?.code == code)
  }

  @Test(
    "a name that is no seat gives nothing",
    arguments: ["Kiến Xương", "thành phố", "TP", "", "Trung tâm Văn hóa", "huyện Vinh"])
  func notASeat(text: String) {
    #expect(ProvincialCapitals.province(seat: text) == nil)
  }
}

// The recipients of an award being put together, with an index of the named ones by their
// matching keys: a recipient named again is found without comparing it with every one named
// before (a list of thousands of names, or a page that tells one award's recipients in many
// sentences, would take time quadratic in their number).

import PortalPage
import VietText

/// The exchange's `Recipients` while an award is put together; equal when their values are.
struct DraftRecipients: Equatable {
  var collectives: Int?
  var individuals: Int?
  var households: Int?
  /// The named recipients, in order. `AwardFinder.append(_:to:)` adds them through the index;
  /// set in any other way, the index is built again when next needed.
  var named: [Recipient] = [] {
    didSet { index = nil }
  }
  /// Built once the list is long enough (`indexedCount`), for the list as it is; held by
  /// reference (drafts are many, and copied), copied before a shared one changes.
  private var box: IndexBox?
  private var index: RecipientIndex? {
    get { box?.index }
    set {
      if let newValue {
        if let box, isKnownUniquelyReferenced(&self.box) {
          box.index = newValue
        } else {
          box = IndexBox(newValue)
        }
      } else {
        box = nil
      }
    }
  }
  /// How many named recipients look-ups have compared a key with: the work they did, for tests.
  private(set) var comparisons = 0

  /// From this many named recipients on, look-ups go through the index; shorter lists are
  /// searched (their keys are not kept).
  static let indexedCount = 16

  init(named: [Recipient] = []) {
    self.named = named
  }

  static func == (a: DraftRecipients, b: DraftRecipients) -> Bool {
    a.value == b.value
  }

  /// The recipients as the exchange holds them.
  var value: Recipients {
    Recipients(
      collectives: collectives, individuals: individuals, households: households, named: named)
  }

  /// The first named recipient whose key is `key`.
  mutating func firstIndex(ofKey key: String) -> Int? {
    guard indexed() else {
      comparisons += named.count
      return named.firstIndex { MatchingKey($0.name).exact == key }
    }
    comparisons += 1
    return index?.exact[key]?.first
  }

  /// The first collective whose key ends with " " + `key`, or that `key` ends with " " + its
  /// key ("Vingroup" and "Tập đoàn Vingroup").
  mutating func firstCollective(relatedTo key: String) -> Int? {
    func related(_ other: String) -> Bool {
      key.hasSuffix(" " + other) || other.hasSuffix(" " + key)
    }
    guard indexed(), let index, !index.irregular, RecipientIndex.isRegular(key) else {
      comparisons += named.count
      return named.firstIndex { named in
        named.kind == .collective && related(MatchingKey(named.name).exact)
      }
    }
    var best: Int?
    func consider(_ candidates: [Int]?) {
      for candidate in candidates ?? [] {
        if let best, candidate >= best { return }
        comparisons += 1
        if named[candidate].kind == .collective, related(index.keys[candidate]) {
          best = candidate
          return
        }
      }
    }
    // Keys that are a word suffix of `key`, and keys that `key` is a word suffix of.
    for hash in RecipientIndex.suffixHashes(of: key) { consider(index.collectives[hash]) }
    consider(index.suffixes[RecipientIndex.hash(key)])
    return best
  }

  /// The key of the named recipient at `position`.
  func key(at position: Int) -> String {
    index?.keys[position] ?? MatchingKey(named[position].name).exact
  }

  /// Sets the positions of the named recipient at `position`.
  mutating func setPositions(_ positions: [String], at position: Int) {
    let kept = index
    named[position].positions = positions
    index = kept
  }

  /// Puts `recipient` (its key `key`) in the place of the named recipient at `position`.
  mutating func replace(at position: Int, with recipient: Recipient, key: String) {
    var kept = index
    kept?.remove(position, kind: named[position].kind)
    named[position] = recipient
    kept?.add(position, key: key, kind: recipient.kind)
    index = kept
  }

  /// Adds `recipient` (its key `key`) at the end.
  mutating func append(_ recipient: Recipient, key: String) {
    var kept = index
    named.append(recipient)
    kept?.add(named.count - 1, key: key, kind: recipient.kind)
    index = kept
    _ = indexed()
  }

  /// Whether the index is there, built first when the list is long enough.
  private mutating func indexed() -> Bool {
    if index != nil { return true }
    guard named.count >= Self.indexedCount else { return false }
    var built = RecipientIndex()
    for (position, recipient) in named.enumerated() {
      built.add(position, key: MatchingKey(recipient.name).exact, kind: recipient.kind)
    }
    index = built
    return true
  }
}

/// A recipient index held by reference.
final class IndexBox {
  var index: RecipientIndex
  init(_ index: RecipientIndex) { self.index = index }
}

/// The named recipients by key: every one by its exact key, the collectives by the hash of
/// their key and of each of its word suffixes. Lists are of positions, ascending.
struct RecipientIndex {
  var keys: [String] = []
  var exact: [String: [Int]] = [:]
  var collectives: [UInt64: [Int]] = [:]
  var suffixes: [UInt64: [Int]] = [:]
  /// A key outside `isRegular`: suffix look-ups are searches, as the hashes of bytes may not
  /// tell its suffixes the way the text's comparison does.
  var irregular = false

  mutating func add(_ position: Int, key: String, kind: Recipient.Kind) {
    if position == keys.count { keys.append(key) } else { keys[position] = key }
    Self.insert(position, into: &exact[key, default: []])
    guard kind == .collective else { return }
    if !Self.isRegular(key) { irregular = true }
    Self.insert(position, into: &collectives[Self.hash(key), default: []])
    for hash in Self.suffixHashes(of: key) {
      Self.insert(position, into: &suffixes[hash, default: []])
    }
  }

  mutating func remove(_ position: Int, kind: Recipient.Kind) {
    let key = keys[position]
    Self.delete(position, from: &exact[key])
    guard kind == .collective else { return }
    Self.delete(position, from: &collectives[Self.hash(key)])
    for hash in Self.suffixHashes(of: key) { Self.delete(position, from: &suffixes[hash]) }
  }

  /// Keys of Latin letters, Vietnamese letters and general punctuation: each scalar a
  /// character of its own, no two spellings of one text, so that comparing bytes is comparing
  /// the text.
  static func isRegular(_ key: String) -> Bool {
    key.unicodeScalars.allSatisfy { scalar in
      let v = scalar.value
      return (v >= 0x20 && v < 0x300) || (v >= 0x1E00 && v < 0x1F00) || (v >= 0x2010 && v < 0x2060)
    }
  }

  /// A hash of the bytes of `text`, read from its end.
  static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0
    for byte in text.utf8.reversed() { hash = hash &* 0x100_0000_01B3 &+ UInt64(byte) &+ 1 }
    return hash
  }

  /// The hashes (as `hash`) of the word suffixes of `text`: what follows each of its spaces.
  static func suffixHashes(of text: String) -> [UInt64] {
    var result: [UInt64] = []
    var hash: UInt64 = 0
    for byte in text.utf8.reversed() {
      if byte == 0x20 { result.append(hash) }
      hash = hash &* 0x100_0000_01B3 &+ UInt64(byte) &+ 1
    }
    return result
  }

  private static func insert(_ position: Int, into list: inout [Int]) {
    if let last = list.last, last > position {
      let at = list.firstIndex { $0 > position } ?? list.count
      list.insert(position, at: at)
    } else {
      list.append(position)
    }
  }

  private static func delete(_ position: Int, from list: inout [Int]?) {
    list?.removeAll { $0 == position }
  }
}

// The Vietnamese decoder: never a crash, with or without a declared encoding, and the same text
// for the same bytes.

import FuzzSupport
import VietText

fuzz { bytes in
  let first = decodeText(bytes)
  let second = decodeText(bytes)
  require(first.text == second.text, "decoding is not deterministic")
  for label in ["utf-8", "windows-1258", "TCVN3", "VNI"] {
    _ = decodeText(bytes, declared: label)
  }
}

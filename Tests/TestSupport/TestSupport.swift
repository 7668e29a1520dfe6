// Helpers shared by the test targets: locating the package and its samples, golden-file
// comparison with a readable diff, and running the built `tdkt` binary.

import Foundation

/// The root of the package (the folder holding `Package.swift`), found from this file's path.
public let packageRoot: URL = {
  var url = URL(fileURLWithPath: #filePath)
  while url.path != "/" {
    url.deleteLastPathComponent()
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
      return url
    }
  }
  fatalError("Package.swift not found above \(#filePath)")
}()

/// `Samples/` under the package root.
public let samplesRoot = packageRoot.appendingPathComponent("Samples")

/// The case folders of `Samples/<feature>/`, sorted by name. Each holds one sample.
public func sampleCases(_ feature: String) -> [URL] {
  let folder = samplesRoot.appendingPathComponent(feature)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.sorted().map { folder.appendingPathComponent($0) }.filter { url in
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}

/// The real-web corpus folder: `TDKT_CORPUS`, else `../shared/corpus/real-web` beside the
/// package.
public let realWebCorpusFolder: URL = {
  if let path = ProcessInfo.processInfo.environment["TDKT_CORPUS"], !path.isEmpty {
    return URL(fileURLWithPath: path)
  }
  return packageRoot.appendingPathComponent("../shared/corpus/real-web").standardizedFileURL
}()

/// The HTML pages of the real-web corpus, sorted by name; empty when there is no corpus. Tests
/// over it are `.enabled(if: !realWebCorpusPages.isEmpty)`.
public let realWebCorpusPages: [String] = {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: realWebCorpusFolder.path)) ?? []
  return names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
}()

/// The bytes of a file, or `nil` when it does not exist.
public func contents(of url: URL) -> [UInt8]? {
  FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
}

/// Whether the run should rewrite golden files instead of comparing (`RECORD_GOLDEN=1`).
public var isRecordingGoldens: Bool {
  ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
}

/// Compares `actual` with the golden file at `url`.
///
/// - Returns: `nil` when they match; otherwise a message with a unified diff. Under
///   `RECORD_GOLDEN=1` the file is rewritten and the message says a new baseline was recorded,
///   so the run still fails and nobody mistakes a recording for a pass.
public func compareGolden(_ actual: String, to url: URL) -> String? {
  let expected = contents(of: url).map { String(decoding: $0, as: UTF8.self) }
  if expected == actual { return nil }
  if isRecordingGoldens {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(actual.utf8).write(to: url)
    return "recorded new baseline at \(relativePath(url))"
  }
  guard let expected else {
    return "missing golden file \(relativePath(url)); run with RECORD_GOLDEN=1 to create it"
  }
  return "\(relativePath(url)) differs:\n" + unifiedDiff(expected: expected, actual: actual)
}

/// The path of `url` relative to the package root, for messages.
public func relativePath(_ url: URL) -> String {
  let root = packageRoot.standardizedFileURL.path + "/"
  let path = url.standardizedFileURL.path
  return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
}

/// A line diff of two texts in unified style (`-` expected, `+` actual), with context.
public func unifiedDiff(expected: String, actual: String, context: Int = 2) -> String {
  let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  // Longest common subsequence table; samples are small enough for the quadratic version.
  var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
  for i in stride(from: a.count - 1, through: 0, by: -1) {
    for j in stride(from: b.count - 1, through: 0, by: -1) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  var lines: [(Character, String)] = []
  var i = 0
  var j = 0
  while i < a.count || j < b.count {
    if i < a.count, j < b.count, a[i] == b[j] {
      lines.append((" ", a[i]))
      i += 1
      j += 1
    } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
      lines.append(("+", b[j]))
      j += 1
    } else {
      lines.append(("-", a[i]))
      i += 1
    }
  }
  var keep = Array(repeating: false, count: lines.count)
  for (index, line) in lines.enumerated() where line.0 != " " {
    for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
  }
  var output = "--- expected\n+++ actual\n"
  var skipped = false
  for (index, line) in lines.enumerated() {
    if keep[index] {
      output += "\(line.0)\(line.1)\n"
      skipped = false
    } else if !skipped {
      output += "@@\n"
      skipped = true
    }
  }
  return output
}

/// What a run of a program gave.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
  public var stdoutBytes: [UInt8]
}

/// The `tdkt` executable built beside the test bundle.
public let tdktExecutable: URL = {
  let candidates = [
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    Bundle.main.bundleURL,
    Bundle.main.bundleURL.deletingLastPathComponent(),
  ]
  for folder in candidates {
    let url = folder.appendingPathComponent("tdkt")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return candidates[0].appendingPathComponent("tdkt")
}()

/// Runs `tdkt` with `arguments`, feeding `stdin`, in `directory` (default: the package root).
public func runTDKT(
  _ arguments: [String], stdin: [UInt8] = [], in directory: URL = packageRoot,
  environment: [String: String]? = nil
) throws -> ProcessResult {
  try run(tdktExecutable, arguments, stdin: stdin, in: directory, environment: environment)
}

/// Runs an executable and collects its output. Both pipes are drained concurrently, so large
/// outputs never dead-lock.
public func run(
  _ executable: URL, _ arguments: [String], stdin: [UInt8] = [], in directory: URL = packageRoot,
  environment: [String: String]? = nil
) throws -> ProcessResult {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.currentDirectoryURL = directory
  if let environment { process.environment = environment }
  let input = Pipe()
  let output = Pipe()
  let error = Pipe()
  process.standardInput = input
  process.standardOutput = output
  process.standardError = error
  try process.run()
  let group = DispatchGroup()
  nonisolated(unsafe) var outData = Data()
  nonisolated(unsafe) var errData = Data()
  DispatchQueue.global().async(group: group) {
    outData = output.fileHandleForReading.readDataToEndOfFile()
  }
  DispatchQueue.global().async(group: group) {
    errData = error.fileHandleForReading.readDataToEndOfFile()
  }
  if !stdin.isEmpty { input.fileHandleForWriting.write(Data(stdin)) }
  try? input.fileHandleForWriting.close()
  group.wait()
  process.waitUntilExit()
  return ProcessResult(
    status: process.terminationStatus,
    stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self),
    stdoutBytes: [UInt8](outData))
}

/// A fresh temporary folder, removed by the caller when done.
public func makeTemporaryDirectory(_ label: String = "tdkt-test") throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "\(label)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// `python3`, when installed, for checks independent of tdkt.
public let python3: URL? = {
  for folder in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
    let url = URL(fileURLWithPath: folder).appendingPathComponent("python3")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return nil
}()

/// Runs one mode of ``recordChecksScript`` with `arguments`: exit status 0 when every check
/// holds, else 1 with one line per problem on standard output.
public func runRecordChecks(_ arguments: [String]) throws -> ProcessResult? {
  guard let python3 else { return nil }
  var environment = ProcessInfo.processInfo.environment
  environment["TDKT_PACKAGE_ROOT"] = packageRoot.path
  return try run(python3, ["-c", recordChecksScript] + arguments, environment: environment)
}

/// Checks of summaries and exports computed from the exchange JSON files with Python's standard
/// library alone (`csv`, `json`, `sqlite3`), reading the same `Data/` vocabularies:
/// `summary FOLDER SUMMARY.json`, `queries DB README.md FOLDER` (the README's example queries
/// and the row counts of every table), `csv DB CSV_FOLDER` (the CSV files give the tables'
/// rows), `dump DB` (the database as SQL, on standard output).
public let recordChecksScript = #"""
  # Independent checks of tdkt's summary, SQLite export and CSV export, computed from the
  # exchange JSON files with Python's standard library only.
  import csv, collections, json, os, re, sqlite3, sys, unicodedata

  ROOT = os.environ["TDKT_PACKAGE_ROOT"]  # the package, for Data/

  def read_csv(name):
      with open(os.path.join(ROOT, "Data", name), encoding="utf-8", newline="") as f:
          return list(csv.DictReader(f))

  PROVINCES = read_csv("provinces.csv")
  FORMS = {row["code"]: row for row in read_csv("award-forms.csv")}
  BY_CODE = {row["gso_code"]: row for row in PROVINCES}

  def norm(text):
      text = unicodedata.normalize("NFC", text)
      for new, old in [("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
                       ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
                       ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")]:
          text = re.sub(new + r"(?![a-zà-ỹ])", old, text)
          text = re.sub(new.capitalize() + r"(?![a-zà-ỹ])", old.capitalize(), text)
      return text

  def exchanges(folder):
      seen = {}
      for base, dirs, files in os.walk(folder):
          dirs[:] = sorted(d for d in dirs if not d.startswith("."))
          for name in files:
              path = os.path.join(base, name)
              if not name.endswith(".json") or os.path.relpath(path, folder) == "summary.json":
                  continue
              try:
                  data = json.load(open(path, encoding="utf-8"))
              except ValueError:
                  continue
              if not isinstance(data, dict) or "source" not in data:
                  continue
              seen.setdefault(data["source"]["sha256"], data)
      return [seen[key] for key in sorted(seen)]

  def year(date):
      return int(date[:4]) if date and len(date) >= 4 else None

  def conference_year(c, e):
      return year((c.get("date") or "")) or (c.get("period") or {}).get("year") or year(e["article"].get("published"))

  def successor(p):
      known = BY_CODE.get(p["code"], {})
      return (p.get("mergedIntoCode") or known.get("merged_into_2025_gso_code") or p["code"],
              p.get("mergedInto") or known.get("merged_into_2025") or p["name"])

  def conference_provinces(c):
      result = []
      venue = (c.get("venue") or {}).get("province")
      for p in c.get("provinces", []):
          if p["code"] not in [r[0]["code"] for r in result]:
              result.append((p, venue is not None and venue["code"] == p["code"]))
      if venue and venue["code"] not in [r[0]["code"] for r in result]:
          result.append((venue, True))
      return result

  def linked(a, e):
      for c in e.get("conferences", []):
          if c["id"] == a.get("conference"):
              return c
      return None

  def issuer_province(issuer):
      text = norm(issuer)
      best = None
      for row in PROVINCES:
          for name in [row["name"]] + [s for s in row["alt_spellings"].split("|") if s]:
              for m in re.finditer(r"(?<![\w])" + re.escape(norm(name)) + r"(?![\w])", text):
                  if best is None or m.start() < best[0]:
                      best = (m.start(), row)
      if best is None:
          return None
      row = best[1]
      return {"code": row["gso_code"], "name": row["name"]}

  def award_provinces(a, e):
      issuer = (a.get("decision") or {}).get("issuer")
      if issuer:
          p = issuer_province(issuer)
          if p:
              return [p]
      c = linked(a, e)
      if not c:
          return []
      provinces = conference_provinces(c)
      venues = [p for p, is_venue in provinces if is_venue]
      return venues[:1] if venues else [p for p, _ in provinces]

  def award_year(a, e):
      y = year((a.get("decision") or {}).get("date"))
      if y:
          return y
      c = linked(a, e)
      if c and conference_year(c, e):
          return conference_year(c, e)
      return year(e["article"].get("published"))

  LEVEL_WORDS = [
      ("commune", ["ubnd xã", "ubnd phường", "ubnd thị trấn", "ủy ban nhân dân xã",
                   "ủy ban nhân dân phường", "ủy ban nhân dân thị trấn", "chủ tịch xã", "chủ tịch phường"]),
      ("district", ["ubnd huyện", "ubnd quận", "ubnd thị xã", "ủy ban nhân dân huyện",
                    "ủy ban nhân dân quận", "ủy ban nhân dân thị xã", "chủ tịch huyện", "chủ tịch quận"]),
      ("agency_head", ["giám đốc", "thủ trưởng", "hiệu trưởng", "tổng giám đốc", "viện trưởng",
                       "cục trưởng", "chánh văn phòng"]),
  ]

  def issuer_level(a):
      form = FORMS.get(a["form"]["code"])
      if not form:
          return "unknown"
      levels = form["issuer_level"].split("|")
      issuer = (a.get("decision") or {}).get("issuer")
      if len(levels) > 1 and issuer:
          words = " " + " ".join(norm(issuer).lower().split()) + " "
          for level, phrases in LEVEL_WORDS:
              if level in levels and any(" " + p + " " in words for p in phrases):
                  return level
      return form["issuer_level"]

  def summary(folder):
      pages = exchanges(folder)
      out = {"pages": len(pages), "conferences": 0, "awards": 0, "pagesWithRecords": 0,
             "kinds": collections.Counter(), "forms": {}, "years": collections.defaultdict(lambda: [0, 0]),
             "provinces": collections.defaultdict(lambda: [0, 0]), "successors": {},
           "bySuccessor": collections.defaultdict(lambda: [0, 0]),
             "noProvince": [0, 0], "noYear": [0, 0], "levels": collections.Counter(), "empty": []}
      for e in pages:
          cs, aws = e.get("conferences", []), e.get("awards", [])
          if cs or aws:
              out["pagesWithRecords"] += 1
          else:
              out["empty"].append(e["article"]["title"])
          for c in cs:
              out["conferences"] += 1
              out["kinds"][c["kind"]] += 1
              ps = conference_provinces(c)
              if not ps:
                  out["noProvince"][0] += 1
              for p, _ in ps:
                  out["provinces"][p["code"]][0] += 1
                  out["successors"][p["code"]] = successor(p)
              for code in {successor(p)[0] for p, _ in ps}:
                  out["bySuccessor"][code][0] += 1
              y = conference_year(c, e)
              if y: out["years"][y][0] += 1
              else: out["noYear"][0] += 1
          for a in aws:
              out["awards"] += 1
              ps = award_provinces(a, e)
              if not ps:
                  out["noProvince"][1] += 1
              for p in ps:
                  out["provinces"][p["code"]][1] += 1
                  out["successors"][p["code"]] = successor(p)
              for code in {successor(p)[0] for p in ps}:
                  out["bySuccessor"][code][1] += 1
              y = award_year(a, e)
              if y: out["years"][y][1] += 1
              else: out["noYear"][1] += 1
              f = out["forms"].setdefault(a["form"]["code"], [0, 0, 0, 0, 0])
              r = a["recipients"]
              for i, n in enumerate([1, r.get("collectives", 0), r.get("individuals", 0),
                                     r.get("households", 0), len(r.get("named", []))]):
                  f[i] += n
              out["levels"][issuer_level(a)] += 1
      return out

  def check_summary(folder, summary_path):
      s = json.load(open(summary_path, encoding="utf-8"))
      x = summary(folder)
      problems = []
      def same(label, got, want):
          if got != want:
              problems.append(f"{label}: summary.json has {got!r}, the exchange files give {want!r}")
      for key in ["pages", "conferences", "awards", "pagesWithRecords"]:
          same(key, s[key], x[key])
      same("byConferenceKind", {k["kind"]: k["conferences"] for k in s["byConferenceKind"] if k["conferences"]}, dict(x["kinds"]))
      same("byAwardForm", {f["code"]: [f["awards"], f["collectives"], f["individuals"], f["households"], f["namedRecipients"]] for f in s["byAwardForm"]}, x["forms"])
      same("byYear", {y["year"]: [y["conferences"], y["awards"]] for y in s["byYear"]}, dict(x["years"]))
      same("byProvince", {p["code"]: [p["conferences"], p["awards"]] for p in s["byProvince"]}, dict(x["provinces"]))
      same("successors", {p["code"]: (p["successorCode"], p["successor"]) for p in s["byProvince"]}, x["successors"])
      same("bySuccessor", {p["code"]: [p["conferences"], p["awards"]] for p in s["bySuccessor"]}, dict(x["bySuccessor"]))
      same("withoutProvince", [s["withoutProvince"]["conferences"], s["withoutProvince"]["awards"]], x["noProvince"])
      same("withoutYear", [s["withoutYear"]["conferences"], s["withoutYear"]["awards"]], x["noYear"])
      same("byIssuerLevel", {l["level"]: l["awards"] for l in s["byIssuerLevel"]}, dict(x["levels"]))
      same("pagesWithoutRecords", sorted(p["title"] for p in s["pagesWithoutRecords"]), sorted(x["empty"]))
      return problems

  def readme_queries(readme):
      text = open(readme, encoding="utf-8").read()
      return dict(re.findall(r"<!-- query: ([\w-]+) -->\s*```sql\n(.*?)```", text, re.S))

  RECIPIENT_FORM = "bang_khen_bo_nganh_tinh"

  def expected_rows(folder):
      per = collections.Counter()
      names = {}
      recipients = []
      for e in exchanges(folder):
          for a in e.get("awards", []):
              for p in award_provinces(a, e):
                  per[(p["code"], award_year(a, e))] += 1
                  names[p["code"]] = p["name"]
              if a["form"]["code"] == RECIPIENT_FORM:
                  d = a.get("decision") or {}
                  for seq, r in enumerate(a["recipients"].get("named", [])):
                      recipients.append(((r["name"].encode(), a["id"], seq),
                                         (r["name"], r["kind"], d.get("number"), d.get("date"), e["article"]["title"])))
      def order(row):
          return tuple((v is None, v if v is not None else "") for v in row)
      return {
          "awards-per-province-year": sorted([(c, names[c], y, n) for (c, y), n in per.items()], key=order),
          "recipients-of-form": [row for _, row in sorted(recipients)],
      }

  def check_queries(db, readme, folder):
      queries = readme_queries(readme)
      problems = []
      want = expected_rows(folder)
      if set(queries) != set(want):
          return [f"README queries {sorted(queries)}, expected {sorted(want)}"]
      con = sqlite3.connect(db)
      for name, sql in queries.items():
          got = [tuple(r) for r in con.execute(sql)]
          if name == "awards-per-province-year":
              got = sorted(got, key=lambda row: tuple((v is None, v if v is not None else "") for v in row))
          if got != want[name]:
              problems.append(f"{name}: the database gives {got!r}, expected {want[name]!r}")
          if not got:
              problems.append(f"{name}: no rows")
      return problems

  def check_csv(db, folder):
      con = sqlite3.connect(db)
      problems = []
      tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
      files = sorted(n[:-4] for n in os.listdir(folder) if n.endswith(".csv"))
      if files != tables:
          problems.append(f"CSV files {files}, tables {tables}")
      for table in tables:
          raw = open(os.path.join(folder, table + ".csv"), "rb").read()
          if not raw.startswith(b"\xef\xbb\xbf"):
              problems.append(f"{table}.csv has no byte order mark")
          with open(os.path.join(folder, table + ".csv"), encoding="utf-8-sig", newline="") as f:
              rows = list(csv.reader(f, strict=True))
          cursor = con.execute(f"SELECT * FROM {table}")
          header = [d[0] for d in cursor.description]
          db_rows = sorted([["" if v is None else str(v) for v in row] for row in cursor])
          if rows[0] != header:
              problems.append(f"{table}.csv header {rows[0]}, table columns {header}")
          if sorted(rows[1:]) != db_rows:
              problems.append(f"{table}.csv rows differ from the table ({len(rows) - 1} vs {len(db_rows)})")
      return problems

  def check_counts(db, folder):
      con = sqlite3.connect(db)
      pages = exchanges(folder)
      want = {
          "pages": len(pages),
          "conferences": sum(len(e.get("conferences", [])) for e in pages),
          "awards": sum(len(e.get("awards", [])) for e in pages),
          "participants": sum(len(c.get("participants", [])) for e in pages for c in e.get("conferences", [])),
          "movements": sum(len(c.get("movements", [])) for e in pages for c in e.get("conferences", [])),
          "exemplars": sum(len(c.get("exemplars", [])) for e in pages for c in e.get("conferences", [])),
          "decisions": sum(1 for e in pages for a in e.get("awards", []) if a.get("decision")),
          "recipients": sum(len(a["recipients"].get("named", [])) for e in pages for a in e.get("awards", [])),
          "provinces": sum(len(conference_provinces(c)) for e in pages for c in e.get("conferences", []))
                       + sum(len(award_provinces(a, e)) for e in pages for a in e.get("awards", [])),
      }
      problems = []
      for table, n in want.items():
          got = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
          if got != n:
              problems.append(f"{table}: {got} rows, the exchange files give {n}")
      return problems

  def dump(db):
      con = sqlite3.connect(db)
      return "\n".join(con.iterdump())

  if __name__ == "__main__":
      mode = sys.argv[1]
      if mode == "summary":
          problems = check_summary(sys.argv[2], sys.argv[3])
      elif mode == "queries":
          problems = check_queries(sys.argv[2], sys.argv[3], sys.argv[4]) + check_counts(sys.argv[2], sys.argv[4])
      elif mode == "csv":
          problems = check_csv(sys.argv[2], sys.argv[3])
      elif mode == "dump":
          sys.stdout.write(dump(sys.argv[2]))
          problems = []
      for p in problems:
          print(p)
      sys.exit(1 if problems else 0)
  """#

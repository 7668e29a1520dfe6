import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Python of the Spark example's virtual environment (`make spark-deps`), when it and a
/// Java runtime are there.
let sparkPython: URL? = {
  let python = packageRoot.appendingPathComponent(".build/spark-venv/bin/python")
  let venv = packageRoot.appendingPathComponent(".build/spark-venv/lib")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: venv.path)) ?? []
  let hasSpark = names.contains {
    FileManager.default.fileExists(
      atPath: venv.appendingPathComponent("\($0)/site-packages/pyspark").path)
  }
  let java = ["/usr/bin/java", "/usr/local/bin/java"].contains {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  return hasSpark && java && FileManager.default.isExecutableFile(atPath: python.path)
    ? python : nil
}()

/// The newest tarball of `make dist`, when one was built.
let distTarball: URL? = {
  let folder = packageRoot.appendingPathComponent(".build/dist")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { $0.hasPrefix("tdkt-") && $0.hasSuffix(".tar.gz") }.sorted().last.map {
    folder.appendingPathComponent($0)
  }
}()

@Suite struct SparkExampleTests {
  /// Examples/spark/tests/test_spark.py on Spark local[2]: the samples (and the real-web corpus
  /// when present) through rdd.pipe and `tdkt stream` equal `tdkt batch --format jsonl`; a
  /// WARC made with warcio through the adapter; the Kubernetes manifest under
  /// kubernetes-validate --strict.
  @Test(
    .enabled(
      if: sparkPython != nil,
      "needs .build/spark-venv with pyspark and warcio, and a JRE (make spark-deps)"))
  func samplesAndAWARCThroughSparkEqualBatch() throws {
    let python = try #require(sparkPython)
    let work = try makeTemporaryDirectory("tdkt-spark")
    defer { try? FileManager.default.removeItem(at: work) }
    var arguments = [
      packageRoot.appendingPathComponent("Examples/spark/tests/test_spark.py").path,
      "--tdkt", tdktExecutable.path, "--samples", samplesRoot.path, "--work", work.path,
    ]
    if !realWebCorpusPages.isEmpty { arguments += ["--corpus", realWebCorpusFolder.path] }
    var environment = ProcessInfo.processInfo.environment
    environment["PYSPARK_PYTHON"] = python.path
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    let result = try run(python, arguments, environment: environment)
    #expect(result.status == 0, "\(result.stderr.suffix(6_000))")
  }
}

/// `kubernetes-validate` of the Spark virtual environment (`make spark-deps`), when installed.
let kubernetesValidate: URL? = {
  let url = packageRoot.appendingPathComponent(".build/spark-venv/bin/kubernetes-validate")
  return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
}()

@Suite struct ClusterExampleTests {
  @Test(
    .enabled(
      if: kubernetesValidate != nil,
      "needs kubernetes-validate in .build/spark-venv (make spark-deps)"
    ))
  func theKubernetesIndexedJobPassesStrictValidation() throws {
    let validator = try #require(kubernetesValidate)
    let manifest = packageRoot.appendingPathComponent("Examples/spark/k8s/tdkt-indexed-job.yaml")
    let result = try run(validator, ["--strict", manifest.path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let text = String(decoding: contents(of: manifest) ?? [], as: UTF8.self)
    #expect(text.contains("completionMode: Indexed"))
    #expect(text.contains("--shard \"$((JOB_COMPLETION_INDEX + 1))/${SHARDS}\""))
  }

  /// The Slurm array script is valid shell and passes the array task to --shard.
  @Test func theSlurmArrayScriptParses() throws {
    let script = packageRoot.appendingPathComponent("Examples/spark/slurm/tdkt-array.sbatch")
    let result = try run(URL(fileURLWithPath: "/bin/bash"), ["-n", script.path])
    #expect(result.status == 0, "\(result.stderr)")
    // Run with a stand-in tdkt on PATH that prints its arguments: task 3 of 8.
    let folder = try makeTemporaryDirectory("tdkt-slurm")
    defer { try? FileManager.default.removeItem(at: folder) }
    let standIn = folder.appendingPathComponent("tdkt")
    try Data("#!/bin/sh\necho \"$@\"\n".utf8).write(to: standIn)
    chmod(standIn.path, 0o755)
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = folder.path + ":/usr/bin:/bin"
    environment["IN"] = "/in"
    environment["OUT"] = "/out"
    environment["SLURM_ARRAY_TASK_ID"] = "3"
    environment["SLURM_ARRAY_TASK_COUNT"] = "8"
    environment["SLURM_CPUS_PER_TASK"] = "2"
    let ran = try run(URL(fileURLWithPath: "/bin/bash"), [script.path], environment: environment)
    #expect(ran.status == 0, "\(ran.stderr)")
    #expect(ran.stdout == "batch /in /out --format jsonl --jobs 2 --shard 3/8\n")
  }
}

@Suite struct DistTests {
  /// The tarball of `make dist` runs with nothing of Swift in reach: a bare environment, no
  /// LD_LIBRARY_PATH, no libswift* among its libraries.
  @Test(.enabled(if: distTarball != nil, "needs the tarball of make dist"))
  func theTarballRunsWithoutTheSwiftToolchain() throws {
    let tarball = try #require(distTarball)
    let work = try makeTemporaryDirectory("tdkt-dist")
    defer { try? FileManager.default.removeItem(at: work) }
    let sh = URL(fileURLWithPath: "/bin/sh")
    let unpacked = try run(sh, ["-c", "tar -xzf '\(tarball.path)'"], in: work)
    #expect(unpacked.status == 0, "\(unpacked.stderr)")
    let binary = work.appendingPathComponent("tdkt/bin/tdkt").path
    let libraries = try run(sh, ["-c", "env -i PATH=/usr/bin:/bin ldd '\(binary)'"], in: work)
    #expect(libraries.status == 0, "\(libraries.stderr)")
    #expect(!libraries.stdout.contains("libswift"), "\(libraries.stdout)")
    #expect(!libraries.stdout.contains("not found"), "\(libraries.stdout)")
    #expect(libraries.stdout.contains("libxml2"))
    // The toolchain out of reach: a minimal PATH and no library path, a page converted and
    // streamed, the schema embedded.
    let page = relativePath(pageCases[0].appendingPathComponent("input.html"))
    let script = """
      set -e
      unset LD_LIBRARY_PATH
      if command -v swift >/dev/null; then echo 'swift is in reach' >&2; exit 3; fi
      '\(binary)' --version
      '\(binary)' convert --format json '\(packageRoot.path)/\(page)' > converted.json
      '\(binary)' validate converted.json
      printf '%s\\n' '\(packageRoot.path)/\(page)' | '\(binary)' stream > streamed.jsonl
      '\(binary)' schema > schema.xsd
      """
    let bare = try run(
      URL(fileURLWithPath: "/usr/bin/env"), ["-i", "PATH=/usr/bin:/bin", "/bin/sh", "-c", script],
      in: work)
    #expect(bare.status == 0, "\(bare.stdout)\n\(bare.stderr)")
    #expect(bare.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == tdktVersionOfBuild())
    // The same exchange as the tdkt under test.
    let reference = try runTDKT(["convert", "--format", "json", page])
    let converted = contents(of: work.appendingPathComponent("converted.json"))
    #expect(converted == reference.stdoutBytes)
    let streamed = String(
      decoding: contents(of: work.appendingPathComponent("streamed.jsonl")) ?? [], as: UTF8.self)
    #expect(streamed.hasSuffix(",\"exchange\":\(compactJSON(reference.stdoutBytes))}\n"))
  }
}

/// `tdkt --version` of the tdkt under test.
func tdktVersionOfBuild() -> String {
  ((try? runTDKT(["--version"]))?.stdout ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
}

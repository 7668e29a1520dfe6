// Batch: converting and checking whole directory trees of pages and exchange files.
//
// The pieces, each usable alone: `Walker` (recursive, deterministic selection of inputs),
// `Glob` and `FileSelection` (include/exclude patterns and the default page filter), `Shard`
// (a stable split of a corpus over several machines), `WorkerPool` (a bounded pool of threads
// with per-item time limits), `OutputTree` (atomic writes confined to an output folder),
// `Manifest` (the crash-safe record of what was done, for `--resume`), `ProgressReporter`, and
// `BatchRunner`, which puts them together around a conversion closure (`PageConverter` in the
// command-line tool).

/// The version of tdkt, recorded in batch manifests so that `--resume` redoes inputs converted
/// by another version.
public let tdktVersion = "0.1.0"

// zlib, for the gzip JSON-lines parts of `tdkt batch --format jsonl`.
#include <zlib.h>

/* The floor of a page conversion: libxml2's recovering HTML parse of each file, nothing else.
 *
 * Usage: parse-floor FILE...  (or file names on standard input, one per line, with no argument)
 * Prints: files, bytes, seconds (reading and parsing, one core). */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void silent(void *context, xmlErrorPtr error) {
  (void)context;
  (void)error;
}

static int parse_file(const char *path, long *bytes) {
  FILE *file = fopen(path, "rb");
  if (!file) return 0;
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *buffer = malloc(size > 0 ? size : 1);
  size_t got = fread(buffer, 1, size, file);
  fclose(file);
  htmlDocPtr doc = htmlReadMemory(buffer, (int)got, path, NULL,
                                  HTML_PARSE_RECOVER | HTML_PARSE_NONET);
  if (doc) xmlFreeDoc(doc);
  free(buffer);
  *bytes += (long)got;
  return 1;
}

int main(int argc, char **argv) {
  xmlInitParser();
  xmlSetStructuredErrorFunc(NULL, silent);
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  long files = 0, bytes = 0;
  if (argc > 1) {
    for (int i = 1; i < argc; i++) files += parse_file(argv[i], &bytes);
  } else {
    char line[8192];
    while (fgets(line, sizeof line, stdin)) {
      line[strcspn(line, "\n")] = 0;
      if (*line) files += parse_file(line, &bytes);
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
  printf("%ld %ld %.6f\n", files, bytes, seconds);
  return 0;
}

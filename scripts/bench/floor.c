/* The floor for `make bench`: the least work any tool must do for a build of the same
 * project, on one core. libyaml's events over every account's front matter, cmark over
 * every body, one pass over the scorecard CSV bytes, then writing the same number of
 * bytes into the same files and folders as Lynchpin's own output.
 *
 *     floor PROJECT SITE OUT      (SITE: a site Lynchpin built, for the layout and sizes)
 *
 * Prints the seconds of each part and in all. Built by scripts/bench/run.py with the
 * system's cc against Debian's libyaml-dev and libcmark-dev. */
#define _XOPEN_SOURCE 700
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(n + 1);
    if (fread(text, 1, n, f) != (size_t)n) { perror(path); exit(1); }
    text[n] = 0;
    fclose(f);
    *size = n;
    return text;
}

static long yaml_events(const char *text, size_t size) {
    yaml_parser_t parser;
    yaml_event_t event;
    long count = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "floor: YAML error\n"); exit(1); }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        count++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    return count;
}

static double yaml_seconds, cmark_seconds, csv_seconds, write_seconds;
static long yaml_count, html_bytes, csv_fields;

static void account(const char *path) {
    size_t size;
    char *text = slurp(path, &size);
    char *start = strstr(text, "---\n");
    char *end = start ? strstr(start + 4, "\n---\n") : NULL;
    if (!start || !end) { fprintf(stderr, "floor: no front matter in %s\n", path); exit(1); }
    double t = now();
    yaml_count += yaml_events(start + 4, end - (start + 4) + 1);
    yaml_seconds += now() - t;
    t = now();
    char *html = cmark_markdown_to_html(end + 5, strlen(end + 5), CMARK_OPT_DEFAULT);
    html_bytes += strlen(html);
    free(html);
    cmark_seconds += now() - t;
    free(text);
}

static void scorecard(const char *path) {
    size_t size;
    char *text = slurp(path, &size);
    double t = now();
    for (size_t i = 0; i < size; i++) csv_fields += text[i] == ',' || text[i] == '\n';
    csv_seconds += now() - t;
    free(text);
}

static void each_file(const char *folder, void (*visit)(const char *)) {
    DIR *dir = opendir(folder);
    if (!dir) return;
    struct dirent *entry;
    char path[4096];
    while ((entry = readdir(dir))) {
        if (entry->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/%s", folder, entry->d_name);
        visit(path);
    }
    closedir(dir);
}

static const char *site_root, *out_root;
static char *filler;
static size_t filler_size;

static int copy_layout(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)ftw;
    char target[4096];
    snprintf(target, sizeof target, "%s%s", out_root, path + strlen(site_root));
    if (type == FTW_D) {
        if (mkdir(target, 0755) != 0 && errno != EEXIST) { perror(target); exit(1); }
    } else if (type == FTW_F) {
        size_t size = info->st_size;
        if (size > filler_size) { filler = realloc(filler, size); memset(filler, 'x', size); filler_size = size; }
        int fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || write(fd, filler, size) != (ssize_t)size) { perror(target); exit(1); }
        close(fd);
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: floor PROJECT SITE OUT\n"); return 64; }
    char folder[4096];
    double start = now();
    snprintf(folder, sizeof folder, "%s/content/accounts", argv[1]);
    each_file(folder, account);
    snprintf(folder, sizeof folder, "%s/content/scorecards", argv[1]);
    each_file(folder, scorecard);
    site_root = argv[2];
    out_root = argv[3];
    double t = now();
    nftw(site_root, copy_layout, 64, FTW_PHYS);
    write_seconds = now() - t;
    double total = now() - start;
    printf("yaml %.3f cmark %.3f csv %.3f write %.3f total %.3f (%ld events, %ld bytes of HTML, %ld CSV fields)\n",
           yaml_seconds, cmark_seconds, csv_seconds, write_seconds, total, yaml_count, html_bytes, csv_fields);
    return 0;
}

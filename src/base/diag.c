/*
 * diag.c — diagnostics as data: built, encoded for the incremental cache,
 * decoded when a green query replays them, and rendered in rustc's format.
 */
#include "base.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static char *
vfmt(const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0)
        n = 0;
    char *s = xmalloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

Diag *
diag_new(DiagLevel level, const char *code, DiagSpan span, const char *fmt, ...)
{
    Diag *d = xcalloc(1, sizeof *d);
    d->level = level;
    snprintf(d->code, sizeof d->code, "%s", code ? code : "");
    d->span = span;
    va_list ap;
    va_start(ap, fmt);
    d->msg = vfmt(fmt, ap);
    va_end(ap);
    return d;
}

void
diag_note(Diag *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vec_push(&d->notes, vfmt(fmt, ap));
    va_end(ap);
}

static void
free_str(char *s)
{
    if (s)
        xfree(s, strlen(s) + 1);
}

void
diag_free(Diag *d)
{
    if (!d)
        return;
    free_str(d->msg);
    free_str(d->label);
    for (uint32_t i = 0; i < d->notes.len; i++)
        free_str(d->notes.data[i]);
    vec_free(&d->notes);
    xfree(d, sizeof *d);
}

void
diag_encode(const Diag *d, Buf *b)
{
    buf_u8(b, (uint8_t)d->level);
    buf_str(b, d->code, strlen(d->code));
    buf_str(b, d->msg, strlen(d->msg));
    buf_fp(b, d->span.anchor);
    buf_u32(b, d->span.lo);
    buf_u32(b, d->span.hi);
    buf_str(b, d->label ? d->label : "", d->label ? strlen(d->label) : 0);
    buf_u32(b, d->notes.len);
    for (uint32_t i = 0; i < d->notes.len; i++)
        buf_str(b, d->notes.data[i], strlen(d->notes.data[i]));
}

Diag *
diag_decode(Reader *r)
{
    uint32_t n;
    uint8_t level = rd_u8(r);
    const char *code = rd_str(r, &n);
    if (level >= DIAG_LEVEL_N || n >= 8)
        r->bad = true;
    if (r->bad)
        return NULL;
    Diag *d = xcalloc(1, sizeof *d);
    d->level = (DiagLevel)level;
    memcpy(d->code, code, n);
    const char *msg = rd_str(r, &n);
    d->msg = xstrndup(msg, n);
    d->span.anchor = rd_fp(r);
    d->span.lo = rd_u32(r);
    d->span.hi = rd_u32(r);
    const char *label = rd_str(r, &n);
    d->label = n ? xstrndup(label, n) : NULL;
    uint32_t nnotes = rd_u32(r);
    for (uint32_t i = 0; i < nnotes && !r->bad; i++) {
        const char *note = rd_str(r, &n);
        if (!r->bad)
            vec_push(&d->notes, xstrndup(note, n));
    }
    if (r->bad || d->span.lo > d->span.hi) {
        r->bad = true;
        diag_free(d);
        return NULL;
    }
    return d;
}

const char *
diag_level_name(DiagLevel l)
{
    switch (l) {
    case DIAG_ERROR:
        return "error";
    case DIAG_WARNING:
        return "warning";
    case DIAG_NOTE:
        return "note";
    case DIAG_LEVEL_N:
        break;
    }
    unreachable();
}

/* Line starts of the most recent text: many diagnostics in one file cost one pass. */
static struct {
    const char *text;
    size_t len;
    uint32_t *starts;
    uint32_t n, cap;
} lines_cache;

void
diag_forget_lines(void)
{
    lines_cache.text = NULL;
    lines_cache.len = 0;
    lines_cache.n = 0;
}

uint32_t
diag_line_of(const char *text, size_t len, size_t pos, size_t *line_start)
{
    if (lines_cache.text != text || lines_cache.len != len) {
        lines_cache.n = 0;
        lines_cache.text = text;
        lines_cache.len = len;
        for (size_t i = 0; i <= len; i++) {
            if (i == 0 || text[i - 1] == '\n') {
                if (lines_cache.n == lines_cache.cap) {
                    uint32_t nc = lines_cache.cap ? lines_cache.cap * 2 : 256;
                    lines_cache.starts = xrealloc(lines_cache.starts,
                                                  lines_cache.cap * sizeof(uint32_t),
                                                  nc * sizeof(uint32_t));
                    lines_cache.cap = nc;
                }
                lines_cache.starts[lines_cache.n++] = (uint32_t)i;
            }
        }
    }
    uint32_t lo = 0, hi = lines_cache.n;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (lines_cache.starts[mid] <= pos)
            lo = mid;
        else
            hi = mid;
    }
    if (line_start)
        *line_start = lines_cache.n ? lines_cache.starts[lo] : 0;
    return lo + 1;
}

void
diag_render(const Diag *d, FILE *out, DiagAnchorFn resolve, void *ctx)
{
    fprintf(out, "%s", diag_level_name(d->level));
    if (d->code[0])
        fprintf(out, "[%s]", d->code);
    fprintf(out, ": %s\n", d->msg);

    const char *file = NULL, *text = NULL;
    size_t text_len = 0;
    uint32_t base = 0;
    bool located = !fp_eq(d->span.anchor, FP_ZERO) && resolve &&
                   resolve(ctx, d->span.anchor, &file, &text, &text_len, &base);
    int gutter = 1;
    if (located) {
        /* spans are relative to their anchor and may precede it (attributes) */
        size_t lo = (uint32_t)(base + d->span.lo), hi = (uint32_t)(base + d->span.hi);
        if (lo > text_len)
            lo = text_len;
        if (hi > text_len)
            hi = text_len;
        size_t line_start;
        unsigned line = diag_line_of(text, text_len, lo, &line_start);
        size_t line_end = lo;
        while (line_end < text_len && text[line_end] != '\n' && line_end - lo < 4096)
            line_end++;
        unsigned col = (unsigned)(lo - line_start) + 1;
        char num[16];
        gutter = snprintf(num, sizeof num, "%u", line);
        fprintf(out, "%*s--> %s:%u:%u\n", gutter, "", file, line, col);
        fprintf(out, "%*s |\n", gutter, "");
        /* a long line is shown as a window around the span, as rustc does */
        size_t show_lo = line_start, show_hi = line_end;
        const char *pre = "", *post = "";
        if (lo - line_start > 80) {
            show_lo = lo - 40;
            while (show_lo > line_start && (text[show_lo] & 0xC0) == 0x80)
                show_lo--;
            pre = "...";
        }
        size_t span_end = hi > line_end ? line_end : hi;
        if (line_end > span_end + 80 || line_end - show_lo > 400) {
            show_hi = span_end + 40 < line_end ? span_end + 40 : line_end;
            if (show_hi - show_lo > 400)
                show_hi = show_lo + 400;
            while (show_hi < line_end && (text[show_hi] & 0xC0) == 0x80)
                show_hi++;
            post = "...";
        }
        fprintf(out, "%s | %s%.*s%s\n", num, pre, (int)(show_hi - show_lo), text + show_lo, post);
        size_t carets = span_end - lo;
        if (carets == 0)
            carets = 1;
        if (carets > show_hi - lo + 1)
            carets = show_hi > lo ? show_hi - lo : 1;
        fprintf(out, "%*s | %*s", gutter, "", (int)(lo - show_lo + strlen(pre)), "");
        for (size_t i = 0; i < carets; i++)
            fputc('^', out);
        if (d->label)
            fprintf(out, " %s", d->label);
        fputc('\n', out);
    }
    if (d->notes.len) {
        if (located)
            fprintf(out, "%*s |\n", gutter, "");
        for (uint32_t i = 0; i < d->notes.len; i++)
            fprintf(out, "%*s = note: %s\n", gutter, "", d->notes.data[i]);
    }
    fputc('\n', out);
}

/* ---- JSON ---------------------------------------------------------------- */

static void
json_str(Buf *b, const char *s, size_t n)
{
    buf_u8(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"':
            buf_printf(b, "\\\"");
            break;
        case '\\':
            buf_printf(b, "\\\\");
            break;
        case '\n':
            buf_printf(b, "\\n");
            break;
        case '\t':
            buf_printf(b, "\\t");
            break;
        case '\r':
            buf_printf(b, "\\r");
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                buf_printf(b, "\\u%04x", c);
            else
                buf_u8(b, c);
        }
    }
    buf_u8(b, '"');
}

static void
line_col(const char *text, size_t len, size_t pos, unsigned *line, unsigned *col, size_t *ls,
         size_t *le)
{
    if (pos > len)
        pos = len;
    size_t start;
    unsigned l = diag_line_of(text, len, pos, &start);
    size_t end = pos;
    while (end < len && text[end] != '\n')
        end++;
    /* columns count characters, as rustc's do */
    unsigned c = 1;
    for (size_t i = start; i < pos; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            c++;
    *line = l;
    *col = c;
    *ls = start;
    *le = end;
}

void
diag_render_json(const Diag *d, FILE *out, DiagAnchorFn resolve, void *ctx)
{
    Buf b = {0};
    buf_printf(&b, "{\"$message_type\":\"diagnostic\",\"message\":");
    json_str(&b, d->msg, strlen(d->msg));
    if (d->code[0]) {
        buf_printf(&b, ",\"code\":{\"code\":");
        json_str(&b, d->code, strlen(d->code));
        buf_printf(&b, ",\"explanation\":null}");
    } else {
        buf_printf(&b, ",\"code\":null");
    }
    buf_printf(&b, ",\"level\":\"%s\",\"spans\":[", diag_level_name(d->level));
    const char *file = NULL, *text = NULL;
    size_t text_len = 0;
    uint32_t base = 0;
    if (!fp_eq(d->span.anchor, FP_ZERO) && resolve &&
        resolve(ctx, d->span.anchor, &file, &text, &text_len, &base)) {
        size_t lo = (uint32_t)(base + d->span.lo), hi = (uint32_t)(base + d->span.hi);
        if (lo > text_len)
            lo = text_len;
        if (hi > text_len)
            hi = text_len;
        unsigned l1, c1, l2, c2;
        size_t ls, le, ls2, le2;
        line_col(text, text_len, lo, &l1, &c1, &ls, &le);
        line_col(text, text_len, hi, &l2, &c2, &ls2, &le2);
        buf_printf(&b, "{\"file_name\":");
        json_str(&b, file, strlen(file));
        buf_printf(&b,
                   ",\"byte_start\":%zu,\"byte_end\":%zu,\"line_start\":%u,\"line_end\":%u,"
                   "\"column_start\":%u,\"column_end\":%u,\"is_primary\":true,\"text\":[{\"text\":",
                   lo, hi, l1, l2, c1, c2);
        json_str(&b, text + ls, le - ls);
        buf_printf(&b, ",\"highlight_start\":%u,\"highlight_end\":%u}],\"label\":", c1,
                   l2 == l1 ? c2 : (unsigned)(le - ls) + 1);
        if (d->label)
            json_str(&b, d->label, strlen(d->label));
        else
            buf_printf(&b, "null");
        buf_printf(&b, ",\"suggested_replacement\":null,\"suggestion_applicability\":null,"
                       "\"expansion\":null}");
    }
    buf_printf(&b, "],\"children\":[");
    for (uint32_t i = 0; i < d->notes.len; i++) {
        buf_printf(&b, "%s{\"message\":", i ? "," : "");
        json_str(&b, d->notes.data[i], strlen(d->notes.data[i]));
        buf_printf(&b, ",\"code\":null,\"level\":\"note\",\"spans\":[],\"children\":[],"
                       "\"rendered\":null}");
    }
    buf_printf(&b, "],\"rendered\":");
    /* the human rendering, as rustc includes it */
    char *rendered = NULL;
    size_t rlen = 0;
    FILE *mem = open_memstream(&rendered, &rlen);
    if (mem) {
        diag_render(d, mem, resolve, ctx);
        fclose(mem);
        json_str(&b, rendered, rlen);
        free(rendered);
    } else {
        buf_printf(&b, "null");
    }
    buf_printf(&b, "}\n");
    fwrite(b.data, 1, b.len, out);
    buf_free(&b);
}

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
        size_t lo = (size_t)base + d->span.lo, hi = (size_t)base + d->span.hi;
        if (lo > text_len)
            lo = text_len;
        if (hi > text_len)
            hi = text_len;
        size_t line_start = lo;
        while (line_start > 0 && text[line_start - 1] != '\n')
            line_start--;
        size_t line_end = lo;
        while (line_end < text_len && text[line_end] != '\n')
            line_end++;
        unsigned line = 1;
        for (size_t i = 0; i < line_start; i++)
            line += text[i] == '\n';
        unsigned col = (unsigned)(lo - line_start) + 1;
        char num[16];
        gutter = snprintf(num, sizeof num, "%u", line);
        fprintf(out, "%*s--> %s:%u:%u\n", gutter, "", file, line, col);
        fprintf(out, "%*s |\n", gutter, "");
        fprintf(out, "%s | %.*s\n", num, (int)(line_end - line_start), text + line_start);
        size_t carets = (hi > line_end ? line_end : hi) - lo;
        if (carets == 0)
            carets = 1;
        fprintf(out, "%*s | %*s", gutter, "", (int)(lo - line_start), "");
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

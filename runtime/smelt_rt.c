/*
 * smelt_rt.c — process start and exit, stdout/stderr, panics and the allocator of the
 * runtime (see smelt_rt.h). Each imitates what rustc 1.95's std does on Linux.
 */
#define _POSIX_C_SOURCE 200809L

#include "smelt_rt.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---------------------------------------------------------------- process */

static int rt_argc;
static char **rt_argv;

/* Rust's std (sys::pal::unix::init) reopens a closed fd 0, 1 or 2 on /dev/null, so that a
 * file opened later never becomes "stdout" by accident. */
static void
sanitize_standard_fds(void)
{
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            int got = open("/dev/null", O_RDWR);
            if (got == -1)
                abort(); /* as std: no /dev/null, no program */
            if (got != fd) {
                dup2(got, fd);
                close(got);
            }
        }
    }
}

void
smelt_rt_init(int argc, char **argv)
{
    rt_argc = argc;
    rt_argv = argv;
    sanitize_standard_fds();
    /* Rust's default: EPIPE comes back as an error from write instead of killing us */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, NULL);
}

int
smelt_rt_exit(void)
{
    (void)smelt_rt_flush_stdout(); /* std::rt::cleanup ignores a failed flush */
    return 0;
}

int
smelt_rt_argc(void)
{
    return rt_argc;
}

const char *
smelt_rt_argv(int i)
{
    return (i >= 0 && i < rt_argc) ? rt_argv[i] : NULL;
}

/* ----------------------------------------------------------------- output */

/* An error from write_all: an errno value, or WRITE_ZERO for a write that returned 0. */
enum { WRITE_OK = 0, WRITE_ZERO = -1 };

/* Writes all n bytes to fd, retrying on EINTR; *done says how many went out. As std's
 * stdio handles, EBADF counts as success (the whole buffer "written"). */
static int
write_all(int fd, const uint8_t *p, size_t n, size_t *done)
{
    size_t off = 0;
    while (off < n) {
        size_t chunk = n - off;
        if (chunk > (size_t)SSIZE_MAX)
            chunk = (size_t)SSIZE_MAX;
        ssize_t w = write(fd, p + off, chunk);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EBADF) {
                off = n;
                break;
            }
            *done = off;
            return errno;
        }
        if (w == 0) {
            *done = off;
            return WRITE_ZERO;
        }
        off += (size_t)w;
    }
    *done = off;
    return WRITE_OK;
}

/* stdout is LineWriter<StdoutRaw> with BufWriter's default capacity for it */
#define STDOUT_CAP 1024
static uint8_t out_buf[STDOUT_CAP];
static size_t out_len;

/* BufWriter::flush_buf: on error, what was written is dropped and the rest stays. */
static int
out_flush_buf(void)
{
    size_t done = 0;
    int err = write_all(1, out_buf, out_len, &done);
    if (done > 0 && done < out_len)
        memmove(out_buf, out_buf + done, out_len - done);
    out_len -= done;
    return err;
}

/* BufWriter::write_all */
static int
out_buffered_write_all(const uint8_t *p, size_t n)
{
    if (n > STDOUT_CAP - out_len) {
        int err = out_flush_buf();
        if (err != WRITE_OK)
            return err;
    }
    if (n >= STDOUT_CAP) {
        size_t done;
        return write_all(1, p, n, &done);
    }
    memcpy(out_buf + out_len, p, n);
    out_len += n;
    return WRITE_OK;
}

static const uint8_t *
last_newline(const uint8_t *p, size_t n)
{
    while (n > 0) {
        n--;
        if (p[n] == '\n')
            return p + n;
    }
    return NULL;
}

/* LineWriterShim::write_all */
static int
out_write_all(const uint8_t *p, size_t n)
{
    const uint8_t *nl = last_newline(p, n);
    if (!nl) {
        if (out_len > 0 && out_buf[out_len - 1] == '\n') {
            int err = out_flush_buf();
            if (err != WRITE_OK)
                return err;
        }
        return out_buffered_write_all(p, n);
    }
    size_t lines = (size_t)(nl - p) + 1;
    int err;
    if (out_len == 0) {
        size_t done;
        err = write_all(1, p, lines, &done);
    } else {
        err = out_buffered_write_all(p, lines);
        if (err == WRITE_OK)
            err = out_flush_buf();
    }
    if (err != WRITE_OK)
        return err;
    return out_buffered_write_all(p + lines, n - lines);
}

bool
smelt_rt_flush_stdout(void)
{
    return out_flush_buf() == WRITE_OK;
}

/* Where std's print_to panics when a print fails (library/std/src/io/stdio.rs, rustc 1.95.0
 * as distributed: the path carries the /rustc/COMMIT/ remapping of the official builds). */
static const char print_to_file[] =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/stdio.rs";
enum { PRINT_TO_LINE = 1165, PRINT_TO_COL = 9 };

/* panic!("failed printing to {label}: {e}") with e an io::Error's Display */
_Noreturn static void
print_failed(const char *label, int err)
{
    char msg[256];
    int n;
    if (err == WRITE_ZERO)
        n = snprintf(msg, sizeof msg, "failed printing to %s: failed to write whole buffer", label);
    else
        n = snprintf(msg, sizeof msg, "failed printing to %s: %s (os error %d)", label,
                     strerror(err), err);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof msg)
        n = (int)sizeof msg - 1;
    smelt_rt_panic((const uint8_t *)msg, (size_t)n, print_to_file, PRINT_TO_LINE, PRINT_TO_COL);
}

void
smelt_rt_write_stdout(const uint8_t *p, size_t n)
{
    int err = out_write_all(p, n);
    if (err != WRITE_OK)
        print_failed("stdout", err);
}

void
smelt_rt_write_stderr(const uint8_t *p, size_t n)
{
    size_t done;
    int err = write_all(2, p, n, &done);
    if (err != WRITE_OK)
        print_failed("stderr", err);
}

/* ----------------------------------------------------------------- panics */

static void
err_write(const void *p, size_t n)
{
    size_t done;
    (void)write_all(2, (const uint8_t *)p, n, &done); /* the hook ignores a failing stderr */
}

static void
err_puts(const char *s)
{
    err_write(s, strlen(s));
}

_Noreturn void
smelt_rt_panic(const uint8_t *msg, size_t n, const char *file, uint32_t line, uint32_t col)
{
    char head[64];
    int len = snprintf(head, sizeof head, "\nthread 'main' (%ld) panicked at ", (long)getpid());
    err_write(head, (size_t)len);
    err_puts(file);
    len = snprintf(head, sizeof head, ":%lu:%lu:\n", (unsigned long)line, (unsigned long)col);
    err_write(head, (size_t)len);
    err_write(msg, n);
    err_puts("\nnote: run with `RUST_BACKTRACE=1` environment variable to display a "
             "backtrace\n");
    /* main "returns" 101; std::rt::cleanup then flushes stdout, ignoring errors */
    (void)smelt_rt_flush_stdout();
    exit(101);
}

_Noreturn void
smelt_rt_panic_str(const char *msg, const char *file, uint32_t line, uint32_t col)
{
    smelt_rt_panic((const uint8_t *)msg, strlen(msg), file, line, col);
}

#define CONST_PANIC(name, text)                                                               \
    _Noreturn void name(const char *file, uint32_t line, uint32_t col)                          \
    {                                                                                          \
        smelt_rt_panic((const uint8_t *)text, sizeof text - 1, file, line, col);              \
    }

CONST_PANIC(smelt_rt_panic_add_overflow, "attempt to add with overflow")
CONST_PANIC(smelt_rt_panic_sub_overflow, "attempt to subtract with overflow")
CONST_PANIC(smelt_rt_panic_mul_overflow, "attempt to multiply with overflow")
CONST_PANIC(smelt_rt_panic_neg_overflow, "attempt to negate with overflow")
CONST_PANIC(smelt_rt_panic_shl_overflow, "attempt to shift left with overflow")
CONST_PANIC(smelt_rt_panic_shr_overflow, "attempt to shift right with overflow")
CONST_PANIC(smelt_rt_panic_div_by_zero, "attempt to divide by zero")
CONST_PANIC(smelt_rt_panic_rem_by_zero, "attempt to calculate the remainder with a divisor of zero")
CONST_PANIC(smelt_rt_panic_div_overflow, "attempt to divide with overflow")
CONST_PANIC(smelt_rt_panic_rem_overflow, "attempt to calculate the remainder with overflow")

_Noreturn void
smelt_rt_panic_bounds(size_t index, size_t len, const char *file, uint32_t line, uint32_t col)
{
    char msg[96];
    int n = snprintf(msg, sizeof msg, "index out of bounds: the len is %zu but the index is %zu",
                     len, index);
    smelt_rt_panic((const uint8_t *)msg, (size_t)n, file, line, col);
}

_Noreturn void
smelt_rt_panic_slice(int what, size_t a, size_t b, const char *file, uint32_t line, uint32_t col)
{
    char msg[128];
    int n;
    switch (what) {
    case 0:
        n = snprintf(msg, sizeof msg, "range start index %zu out of range for slice of length %zu", a, b);
        break;
    case 1:
        n = snprintf(msg, sizeof msg, "range end index %zu out of range for slice of length %zu", a, b);
        break;
    case 2:
        n = snprintf(msg, sizeof msg, "slice index starts at %zu but ends at %zu", a, b);
        break;
    case 3:
        n = snprintf(msg, sizeof msg, "attempted to index slice up to maximum usize");
        break;
    default:
        n = snprintf(msg, sizeof msg, "attempted to index str up to maximum usize");
        break;
    }
    smelt_rt_panic((const uint8_t *)msg, (size_t)n, file, line, col);
}

static int
char_boundary(const uint8_t *p, size_t len, size_t i)
{
    return i == 0 || i == len || (i < len && (p[i] & 0xC0) != 0x80);
}

static size_t
floor_char_boundary(const uint8_t *p, size_t len, size_t i)
{
    if (i >= len)
        return len;
    while (i > 0 && !char_boundary(p, len, i))
        i--;
    return i;
}

void
smelt_rt_str_slice_check(const uint8_t *p, size_t len, size_t a, size_t b, const char *file,
                         uint32_t line, uint32_t col)
{
    if (a <= b && b <= len && char_boundary(p, len, a) && char_boundary(p, len, b))
        return;
    size_t t = floor_char_boundary(p, len, 256);
    const char *ell = t < len ? "[...]" : "";
    size_t cap = t + 256, n = 0;
    char *msg = malloc(cap);
    if (!msg)
        abort();
    if (a > len || b > len)
        n = (size_t)snprintf(msg, cap, "%s byte index %zu is out of bounds of `%.*s`%s",
                             a > len ? "start" : "end", a > len ? a : b, (int)t, (const char *)p, ell);
    else if (a > b)
        n = (size_t)snprintf(msg, cap, "begin > end (%zu > %zu) when slicing `%.*s`%s", a, b, (int)t,
                             (const char *)p, ell);
    else {
        int start = !char_boundary(p, len, a);
        size_t i = start ? a : b, cs = floor_char_boundary(p, len, i);
        uint32_t c = p[cs];
        size_t w = 1;
        if (c >= 0xF0) {
            c = (c & 7u) << 18 | (p[cs + 1] & 63u) << 12 | (p[cs + 2] & 63u) << 6 | (p[cs + 3] & 63u);
            w = 4;
        } else if (c >= 0xE0) {
            c = (c & 15u) << 12 | (p[cs + 1] & 63u) << 6 | (p[cs + 2] & 63u);
            w = 3;
        } else if (c >= 0xC0) {
            c = (c & 31u) << 6 | (p[cs + 1] & 63u);
            w = 2;
        }
        char e[16];
        size_t el = smelt_rt_escape_debug_char(c, 0, e);
        n = (size_t)snprintf(msg, cap,
                             "%s byte index %zu is not a char boundary; it is inside '%.*s' (bytes "
                             "%zu..%zu) of `%.*s`%s",
                             start ? "start" : "end", i, (int)el, e, cs, cs + w, (int)t,
                             (const char *)p, ell);
    }
    smelt_rt_panic((const uint8_t *)msg, n < cap ? n : cap - 1, file, line, col);
}

/* ----------------------------------------------------------------- memory */

/* std's System allocator on x86_64/aarch64 Linux: malloc serves any align up to this
 * (when align <= size); above it, posix_memalign. */
#define MIN_ALIGN 16

_Noreturn static void
alloc_failed(size_t size)
{
    char msg[64];
    int n = snprintf(msg, sizeof msg, "memory allocation of %zu bytes failed\n", size);
    err_write(msg, (size_t)n);
    err_puts("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
    abort();
}

static void *
sys_alloc(size_t size, size_t align)
{
    if (align <= MIN_ALIGN && align <= size)
        return malloc(size);
    void *p = NULL;
    if (align < sizeof(void *))
        align = sizeof(void *);
    if (posix_memalign(&p, align, size) != 0)
        return NULL;
    return p;
}

void *
smelt_rt_alloc(size_t size, size_t align)
{
    if (size == 0)
        return (void *)(uintptr_t)align;
    void *p = size <= (size_t)PTRDIFF_MAX ? sys_alloc(size, align) : NULL;
    if (!p)
        alloc_failed(size);
    return p;
}

void *
smelt_rt_alloc_zeroed(size_t size, size_t align)
{
    if (size == 0)
        return (void *)(uintptr_t)align;
    void *p;
    if (align <= MIN_ALIGN && align <= size)
        p = calloc(size, 1);
    else if ((p = size <= (size_t)PTRDIFF_MAX ? sys_alloc(size, align) : NULL) != NULL)
        memset(p, 0, size);
    if (!p)
        alloc_failed(size);
    return p;
}

void *
smelt_rt_realloc(void *p, size_t old_size, size_t align, size_t new_size)
{
    if (old_size == 0)
        return smelt_rt_alloc(new_size, align);
    if (new_size == 0) {
        smelt_rt_free(p, old_size, align);
        return (void *)(uintptr_t)align;
    }
    void *q = NULL;
    if (new_size <= (size_t)PTRDIFF_MAX) {
        if (align <= MIN_ALIGN && align <= new_size) {
            q = realloc(p, new_size);
        } else if ((q = sys_alloc(new_size, align)) != NULL) {
            memcpy(q, p, old_size < new_size ? old_size : new_size);
            free(p);
        }
    }
    if (!q)
        alloc_failed(new_size);
    return q;
}

void
smelt_rt_free(void *p, size_t size, size_t align)
{
    (void)align;
    if (size != 0)
        free(p);
}

/*
 * smelt_rt.h — the C runtime that programs compiled by smelt link against.
 *
 * Everything here imitates what a program built by rustc 1.95 (std, Linux, the main thread
 * only) prints and does: output through a line-buffered stdout, panics and their exit code,
 * the global allocator, float formatting ({} {:?} {:.N} for f32 and f64), char Debug escaping
 * and the Unicode properties and case mappings behind `char` and `str` (Unicode 17.0.0, as
 * rustc 1.95's core::unicode).
 *
 * Plain C17, libc and libm only. Every export is prefixed smelt_rt_. Files: smelt_rt.c
 * (process, output, panics, memory), float.c (float formatting), unicode.c over the
 * generated unicode_tables.h (gen_unicode.py). The tests are test.sh (see README.md).
 */
#ifndef SMELT_RT_H
#define SMELT_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- process */

/* Called first by the generated main: stores argc/argv, sets SIGPIPE to SIG_IGN and opens
 * /dev/null on any of fds 0-2 that is closed, as Rust's runtime does before main. */
void
smelt_rt_init(int argc, char **argv);

/* Called last by the generated main when it returns normally: flushes stdout (errors are
 * ignored, as Rust's exit-time flush ignores them) and returns 0, the exit status. */
int
smelt_rt_exit(void);

/* The arguments given to smelt_rt_init (argv[0] included, as std::env::args). */
int
smelt_rt_argc(void);
const char *
smelt_rt_argv(int i);

/* ----------------------------------------------------------------- output */

/* Rust's stdout: a LineWriter, so everything up to the last '\n' of each write reaches the
 * fd at once, the rest waits in a buffer (flushed when it fills, at exit, and after a panic
 * message). A failed write (EPIPE with SIGPIPE ignored, ENOSPC, ...) panics as print! does:
 * "failed printing to stdout: Broken pipe (os error 32)", exit status 101. EBADF (a closed
 * stdout) is silently treated as success, as Rust does. */
void
smelt_rt_write_stdout(const uint8_t *p, size_t n);

/* Rust's stderr: unbuffered; a failed write panics with "failed printing to stderr: ...". */
void
smelt_rt_write_stderr(const uint8_t *p, size_t n);

/* Writes stdout's buffer out; returns false on a write error (nothing is printed). */
bool
smelt_rt_flush_stdout(void);

/* ----------------------------------------------------------------- panics */

/* Prints, on stderr, exactly what rustc 1.95's default panic hook prints for the main thread,
 *
 *     \nthread 'main' (PID) panicked at FILE:LINE:COL:\nMSG\n
 *     note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n
 *
 * (a leading empty line, and the thread id, which for the main thread is the pid), then
 * flushes stdout (so a partial line printed before the panic comes after the message, as
 * with rustc) and exits with status 101. There is no unwinding: destructors do not run.
 * The note is printed even when RUST_BACKTRACE is set (there is no backtrace to show). */
_Noreturn void
smelt_rt_panic(const uint8_t *msg, size_t n, const char *file, uint32_t line, uint32_t col);

/* smelt_rt_panic with a NUL-terminated message. */
_Noreturn void
smelt_rt_panic_str(const char *msg, const char *file, uint32_t line, uint32_t col);

/* The panics of rustc's overflow, division and bounds checks, with its exact messages. rustc
 * reports the start of the expression (`a + b`: where `a` starts; `-a`: the `-`; an array or
 * slice index `a[i]`: where `a` starts) except for an overloaded index such as a Vec's `v[i]`,
 * which it reports at the `[`. */
_Noreturn void
smelt_rt_panic_add_overflow(const char *file, uint32_t line, uint32_t col);   /* attempt to add with overflow */
_Noreturn void
smelt_rt_panic_sub_overflow(const char *file, uint32_t line, uint32_t col);   /* attempt to subtract with overflow */
_Noreturn void
smelt_rt_panic_mul_overflow(const char *file, uint32_t line, uint32_t col);   /* attempt to multiply with overflow */
_Noreturn void
smelt_rt_panic_neg_overflow(const char *file, uint32_t line, uint32_t col);   /* attempt to negate with overflow */
_Noreturn void
smelt_rt_panic_shl_overflow(const char *file, uint32_t line, uint32_t col);   /* attempt to shift left with overflow */
_Noreturn void
smelt_rt_panic_shr_overflow(const char *file, uint32_t line, uint32_t col);   /* attempt to shift right with overflow */
_Noreturn void
smelt_rt_panic_div_by_zero(const char *file, uint32_t line, uint32_t col);    /* attempt to divide by zero */
_Noreturn void
smelt_rt_panic_rem_by_zero(const char *file, uint32_t line, uint32_t col);    /* attempt to calculate the remainder with a divisor of zero */
_Noreturn void
smelt_rt_panic_div_overflow(const char *file, uint32_t line, uint32_t col);   /* attempt to divide with overflow */
_Noreturn void
smelt_rt_panic_rem_overflow(const char *file, uint32_t line, uint32_t col);   /* attempt to calculate the remainder with overflow */
/* index out of bounds: the len is LEN but the index is INDEX */
_Noreturn void
smelt_rt_panic_bounds(size_t index, size_t len, const char *file, uint32_t line, uint32_t col);
/* Slicing a slice, as core's slice_index_fail: WHAT 0 "range start index A out of range for
 * slice of length B", 1 "range end index A out of range for slice of length B", 2 "slice
 * index starts at A but ends at B", 3 "attempted to index slice up to maximum usize", 4 the
 * same for str. */
_Noreturn void
smelt_rt_panic_slice(int what, size_t a, size_t b, const char *file, uint32_t line, uint32_t col);
/* `s[a..b]` of a str of LEN bytes at P: returns when both ends are in bounds, in order and on
 * char boundaries, else panics with core's slice_error_fail message (the text shown up to 256
 * bytes, then `[...]`). */
void
smelt_rt_str_slice_check(const uint8_t *p, size_t len, size_t a, size_t b, const char *file,
                         uint32_t line, uint32_t col);

/* ----------------------------------------------------------------- memory */

/* Rust's global allocator (malloc underneath). align must be a power of two. size 0 returns
 * a non-null dangling pointer equal to align (NonNull::dangling), which smelt_rt_free and
 * smelt_rt_realloc accept back. Out of memory prints "memory allocation of SIZE bytes
 * failed\n" and the panic's RUST_BACKTRACE note on stderr and aborts (SIGABRT), as std's
 * default alloc error hook. */
void *
smelt_rt_alloc(size_t size, size_t align);

/* Same, zero-filled (alloc_zeroed). */
void *
smelt_rt_alloc_zeroed(size_t size, size_t align);

/* Grows or shrinks a block from smelt_rt_alloc of old_size bytes to new_size, keeping the
 * first min(old_size, new_size) bytes; either size may be 0. */
void *
smelt_rt_realloc(void *p, size_t old_size, size_t align, size_t new_size);

/* Frees a block from smelt_rt_alloc (size 0: nothing to do). */
void
smelt_rt_free(void *p, size_t size, size_t align);

/* ------------------------------------------------------- float formatting */

/* The text of a float, as Rust formats it:
 *
 *   smelt_rt_f64_display(v, -1, out)   format!("{}", v)     shortest digits that round-trip,
 *                                                          never exponent form: 1e300 prints
 *                                                          301 characters, -0.0 prints "-0"
 *   smelt_rt_f64_display(v, N, out)    format!("{:.N}", v)  exactly rounded, ties to even:
 *                                                          0.25 -> "0.2", 2.5 -> "2"
 *   smelt_rt_f64_debug(v, -1, out)     format!("{:?}", v)   like {} but always a fraction
 *                                                          ("1.0", "-0.0"), and exponent form
 *                                                          ("1e16", "1.5e-7") when v != 0 and
 *                                                          |v| < 1e-4 or |v| >= 1e16 (the
 *                                                          constants of v's own type)
 *   smelt_rt_f64_debug(v, N, out)      format!("{:.N?}", v) the same as {:.N}
 *
 * and the same for f32 (shortest digits that round-trip as f32). "inf", "-inf" and "NaN" (never
 * signed) ignore the precision. A negative value, -0.0 included, starts with '-'; nothing else
 * of the Formatter (width, fill, '+', '0') is applied: the caller pads as Rust's
 * Formatter::pad_formatted_parts does, the sign being the leading '-' if any.
 *
 * out must hold SMELT_RT_FLOAT_BUF bytes; the text is not NUL-terminated; the functions return
 * its length. precision must be -1 or in 0..=SMELT_RT_FLOAT_MAX_PRECISION; a larger precision
 * is formatted as SMELT_RT_FLOAT_MAX_PRECISION, and the full text is then that followed by
 * smelt_rt_float_extra_zeros(v is finite, precision) '0' characters (every decimal of an f32
 * or f64 past the 1074th is zero, so this is exact). */
#define SMELT_RT_FLOAT_MAX_PRECISION 1100
#define SMELT_RT_FLOAT_BUF (SMELT_RT_FLOAT_MAX_PRECISION + 320)

size_t
smelt_rt_f64_display(double v, int32_t precision, char *out);
size_t
smelt_rt_f64_debug(double v, int32_t precision, char *out);
size_t
smelt_rt_f32_display(float v, int32_t precision, char *out);
size_t
smelt_rt_f32_debug(float v, int32_t precision, char *out);
/* format!("{:e}", v) and format!("{:E}", v): shortest round-trip digits, D[.DIGITS]e[-]EXP */
size_t
smelt_rt_f64_exp(double v, bool upper, char *out);
size_t
smelt_rt_f32_exp(float v, bool upper, char *out);

/* The '0' characters to append after a result formatted with a precision larger than
 * SMELT_RT_FLOAT_MAX_PRECISION (0 otherwise, and for inf and NaN). */
size_t
smelt_rt_float_extra_zeros(bool finite, int32_t precision);

/* -------------------------------------------------------------- Debug escapes */

/* char::escape_debug as Rust's Debug for char (in_str false: '\'' escaped, '"' not) and for
 * str (in_str true: '"' escaped, '\'' not) applies it to one char: "\\0" "\\t" "\\r" "\\n"
 * "\\\\", the quote, "\\u{XXXX}" (lowercase hex without leading zeros) for chars that are not
 * printable or are Grapheme_Extend, and otherwise the char itself in UTF-8. rustc 1.95's
 * Debug for str escapes Grapheme_Extend chars at any position ("a\u{301}" prints as
 * "a\u{301}"), so one function serves both. Writes at most 10 bytes into out; returns the
 * length. c must be a Unicode scalar value. */
size_t
smelt_rt_escape_debug_char(uint32_t c, bool in_str, char out[16]);

/* -------------------------------------------------------------------- Unicode */

/* The derived properties behind char::is_alphabetic (Alphabetic), is_numeric (General_Category
 * Nd, Nl or No), is_lowercase (Lowercase), is_uppercase (Uppercase), for any code point. */
bool
smelt_rt_is_alphabetic(uint32_t c);
bool
smelt_rt_is_numeric(uint32_t c);
bool
smelt_rt_is_lowercase(uint32_t c);
bool
smelt_rt_is_uppercase(uint32_t c);

/* char::to_uppercase / to_lowercase: the full mapping (1 to 3 chars: 'ß' -> "SS",
 * 'ŉ' -> "ʼN", 'İ' -> "i\u{307}"), written to out; returns how many (the char itself when it
 * has no mapping). */
size_t
smelt_rt_to_upper(uint32_t c, uint32_t out[3]);
size_t
smelt_rt_to_lower(uint32_t c, uint32_t out[3]);

/* str::to_uppercase / to_lowercase on n bytes of valid UTF-8: writes the result (valid UTF-8)
 * to out, which must hold 3 * n bytes, and returns its length. to_lower maps 'Σ' to 'ς' at
 * the end of a word (Final_Sigma), as Rust's str::to_lowercase does. */
size_t
smelt_rt_str_to_upper(const uint8_t *s, size_t n, uint8_t *out);
size_t
smelt_rt_str_to_lower(const uint8_t *s, size_t n, uint8_t *out);

/* UTF-8 of a scalar value into out (1 to 4 bytes); returns the length. */
size_t
smelt_rt_utf8_encode(uint32_t c, uint8_t out[4]);

#endif /* SMELT_RT_H */

/*
 * lex_test.c — unit tests of the Rust lexer (src/syntax/lex.c): token kinds,
 * symbols, suffixes, spans and flags; whitespace and comments; editions;
 * every error with its message, code and span (messages checked against
 * rustc 1.95); greedy punctuation; and robustness (random and fragment
 * soup inputs, deep comment nesting, linear time on pathological inputs,
 * no leaks).  Every input is copied to an exact-size heap block so that a
 * read past its end shows up under ASan.  Every check prints `PASS name`
 * or `FAIL name: why`; the exit status is 1 when any failed.
 */
#include "../../src/base/base.h"
#include "../../src/syntax/token.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int failures;

/* ---- the harness ---------------------------------------------------- */

static void
pass(const char *name)
{
    printf("PASS %s\n", name);
}

static void __attribute__((format(printf, 2, 3)))
fail(const char *name, const char *fmt, ...)
{
    va_list ap;
    printf("FAIL %s: ", name);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    failures++;
}

static bool
check(const char *name, bool ok, const char *what)
{
    if (ok)
        pass(name);
    else
        fail(name, "%s", what);
    return ok;
}
#define CHECK(name, cond) check(name, (cond), #cond)

static Lexed lx;
static bool lexed;

/* Lexes n bytes copied to a block of exactly n bytes. */
static void
lexn(const char *src, size_t n, Edition ed)
{
    if (lexed)
        lex_free(&lx);
    char *copy = malloc(n ? n : 1);
    memcpy(copy, src, n);
    lex_file(copy, (uint32_t)n, ed, &lx);
    free(copy);
    lexed = true;
}

static void
lexs(const char *src, Edition ed)
{
    lexn(src, strlen(src), ed);
}

/* ---- rendering tokens and errors as text ------------------------------ */

static char rbuf[1 << 16];
static size_t rlen;

static void
rput(const char *s, size_t n)
{
    if (rlen + n + 1 > sizeof rbuf)
        n = sizeof rbuf - rlen - 1;
    memcpy(rbuf + rlen, s, n);
    rlen += n;
    rbuf[rlen] = 0;
}

static void
rputs(const char *s)
{
    rput(s, strlen(s));
}

/* Bytes of a symbol: printable ASCII and UTF-8 as is, others as \xHH. */
static void
rsym(Symbol s)
{
    const char *p = sym_str(s);
    size_t n = sym_len(s);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c >= 0x20 && c < 0x7F && c != '\\') || c >= 0x80) {
            rput((const char *)&c, 1);
        } else {
            char b[8];
            snprintf(b, sizeof b, "\\x%02x", c);
            rputs(b);
        }
    }
}

/*
 * The tokens before EOF, space-separated: keywords and punctuation by
 * spelling, identifiers by name (r#name when raw), lifetimes as 'name,
 * literals as kind:contents with /suffix.
 */
static const char *
toks(void)
{
    rlen = 0;
    rbuf[0] = 0;
    for (uint32_t i = 0; i + 1 < lx.toks.len; i++) {
        const Token *t = &lx.toks.data[i];
        bool raw = t->flags & TF_RAW;
        if (i)
            rputs(" ");
        TokKind k = (TokKind)t->kind;
        if (k == TK_IDENT) {
            if (raw)
                rputs("r#");
            rsym(t->sym);
        } else if (k == TK_LIFETIME) {
            rputs(raw ? "'r#" : "'");
            rsym(t->sym);
        } else if (k == TK_INT || k == TK_FLOAT || k == TK_CHAR || k == TK_BYTE) {
            rputs(k == TK_INT     ? "int:"
                  : k == TK_FLOAT ? "float:"
                  : k == TK_CHAR  ? "char:"
                                  : "byte:");
            rsym(t->sym);
        } else if (k == TK_STR || k == TK_BYTE_STR || k == TK_C_STR) {
            if (raw)
                rputs("r");
            rputs(k == TK_STR ? "str:\"" : k == TK_BYTE_STR ? "bstr:\"" : "cstr:\"");
            rsym(t->sym);
            rputs("\"");
        } else if (k == TK_DOC_COMMENT) {
            rputs(t->flags & TF_INNER ? "idoc:\"" : "doc:\"");
            rsym(t->sym);
            rputs("\"");
        } else {
            const char *name = tok_kind_name(k);
            if (name[0] == '`')
                rput(name + 1, strlen(name) - 2);
            else
                rputs(name);
        }
        if (t->suffix) {
            rputs("/");
            rsym(t->suffix);
        }
    }
    return rbuf;
}

/* The errors as "[code] msg@lo-hi; ..." (the code part only when set). */
static const char *
errs(void)
{
    rlen = 0;
    rbuf[0] = 0;
    for (uint32_t i = 0; i < lx.errors.len; i++) {
        const LexError *e = &lx.errors.data[i];
        char b[64];
        if (i)
            rputs("; ");
        if (e->code[0]) {
            snprintf(b, sizeof b, "[%s] ", e->code);
            rputs(b);
        }
        rputs(e->msg);
        snprintf(b, sizeof b, "@%u-%u", e->lo, e->hi);
        rputs(b);
    }
    return rbuf;
}

/* Checks the structural invariants every lexing must satisfy. */
static const char *
invariants(size_t n)
{
    if (lx.toks.len == 0)
        return "no tokens";
    const Token *last = &lx.toks.data[lx.toks.len - 1];
    if (last->kind != TK_EOF || last->lo != n || last->hi != n)
        return "does not end with EOF at the end";
    uint32_t prev = 0;
    for (uint32_t i = 0; i < lx.toks.len; i++) {
        const Token *t = &lx.toks.data[i];
        if (t->kind >= TK_N)
            return "bad kind";
        if (t->kind == TK_EOF && i + 1 != lx.toks.len)
            return "EOF before the end";
        if (t->lo > t->hi || t->hi > n)
            return "token span out of range";
        if (t->lo < prev)
            return "tokens overlap or are out of order";
        if (t->kind != TK_EOF && t->lo == t->hi)
            return "empty token";
        prev = t->hi;
    }
    for (uint32_t i = 0; i < lx.errors.len; i++) {
        const LexError *e = &lx.errors.data[i];
        if (e->lo > e->hi || e->hi > n)
            return "error span out of range";
        if (!e->msg || !e->msg[0] || !e->code)
            return "error without a message";
    }
    return NULL;
}

/* Lexes src and compares the rendered tokens and errors. */
static void
expect_n(const char *name, const char *src, size_t n, Edition ed, const char *want_toks,
         const char *want_errs)
{
    lexn(src, n, ed);
    const char *bad = invariants(n);
    if (bad) {
        fail(name, "%s", bad);
        return;
    }
    char got_toks[sizeof rbuf];
    snprintf(got_toks, sizeof got_toks, "%s", toks());
    if (strcmp(got_toks, want_toks) != 0) {
        fail(name, "tokens\n    got:  %s\n    want: %s", got_toks, want_toks);
        return;
    }
    const char *got_errs = errs();
    if (strcmp(got_errs, want_errs) != 0) {
        fail(name, "errors\n    got:  %s\n    want: %s", got_errs, want_errs);
        return;
    }
    pass(name);
}

static void
expect(const char *name, const char *src, Edition ed, const char *want_toks, const char *want_errs)
{
    expect_n(name, src, strlen(src), ed, want_toks, want_errs);
}

#define E15 EDITION_2015
#define E18 EDITION_2018
#define E21 EDITION_2021
#define E24 EDITION_2024

/* ---- tokens, whitespace and comments --------------------------------- */

static void
test_basics(void)
{
    expect("basic_fn", "fn main() { let x = 1; }", E21, "fn main ( ) { let x = int:1 ; }", "");
    expect("empty_input", "", E21, "", "");
    expect("only_space", "  \n\t ", E21, "", "");
    expect("ascii_whitespace", "a\t\n\v\f\r b", E21, "a b", "");
    expect("unicode_whitespace",
           "a\xc2\x85"
           "b\xe2\x80\x8e"
           "c\xe2\x80\x8f"
           "d\xe2\x80\xa8"
           "e\xe2\x80\xa9"
           "f",
           E21, "a b c d e f", "");
    expect("ideographic_space_is_not_whitespace", "a\xe3\x80\x80" "b", E21, "a b",
           "unknown start of token: \\u{3000}@1-4");

    lexs("fn  foo", E21);
    CHECK("spans", lx.toks.len == 3 && lx.toks.data[0].lo == 0 && lx.toks.data[0].hi == 2 &&
                       lx.toks.data[1].lo == 4 && lx.toks.data[1].hi == 7 &&
                       lx.toks.data[2].lo == 7 && lx.toks.data[2].hi == 7);

    lexs("a b(c)  d", E21);
    const Token *t = lx.toks.data;
    CHECK("space_flags", lx.toks.len == 7 && (t[0].flags & TF_SPACE_BEFORE) &&
                             (t[1].flags & TF_SPACE_BEFORE) && !(t[2].flags & TF_SPACE_BEFORE) &&
                             !(t[3].flags & TF_SPACE_BEFORE) && !(t[4].flags & TF_SPACE_BEFORE) &&
                             (t[5].flags & TF_SPACE_BEFORE) && !(t[6].flags & TF_SPACE_BEFORE));
    lexs("a/**/b//x\nc/// d\ne\n", E21);
    t = lx.toks.data;
    CHECK("space_after_comments", lx.toks.len == 6 && (t[1].flags & TF_SPACE_BEFORE) &&
                                      (t[2].flags & TF_SPACE_BEFORE) &&
                                      !(t[3].flags & TF_SPACE_BEFORE) &&
                                      (t[4].flags & TF_SPACE_BEFORE) &&
                                      (t[5].flags & TF_SPACE_BEFORE) && t[5].kind == TK_EOF);
    lexs("x", E21);
    CHECK("first_token_has_space", lx.toks.data[0].flags == TF_SPACE_BEFORE);
}

static void
test_comments(void)
{
    expect("line_comment", "a // x\nb", E21, "a b", "");
    expect("block_comment", "a /* x */ b", E21, "a b", "");
    expect("nested_block_comment", "/* a /* b */ c */ d", E21, "d", "");
    expect("star_slash_inside", "/*/ */ x", E21, "x", "");
    expect("unterminated_block_comment", "/* a /* b */ c", E21, "",
           "[E0758] unterminated block comment@0-14");
    expect("unterminated_doc_block", "/** a /* b */ c", E21, "doc:\" a /* b */ c\"",
           "[E0758] unterminated block doc-comment@0-15");
    expect("doc_comments", "/// hi\n//! in\n//// no\n/**/ /***/ /** blk */ /*! iblk */ x", E21,
           "doc:\" hi\" idoc:\" in\" doc:\" blk \" idoc:\" iblk \" x", "");
    expect("empty_doc_comments", "///\n//!\n/*!*/ /***/ /**/", E21, "doc:\"\" idoc:\"\" idoc:\"\"",
           "");
    expect("doc_comment_crlf", "///a\r\nb", E21, "doc:\"a\" b", "");
    lexs("///a\r\nb", E21);
    CHECK("doc_comment_span", lx.toks.data[0].lo == 0 && lx.toks.data[0].hi == 4 &&
                                  lx.toks.data[1].lo == 6);
    expect("doc_comment_bare_cr", "///a\rb\n", E21, "doc:\"a\\x0db\"",
           "bare CR not allowed in doc-comment@4-5");
    expect("block_doc_crlf", "/** a\r\nb */", E21, "doc:\" a\\x0ab \"", "");
    expect("block_doc_bare_cr", "/** a\rb */", E21, "doc:\" a\\x0db \"",
           "bare CR not allowed in block doc-comment@5-6");
    expect("comment_invalid_utf8", "// \xff\nx", E21, "x", "invalid UTF-8@3-4");
    expect("block_comment_invalid_utf8", "/* \xc3 */x", E21, "x", "invalid UTF-8@3-4");
    expect("comment_utf8", "// caf\xc3\xa9 \xf0\x9f\x98\x80\n/* \xe4\xb8\xad */x", E21, "x", "");
    expect("doc_comment_text_utf8", "//! caf\xc3\xa9", E21, "idoc:\" caf\xc3\xa9\"", "");
}

/* ---- identifiers, keywords and editions ------------------------------ */

static void
test_idents(void)
{
    expect("idents", "foo _bar baz9 _ __ Zz", E21, "foo _bar baz9 _ __ Zz", "");
    expect("unicode_idents", "caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 a\xc2\xb7" "b", E21,
           "caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 a\xc2\xb7" "b", "");
    expect("combining_mark_continues", "a\xcc\x81", E21, "a\xcc\x81", "");
    expect("combining_mark_cannot_start", "\xcc\x81" "a", E21, "a",
           "unknown start of token: \\u{301}@0-2");
    expect("raw_idents", "r#fn r#foo r#async r#r", E21, "r#fn r#foo r#async r#r", "");
    lexs("r#fn", E21);
    CHECK("raw_ident_sym_is_name", lx.toks.data[0].kind == TK_IDENT &&
                                       lx.toks.data[0].sym == sym_cstr("fn") &&
                                       (lx.toks.data[0].flags & TF_RAW) &&
                                       lx.toks.data[0].hi == 4);
    expect("raw_self", "r#self", E21, "r#self", "`self` cannot be a raw identifier@0-6");
    expect("raw_underscore", "r#_", E21, "r#_", "`_` cannot be a raw identifier@0-3");
    expect("raw_super_crate_Self", "r#super r#crate r#Self", E21, "r#super r#crate r#Self",
           "`super` cannot be a raw identifier@0-7; `crate` cannot be a raw identifier@8-15; "
           "`Self` cannot be a raw identifier@16-22");
    expect("raw_ident_2015", "r#dyn", E15, "r#dyn", "");

    const char *kws = "as break const continue crate else enum extern false fn for if impl in "
                      "let loop match mod move mut pub ref return self Self static struct super "
                      "trait true type unsafe use where while async await dyn abstract become box "
                      "do final macro override priv typeof unsized virtual yield try gen";
    lexs(kws, E24);
    bool ok = lx.toks.len == 52 + 1;
    for (uint32_t i = 0; ok && i + 1 < lx.toks.len; i++) {
        const Token *t = &lx.toks.data[i];
        const char *name = tok_kind_name((TokKind)t->kind);
        ok = t->kind >= TK_KW_AS && t->kind <= TK_KW_GEN && t->sym &&
             strlen(name) == sym_len(t->sym) + 2 &&
             memcmp(name + 1, sym_str(t->sym), sym_len(t->sym)) == 0 &&
             memcmp(kws + t->lo, sym_str(t->sym), sym_len(t->sym)) == 0;
    }
    CHECK("all_keywords_2024", ok);
    expect("edition_keywords_2015", "async await dyn try gen", E15, "async await dyn try gen", "");
    lexs("async await dyn try gen", E15);
    ok = true;
    for (uint32_t i = 0; i < 5; i++)
        ok = ok && lx.toks.data[i].kind == TK_IDENT;
    CHECK("edition_2015_idents", ok);
    lexs("async await dyn try gen", E18);
    CHECK("edition_2018_keywords",
          lx.toks.data[0].kind == TK_KW_ASYNC && lx.toks.data[1].kind == TK_KW_AWAIT &&
              lx.toks.data[2].kind == TK_KW_DYN && lx.toks.data[3].kind == TK_KW_TRY &&
              lx.toks.data[4].kind == TK_IDENT);
    lexs("gen", E21);
    CHECK("gen_ident_2021", lx.toks.data[0].kind == TK_IDENT && lx.toks.data[0].sym == sym_cstr("gen"));
    lexs("gen", E24);
    CHECK("gen_keyword_2024", lx.toks.data[0].kind == TK_KW_GEN);
    lexs("_ _x", E21);
    CHECK("underscore_kind", lx.toks.data[0].kind == TK_UNDERSCORE && lx.toks.data[1].kind == TK_IDENT);
    lexs("foo foo bar foo", E21);
    CHECK("ident_syms_interned", lx.toks.data[0].sym == sym_cstr("foo") &&
                                     lx.toks.data[1].sym == lx.toks.data[0].sym &&
                                     lx.toks.data[3].sym == lx.toks.data[0].sym &&
                                     lx.toks.data[2].sym == sym_cstr("bar"));

    expect("emoji_ident", "\xf0\x9f\x98\x80", E21, "\xf0\x9f\x98\x80",
           "identifiers cannot contain emoji: `\xf0\x9f\x98\x80`@0-4");
    expect("emoji_inside_ident", "a\xf0\x9f\x98\x80" "b c", E21, "a\xf0\x9f\x98\x80" "b c",
           "identifiers cannot contain emoji: `a\xf0\x9f\x98\x80" "b`@0-6");

    expect("unknown_prefix_2021", "foo#", E21, "foo #", "prefix `foo` is unknown@0-3");
    expect("unknown_prefix_str", "k\"x\"", E21, "k str:\"x\"", "prefix `k` is unknown@0-1");
    expect("unknown_prefix_quote", "br'x'", E21, "br char:x", "prefix `br` is unknown@0-2");
    expect("unknown_prefix_underscore", "_#", E21, "_ #", "prefix `_` is unknown@0-1");
    expect("unknown_prefix_keyword", "if\"x\"", E21, "if str:\"x\"", "prefix `if` is unknown@0-2");
    expect("unknown_prefix_2018", "foo# k\"x\"", E18, "foo # k str:\"x\"", "");
    expect("literal_prefixes", "b\"x\" br\"x\" r\"x\" c\"x\" cr\"x\" b'x' br#\"y\"# cr#\"z\"#", E21,
           "bstr:\"x\" rbstr:\"x\" rstr:\"x\" cstr:\"x\" rcstr:\"x\" byte:x rbstr:\"y\" rcstr:\"z\"",
           "");
    expect("c_string_2015", "c\"x\" cr#\"y\"#", E15, "c str:\"x\" cr # str:\"y\" #", "");
    expect("c_string_2018", "cr\"x\"", E18, "cr str:\"x\"", "");
}

/* ---- lifetimes and character literals -------------------------------- */

static void
test_lifetimes(void)
{
    expect("lifetimes", "'a 'static '_ 'abc '\xc3\xa9", E21, "'a 'static '_ 'abc '\xc3\xa9", "");
    lexs("'static", E21);
    CHECK("lifetime_sym", lx.toks.data[0].kind == TK_LIFETIME &&
                              lx.toks.data[0].sym == sym_cstr("static") &&
                              lx.toks.data[0].hi == 7);
    expect("lifetime_in_generics", "fn f<'a>(x: &'a str)", E21,
           "fn f < 'a > ( x : & 'a str )", "");
    expect("label", "'outer: loop { break 'outer; }", E21,
           "'outer : loop { break 'outer ; }", "");
    expect("raw_lifetime_2021", "'r#a", E21, "'r#a", "");
    expect("raw_lifetime_2018", "'r#a", E18, "'r # a", "");
    expect("raw_lifetime_self", "'r#self", E21, "'r#self", "`self` cannot be a raw lifetime@0-7");
    expect("raw_lifetime_underscore", "'r#_", E21, "'r#_", "`_` cannot be a raw lifetime@0-4");
    expect("raw_lifetime_then_quote", "'r#a'", E21, "'r#a char:",
           "character literal may only contain one codepoint@0-5; "
           "[E0762] unterminated character literal@4-5");
    expect("lifetime_starts_with_number", "'0a", E21, "'0a",
           "lifetimes cannot start with a number@0-3");
    expect("lifetime_prefix_2021", "'a#", E21, "'a #", "prefix `'a` is unknown@0-2");
    expect("lifetime_prefix_2018", "'a#", E18, "'a #", "");
    expect("lifetime_at_eof", "'a", E21, "'a", "");
}

static void
test_chars(void)
{
    expect("chars",
           "'a' '\\n' '\\r' '\\t' '\\\\' '\\0' '\\'' '\\\"' '\"' '\\x7F' '\\u{1F600}' "
           "'\xc3\xa9' '\xe4\xb8\xad' ' '",
           E21,
           "char:a char:\\x0a char:\\x0d char:\\x09 char:\\x5c char:\\x00 char:' char:\" char:\" "
           "char:\\x7f char:\xf0\x9f\x98\x80 char:\xc3\xa9 char:\xe4\xb8\xad char: ",
           "");
    expect("char_unicode_escapes", "'\\u{0}' '\\u{10FFFF}' '\\u{1_F_6_0_0}' '\\u{00_0041}'", E21,
           "char:\\x00 char:\xf4\x8f\xbf\xbf char:\xf0\x9f\x98\x80 char:A", "");
    expect("char_suffix", "'a'suffix", E21, "char:a/suffix", "");
    expect("char_quote_unescaped", "'''", E21, "char:'",
           "character constant must be escaped: `'`@1-2");
    expect("char_empty", "''", E21, "char:", "empty character literal@1-1");
    expect("char_two", "'ab'", E21, "char:a",
           "character literal may only contain one codepoint@0-4");
    expect("char_two_escapes", "'\\n\\n'", E21, "char:\\x0a",
           "character literal may only contain one codepoint@0-6");
    expect("char_unknown_escape", "'\\q'", E21, "char:",
           "unknown character escape: `q`@2-3");
    expect("char_unknown_escape_unicode", "'\\\xc3\xa9'", E21, "char:",
           "unknown character escape: `\\u{e9}`@2-4");
    expect("char_hex_out_of_range", "'\\x80'", E21, "char:", "out of range hex escape@1-5");
    expect("char_hex_short", "'\\x4'", E21, "char:", "numeric character escape is too short@1-4");
    expect("char_hex_bad", "'\\xZZ'", E21, "char:",
           "invalid character in numeric character escape: `Z`@3-4");
    expect("char_surrogate", "'\\u{D800}'", E21, "char:", "invalid unicode character escape@1-9");
    expect("char_too_big", "'\\u{110000}'", E21, "char:",
           "invalid unicode character escape@1-11");
    expect("char_overlong", "'\\u{1234567}'", E21, "char:", "overlong unicode escape@1-12");
    expect("char_empty_unicode", "'\\u{}'", E21, "char:", "empty unicode escape@1-5");
    expect("char_unicode_underscore", "'\\u{_1}'", E21, "char:",
           "invalid start of unicode escape: `_`@4-5");
    expect("char_unicode_bad_digit", "'\\u{zz}'", E21, "char:",
           "invalid character in unicode escape: `z`@4-5");
    expect("char_unicode_no_brace", "'\\u12'", E21, "char:",
           "incorrect unicode escape sequence@1-4");
    expect("char_unicode_unclosed", "'\\u{12'", E21, "char:", "unterminated unicode escape@1-6");
    expect("char_raw_newline", "'\n'", E21, "char:\\x0a",
           "character constant must be escaped: `\\n`@1-2");
    expect("char_raw_tab", "'\t'", E21, "char:\\x09",
           "character constant must be escaped: `\\t`@1-2");
    expect("char_raw_cr", "'\r'", E21, "char:\\x0d",
           "character constant must be escaped: `\\r`@1-2");
    expect("char_escaped_newline", "'\\\n'", E21, "char:",
           "unknown character escape: `\\n`@2-3");
    expect("char_unterminated_eof", "'\\", E21, "char:\\x5c",
           "[E0762] unterminated character literal@0-2");
    expect("char_unterminated_line", "'\\'; }", E21, "char:\\x5c'; }",
           "[E0762] unterminated character literal@0-6");
    expect("char_unterminated_comment", "' x // c", E21, "char: x ",
           "[E0762] unterminated character literal@0-4");
    expect("char_unterminated_newline", "' x\ny", E21, "char: x y",
           "[E0762] unterminated character literal@0-3");
    expect("lone_quote", "'", E21, "char:", "[E0762] unterminated character literal@0-1");
    expect("char_emoji", "'\xf0\x9f\x98\x80'", E21, "char:\xf0\x9f\x98\x80", "");
    expect("char_line_separator", "'\xe2\x80\xa8'", E21, "char:\xe2\x80\xa8", "");
    expect_n("char_nul", "'\0'", 3, E21, "char:\\x00", "");

    expect("bytes", "b'x' b'\\xff' b'\\0' b'\\'' b'\\\\' b'\"'", E21,
           "byte:x byte:\xff byte:\\x00 byte:' byte:\\x5c byte:\"", "");
    lexs("b'\\xff'", E21);
    CHECK("byte_sym", lx.toks.data[0].kind == TK_BYTE && sym_len(lx.toks.data[0].sym) == 1 &&
                          (unsigned char)sym_str(lx.toks.data[0].sym)[0] == 0xFF);
    expect("byte_non_ascii", "b'\xc3\xa9'", E21, "byte:\xc3\xa9",
           "non-ASCII character in byte literal@2-4");
    expect("byte_unicode_escape", "b'\\u{12}'", E21, "byte:", "unicode escape in byte string@2-8");
    expect("byte_unknown_escape", "b'\\q'", E21, "byte:", "unknown byte escape: `q`@3-4");
    expect("byte_empty", "b''", E21, "byte:", "empty character literal@2-2");
    expect("byte_quote_unescaped", "b'''", E21, "byte:'",
           "byte constant must be escaped: `'`@2-3");
    expect("byte_unterminated", "b'a", E21, "byte:a", "[E0763] unterminated byte constant@1-3");
    expect("byte_bare_cr", "b'\r'", E21, "byte:\\x0d",
           "character constant must be escaped: `\\r`@2-3");
}

/* ---- numbers --------------------------------------------------------- */

static void
test_numbers(void)
{
    expect("integers", "0 123 1_000 0x1F 0o17 0b1010 0xffi64 1u8 1_000usize 0u8 0_1 0x_f_", E21,
           "int:0 int:123 int:1_000 int:0x1F int:0o17 int:0b1010 int:0xff/i64 int:1/u8 "
           "int:1_000/usize int:0/u8 int:0_1 int:0x_f_",
           "");
    expect("int_float_suffix", "1f32 0x1f32", E21, "int:1/f32 int:0x1f32", "");
    lexs("0x7Fu8", E21);
    CHECK("int_sym_and_suffix", lx.toks.data[0].kind == TK_INT &&
                                    lx.toks.data[0].sym == sym_cstr("0x7F") &&
                                    lx.toks.data[0].suffix == sym_cstr("u8") &&
                                    lx.toks.data[0].hi == 6);
    expect("empty_hex", "0x", E21, "int:0x", "[E0768] no valid digits found for number@0-2");
    expect("empty_bin", "0b;", E21, "int:0b ;", "[E0768] no valid digits found for number@0-2");
    expect("empty_hex_suffix", "0xg", E21, "int:0x/g",
           "[E0768] no valid digits found for number@0-2");
    expect("empty_hex_underscore", "0x_", E21, "int:0x_",
           "[E0768] no valid digits found for number@0-3");
    expect("empty_octal", "0o", E21, "int:0o", "[E0768] no valid digits found for number@0-2");
    expect("bad_binary_digit", "0b102", E21, "int:0b102", "invalid digit for a base 2 literal@4-5");
    expect("bad_octal_digit", "0o78", E21, "int:0o78", "invalid digit for a base 8 literal@3-4");
    expect("bad_binary_digits", "0b12_3", E21, "int:0b12_3",
           "invalid digit for a base 2 literal@3-4; invalid digit for a base 2 literal@5-6");

    expect("floats", "1.0 1e10 1.5E-3 1_000.5_5 1.0f32 2.5f64 1e+5 0.0 0e0 00.5 1E5_f64", E21,
           "float:1.0 float:1e10 float:1.5E-3 float:1_000.5_5 float:1.0/f32 float:2.5/f64 "
           "float:1e+5 float:0.0 float:0e0 float:00.5 float:1E5_/f64",
           "");
    lexs("1.5f32", E21);
    CHECK("float_sym_and_suffix", lx.toks.data[0].kind == TK_FLOAT &&
                                      lx.toks.data[0].sym == sym_cstr("1.5") &&
                                      lx.toks.data[0].suffix == sym_cstr("f32"));
    expect("float_trailing_dot", "2. x", E21, "float:2. x", "");
    expect("float_trailing_dot_eof", "2.", E21, "float:2.", "");
    expect("float_dot_paren", "2.)", E21, "float:2. )", "");
    expect("int_range", "1..2", E21, "int:1 .. int:2", "");
    expect("int_range_inclusive", "1..=2", E21, "int:1 ..= int:2", "");
    expect("int_method", "1.foo()", E21, "int:1 . foo ( )", "");
    expect("int_dot_underscore", "1._5", E21, "int:1 . _5", "");
    expect("int_dot_e", "1.e3", E21, "int:1 . e3", "");
    expect("tuple_index", "x.0.1", E21, "x . float:0.1", "");
    expect("tuple_index_single", "x.0", E21, "x . int:0", "");
    expect("float_then_dot", "1.0.0", E21, "float:1.0 . int:0", "");
    expect("empty_exponent", "1e", E21, "float:1e", "expected at least one digit in exponent@0-2");
    expect("empty_exponent_sign", "1.0e+;", E21, "float:1.0e+ ;",
           "expected at least one digit in exponent@0-5");
    expect("hex_float", "0x1.0", E21, "float:0x1.0",
           "hexadecimal float literal is not supported@0-5");
    expect("binary_float", "0b1.0", E21, "float:0b1.0", "binary float literal is not supported@0-5");
    expect("octal_float", "0o1e3", E21, "float:0o1e3", "octal float literal is not supported@0-5");
    expect("number_then_ident", "12abc_3", E21, "int:12/abc_3", "");
    expect("unicode_suffix", "1\xc3\xa9", E21, "int:1/\xc3\xa9", "");
}

/* ---- strings --------------------------------------------------------- */

static void
test_strings(void)
{
    expect("strings",
           "\"abc\" \"\" \"a\\nb\\t\\\\\\\"\\'\\0\\x41\\u{e9}\\u{1F600}\" \"\xc3\xa9\" \"a'b\"", E21,
           "str:\"abc\" str:\"\" str:\"a\\x0ab\\x09\\x5c\"'\\x00A\xc3\xa9\xf0\x9f\x98\x80\" "
           "str:\"\xc3\xa9\" str:\"a'b\"",
           "");
    expect("string_continuation", "\"a\\\n   \t b\"", E21, "str:\"ab\"", "");
    expect("string_continuation_crlf", "\"a\\\r\n \r\n b\"", E21, "str:\"ab\"", "");
    expect("string_newline", "\"a\nb\"", E21, "str:\"a\\x0ab\"", "");
    expect("string_crlf", "\"a\r\nb\"", E21, "str:\"a\\x0ab\"", "");
    expect("string_bare_cr", "\"a\rb\"", E21, "str:\"ab\"",
           "bare CR not allowed in string, use `\\r` instead@2-3");
    expect("string_unknown_escape", "\"\\q\"", E21, "str:\"\"", "unknown character escape: `q`@2-3");
    expect("string_hex_out_of_range", "\"\\x80\"", E21, "str:\"\"", "out of range hex escape@1-5");
    expect("string_hex_short", "\"\\x\"", E21, "str:\"\"", "numeric character escape is too short@1-3");
    expect("string_bad_hex_then_rest", "\"\\xZZ\"", E21, "str:\"Z\"",
           "invalid character in numeric character escape: `Z`@3-4");
    expect("string_unicode_overlong", "\"\\u{FFFFFF}\"", E21, "str:\"\"",
           "invalid unicode character escape@1-11");
    expect("string_suffix", "\"x\"suffix", E21, "str:\"x\"/suffix", "");
    expect("string_unterminated", "\"abc", E21, "str:\"abc\"",
           "[E0765] unterminated double quote string@0-4");
    expect("string_unterminated_escape", "\"\\\"", E21, "str:\"\\x5c\"\"",
           "[E0765] unterminated double quote string@0-3");
    expect("string_invalid_utf8", "\"a\xff" "b\"", E21, "str:\"ab\"", "invalid UTF-8@2-3");
    lexs("\"a\\u{0}b\"", E21);
    CHECK("string_sym_with_nul", lx.toks.data[0].kind == TK_STR && sym_len(lx.toks.data[0].sym) == 3 &&
                                     memcmp(sym_str(lx.toks.data[0].sym), "a\0b", 3) == 0);
    lexs("\"a\0b\"", E21);
    expect_n("string_raw_nul_byte", "\"a\0b\"", 5, E21, "str:\"a\\x00b\"", "");

    expect("raw_strings", "r\"a\\b\" r#\"a\"b\"# r##\"a\"#b\"## r\"\" r#\"\"# r###\"x\"###", E21,
           "rstr:\"a\\x5cb\" rstr:\"a\"b\" rstr:\"a\"#b\" rstr:\"\" rstr:\"\" rstr:\"x\"", "");
    lexs("r#\"a\"#", E21);
    CHECK("raw_string_flags", lx.toks.data[0].kind == TK_STR && (lx.toks.data[0].flags & TF_RAW) &&
                                  lx.toks.data[0].hi == 6);
    expect("raw_string_extra_hashes", "r#\"a\"##", E21, "rstr:\"a\" #", "");
    expect("raw_string_crlf", "r\"a\r\nb\"", E21, "rstr:\"a\\x0ab\"", "");
    expect("raw_string_bare_cr", "r\"a\rb\"", E21, "rstr:\"ab\"",
           "bare CR not allowed in raw string@3-4");
    expect("raw_string_unterminated", "r#\"abc\"", E21, "rstr:\"abc\"\"",
           "[E0748] unterminated raw string@0-1");
    expect("raw_string_bad_starter", "r##x\"abc\"##", E21, "rstr:\"\" str:\"abc\" # #",
           "found invalid character; only `#` is allowed in raw string delimitation: x@0-4");
    expect("raw_string_bad_starter_eof", "r#", E21, "rstr:\"\"",
           "found invalid character; only `#` is allowed in raw string delimitation: \\u{0}@0-2");
    expect("raw_string_suffix", "r#\"a\"#x", E21, "rstr:\"a\"/x", "");
    char big[700];
    size_t k = 0;
    big[k++] = 'r';
    for (int i = 0; i < 256; i++)
        big[k++] = '#';
    big[k++] = '"';
    big[k++] = 'x';
    big[k++] = '"';
    for (int i = 0; i < 256; i++)
        big[k++] = '#';
    expect_n("raw_string_too_many_hashes", big, k, E21, "rstr:\"x\"",
             "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but "
             "found 256@0-516");
    k = 1 + 255 + 3 + 255;
    big[0] = 'r';
    memset(big + 1, '#', 255);
    memcpy(big + 256, "\"x\"", 3);
    memset(big + 259, '#', 255);
    expect_n("raw_string_255_hashes_ok", big, k, E21, "rstr:\"x\"", "");

    expect("byte_strings", "b\"a\\xff\\n\" br\"a\\x\" br#\"q\"#", E21,
           "bstr:\"a\xff\\x0a\" rbstr:\"a\\x5cx\" rbstr:\"q\"", "");
    lexs("b\"\\x00\\xff\"", E21);
    CHECK("byte_string_sym", lx.toks.data[0].kind == TK_BYTE_STR && sym_len(lx.toks.data[0].sym) == 2 &&
                                 memcmp(sym_str(lx.toks.data[0].sym), "\0\xff", 2) == 0);
    expect("byte_string_non_ascii", "b\"\xc3\xa9\"", E21, "bstr:\"\"",
           "non-ASCII character in byte string literal@2-4");
    expect("raw_byte_string_non_ascii", "br\"\xc3\xa9\"", E21, "rbstr:\"\"",
           "non-ASCII character in raw byte string literal@3-5");
    expect("byte_string_unicode_escape", "b\"\\u{1}\"", E21, "bstr:\"\"",
           "unicode escape in byte string@2-7");
    expect("byte_string_unknown_escape", "b\"\\q\"", E21, "bstr:\"\"", "unknown byte escape: `q`@3-4");
    expect("byte_string_unterminated", "b\"abc", E21, "bstr:\"abc\"",
           "[E0766] unterminated double quote byte string@1-5");

    expect("c_strings", "c\"ab\\xff\\u{e9}\" cr\"x\" cr#\"y\"#", E21,
           "cstr:\"ab\xff\xc3\xa9\" rcstr:\"x\" rcstr:\"y\"", "");
    expect("c_string_nul_escape", "c\"a\\0b\"", E21, "cstr:\"ab\"",
           "null characters in C string literals are not supported@3-5");
    expect("c_string_nul_hex", "c\"\\x00\"", E21, "cstr:\"\"",
           "null characters in C string literals are not supported@2-6");
    expect("c_string_nul_unicode", "c\"\\u{0}\"", E21, "cstr:\"\"",
           "null characters in C string literals are not supported@2-7");
    expect_n("c_string_nul_byte", "c\"a\0b\"", 6, E21, "cstr:\"ab\"",
             "null characters in C string literals are not supported@3-4");
    expect_n("raw_c_string_nul_byte", "cr\"a\0b\"", 7, E21, "rcstr:\"ab\"",
             "null characters in C string literals are not supported@4-5");
    expect("c_string_unterminated", "c\"abc", E21, "cstr:\"abc\"", "[E0767] unterminated C string@1-5");
    lexs("c\"x\"", E21);
    CHECK("c_string_kind", lx.toks.data[0].kind == TK_C_STR);

    expect("guarded_string_2024", "#\"abc\"#", E24, "str:\"abc\"", "invalid string literal@0-7");
    expect("guarded_string_2021", "#\"abc\"#", E21, "# str:\"abc\" #", "");
    expect("guarded_two_hashes_2024", "##\"abc\"##", E24, "str:\"abc\"",
           "invalid string literal@0-9");
    expect("multi_hash_2024", "##", E24, "# #", "reserved multi-hash token is forbidden@0-2");
    expect("triple_hash_2024", "###", E24, "# # #", "reserved multi-hash token is forbidden@0-2");
    expect("quad_hash_2024", "####", E24, "# # # #",
           "reserved multi-hash token is forbidden@0-2; reserved multi-hash token is forbidden@2-4");
    expect("hash_run_string_2024", "###\"x\"###", E24, "str:\"x\"", "invalid string literal@0-9");
    expect("multi_hash_2021", "##", E21, "# #", "");
    expect("guarded_unterminated_2024", "#\"abc", E24, "# str:\"abc\"",
           "[E0765] unterminated double quote string@1-5");
    expect("attribute_2024", "#[a] #![b]", E24, "# [ a ] # ! [ b ]", "");
}

/* ---- punctuation ----------------------------------------------------- */

static void
test_punct(void)
{
    static const struct {
        TokKind kind;
        const char *s;
    } puncts[] = {
#define X(n, s) {TK_##n, s},
        SMELT_PUNCTS(X)
#undef X
    };
    bool ok = true;
    for (size_t i = 0; i < sizeof puncts / sizeof puncts[0]; i++) {
        lexs(puncts[i].s, E21);
        if (lx.toks.len != 2 || lx.toks.data[0].kind != puncts[i].kind ||
            lx.toks.data[0].lo != 0 || lx.toks.data[0].hi != strlen(puncts[i].s) ||
            lx.errors.len) {
            fail("every_punct", "`%s` lexed wrong", puncts[i].s);
            ok = false;
        }
    }
    if (ok)
        pass("every_punct");
    expect("greedy_lt", "<<=<<<=<-<", E21, "<<= << <= <- <", "");
    expect("greedy_gt", ">>=>>>=>", E21, ">>= >> >= >", "");
    expect("greedy_dots", "....=...", E21, "... . = ...", "");
    expect("greedy_dots2", "..=..", E21, "..= ..", "");
    expect("greedy_and_or", "&&=||=&=|=&|", E21, "&& = || = &= |= & |", "");
    expect("greedy_arrows", "->>=>=<-", E21, "-> >= >= <-", "");
    expect("greedy_colons", ":::", E21, ":: :", "");
    expect("greedy_eq", "!===", E21, "!= ==", "");
    expect("compound_assign", "a+=1-=2*=3/=4%=5^=6<<=7>>=8", E21,
           "a += int:1 -= int:2 *= int:3 /= int:4 %= int:5 ^= int:6 <<= int:7 >>= int:8", "");
    expect("singles", "@,;#$?~{}[]()", E21, "@ , ; # $ ? ~ { } [ ] ( )", "");
    expect("slash_not_comment", "a/b/=c", E21, "a / b /= c", "");
}

/* ---- unknown characters, invalid UTF-8, BOM, shebang ----------------- */

static void
test_unknown(void)
{
    expect("unknown_backslash", "\\", E21, "", "unknown start of token: \\@0-1");
    expect("unknown_repeats", "a \\\\\\ b", E21, "a b", "unknown start of token: \\@2-5");
    expect("unknown_backtick", "`", E21, "", "unknown start of token: `@0-1");
    expect("unknown_del", "\x7f", E21, "", "unknown start of token: \\u{7f}@0-1");
    expect("unknown_control", "\x01", E21, "", "unknown start of token: \\u{1}@0-1");
    expect_n("unknown_nul", "a\0b", 3, E21, "a b", "unknown start of token: \\u{0}@1-2");
    expect("unknown_euro", "\xe2\x82\xac\xe2\x82\xac x", E21, "x",
           "unknown start of token: \\u{20ac}@0-6");
    expect("invalid_utf8", "a\xff" "b", E21, "a b", "invalid UTF-8@1-2");
    expect("invalid_utf8_run", "a\xff\xfe\x80" "b", E21, "a b", "invalid UTF-8@1-4");
    expect("truncated_utf8", "a\xe2\x82", E21, "a", "invalid UTF-8@1-3");
    expect("overlong_utf8", "\xc0\xaf", E21, "", "invalid UTF-8@0-2");
    expect("surrogate_utf8", "\xed\xa0\x80", E21, "", "invalid UTF-8@0-3");
    expect("too_big_utf8", "\xf4\x90\x80\x80", E21, "", "invalid UTF-8@0-4");
    expect("bom", "\xef\xbb\xbf" "fn", E21, "fn", "");
    lexs("\xef\xbb\xbf" "fn", E21);
    CHECK("bom_span", lx.toks.data[0].lo == 3 && lx.toks.data[0].hi == 5);
    expect("shebang", "#!/bin/sh\nfn", E21, "fn", "");
    expect("shebang_eof", "#!/usr/bin/env run-cargo-script", E21, "", "");
    expect("shebang_attribute", "#![allow(x)]", E21, "# ! [ allow ( x ) ]", "");
    expect("shebang_attribute_comments", "#! /* c */ // d\n [x]", E21, "# ! [ x ]", "");
    expect("shebang_then_doc", "#!//! doc\n[x]", E21, "[ x ]", "");
    expect("bom_shebang", "\xef\xbb\xbf#!x\ny", E21, "y", "");
    expect("shebang_not_first", " #!x", E21, "# ! x", "");
}

static void
test_kind_names(void)
{
    CHECK("name_eof", strcmp(tok_kind_name(TK_EOF), "end of file") == 0);
    CHECK("name_ident", strcmp(tok_kind_name(TK_IDENT), "identifier") == 0);
    CHECK("name_literals",
          strcmp(tok_kind_name(TK_LIFETIME), "lifetime") == 0 &&
              strcmp(tok_kind_name(TK_INT), "integer literal") == 0 &&
              strcmp(tok_kind_name(TK_FLOAT), "float literal") == 0 &&
              strcmp(tok_kind_name(TK_CHAR), "character literal") == 0 &&
              strcmp(tok_kind_name(TK_BYTE), "byte literal") == 0 &&
              strcmp(tok_kind_name(TK_STR), "string literal") == 0 &&
              strcmp(tok_kind_name(TK_BYTE_STR), "byte string literal") == 0 &&
              strcmp(tok_kind_name(TK_C_STR), "C string literal") == 0 &&
              strcmp(tok_kind_name(TK_DOC_COMMENT), "doc comment") == 0);
    CHECK("name_keyword", strcmp(tok_kind_name(TK_KW_FN), "`fn`") == 0 &&
                              strcmp(tok_kind_name(TK_KW_SELF_TYPE), "`Self`") == 0);
    CHECK("name_punct", strcmp(tok_kind_name(TK_SHREQ), "`>>=`") == 0 &&
                            strcmp(tok_kind_name(TK_PATHSEP), "`::`") == 0);
    bool ok = true;
    for (int k = 0; k < TK_N; k++)
        ok = ok && tok_kind_name((TokKind)k) && tok_kind_name((TokKind)k)[0];
    CHECK("name_every_kind", ok);
}

/* ---- robustness ------------------------------------------------------ */

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static uint32_t
rnd(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void
fuzz(const char *name, int mode)
{
    static const char *frags[] = {
        "r#\"", "\"#", "\"", "'", "'a", "'r#", "b'", "br#", "br\"", "c\"", "cr#", "/*", "*/",
        "//", "///", "//!", "/**", "\\", "\\u{", "\\x", "}", "0x", "0b", "1.", "e", "E+", "_",
        "#", "##", "\n", "\r", "\r\n", " ", "\t", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xff",
        "\xe2\x80\xa8", "\xcc\x81", "fn", "r#self", "async", "1u8", "..=", ">>=", "::", "'''",
        "\\n", "\\'", "\0", "#!", "\xef\xbb\xbf", "r", "b", "c", "x", "9", ".", "'\\",
        "\\\n", "\xe2\x82", "let x = \"s\";", "/* /* */", "'static", "0o8", "1e",
    };
    size_t nfrags = sizeof frags / sizeof frags[0];
    static const char alpha[] = "abcrx019_'\"#\\/*.!{}()<>=-+&|e \n\r\tuUx";
    char buf[4096];
    for (int iter = 0; iter < 10000; iter++) {
        size_t n = 0, want = rnd(201);
        while (n < want) {
            if (mode == 0) {
                buf[n++] = (char)rnd(256);
            } else if (mode == 1) {
                buf[n++] = alpha[rnd(sizeof alpha - 1)];
            } else {
                const char *f = frags[rnd((uint32_t)nfrags)];
                size_t fl = f[0] ? strlen(f) : 1; /* "\0" is one NUL byte */
                if (n + fl > sizeof buf)
                    break;
                memcpy(buf + n, f, fl);
                n += fl;
            }
        }
        lexn(buf, n, (Edition)rnd(4));
        const char *bad = invariants(n);
        if (bad) {
            fail(name, "iteration %d: %s", iter, bad);
            return;
        }
    }
    pass(name);
}

static void
test_deep_nesting(void)
{
    size_t depth = 1000000, n = depth * 4 + 1;
    char *b = malloc(n);
    for (size_t i = 0; i < depth; i++)
        memcpy(b + 2 * i, "/*", 2);
    for (size_t i = 0; i < depth; i++)
        memcpy(b + 2 * depth + 2 * i, "*/", 2);
    b[n - 1] = 'x';
    lexn(b, n, E21);
    CHECK("deep_nested_comment", lx.toks.len == 2 && lx.toks.data[0].kind == TK_IDENT &&
                                     lx.errors.len == 0);
    lexn(b, 2 * depth, E21);
    CHECK("deep_unterminated_comment",
          lx.toks.len == 1 && lx.errors.len == 1 && lx.errors.data[0].hi == 2 * depth);
    free(b);
}

/* Each input is n copies of a piece; lexing must stay linear. */
static void
test_linear(void)
{
    static const struct {
        const char *piece;
        Edition ed;
    } cases[] = {
        {"'", E21},      {"'\\", E21},   {"'a", E21},      {"'r#", E21},  {"\"\\", E21},
        {"r#\"", E21},   {"\"#", E21},   {"#", E24},       {"#\"", E24},  {"b'", E21},
        {"/", E21},      {"/*", E21},    {"0x", E21},      {"\xff", E21}, {"\xe2\x82\xac", E21},
        {"'ab", E21},    {"r", E21},     {"a\xf0\x9f\x98\x80", E21}, {"1.", E21}, {"'\\u{", E21},
    };
    size_t target = 1 << 20;
    char *b = malloc(target + 8);
    double worst = 0;
    const char *worst_piece = "";
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        size_t pl = strlen(cases[c].piece), n = 0;
        while (n + pl <= target)
            memcpy(b + n, cases[c].piece, pl), n += pl;
        double t0 = now();
        lexn(b, n, cases[c].ed);
        double dt = now() - t0;
        const char *bad = invariants(n);
        if (bad) {
            fail("linear_time", "`%s`: %s", cases[c].piece, bad);
            free(b);
            return;
        }
        if (dt > worst)
            worst = dt, worst_piece = cases[c].piece;
    }
    free(b);
    /* quadratic behaviour on 1 MiB would take minutes; linear takes milliseconds */
    if (worst < 5.0)
        pass("linear_time");
    else
        fail("linear_time", "1 MiB of `%s` took %.2f s", worst_piece, worst);
}

static void
test_no_leaks(void)
{
    const char *src = "fn f() -> u8 { let s = \"a\\n\"; 'x'; 0x1f; /* c */ /// d\n '\\q'; r#\"z\"# }";
    lexs(src, E21);
    lex_free(&lx);
    lexed = false;
    size_t before = base_mem_live();
    lexs(src, E21);
    lex_free(&lx);
    lexed = false;
    CHECK("no_leaks", base_mem_live() == before);
}

int
main(void)
{
    test_basics();
    test_comments();
    test_idents();
    test_lifetimes();
    test_chars();
    test_numbers();
    test_strings();
    test_punct();
    test_unknown();
    test_kind_names();
    fuzz("fuzz_random_bytes", 0);
    fuzz("fuzz_rust_alphabet", 1);
    fuzz("fuzz_fragments", 2);
    test_deep_nesting();
    test_linear();
    test_no_leaks();
    if (lexed)
        lex_free(&lx);
    return failures ? 1 : 0;
}

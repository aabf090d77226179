/*
 * token.h — Rust tokens (included by syntax.h; not a subsystem of its own).
 *
 * The lexer covers the whole Rust token set, not only smelt's subset, so
 * that code outside the subset fails in the parser with "not supported by
 * smelt yet" rather than with a lexing error.
 *
 * Punctuation is lexed greedily into the longest operator (`>>=`, `..=`,
 * `::`, `->`, `=>`, `&&`, `||`, `<<`, ...); the parser splits compound
 * tokens where the grammar needs a prefix of them (`>>` closing two generic
 * lists, `&&x` as two borrows, `||` as an empty closure parameter list).
 */
#ifndef SMELT_TOKEN_H
#define SMELT_TOKEN_H

/* X(name, spelling) — keywords.  Strict keywords of every edition, plus the
 * 2018+ ones (async, await, dyn, try), which the lexer returns as TK_IDENT
 * in edition 2015, and the 2024 `gen`, an identifier before 2024. */
#define SMELT_KEYWORDS(X)                                                                          \
    X(AS, "as") X(BREAK, "break") X(CONST, "const") X(CONTINUE, "continue") X(CRATE, "crate")     \
    X(ELSE, "else") X(ENUM, "enum") X(EXTERN, "extern") X(FALSE, "false") X(FN, "fn")             \
    X(FOR, "for") X(IF, "if") X(IMPL, "impl") X(IN, "in") X(LET, "let") X(LOOP, "loop")           \
    X(MATCH, "match") X(MOD, "mod") X(MOVE, "move") X(MUT, "mut") X(PUB, "pub") X(REF, "ref")     \
    X(RETURN, "return") X(SELF_VALUE, "self") X(SELF_TYPE, "Self") X(STATIC, "static")            \
    X(STRUCT, "struct") X(SUPER, "super") X(TRAIT, "trait") X(TRUE, "true") X(TYPE, "type")       \
    X(UNSAFE, "unsafe") X(USE, "use") X(WHERE, "where") X(WHILE, "while") X(ASYNC, "async")       \
    X(AWAIT, "await") X(DYN, "dyn") X(ABSTRACT, "abstract") X(BECOME, "become") X(BOX, "box")     \
    X(DO, "do") X(FINAL, "final") X(MACRO, "macro") X(OVERRIDE, "override") X(PRIV, "priv")       \
    X(TYPEOF, "typeof") X(UNSIZED, "unsized") X(VIRTUAL, "virtual") X(YIELD, "yield")             \
    X(TRY, "try") X(GEN, "gen")

/* X(name, spelling) — punctuation, longest first is NOT required here. */
#define SMELT_PUNCTS(X)                                                                            \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(PERCENT, "%") X(CARET, "^")           \
    X(NOT, "!") X(AND, "&") X(OR, "|") X(ANDAND, "&&") X(OROR, "||") X(SHL, "<<") X(SHR, ">>")    \
    X(PLUSEQ, "+=") X(MINUSEQ, "-=") X(STAREQ, "*=") X(SLASHEQ, "/=") X(PERCENTEQ, "%=")          \
    X(CARETEQ, "^=") X(ANDEQ, "&=") X(OREQ, "|=") X(SHLEQ, "<<=") X(SHREQ, ">>=") X(EQ, "=")      \
    X(EQEQ, "==") X(NE, "!=") X(GT, ">") X(LT, "<") X(GE, ">=") X(LE, "<=") X(AT, "@")            \
    X(UNDERSCORE, "_") X(DOT, ".") X(DOTDOT, "..") X(DOTDOTDOT, "...") X(DOTDOTEQ, "..=")         \
    X(COMMA, ",") X(SEMI, ";") X(COLON, ":") X(PATHSEP, "::") X(RARROW, "->") X(FATARROW, "=>")   \
    X(LARROW, "<-") X(POUND, "#") X(DOLLAR, "$") X(QUESTION, "?") X(TILDE, "~") X(LBRACE, "{")    \
    X(RBRACE, "}") X(LBRACKET, "[") X(RBRACKET, "]") X(LPAREN, "(") X(RPAREN, ")")

typedef enum {
    TK_EOF,
    TK_IDENT,     /* sym = the name (without r#); TF_RAW for r#name */
    TK_LIFETIME,  /* sym = name without the quote: 'a -> "a", 'static -> "static" */
    TK_INT,       /* sym = digits as written (with _ and 0x prefix), suffix = e.g. "u8" or 0 */
    TK_FLOAT,     /* sym = as written, suffix = "f32"/"f64" or 0 */
    TK_CHAR,      /* sym = the decoded character as UTF-8 */
    TK_BYTE,      /* b'x': sym = the decoded byte (1 byte, may be any value) */
    TK_STR,       /* "..." and r#"..."#: sym = decoded contents; TF_RAW for raw */
    TK_BYTE_STR,  /* b"..." and br"...": sym = decoded bytes */
    TK_C_STR,     /* c"..." (outside the subset) */
    TK_DOC_COMMENT, /* sym = text; TF_INNER for inner doc comments (//! and the block form) */
#define X(n, s) TK_KW_##n,
    SMELT_KEYWORDS(X)
#undef X
#define X(n, s) TK_##n,
    SMELT_PUNCTS(X)
#undef X
    TK_LAZY_BODY, /* lex_file_lazy: an item fn's body, `{` .. `}`, not lexed (lo..hi) */
    TK_N
} TokKind;

enum {
    TF_RAW = 1 << 0,        /* r#ident, raw string */
    TF_INNER = 1 << 1,      /* inner doc comment */
    TF_SPACE_BEFORE = 1 << 2, /* whitespace or a comment precedes this token */
};

typedef struct {
    uint16_t kind; /* TokKind */
    uint8_t flags;
    uint32_t lo, hi; /* byte offsets in the file */
    Symbol sym;      /* text, see TokKind; 0 when none */
    Symbol suffix;   /* literal suffix, 0 when none */
} Token;

typedef enum { EDITION_2015, EDITION_2018, EDITION_2021, EDITION_2024 } Edition;

/* A lexing error: the lexer never stops at one, it records it and goes on. */
typedef struct {
    uint32_t lo, hi;
    const char *code; /* rustc's code or "" */
    char *msg;        /* xmalloc'd */
} LexError;

typedef struct {
    VEC(Token) toks; /* ends with TK_EOF */
    VEC(LexError) errors;
} Lexed;

/* Lexes src[0..len) (need not be NUL-terminated; may contain NUL bytes). */
void lex_file(const char *src, uint32_t len, Edition ed, Lexed *out);
/* The tokens of src[lo, hi) with the file's offsets (a part of a file that starts and ends
 * at token boundaries: a fn body's braces). */
void lex_range(const char *src, uint32_t lo, uint32_t hi, Edition ed, Lexed *out);
/* lex_file, except that the body of a fn that is an item (in the file, a module, an impl or
 * a trait) is one TK_LAZY_BODY token when a scan of its characters finds nothing in it that
 * matters before the body is parsed (see parse_file_lazy).  The scan only matches braces,
 * skips literals and comments, and looks for attributes, items and `cfg`; a body it gets
 * wrong fails to parse later (syntax_parse_body lexes it properly), never parses wrong. */
void lex_file_lazy(const char *src, uint32_t len, Edition ed, Lexed *out);
void lex_free(Lexed *l);
/* Spelling of a token kind for messages: "`fn`", "`>>=`", "identifier", ... */
const char *tok_kind_name(TokKind k);

#endif

/*
 * dump.c — MIR as text (`smelt build --dump-mir`, and the MIR's hash) and
 * its validator.  Spans print relative to the body's item, so that lines
 * inserted above an item do not change its MIR.
 */
#include "mir.h"

#include <string.h>

static void
ty_out(QCtx *q, Ty *t, Buf *out)
{
    TyPrinter p = {q, sess_defs(q), NULL, NULL};
    ty_print(&p, t, out);
}

static void
place_out(const Place *p, Buf *out)
{
    for (uint32_t i = p->nproj; i-- > 0;)
        if (p->proj[i].kind == PJ_DEREF)
            buf_printf(out, "(*");
    buf_printf(out, "_%u", p->local);
    for (uint32_t i = 0; i < p->nproj; i++) {
        const Proj *pr = &p->proj[i];
        switch (pr->kind) {
        case PJ_DEREF:
            buf_printf(out, ")");
            break;
        case PJ_FIELD:
            buf_printf(out, ".%u", pr->idx);
            break;
        case PJ_INDEX:
            buf_printf(out, "[_%u]", pr->idx);
            break;
        case PJ_DOWNCAST:
            buf_printf(out, " as variant#%u", pr->idx);
            break;
        default:
            break;
        }
    }
}

static void
operand_out(QCtx *q, const Operand *o, Buf *out)
{
    switch (o->kind) {
    case OPND_COPY:
        place_out(&o->place, out);
        return;
    case OPND_MOVE:
        buf_printf(out, "move ");
        place_out(&o->place, out);
        return;
    default:
        break;
    }
    buf_printf(out, "const ");
    switch (o->ckind) {
    case CV_INT:
        if (o->hi && o->hi != UINT64_MAX)
            buf_printf(out, "0x%016llx%016llx", (unsigned long long)o->hi,
                       (unsigned long long)o->lo);
        else if (o->ty->kind == TY_INT && int_kind_signed((IntKind)o->ty->sub))
            buf_printf(out, "%lld", (long long)o->lo);
        else
            buf_printf(out, "%llu", (unsigned long long)o->lo);
        buf_printf(out, "_");
        ty_out(q, o->ty, out);
        return;
    case CV_FLOAT: {
        double d;
        memcpy(&d, &o->lo, 8);
        buf_printf(out, "%.17g_", d);
        ty_out(q, o->ty, out);
        return;
    }
    case CV_BOOL:
        buf_printf(out, o->lo ? "true" : "false");
        return;
    case CV_CHAR:
        buf_printf(out, "'\\u{%llx}'", (unsigned long long)o->lo);
        return;
    case CV_STR: {
        buf_printf(out, "\"");
        const char *s = sym_str(o->sym);
        size_t n = sym_len(o->sym);
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == '"' || c == '\\')
                buf_printf(out, "\\%c", c);
            else if (c < 0x20 || c == 0x7f)
                buf_printf(out, "\\x%02x", c);
            else
                buf_bytes(out, &c, 1);
        }
        buf_printf(out, "\"");
        return;
    }
    case CV_UNIT:
        buf_printf(out, "()");
        return;
    case CV_FN: {
        Buf b = {0};
        defs_path_str(sess_defs(q), o->def, &b);
        buf_bytes(out, b.data, b.len);
        buf_free(&b);
        if (o->nargs) {
            buf_printf(out, "::<");
            for (uint32_t i = 0; i < o->nargs; i++) {
                if (i)
                    buf_printf(out, ", ");
                ty_out(q, o->args[i], out);
            }
            buf_printf(out, ">");
        }
        return;
    }
    default:
        return;
    }
}

static const char *const BINOPS[] = {"Add", "Sub", "Mul", "Div", "Rem", "BitAnd", "BitOr",
                                     "BitXor", "Shl", "Shr", "Eq", "Ne", "Lt", "Le", "Gt", "Ge"};

static void
rvalue_out(QCtx *q, const Rvalue *rv, Buf *out)
{
    switch (rv->kind) {
    case RV_USE:
        operand_out(q, &rv->a, out);
        return;
    case RV_BIN:
    case RV_CHECKED_BIN:
        buf_printf(out, "%s%s(", rv->kind == RV_CHECKED_BIN ? "Checked" : "", BINOPS[rv->op]);
        operand_out(q, &rv->a, out);
        buf_printf(out, ", ");
        operand_out(q, &rv->b, out);
        buf_printf(out, ")");
        return;
    case RV_UN:
    case RV_CHECKED_NEG:
        buf_printf(out, "%s(", rv->kind == RV_CHECKED_NEG ? "CheckedNeg"
                               : rv->op == UN_NEG      ? "Neg"
                                                       : "Not");
        operand_out(q, &rv->a, out);
        buf_printf(out, ")");
        return;
    case RV_REF:
        buf_printf(out, rv->mut ? "&mut " : "&");
        place_out(&rv->place, out);
        return;
    case RV_CAST:
        operand_out(q, &rv->a, out);
        buf_printf(out, " as ");
        ty_out(q, rv->ty, out);
        return;
    case RV_LEN:
        buf_printf(out, "Len(");
        place_out(&rv->place, out);
        buf_printf(out, ")");
        return;
    case RV_DISCR:
        buf_printf(out, "discriminant(");
        place_out(&rv->place, out);
        buf_printf(out, ")");
        return;
    case RV_COERCE:
        operand_out(q, &rv->a, out);
        buf_printf(out, " as ");
        ty_out(q, rv->ty, out);
        buf_printf(out, " (PointerCoercion)");
        return;
    case RV_SUBSLICE:
        buf_printf(out, "Subslice(");
        operand_out(q, &rv->a, out);
        buf_printf(out, ", ");
        if (rv->op & 1)
            operand_out(q, &rv->b, out);
        buf_printf(out, rv->op & 4 ? "..=" : "..");
        if ((rv->op & 2) && rv->nops)
            operand_out(q, &rv->ops[0], out);
        buf_printf(out, ")");
        return;
    case RV_REPEAT:
        buf_printf(out, "[");
        operand_out(q, &rv->a, out);
        buf_printf(out, "; %llu]", (unsigned long long)rv->count);
        return;
    default:
        break;
    }
    if (rv->kind == RV_ADT || rv->kind == RV_CLOSURE) {
        ty_out(q, rv->ty, out);
        buf_printf(out, "#%u {", rv->variant);
    } else {
        buf_printf(out, rv->kind == RV_ARRAY ? "[" : "(");
    }
    for (uint32_t i = 0; i < rv->nops; i++) {
        if (i)
            buf_printf(out, ", ");
        operand_out(q, &rv->ops[i], out);
    }
    buf_printf(out, rv->kind == RV_ADT || rv->kind == RV_CLOSURE ? "}"
                    : rv->kind == RV_ARRAY                        ? "]"
                                                                  : ")");
}

static void
pieces_out(QCtx *q, const FmtPiece *p, uint32_t n, Buf *out)
{
    for (uint32_t i = 0; i < n; i++) {
        buf_printf(out, i ? ", " : "");
        if (p[i].kind == FMT_LIT) {
            Operand o;
            memset(&o, 0, sizeof o);
            o.kind = OPND_CONST;
            o.ckind = CV_STR;
            o.sym = p[i].lit;
            operand_out(q, &o, out);
        } else {
            buf_printf(out, p[i].kind == FMT_DEBUG ? "{:?} " : "{} ");
            operand_out(q, &p[i].arg, out);
        }
    }
}

void
mir_dump(QCtx *q, const Mir *m, Buf *out)
{
    DefTable *t = sess_defs(q);
    const Def *d = defs_get(t, m->def);
    const Node *on = defs_get(t, d->owner)->node;
    uint32_t base = on ? on->lo : 0;
    buf_printf(out, "fn ");
    Buf p = {0};
    defs_path_str(t, m->def, &p);
    buf_bytes(out, p.data, p.len);
    buf_free(&p);
    buf_printf(out, "(");
    for (uint32_t i = 1; i <= m->nargs && i < m->nlocals; i++) {
        buf_printf(out, "%s_%u: ", i > 1 ? ", " : "", i);
        ty_out(q, m->locals[i].ty, out);
    }
    buf_printf(out, ") -> ");
    if (m->nlocals)
        ty_out(q, m->locals[0].ty, out);
    buf_printf(out, " {\n");
    if (m->placeholder)
        buf_printf(out, "    // not run yet: no executor (async bodies are a later issue)\n");
    if (m->by_move != DEF_NONE && m->placeholder && defs_get(t, m->def)->kind == DK_ASYNC_CLOSURE) {
        Buf bm = {0};
        defs_path_str(t, m->by_move, &bm);
        buf_printf(out, "    // by-move body: %.*s\n", (int)bm.len, (const char *)bm.data);
        buf_free(&bm);
    }
    for (uint32_t i = m->nargs + 1; i < m->nlocals; i++) {
        buf_printf(out, "    let %s_%u: ", m->locals[i].mut ? "mut " : "", i);
        ty_out(q, m->locals[i].ty, out);
        if (m->locals[i].name)
            buf_printf(out, "; // %s", sym_str(m->locals[i].name));
        buf_printf(out, "\n");
    }
    for (uint32_t b = 0; b < m->nblocks; b++) {
        const Block *bl = &m->blocks[b];
        buf_printf(out, "    bb%u: {\n", b);
        for (uint32_t i = 0; i < bl->nstmts; i++) {
            const Stmt *s = &bl->stmts[i];
            buf_printf(out, "        ");
            switch (s->kind) {
            case ST_ASSIGN:
                place_out(&s->place, out);
                buf_printf(out, " = ");
                rvalue_out(q, &s->rv, out);
                break;
            case ST_BOUNDS:
                buf_printf(out, "assert(");
                operand_out(q, &s->idx, out);
                buf_printf(out, " < %llu, \"index out of bounds\")", (unsigned long long)s->len);
                break;
            case ST_PRINT:
                buf_printf(out, "print(%s, ", s->stream == 2 ? "stderr" : "stdout");
                pieces_out(q, s->pieces, s->npieces, out);
                buf_printf(out, ")");
                break;
            default:
                buf_printf(out, "nop");
                break;
            }
            buf_printf(out, "; // @%u\n", s->span.lo >= base ? s->span.lo - base : 0);
        }
        const Term *tm = &bl->term;
        buf_printf(out, "        ");
        switch (tm->kind) {
        case T_GOTO:
            buf_printf(out, "goto -> bb%u", tm->target);
            break;
        case T_SWITCH:
            buf_printf(out, "switchInt(");
            operand_out(q, &tm->discr, out);
            buf_printf(out, ") -> [");
            for (uint32_t i = 0; i < tm->ncases; i++)
                buf_printf(out, "%llu: bb%u, ", (unsigned long long)tm->values[i], tm->targets[i]);
            buf_printf(out, "otherwise: bb%u]", tm->otherwise);
            break;
        case T_RETURN:
            buf_printf(out, "return");
            break;
        case T_UNREACHABLE:
            buf_printf(out, "unreachable");
            break;
        case T_CALL:
            place_out(&tm->dest, out);
            buf_printf(out, " = ");
            if (tm->call_value) {
                buf_printf(out, "call<");
                ty_out(q, tm->callee_ty, out);
                buf_printf(out, ">");
            } else {
                operand_out(q, &tm->func, out);
            }
            buf_printf(out, "(");
            for (uint32_t i = 0; i < tm->nargs; i++) {
                if (i)
                    buf_printf(out, ", ");
                operand_out(q, &tm->args[i], out);
            }
            buf_printf(out, ") -> bb%u", tm->target);
            break;
        case T_PANIC:
            buf_printf(out, "panic(");
            pieces_out(q, tm->pieces, tm->npieces, out);
            buf_printf(out, ")");
            break;
        default:
            break;
        }
        buf_printf(out, "; // @%u\n    }\n", tm->span.lo >= base ? tm->span.lo - base : 0);
    }
    buf_printf(out, "}\n");
}

static bool
place_ok(const Mir *m, const Place *p)
{
    if (p->local >= m->nlocals)
        return false;
    for (uint32_t i = 0; i < p->nproj; i++)
        if (p->proj[i].kind == PJ_INDEX && p->proj[i].idx >= m->nlocals)
            return false;
    return true;
}

static bool
operand_ok(const Mir *m, const Operand *o)
{
    return o->kind == OPND_CONST || place_ok(m, &o->place);
}

bool
mir_validate(const Mir *m, char *why, size_t n)
{
    if (m->nlocals < m->nargs + 1) {
        snprintf(why, n, "fewer locals than arguments");
        return false;
    }
    for (uint32_t b = 0; b < m->nblocks; b++) {
        const Block *bl = &m->blocks[b];
        for (uint32_t i = 0; i < bl->nstmts; i++) {
            const Stmt *s = &bl->stmts[i];
            bool ok = true;
            if (s->kind == ST_ASSIGN) {
                ok = place_ok(m, &s->place);
                const Rvalue *rv = &s->rv;
                if (rv->kind == RV_REF || rv->kind == RV_DISCR || rv->kind == RV_LEN)
                    ok = ok && place_ok(m, &rv->place);
                else if (rv->kind == RV_TUPLE || rv->kind == RV_ADT || rv->kind == RV_ARRAY ||
                         rv->kind == RV_CLOSURE) {
                    for (uint32_t k = 0; k < rv->nops; k++)
                        ok = ok && operand_ok(m, &rv->ops[k]);
                } else {
                    ok = ok && operand_ok(m, &rv->a);
                    if (rv->kind == RV_BIN || rv->kind == RV_CHECKED_BIN ||
                        (rv->kind == RV_SUBSLICE && (rv->op & 1)))
                        ok = ok && operand_ok(m, &rv->b);
                    if (rv->kind == RV_SUBSLICE && (rv->op & 2))
                        ok = ok && rv->nops == 1 && operand_ok(m, &rv->ops[0]);
                }
            } else if (s->kind == ST_BOUNDS) {
                ok = operand_ok(m, &s->idx);
            }
            if (!ok) {
                snprintf(why, n, "bb%u statement %u uses a local that does not exist", b, i);
                return false;
            }
        }
        const Term *t = &bl->term;
        uint32_t targets[2] = {t->target, t->otherwise};
        bool ok = true;
        if (t->kind == T_GOTO || t->kind == T_CALL)
            ok = targets[0] < m->nblocks;
        if (t->kind == T_SWITCH) {
            ok = targets[1] < m->nblocks && operand_ok(m, &t->discr);
            for (uint32_t i = 0; i < t->ncases; i++)
                ok = ok && t->targets[i] < m->nblocks;
        }
        if (t->kind == T_CALL) {
            ok = ok && (t->call_value ? t->nargs >= 1 && t->callee_ty
                                      : t->func.kind == OPND_CONST && t->func.ckind == CV_FN) &&
                 place_ok(m, &t->dest);
            for (uint32_t i = 0; i < t->nargs; i++)
                ok = ok && operand_ok(m, &t->args[i]);
        }
        if (!ok) {
            snprintf(why, n, "bb%u's terminator is malformed", b);
            return false;
        }
    }
    return true;
}

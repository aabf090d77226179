/*
 * fs.c — file helpers: read a whole file, atomic write (temp file, then
 * rename), advisory locks with flock, read-only mmap, mkdir -p and rm -r.
 *
 * Nothing here calls fsync.  A killed process loses nothing the kernel has
 * been given, and what an operating-system crash can tear (a renamed file
 * whose blocks never reached the disk) is caught by the checksum every
 * incremental file carries: the cache is then rebuilt, never trusted.  An
 * fsync would cost each rebuild several milliseconds for no correctness.
 */
#include "base.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

char *
fs_read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL; /* devices, pipes: not source files */
        return NULL;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *p = xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            p = xrealloc(p, cap, cap * 2);
            cap *= 2;
        }
        ssize_t r = read(fd, p + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            xfree(p, cap);
            close(fd);
            errno = e;
            return NULL;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    p[n] = 0;
    /* shrink so that xfree(p, n + 1) accounts exactly */
    p = xrealloc(p, cap, n + 1);
    *len = n;
    return p;
}

static bool
write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += w;
        len -= (size_t)w;
    }
    return true;
}

bool
fs_write_atomic2(const char *path, const void *a, size_t alen, const void *b, size_t blen)
{
    size_t n = strlen(path) + 32;
    char *tmp = xmalloc(n);
    snprintf(tmp, n, "%s.tmp.%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0;
    if (ok) {
        ok = write_all(fd, a, alen) && write_all(fd, b, blen);
        ok = close(fd) == 0 && ok;
    }
    if (ok)
        ok = rename(tmp, path) == 0;
    if (!ok) {
        int e = errno;
        unlink(tmp);
        errno = e;
    }
    xfree(tmp, n);
    return ok;
}

bool
fs_write_atomic(const char *path, const void *data, size_t len)
{
    return fs_write_atomic2(path, data, len, "", 0);
}

int
fs_lock(const char *path, bool wait)
{
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    while (flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) < 0) {
        if (errno == EINTR)
            continue;
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

void
fs_unlock(int fd)
{
    if (fd >= 0) {
        flock(fd, LOCK_UN);
        close(fd);
    }
}

bool
fs_map(const char *path, Mapped *m)
{
    m->data = NULL;
    m->len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        errno = EINVAL;
        return false;
    }
    if (st.st_size == 0) {
        close(fd);
        m->data = (const uint8_t *)"";
        return true;
    }
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        return false;
    m->data = p;
    m->len = (size_t)st.st_size;
    return true;
}

void
fs_unmap(Mapped *m)
{
    if (m->len)
        munmap((void *)m->data, m->len);
    m->data = NULL;
    m->len = 0;
}

bool
fs_mkdirs(const char *path)
{
    char buf[4096];
    size_t n = strlen(path);
    if (n >= sizeof buf)
        return false;
    memcpy(buf, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (buf[i] == '/' || buf[i] == 0) {
            char c = buf[i];
            buf[i] = 0;
            if (mkdir(buf, 0755) < 0 && errno != EEXIST)
                return false;
            buf[i] = c;
        }
    }
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool
fs_remove_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) < 0)
        return errno == ENOENT;
    if (!S_ISDIR(st.st_mode))
        return unlink(path) == 0;
    DIR *d = opendir(path);
    if (!d)
        return false;
    bool ok = true;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char sub[4096];
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        ok = fs_remove_tree(sub) && ok;
    }
    closedir(d);
    return rmdir(path) == 0 && ok;
}

bool
parse_size(const char *s, size_t *out)
{
    char *end;
    if (s[0] < '0' || s[0] > '9')
        return false; /* no signs, no blanks: strtoull would accept " -1" */
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno)
        return false;
    unsigned long long mul = 1;
    switch (*end) {
    case 0:
        break;
    case 'k': case 'K':
        mul = 1ull << 10, end++;
        break;
    case 'm': case 'M':
        mul = 1ull << 20, end++;
        break;
    case 'g': case 'G':
        mul = 1ull << 30, end++;
        break;
    default:
        return false;
    }
    if (*end == 'i' && mul > 1)
        end++;
    if (*end == 'B' || *end == 'b')
        end++;
    if (*end || v > (~0ull) / mul)
        return false;
    *out = (size_t)(v * mul);
    return true;
}

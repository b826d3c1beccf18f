#!/usr/bin/env python3
"""Where the wasm's brotli bytes are: a size round's map (not run by any test).

    python3 scripts/wasm_where.py WASM

WASM must keep its name section: wasm-bindgen's output without --remove-name-section,
optimised with the flags of scripts/build-wasm.sh plus wasm-opt's -g (see round 16 in
docs/history/speed-and-size.md). For readable generic names, build with RUSTFLAGS=-Csymbol-mangling-version=v0
in a target directory of its own.

Prints, per group of functions (by demangled name), their count, raw bytes, and what
brotli -q 11 of the code section loses when the group's bodies are left out (repeated
code compresses to almost nothing, so raw bytes overstate it); then the data section:
its brotli size, the panic location records in it (16 bytes: a &str to a `.rs` path,
line, column) per source file and what zeroing or removing them would take off, and
the fat `&str` pointers (8 bytes) found outside them.
"""
import collections, re, struct, subprocess, sys

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80:
            return r, i

def br(data):
    return len(subprocess.run(['brotli', '-q', '11', '-c'], input=bytes(data), stdout=subprocess.PIPE, check=True).stdout)

GROUPS = [
    ('extract::cast', r'dramatis::extract::cast'),
    ('extract::attribution', r'dramatis::extract::attribution'),
    ('extract::relations', r'dramatis::extract::relations'),
    ('extract (other)', r'dramatis::extract'),
    ('ui', r'dramatis::ui'),
    ('model', r'dramatis::model'),
    ('dom', r'dramatis::dom'),
    ('dramatis (other)', r'dramatis::'),
    ('yew', r'yew|implicit_clone'),
    ('hashbrown', r'hashbrown'),
    ('wasm-bindgen shims', r'wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|gloo'),
    ('iterator instances', r'core::iter|alloc::vec::in_place|SpecFromIter|SpecExtend|FromIterator|Iterator'),
    ('fmt', r'core::fmt|alloc::fmt|Debug|Display'),
    ('core/alloc/std (other)', r'core::|alloc::|std::'),
]

def main(path):
    b = open(path, 'rb').read()
    i, nimp, bodies, names, segs = 8, 0, [], {}, []
    while i < len(b):
        sid = b[i]; n, i = leb(b, i + 1); s, e = i, i + n; i = e
        if sid == 2:  # imports: count the functions
            cnt, j = leb(b, s)
            for _ in range(cnt):
                for _ in range(2):
                    l, j = leb(b, j); j += l
                kind = b[j]; j += 1
                if kind == 0:
                    _, j = leb(b, j); nimp += 1
                elif kind in (1, 2):
                    j += kind == 1
                    fl, j = leb(b, j); _, j = leb(b, j)
                    if fl & 1:
                        _, j = leb(b, j)
                else:
                    j += 2
        elif sid == 10:
            cnt, j = leb(b, s)
            for _ in range(cnt):
                l, j2 = leb(b, j); bodies.append(b[j:j2 + l]); j = j2 + l
        elif sid == 11:
            cnt, j = leb(b, s)
            for _ in range(cnt):
                fl, j = leb(b, j)
                assert fl == 0 and b[j] == 0x41, 'active segments at constant offsets only'
                off, j = leb(b, j + 1); j += 1
                l, j = leb(b, j); segs.append((off, b[j:j + l])); j += l
        elif sid == 0:
            l, j = leb(b, s)
            if b[j:j + l] == b'name':
                j += l
                while j < e:
                    sub = b[j]; sl, j = leb(b, j + 1); end = j + sl
                    if sub == 1:
                        cnt, k = leb(b, j)
                        for _ in range(cnt):
                            idx, k = leb(b, k); l2, k = leb(b, k)
                            names[idx] = b[k:k + l2].decode('utf8', 'replace'); k += l2
                    j = end
    if not names:
        sys.exit('no name section: see the header of this script')
    raw = [names.get(nimp + k, '?') for k in range(len(bodies))]
    dem = subprocess.run(['c++filt'], input='\n'.join(raw).encode(), stdout=subprocess.PIPE).stdout.decode().split('\n')
    code = b''.join(bodies); total = br(code)
    print('code: %d functions, raw %d, brotli %d' % (len(bodies), len(code), total))
    groups = collections.defaultdict(list)
    for k, n in enumerate(dem[:len(bodies)]):
        g = next((g for g, p in GROUPS if re.search(p, n)), 'rest')
        groups[g].append(k)
    for g in [g for g, _ in GROUPS] + ['rest']:
        ks = set(groups[g])
        rest = b''.join(bodies[k] for k in range(len(bodies)) if k not in ks)
        print('  %-24s %5d fns  raw %7d  brotli %6d' % (g, len(ks), sum(len(bodies[k]) for k in ks), total - br(rest)))

    base = min(o for o, _ in segs); end = max(o + len(d) for o, d in segs)
    mem = bytearray(end - base)
    for o, d in segs:
        mem[o - base:o - base + len(d)] = d
    def text(p, l):
        if p < base or p + l > end:
            return None
        try:
            return bytes(mem[p - base:p + l - base]).decode()
        except UnicodeDecodeError:
            return None
    locs, files = [], collections.Counter()
    for a in range(0, len(mem) - 16, 4):
        p, l, line, col = struct.unpack_from('<IIII', mem, a)
        if 4 < l < 200 and line < 100000 and 0 < col < 500:
            s = text(p, l)
            if s and s.endswith('.rs'):
                locs.append(a); files[s] += 1
    zeroed, removed, skip = bytearray(mem), bytearray(), set()
    for a in locs:
        zeroed[a + 8:a + 16] = bytes(8); skip.update(range(a, a + 16))
    removed = bytes(x for k, x in enumerate(mem) if k not in skip)
    fat, a = 0, 0
    while a < len(mem) - 8:
        if a in skip:
            a += 16; continue
        p, l = struct.unpack_from('<II', mem, a)
        s = text(p, l) if 0 < l < 5000 else None
        if s is not None and all(ord(c) >= 32 or c in '\n\t' for c in s[:50]):
            fat += 1; a += 8
        else:
            a += 4
    print('data: raw %d, brotli %d' % (len(mem), br(mem)))
    print('  panic locations: %d (%d bytes raw); brotli with their line/column zeroed %d, without them %d'
          % (len(locs), 16 * len(locs), br(zeroed), br(removed)))
    for f, c in files.most_common(15):
        print('    %5d %s' % (c, f))
    print('  fat &str pointers outside them: %d (%d bytes raw)' % (fat, 8 * fat))

if __name__ == '__main__':
    main(sys.argv[1])

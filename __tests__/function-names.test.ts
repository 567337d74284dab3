// Function names, as the per-function sizes and profiles show them: read from the "name" section
// (checked against wabt's wasm-objdump), demangled (checked against GNU c++filt and against
// wasm-ld's own demangling, on symbols of real Rust and C++ builds), hash suffixes removed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demangle, readableName } from '../src/measure/demangle.js';
import { encodeU32 } from '../src/wasm/leb128.js';
import { readFunctionNames } from '../src/wasm/name-section.js';
import { prebuilt, repo } from './helpers/cli.js';
import { requireToolchains } from './helpers/toolchain.js';
import { wat } from './helpers/wat.js';

const fixtures = readdirSync(path.join(repo, 'fixtures', 'prebuilt')).filter((f) => f.endsWith('.wasm')).map((f) => f.replace('.wasm', ''));
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(file));

/** `wasm-objdump -x -j name`: func[N] <name> lines. */
function objdumpNames(file: string): Map<number, string> {
  const out = execFileSync('wasm-objdump', ['-x', '-j', 'name', file], { encoding: 'utf8' });
  return new Map([...out.matchAll(/^ - func\[(\d+)\] <(.*)>$/gm)].map((m) => [Number(m[1]), m[2] as string]));
}

/** GNU c++filt (binutils), which demangles C++ and both Rust manglings. */
function cxxfilt(names: string[]): string[] {
  return execFileSync('c++filt', [], { input: names.join('\n'), encoding: 'utf8' }).trimEnd().split('\n');
}

/** c++filt shows Rust hashes and crate disambiguators; the readable names leave them out. */
const withoutHashes = (name: string): string => name.replace(/::h[0-9a-f]{16}/g, '').replace(/\[[0-9a-f]+\]/g, '').replace(/\.llvm\.\d+$/, '');

/** A module with one custom section "name" of the given payload (after the section's name). */
function withNameSection(payload: number[]): Uint8Array {
  const base = wat('(module (func) (func))');
  const name = [...new TextEncoder().encode('name')];
  const body = [...encodeU32(name.length), ...name, ...payload];
  return new Uint8Array([...base, 0, ...encodeU32(body.length), ...body]);
}

const str = (s: string): number[] => {
  const b = [...new TextEncoder().encode(s)];
  return [...encodeU32(b.length), ...b];
};
const sub = (id: number, content: number[]): number[] => [id, ...encodeU32(content.length), ...content];

describe('readFunctionNames', () => {
  it.each(fixtures)('reads what wasm-objdump reads from %s', (name) => {
    const { names, problem } = readFunctionNames(bytesOf(prebuilt(name)));
    expect(problem).toBeUndefined();
    // c-chase is two benchmarks, their helper and the reactor's start-up: 6 functions
    expect(names.size).toBeGreaterThan(name === 'c-chase' ? 5 : 10);
    expect(names).toEqual(objdumpNames(prebuilt(name)));
  });

  it('says why there are no names, and never throws on a broken name section', () => {
    expect(readFunctionNames(wat('(module (func))'))).toEqual({ names: new Map(), problem: 'the module has no "name" section' });
    // function names subsection claims 3 entries but holds 1
    const truncated = readFunctionNames(withNameSection(sub(1, [3, 0, ...str('f')])));
    expect(truncated.names.size).toBe(0);
    expect(truncated.problem).toMatch(/^the "name" section is malformed \(/);
    // a subsection size past the section's end
    expect(readFunctionNames(withNameSection([1, 100, 0])).problem).toMatch(/malformed/);
    // module name only: no function named
    expect(readFunctionNames(withNameSection(sub(0, str('m'))))).toEqual({ names: new Map(), problem: 'the "name" section names no function' });
  });

  it('keeps the first name of an index named twice, skips other subsections, decodes UTF-8', () => {
    const payload = [...sub(0, str('module')), ...sub(1, [3, 0, ...str('früh'), 0, ...str('again'), 1, ...str('zwei')]), ...sub(2, [0])];
    expect(readFunctionNames(withNameSection(payload))).toEqual({ names: new Map([[0, 'früh'], [1, 'zwei']]) });
  });
});

describe('readableName: demangled, without hashes', () => {
  it('demangles the Rust (legacy) symbols of the fixtures as GNU c++filt does, hashes removed', () => {
    const symbols = fixtures.filter((f) => f.startsWith('rust-')).flatMap((f) => [...readFunctionNames(bytesOf(prebuilt(f))).names.values()]);
    const mangled = [...new Set(symbols.filter((s) => s.startsWith('_ZN')))];
    expect(mangled.length).toBeGreaterThan(20);
    const reference = cxxfilt(mangled);
    mangled.forEach((symbol, i) => expect(readableName(symbol), symbol).toBe(withoutHashes(reference[i] as string)));
    expect(readableName('_ZN8dlmalloc8dlmalloc17Dlmalloc$LT$A$GT$6malloc17h0d49dc60e377c70eE')).toBe('dlmalloc::dlmalloc::Dlmalloc<A>::malloc');
    expect(readableName('_ZN80_$LT$rust_alloc..bump..BumpAlloc$u20$as$u20$core..alloc..global..GlobalAlloc$GT$5alloc17hee6003d67c0ae04fE')).toBe(
      '<rust_alloc::bump::BumpAlloc as core::alloc::global::GlobalAlloc>::alloc',
    );
    // LLVM's suffix on a promoted local symbol
    expect(readableName('_ZN8dlmalloc8dlmalloc17Dlmalloc$LT$A$GT$13dispose_chunk17hf88d5c91704b6402E.llvm.11372828951406332253')).toBe(
      'dlmalloc::dlmalloc::Dlmalloc<A>::dispose_chunk',
    );
  });

  it('gives one function the same name in builds whose hashes differ', () => {
    const named = (f: string): Map<string, string> => {
      const out = new Map<string, string>();
      for (const s of readFunctionNames(bytesOf(prebuilt(f))).names.values()) out.set(readableName(s), s);
      return out;
    };
    const a = named('rust-dlmalloc');
    const b = named('rust-tracing');
    const malloc = 'dlmalloc::dlmalloc::Dlmalloc<A>::malloc';
    expect(a.get(malloc)).toBeDefined();
    expect(b.get(malloc)).toBeDefined();
    expect(a.get(malloc)).not.toBe(b.get(malloc)); // different hashes in the two builds
    // already demangled names (wasm-bindgen writes them so) lose their hash too
    expect(readableName('dlmalloc::dlmalloc::Dlmalloc<A>::malloc::h0d49dc60e377c70e')).toBe(malloc);
  });

  it('demangles Rust v0 symbols of a real build of the Rust fixture', (ctx) => {
    requireToolchains(ctx, 'build the Rust fixture with v0 symbol mangling');
    const target = mkdtempSync(path.join(os.tmpdir(), 'wg-v0-'));
    execFileSync('/usr/bin/cargo', ['build', '--release', '--offline', '--locked', '--quiet', '--target', 'wasm32-unknown-unknown'], {
      cwd: path.join(repo, 'fixtures', 'rust-alloc'),
      env: { ...process.env, RUSTC: '/usr/bin/rustc', CARGO_TARGET_DIR: target, RUSTFLAGS: '-C symbol-mangling-version=v0' },
    });
    const names = [...readFunctionNames(bytesOf(path.join(target, 'wasm32-unknown-unknown', 'release', 'rust_alloc.wasm'))).names.values()];
    const v0 = names.filter((s) => s.startsWith('_R'));
    expect(v0.length).toBeGreaterThan(2);
    const reference = cxxfilt(v0);
    v0.forEach((symbol, i) => expect(readableName(symbol), symbol).toBe(withoutHashes(reference[i] as string)));
    // the same names when the module's name section was demangled already (c++filt writes `crate[hash]`)
    v0.forEach((symbol, i) => expect(readableName(reference[i] as string), symbol).toBe(readableName(symbol)));
    expect(v0.map(readableName)).toContain('rust_alloc::bench::ring');
  });

  it('drops the crate disambiguators of already demangled v0 names, as rustc-demangle\'s alternate format does', () => {
    // wasm-bindgen writes names demangled by rustc-demangle's plain format: `crate[hash]::…`
    expect(readableName('mycrate[1a2b3c]::f')).toBe('mycrate::f');
    expect(readableName('core[5e2a8d1f07]::ptr::drop_in_place::<alloc[9f3b]::vec::Vec<u8>>')).toBe('core::ptr::drop_in_place::<alloc::vec::Vec<u8>>');
    // slices, arrays and C++'s operator[] keep their brackets
    expect(readableName('<[u8] as core[1f]::fmt::Debug>::fmt')).toBe('<[u8] as core::fmt::Debug>::fmt');
    expect(readableName('<&[f64; 3] as mycrate[ab]::Norm>::norm')).toBe('<&[f64; 3] as mycrate::Norm>::norm');
    expect(readableName('std::vector<int>::operator[](unsigned long)')).toBe('std::vector<int>::operator[](unsigned long)');
  });

  it('demangles C++ (Itanium) symbols of a real clang++ build as wasm-ld does', (ctx) => {
    requireToolchains(ctx, 'build a C++ module');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-cpp-'));
    writeFileSync(
      path.join(dir, 'names.cpp'),
      `void operator delete(void*) noexcept {}
       void operator delete(void*, unsigned long) noexcept {}
       namespace geometry {
       template <typename T> struct Vec { T x, y; };
       template <typename T> __attribute__((noinline)) T dot(const Vec<T>& a, const Vec<T>& b) { return a.x * b.x + a.y * b.y; }
       struct Shape { virtual ~Shape() {} virtual int area() const = 0; };
       struct Square : Shape { int side; explicit Square(int s) : side(s) {} __attribute__((noinline)) int area() const override { return side * side; } };
       __attribute__((noinline)) int operator|(const Vec<int>& a, int b) { return a.x | b; }
       }
       extern "C" __attribute__((export_name("run"))) int run(int n) {
         geometry::Vec<int> a{n, 2}, b{3, n};
         geometry::Vec<double> c{1.5, 2.0};
         geometry::Square s(n);
         const geometry::Shape& sh = s;
         return geometry::dot(a, b) + (int)geometry::dot(c, c) + sh.area() + (a | 4);
       }`,
    );
    const clang = process.env.WASM_GATE_CLANG ?? 'clang';
    execFileSync(clang, ['--target=wasm32-wasi', '-O1', '-x', 'c++', '-fno-exceptions', '-fno-rtti', '-c', 'names.cpp', '-o', 'names.o'], { cwd: dir });
    // wasm-ld itself: the clang driver swallows -Wl,--no-demangle.
    const ld = ['wasm-ld', 'wasm-ld-14'].find((tool) => spawnSync(tool, ['--version']).status === 0) as string;
    execFileSync(ld, ['--no-entry', '--no-demangle', '-o', 'mangled.wasm', 'names.o'], { cwd: dir });
    execFileSync(ld, ['--no-entry', '-o', 'demangled.wasm', 'names.o'], { cwd: dir });
    const mangled = readFunctionNames(bytesOf(path.join(dir, 'mangled.wasm'))).names;
    const byLinker = readFunctionNames(bytesOf(path.join(dir, 'demangled.wasm'))).names;
    const cpp = [...mangled].filter(([, s]) => s.startsWith('_Z'));
    expect(cpp.length).toBe(6);
    const reference = cxxfilt(cpp.map(([, s]) => s));
    // The same names, except that the return type of a function template is left out (as the
    // Firefox profiler, whose demangler this is, shows them): `int dot<int>(…)` reads `dot<int>(…)`.
    const sameName = (ours: string, theirs: string | undefined): boolean => theirs === ours || (theirs ?? '').endsWith(` ${ours}`);
    cpp.forEach(([index, symbol], i) => {
      expect(sameName(readableName(symbol), byLinker.get(index)), `${symbol}: ${readableName(symbol)} / ${byLinker.get(index)}`).toBe(true);
      expect(sameName(readableName(symbol), reference[i]), `${symbol}: ${readableName(symbol)} / ${reference[i]}`).toBe(true);
    });
    expect(cpp.map(([, s]) => readableName(s)).sort()).toEqual([
      'geometry::Shape::~Shape()',
      'geometry::Square::area() const',
      'geometry::Square::~Square()',
      'geometry::dot<double>(geometry::Vec<double> const&, geometry::Vec<double> const&)',
      'geometry::dot<int>(geometry::Vec<int> const&, geometry::Vec<int> const&)',
      'geometry::operator|(geometry::Vec<int> const&, int)',
    ]);
  });

  it('leaves plain names alone and caps very long ones', () => {
    expect(readableName('bench_pairs')).toBe('bench_pairs');
    expect(readableName('memcpy')).toBe('memcpy');
    expect(demangle('_Znot a symbol')).toBe('_Znot a symbol');
    expect(demangle('_Rnot_v0')).toBe('_Rnot_v0');
    const long = readableName(`_ZN${'3abc'.repeat(500)}E`);
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith('…')).toBe(true);
  });
});

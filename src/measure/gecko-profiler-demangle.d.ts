// The wasm-bindgen glue of gecko-profiler-demangle (its index.js imports the .wasm as an ES
// module, which Node 20 cannot; demangle.ts instantiates the wasm itself and hands it over).
declare module 'gecko-profiler-demangle/index_bg.js' {
  export function __wbg_set_wasm(exports: WebAssembly.Exports): void;
  export function demangle_any(name: string): string;
}

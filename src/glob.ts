// Pure: the name patterns of the config (bench.exports) and of `wasm-gate merge`.
/** Glob with `*` and `?`, the whole name. */
export function globMatch(pattern: string, name: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return regex.test(name);
}

// Records keyed by names a user chose (variant names, benchmark exports, section names): a name
// like "constructor", "toString" or "__proto__" must be an ordinary key, never Object.prototype's.

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `record[key]` as an own data property, also for "__proto__". */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

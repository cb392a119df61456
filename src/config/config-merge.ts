/**
 * One explicit precedence: built-in defaults < rule pack < config file < command-line flags.
 * Undefined values are dropped first, so a flag the user did not give never erases a config value.
 */
export function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function mergeLayers<T extends object>(...layers: Array<Partial<T> | undefined>): Partial<T> {
  return Object.assign({}, ...layers.filter((layer) => layer !== undefined).map((layer) => definedOnly(layer)));
}

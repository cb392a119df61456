export { extractPhones } from './extract-phones.js';
export { TYPE_OVERRIDES, type TypeOverride } from './type-overrides.js';

export { extractSignals, type PageSignals } from './page-signals.js';
export { SignalCollector } from './signal-collector.js';

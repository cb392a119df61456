import type { DevicesSection } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelName } from '../model/channel-items.js';
import type { ReportMessages } from './messages.js';
import { inert } from './terminal-text.js';

/** A saved result is input too: bound how many channel rows and devices a report draws. */
const MAX_ROWS = 20;
const MAX_RUNS = 4;

export interface DeviceCell {
  /** "2 clicks", or "not found". */
  clicks: string;
  /** The steps after the start page, e.g. ["Meny", "Kontakt"]; plain text, not yet escaped. */
  steps: string[];
}

export interface DeviceRow {
  /** The channel in the report's language ("telefon"), or the saved name made inert. */
  label: string;
  /** One cell per device, in the order of `devices`. */
  cells: DeviceCell[];
  /** The clicks differ between the devices (from `devices.differences`). */
  differs: boolean;
}

export interface DeviceComparison {
  devices: string[];
  rows: DeviceRow[];
  /** One plain sentence per difference: "phone: 0 clicks on desktop, 2 clicks on mobile". */
  differences: string[];
}

function labelOf(channel: string, m: ReportMessages): string {
  return (CHANNEL_NAMES as readonly string[]).includes(channel) ? m.channels[channel as ChannelName] : inert(channel, 40);
}

/**
 * With `--device both`: each channel's clicks (and path) per device, and the differences the
 * audit found, as plain text for the document renderers to escape. Null for a one-device result.
 */
export function deviceComparison(devices: DevicesSection | undefined, m: ReportMessages): DeviceComparison | null {
  if (!devices || devices.runs.length === 0) return null;
  const runs = devices.runs.slice(0, MAX_RUNS);
  const differing = new Set(devices.differences.map((difference) => difference.channel));
  const names = [...new Set([...CHANNEL_NAMES, ...runs.flatMap((run) => Object.keys(run.channels))])].slice(0, MAX_ROWS);
  const cellOf = (run: DevicesSection['runs'][number], channel: string): DeviceCell => {
    const found = run.channels[channel];
    if (!found || !found.found || found.clicks === null) return { clicks: m.notFound, steps: [] };
    return { clicks: m.clicks(found.clicks), steps: found.path.slice(1, 11).map((step) => inert(step.label, 60)) };
  };
  const human: DeviceRow = {
    label: m.humanRow,
    cells: runs.map((run) => ({ clicks: run.humanContactClicks === null ? m.notFound : m.clicks(run.humanContactClicks), steps: [] })),
    differs: new Set(runs.map((run) => run.humanContactClicks)).size > 1,
  };
  return {
    devices: runs.map((run) => m.deviceNames[run.device]),
    rows: [...names.map((channel) => ({ label: labelOf(channel, m), cells: runs.map((run) => cellOf(run, channel)), differs: differing.has(channel) })), human],
    differences: devices.differences.slice(0, MAX_ROWS).map((difference) => m.deviceDifference(labelOf(difference.channel, m), difference.desktop, difference.mobile)),
  };
}


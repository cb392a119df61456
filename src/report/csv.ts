import { stringify } from 'csv-stringify/sync';
import type { AuditResult } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelItem, type ChannelName } from '../model/channel-items.js';
import { clickPathText } from './rule-evidence.js';

export const CSV_COLUMNS = ['channel', 'value', 'display', 'clicks', 'pageUrl', 'path', 'evidence', 'source', 'detail'] as const;

/**
 * One row per finding: every contact item found, with its clicks, page, path and evidence.
 * Cells starting with = + - @ are prefixed with ' so a spreadsheet never runs page text as a formula.
 */
export function renderCsv(result: AuditResult): string {
  const rows = CHANNEL_NAMES.flatMap((channel) => result.channels[channel].items.map((item) => row(channel, item)));
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\n' });
}

function row(channel: ChannelName, item: ChannelItem): Record<(typeof CSV_COLUMNS)[number], string | number> {
  return {
    channel,
    // A phone's value is our own E.164 form, not page text: keep its + so it stays a phone number.
    value: 'numberType' in item && /^\+\d+$/.test(item.value) ? item.value : cell(item.value),
    display: cell(item.display),
    clicks: item.clicks,
    pageUrl: cell(item.pageUrl),
    path: cell(clickPathText(item.path)),
    evidence: cell(item.evidence),
    source: item.source,
    detail: cell(detailOf(item)),
  };
}

function detailOf(item: ChannelItem): string {
  if ('numberType' in item) return [item.numberType, item.premiumRate ? 'premium-rate' : '', item.sharedCost ? 'shared-cost' : '', item.whatsapp ? 'whatsapp' : ''].filter(Boolean).join(' ');
  if ('obfuscated' in item) return item.obfuscated ? 'obfuscated' : '';
  if ('fields' in item) return item.fields.join('; ');
  if ('vendor' in item) return [item.vendor, item.staffing, item.humanClicks !== null && item.humanClicks !== item.clicks ? `human at ${item.humanClicks} clicks` : ''].filter(Boolean).join('; ');
  if ('schedule' in item) return `${item.schedule}; ${item.appliesTo}`;
  if ('street' in item) return [item.street, item.postcode, item.city, item.country].filter(Boolean).join(', ');
  return '';
}

/** Page text as a cell a spreadsheet shows and never runs. */
export function cell(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  return /^[=+\-@\t]/.test(flat) ? `'${flat}` : flat;
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../src/audit/compare.js';
import { buildResult, foundAt, START } from './result-builder.js';

/** A result as versions before the four staffing classes wrote it: a chat item with `human` only. */
function savedBeforeStaffing(human: boolean | null): unknown {
  const result = buildResult({
    channels: {
      chat: foundAt([START], {
        value: 'Zendesk', display: 'Zendesk', evidence: 'window.zE', vendor: 'Zendesk', staffing: 'human', humanClicks: 0, human: true,
        basis: 'Zendesk: live agents', source: 'script',
        staffingCues: { vendorKind: 'human', vendorBasis: 'live agents', bot: null, handover: null },
      }),
    },
  });
  const json = JSON.parse(JSON.stringify(result));
  for (const item of json.channels.chat.items) {
    delete item.staffing;
    delete item.humanClicks;
    delete item.staffingCues;
    item.human = human;
  }
  return json;
}

describe('results saved before chats had a staffing class', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-old-result-'));
  it.each([
    [true, 'human', 0],
    [false, 'bot-only', null],
    [null, 'unknown', null],
  ] as const)('human: %s is read as %s, a person at %s clicks', (human, staffing, humanClicks) => {
    const file = join(dir, `old-${String(human)}.json`);
    writeFileSync(file, JSON.stringify(savedBeforeStaffing(human)));
    const item = readResultFile(file).channels.chat.items[0]!;
    expect(item.staffing).toBe(staffing);
    expect(item.humanClicks).toBe(humanClicks);
    expect(item.human).toBe(human);
  });

  it('a result that is not one is still refused', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, channels: { chat: { items: [{ human: true }] } } }));
    expect(() => readResultFile(file)).toThrow(/not a kontaktkoll result/);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, KontaktkollError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kontaktkoll-atomic-'));

describe('results are written atomically', () => {
  it('replaces a previous result whole and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const file = join(dir, 'result.json');
    writeFileSync(file, '{"old": true}');
    const content = JSON.stringify({ pages: Array.from({ length: 20_000 }, (_, i) => `https://exempel.se/${i}`) });
    await writeFileAtomic(file, content);
    expect(readFileSync(file, 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('a write that cannot finish leaves the previous file as it was and no temporary file', async () => {
    const dir = tempDir();
    // A folder where the file should be: the rename fails after the content was written aside.
    mkdirSync(join(dir, 'result.json'));
    writeFileSync(join(dir, 'result.json', 'keep'), 'kept');
    const failed = writeFileAtomic(join(dir, 'result.json'), '{"new": true}');
    await expect(failed).rejects.toBeInstanceOf(KontaktkollError);
    await expect(failed).rejects.toMatchObject({ exitCode: EXIT.usage, message: expect.stringMatching(/^cannot write .*result\.json: E[A-Z]+$/) });
    expect(readdirSync(dir)).toEqual(['result.json']);
    expect(readFileSync(join(dir, 'result.json', 'keep'), 'utf8')).toBe('kept');
  });
});

import { describe, expect, it } from 'vitest';
import { BlockSplits } from '../../src/crawl/http/block-splits.js';
import type { TextBlock } from '../../src/model/page-snapshot.js';

const block = (text: string, region: TextBlock['region'] = 'other', tag = 'div'): TextBlock => ({ text, tag, region });

describe('block splits (text the HTML runs together that the browser lays out apart)', () => {
  const bar = block('Öppet vardagar 8–16 Ring 08-123 45 67 · info@exempel.se');
  const shown = [block('Öppet vardagar 8–16', 'other', 'span'), block('Ring 08-123 45 67 · info@exempel.se', 'other', 'span')];

  it('reads a block learnt from a page rendered as the browser showed it, on any page with the same text', () => {
    const splits = new BlockSplits();
    splits.learn([bar, block('Välkommen', 'main')], [...shown, block('Välkommen', 'main')]);
    const other = [bar, block('Om oss', 'main')];
    expect(splits.apply(other)).toEqual([...shown, block('Om oss', 'main')]);
  });

  it('learns nothing from a block the browser shows as written, or whose words it does not show in a run', () => {
    const splits = new BlockSplits();
    splits.learn([bar], [bar]);
    splits.learn([block('Öppet vardagar 8–16 Ring 08-123 45 67')], [block('Öppet vardagar 8–16'), block('Stängt i juli'), block('Ring 08-123 45 67')]);
    expect(splits.apply([bar, block('Öppet vardagar 8–16 Ring 08-123 45 67')])).toEqual([bar, block('Öppet vardagar 8–16 Ring 08-123 45 67')]);
  });

  it('matches letters whatever the spaces and line breaks between them, or none where the markup has none', () => {
    const splits = new BlockSplits();
    splits.learn([block('Halli avoinna  klo 8–15\n044 991 6035')], [block('Halli avoinna klo 8–15'), block('044 991 6035')]);
    expect(splits.apply([block('Halli avoinna  klo 8–15\n044 991 6035')])).toEqual([block('Halli avoinna klo 8–15'), block('044 991 6035')]);
    splits.learn([block('Öppet 8–16Ring 08-123 45 67')], [block('Öppet 8–16'), block('Ring 08-123 45 67')]);
    expect(splits.apply([block('Öppet 8–16Ring 08-123 45 67')])).toEqual([block('Öppet 8–16'), block('Ring 08-123 45 67')]);
  });
});

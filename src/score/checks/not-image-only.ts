import { z } from 'zod';
import type { Channels } from '../../model/audit-result.js';
import { imageContactKindSchema, type ImageContact } from '../../model/signals.js';
import { defineCheck } from '../check-definition.js';

/** An image's detail is also written as text: the same number or address, or (for a word only) the channel at all. */
function alsoAsText(image: ImageContact, channels: Channels): boolean {
  const channel = channels[image.kind];
  const visible = channel.items.filter((item) => item.source !== 'json-ld');
  const concrete = (image.kind === 'phone' && image.value.startsWith('+')) || (image.kind === 'email' && image.value.includes('@'));
  if (!concrete) return visible.length > 0;
  return visible.some((item) => item.value.toLowerCase() === image.value.toLowerCase());
}

/**
 * Contact details are not only in images (European Accessibility Act; WCAG 1.4.5 images of
 * text): a number or opening hours drawn into a picture cannot be read aloud, copied or found.
 */
export const notImageOnly = defineCheck({
  kind: 'notImageOnly',
  description: 'No contact detail (phone, e-mail, hours, address) is shown only as an image.',
  deeperPages: 'pages-examined',
  optionsSchema: z.strictObject({
    /** Which details to judge. @default ["phone","email","hours","address"] */
    kinds: z.array(imageContactKindSchema).min(1).default(['phone', 'email', 'hours', 'address']),
  }),
  evaluate({ channels, signals }, { kinds }) {
    const imageOnly = signals.imageContacts.filter((image) => kinds.includes(image.kind) && !alsoAsText(image, channels));
    const first = imageOnly.reduce<ImageContact | null>((min, image) => (min === null || image.clicks < min.clicks ? image : min), null);
    const data = {
      kinds: [...new Set(imageOnly.map((image) => image.kind))].join(', ') || null,
      image: first?.src ?? null,
      pageUrl: first?.pageUrl ?? null,
      clicks: first?.clicks ?? null,
    };
    return { status: imageOnly.length === 0 ? 'pass' : 'fail', data };
  },
});

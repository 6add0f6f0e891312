/**
 * Frontmatter of a page in content/<lang>/, on top of Starlight's own fields.
 */
import { z } from 'astro/zod';
import { idSchema, translationStatus } from './common';

export const pageFrontmatterSchema = z.object({
  /** The session this page teaches (content/sessions/<id>.yaml); omit for non-session pages. */
  session: idSchema.optional(),
  /** Lao pages: review state of the translation. Draft pages carry a visible notice. */
  translation: z
    .object({
      /** `draft` until an LSSO native speaker has reviewed it. */
      status: translationStatus,
      /** Who reviewed it and when, once reviewed. */
      reviewedBy: z.string().optional(),
      /** Fingerprint of the English page this translation matches (12 hex digits, in quotes); written by `npm run check -- --mark-translated <page>`. */
      source: z.string().regex(/^[0-9a-f]{12}$/, 'write the 12 hex digits in quotes, as --mark-translated does').optional(),
      /** Fingerprints of the English page's sections at that time (6 hex digits each), to tell which sections changed since. */
      sections: z.array(z.string().regex(/^[0-9a-f]{6}$/, 'write each fingerprint in quotes, as --mark-translated does')).optional(),
    })
    .strict()
    .optional(),
});

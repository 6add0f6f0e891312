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
    })
    .strict()
    .optional(),
});

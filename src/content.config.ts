/**
 * Astro content collections: every content file is loaded through one of
 * these, validated by the zod schemas in src/schemas.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { pageFrontmatterSchema } from './schemas/page';
import { sessionSchema } from './schemas/session';
import { caseStudySchema } from './schemas/case-study';
import { rolePlaySchema } from './schemas/role-play';
import { quizSchema } from './schemas/quiz';
import { materialSchema } from './schemas/material';
import { procedureRoleSchema, procedureSchema } from './schemas/procedure';
import { existsSync } from 'node:fs';
import {
  competencyGroupSchema,
  glossaryEntrySchema,
  sourceEntrySchema,
  torItemSchema,
} from './schemas/reference-data';
import en from './content/i18n/en.json';

// Our own UI keys extend Starlight's; en.json is the list of keys.
const customUiKeys = Object.fromEntries(
  Object.keys(en).map((key) => [key, z.string().optional()]),
);

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '{en,lo}/**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: pageFrontmatterSchema }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: z.object(customUiKeys) }),
  }),
  sessions: defineCollection({
    loader: glob({ base: './content/sessions', pattern: '*.yaml' }),
    schema: sessionSchema,
  }),
  caseStudies: defineCollection({
    loader: glob({ base: './case-studies', pattern: '*.yaml' }),
    schema: caseStudySchema,
  }),
  rolePlays: defineCollection({
    loader: glob({ base: './case-studies/role-plays', pattern: '*.yaml' }),
    schema: rolePlaySchema,
  }),
  quizzes: defineCollection({
    loader: glob({ base: './quizzes', pattern: '*.yaml' }),
    schema: quizSchema,
  }),
  materials: defineCollection({
    loader: glob({ base: './content/materials', pattern: '*.yaml' }),
    schema: materialSchema,
  }),
  procedures: defineCollection({
    loader: glob({ base: './content/procedures', pattern: '*.yaml' }),
    schema: procedureSchema,
  }),
  // A course may have no procedures yet: the file loader fails on a missing file, so an empty list stands in.
  procedureRoles: defineCollection({
    loader: existsSync('./content/procedure-roles.yaml') ? file('./content/procedure-roles.yaml') : async () => [],
    schema: procedureRoleSchema,
  }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossaryEntrySchema }),
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: sourceEntrySchema }),
  torItems: defineCollection({ loader: file('./content/tor-items.yaml'), schema: torItemSchema }),
  competencies: defineCollection({ loader: file('./content/competencies.yaml'), schema: competencyGroupSchema }),
};

/**
 * `<Procedure id="..." steps="..." part="..." />` in an MDX page: read the
 * same way by the check (references, parity of the two languages) and the
 * verification register.
 */

/** The parts of a procedure a page may show; `part="flowchart,table"` is the default. */
export const PROCEDURE_PARTS = ['flowchart', 'table', 'checklist'] as const;
export type ProcedurePart = (typeof PROCEDURE_PARTS)[number];
export const DEFAULT_PARTS: ProcedurePart[] = ['flowchart', 'table'];

export interface ProcedureEmbed {
  id: string;
  /** The steps="..." attribute, as written. */
  steps?: string;
  /** The part="..." attribute, split at commas. */
  parts?: string[];
  /** 1-based line in the text searched. */
  line: number;
}

const TAG = /<Procedure\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|'([^']*)')/g;

export function procedureEmbeds(body: string): ProcedureEmbed[] {
  const embeds: ProcedureEmbed[] = [];
  for (const tag of body.matchAll(TAG)) {
    const attributes = Object.fromEntries([...tag[1].matchAll(ATTRIBUTE)].map((m) => [m[1], m[2] ?? m[3]]));
    if (!attributes.id) continue;
    embeds.push({
      id: attributes.id,
      steps: attributes.steps,
      parts: attributes.part?.split(',').map((p) => p.trim()).filter(Boolean),
      line: body.slice(0, tag.index).split('\n').length,
    });
  }
  return embeds;
}

/** How a page's embed appears in its outline, so the Lao page must show the same procedure, steps and parts. */
export function embedSignature(embed: ProcedureEmbed): string {
  return `Procedure:${embed.id}${embed.steps ? `[steps=${embed.steps}]` : ''}${embed.parts ? `[part=${embed.parts.join(',')}]` : ''}`;
}

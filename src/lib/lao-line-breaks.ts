/**
 * Lao has no spaces between words, and Chromium's line breaker (ICU's
 * dictionary) cuts some words in two at a line end: ການກວດ | ກາ, ນາຍ | ຈ້າງ.
 * After Astro builds the pages, every Lao run in the text is split with the
 * course's own splitter (src/search/lao-segmenter.ts) against the words ICU
 * finds on the page plus the compounds below, and each word that ICU would
 * cut is wrapped in a no-break span (see protectRun): lines then end only
 * between words, on screen and in the printed books. Spans and <wbr> add no letters,
 * so copied text and the search index keep the text exactly as written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files';
import { LAO_RUN, icuLaoWords, segmentLaoRun } from '../search/lao-segmenter';

/**
 * Compounds ICU splits but a Lao reader reads as one word: kept whole at line
 * ends. LSSO editors may add to this list (one word each, Lao script only).
 */
export const LAO_KEEP_WHOLE: readonly string[] = [
  'ການກວດກາ', 'ພະນັກງານກວດກາ', 'ຄະນະກວດກາ', 'ປະກັນສັງຄົມ', 'ການປະກັນສັງຄົມ', 'ປະກັນສຸຂະພາບ',
  'ຜູ້ອອກແຮງງານ', 'ອອກແຮງງານ', 'ແຮງງານ', 'ນາຍຈ້າງ', 'ເງິນສົມທົບ', 'ສິດປະໂຫຍດ', 'ຜູ້ປະກັນຕົນ',
  'ຜູ້ເຂົ້າຮ່ວມ', 'ບົດລາຍງານ', 'ລັດຖະດຳລັດ', 'ມາດຕະການ', 'ກອງປະຊຸມ', 'ການສຳພາດ', 'ໄລຍະເວລາ',
  'ຄ້າງຈ່າຍ', 'ພະນັກງານ', 'ກວດກາ', 'ຫົວໜ່ວຍແຮງງານ', 'ຜູ້ຮັບຜິດຊອບ', 'ຮັບຜິດຊອບ', 'ສະຫວັດດີການ',
  'ເງິນບຳນານ', 'ບຳນານ', 'ເກີດລູກ', 'ອຸບັດຕິເຫດ', 'ຄວາມຮັບຜິດຊອບ', 'ໃບຢັ້ງຢືນ', 'ຢັ້ງຢືນ',
  'ຜົນການກວດພົບ', 'ການກວດພົບ', 'ອຳນາດ',
];

const KEEP_WHOLE = new Set(LAO_KEEP_WHOLE);
// Text inside these is left alone: code, scripts and styles, and elements whose content cannot hold a span.
const SKIP_BLOCK = /<(script|style|textarea|title|option|svg|math|code|pre|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]+>/gi;

/**
 * The split, mended where a boundary falls inside a keep-whole compound: ICU
 * words such as ກາຕາມ make ການກວດ + ກາຕາມ as cheap as ການກວດກາ + ຕາມ.
 */
export function keepCompoundsWhole(words: string[]): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < out.length; i++) {
    const joined = out[i] + out[i + 1];
    const cut = out[i].length;
    for (const word of LAO_KEEP_WHOLE) {
      const at = joined.indexOf(word);
      if (at === -1 || at >= cut || at + word.length <= cut) continue;
      const parts = [joined.slice(0, at), word, joined.slice(at + word.length)].filter(Boolean);
      out.splice(i, 2, ...parts);
      i = Math.max(-1, i - 2); // look again around the mended words
      break;
    }
  }
  return out;
}

const icu = new Intl.Segmenter('lo', { granularity: 'word' });

/**
 * One Lao run as HTML. Chromium breaks Lao lines where ICU's dictionary puts
 * word boundaries, so a word of ours that has an ICU boundary inside it
 * (ການກວດ|ກາ, ຜູ້|ອອກແຮງ|ງານ), or is a listed compound, can be cut: only those
 * are wrapped in a no-break span, with a break chance after it. Every other word is left as plain text:
 * wrapping all of them multiplied a Lao page's elements ninefold (slow on an
 * old phone, and for assistive technology).
 */
function protectRun(run: string, vocabulary: ReadonlySet<string>): string {
  const words = keepCompoundsWhole(segmentLaoRun(run, vocabulary));
  const icuBoundaries = new Set([...icu.segment(run)].map((s) => s.index));
  let html = '';
  let at = 0;
  for (const [i, word] of words.entries()) {
    // Chromium's ICU is not Node's: a listed compound is wrapped even where Node's ICU keeps it whole
    // (Chromium cut ປະກັນ | ສັງຄົມ before ແຫ່ງຊາດ).
    const cutInside = KEEP_WHOLE.has(word) || [...icuBoundaries].some((b) => b > at && b < at + word.length);
    html += cutInside ? `<span class="lw">${word}</span>${i < words.length - 1 ? '<wbr>' : ''}` : word;
    at += word.length;
  }
  return html;
}

/** A page's HTML with its Lao words kept whole at line ends (text nodes only; tags, attributes and scripts untouched). */
export function keepLaoWordsWhole(html: string): string {
  if (!LAO_RUN.test(html)) return html;
  LAO_RUN.lastIndex = 0;
  const pieces: { text: string; isText: boolean }[] = [];
  let last = 0;
  for (const match of html.matchAll(SKIP_BLOCK)) {
    if (match.index! > last) pieces.push({ text: html.slice(last, match.index), isText: true });
    pieces.push({ text: match[0], isText: false });
    last = match.index! + match[0].length;
  }
  if (last < html.length) pieces.push({ text: html.slice(last), isText: true });
  const textOnly = pieces.filter((p) => p.isText).map((p) => p.text).join(' ');
  const vocabulary = new Set([...icuLaoWords(textOnly), ...KEEP_WHOLE]);
  return pieces
    .map((p) => {
      if (!p.isText) return p.text;
      const out = p.text.replace(LAO_RUN, (run) => protectRun(run, vocabulary));
      // One wrapper per text node: in a flex container (Starlight's "On this page" button) each
      // word span would otherwise become a flex item of its own, spread apart, its spaces dropped.
      return out === p.text ? out : `<span class="lt">${out}</span>`;
    })
    .join('');
}

/** Rewrites every HTML page of a built site in place; returns how many pages had Lao text. */
export function keepLaoWordsWholeInSite(siteDir: string): number {
  let changed = 0;
  for (const file of listFiles(siteDir, '.', ['.html'])) {
    const path = join(siteDir, file);
    const html = readFileSync(path, 'utf8');
    const out = keepLaoWordsWhole(html);
    if (out !== html) {
      writeFileSync(path, out);
      changed++;
    }
  }
  return changed;
}

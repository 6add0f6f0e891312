/**
 * What goes around an offline copy: a bilingual "how to open" note, a list of
 * SHA-256 checksums of every file, and the zip that is handed out.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { listFiles } from '../lib/files';
import type { Audience } from '../lib/render-context';

export const CHECKSUM_FILE = 'SHA256SUMS.txt';
export const HOW_TO_OPEN_FILE = 'HOW-TO-OPEN.txt';

export function howToOpenText(audience: Audience): string {
  const copy = audience === 'facilitator' ? 'facilitator copy (with facilitator notes and answer keys: do not give it to trainees)' : 'trainee copy';
  const copyLo = audience === 'facilitator' ? 'ສະບັບສຳລັບວິທະຍາກອນ (ມີໝາຍເຫດສຳລັບວິທະຍາກອນ ແລະ ຄຳຕອບ: ຢ່າແຈກໃຫ້ຜູ້ເຂົ້າຮ່ວມ)' : 'ສະບັບສຳລັບຜູ້ເຂົ້າຮ່ວມ';
  return `ວິທີເປີດ — ການກວດກາປະກັນສັງຄົມ (${copyLo})
=====================================================

1. ຄັດລອກໂຟນເດີນີ້ທັງໝົດ ໃສ່ຄອມພິວເຕີ ຫຼື ເປີດຈາກ USB ໂດຍກົງ.
2. ກົດສອງເທື່ອໃສ່ແຟ້ມ index.html. ເວັບໄຊຈະເປີດໃນໂປແກມທ່ອງເວັບ (Edge, Chrome ຫຼື Firefox).
3. ບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ. ການຄົ້ນຫາ, ແບບທົດສອບຕົນເອງ ແລະ ເອກະສານ PDF ໃຊ້ໄດ້ທັງໝົດ.
4. ເອກະສານ PDF ສຳລັບພິມ ຢູ່ໃນໜ້າ "ດາວໂຫຼດ" ແລະ ໃນໂຟນເດີ downloads.

ກວດສອບວ່າແຟ້ມຄົບຖ້ວນ ແລະ ບໍ່ຖືກປ່ຽນແປງ: ເບິ່ງວິທີຢູ່ລຸ່ມນີ້ (ພາສາອັງກິດ).


How to open — Social Security Inspection (${copy})
=====================================================

1. Copy this whole folder to the computer, or open it straight from the USB stick.
2. Double-click index.html. The site opens in your web browser (Edge, Chrome or Firefox).
3. No internet is needed. Search, the self-check quizzes and the PDFs all work offline.
4. The PDFs for printing are on the "Downloads" page and in the downloads folder.

Checking that the copy is complete and unchanged
-------------------------------------------------
${CHECKSUM_FILE} lists the SHA-256 checksum of every file in this folder.

- Windows (PowerShell), in this folder:
    Get-Content ${CHECKSUM_FILE} | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 $f).Hash -ne $h.ToUpper()) { "CHANGED: $f" } }
  No output means every file is as it was built.
- Linux or macOS, in this folder:
    sha256sum -c ${CHECKSUM_FILE}        (macOS: shasum -a 256 -c ${CHECKSUM_FILE})
  Every line should end with "OK".
`;
}

/** "<sha256>  <path>" for every file below dir, sorted (the format sha256sum -c reads). */
export function checksumList(dir: string): string {
  return (
    listFiles(dir, '.', [''])
      .filter((file) => file !== CHECKSUM_FILE)
      .map((file) => `${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}  ${file}`)
      .join('\n') + '\n'
  );
}

/** A zip of the folder, with everything inside a top-level folder named `folder`. */
export function zipFolder(dir: string, folder: string): Uint8Array {
  const files: Zippable = {};
  for (const file of listFiles(dir, '.', [''])) files[`${folder}/${file}`] = [readFileSync(join(dir, file)), { level: /\.(woff2|pdf|png|jpg|zip)$/.test(file) ? 0 : 6 }];
  return zipSync(files);
}

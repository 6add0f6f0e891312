/** `npm run check`: report every content problem with file and line; exit 1 on any error. */
import { checkContent } from '../src/check/index';
import { formatProblem } from '../src/check/problem';

const root = process.argv[2] ?? process.cwd();
const { problems, errors, warnings } = checkContent(root);
for (const p of problems) console.log(formatProblem(p));
console.log(`\n${errors} error(s), ${warnings} warning(s).`);
process.exit(errors > 0 ? 1 : 0);

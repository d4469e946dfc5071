// The baseline `vankien compare` is measured against (npm run bench -- cli): a plain Node script
// that reads two files and compares them with jsdiff's diffWords, printing the removed and added
// stretches as JSON, as a script using jsdiff would.
import { readFileSync } from 'node:fs';
import { diffWords } from 'diff';

const [a, b] = process.argv.slice(2).map((path) => readFileSync(path, 'utf8'));
const changes = diffWords(a, b).filter((part) => part.added || part.removed);
process.stdout.write(JSON.stringify(changes.map((part) => ({ op: part.added ? 'insert' : 'delete', text: part.value }))) + '\n');

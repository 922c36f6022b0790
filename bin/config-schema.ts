/** Writes config/schema.json from the zod schema (`npm run config:schema`). */
import * as fs from 'fs';
import * as path from 'path';
import { configJsonSchemaText } from '../lib/config';

const file = path.resolve(__dirname, '..', 'config', 'schema.json');
fs.writeFileSync(file, configJsonSchemaText());
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);

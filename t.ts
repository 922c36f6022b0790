import * as fs from 'fs';
import * as YAML from 'yaml';
import { App } from 'aws-cdk-lib';
import { parseConfig } from './lib/config';
import { buildPlatform, SYNTH_CONTEXT } from './lib/app';
const d = YAML.parse(fs.readFileSync('config/prod.yaml', 'utf8'));
d.regions[1].account = '111111111111';
d.kafka.topics.find((t: any) => t.name === 'patient-events').replicate = true;
d.kafka.topics.find((t: any) => t.name === 'device-metrics-5min').replicate = true;
const config = parseConfig(d);
const app = new App({ outdir: '/tmp/repl-out', context: { ...JSON.parse(fs.readFileSync('cdk.json','utf8')).context, ...SYNTH_CONTEXT } });
buildPlatform(app, config);
try { app.synth(); console.log('ok'); } catch (e) { console.log(String(e).slice(0, 6000)); }

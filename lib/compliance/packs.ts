import { IConstruct } from 'constructs';
import { NAG_PACK_NAMES } from './acknowledge';
import { ControlTowerGate } from './control-tower';
import { AcknowledgementGate } from './register';
import { RecordingNagPack, RuleEvaluation, evaluateNagPacks, recordingNagPack } from './recording';

/** The packs added to each app, so the report can read what the gate evaluated. */
const GATES = new WeakMap<IConstruct, ReadonlyArray<RecordingNagPack | ControlTowerGate>>();

/**
 * The gates of `app`: the four cdk-nag packs (AwsSolutions, HIPAA Security, NIST 800-53 R5, PCI
 * DSS 3.2.1) and the AWS Control Tower proactive controls ({@link ControlTowerGate}). Each
 * records every rule outcome as it gates the synth, so the compliance report reuses the gate's
 * evaluation instead of running the rules again. Then the register's own gate
 * ({@link AcknowledgementGate}: reasons, owners, review dates, acknowledgements matching nothing).
 */
export function nagPacks(app: IConstruct): Array<RecordingNagPack | ControlTowerGate | AcknowledgementGate> {
  const packs = [...NAG_PACK_NAMES.map((name) => recordingNagPack(name, app)), new ControlTowerGate(app)];
  GATES.set(app, packs);
  // Last: it checks the register against what the packs above just evaluated.
  return [...packs, new AcknowledgementGate(app, packs)];
}

/**
 * Every applicable rule outcome of the four packs over `app`: the gate's own record when the
 * packs gated `app.synth()`, otherwise a fresh evaluation (call it after `app.synth()`, so
 * Aspects have run as they have for the gate).
 */
export function nagEvaluations(app: IConstruct): RuleEvaluation[] {
  const gate = GATES.get(app);
  if (gate && gate.every((p) => p.evaluated)) return gate.flatMap((p) => p.evaluations);
  return evaluateNagPacks(app);
}

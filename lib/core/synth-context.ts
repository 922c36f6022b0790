/**
 * Context every synth runs with (the CLI's, the tests' and the benchmark's): no creation stack
 * traces in the assembly metadata, so it carries no absolute paths and costs nothing to record.
 * Reserved `aws:` keys cannot live in cdk.json, so they are set here. `--debug` brings traces back.
 */
export const SYNTH_CONTEXT: Readonly<Record<string, unknown>> = {
  'aws:cdk:disable-creation-stack-traces': true,
  'aws:cdk:disable-stack-trace': true,
};

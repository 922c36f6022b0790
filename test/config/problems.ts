import { ConfigError, parseConfig } from '../../lib/config';

/** The problems parseConfig reports for `d`, one line each (fails the test if it accepts it). */
export function problemsOf(d: unknown): string[] {
  try {
    parseConfig(d, 'test.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return [...(e as ConfigError).problems];
  }
  throw new Error('config was accepted');
}

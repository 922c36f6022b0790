import * as ipaddr from 'ipaddr.js';
import { z } from 'zod';

/** Reports one problem at a config path (inside cross-field checks). */
export type Issue = (path: (string | number)[], message: string) => void;

/**
 * A strict object: unknown keys are rejected, and the message lists the keys that are allowed,
 * so a typo in the YAML tells the user what they meant.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')} (allowed: ${allowed})`
        : undefined,
  });
}

/** A lower-case DNS-label style name: used in stack, cluster and resource names. */
export const slug = (max: number) =>
  z
    .string()
    .regex(/^[a-z]([a-z0-9-]*[a-z0-9])?$/, `must be lower-case letters, digits and '-', starting with a letter (e.g. 'healthcare')`)
    .max(max);

/** An IPv4 CIDR block such as `10.0.0.0/16`, with the host bits zero. */
export const ipv4Cidr = z.string().superRefine((value, ctx) => {
  if (!ipaddr.isValidCIDR(value) || !ipaddr.IPv4.isValidFourPartDecimal(value.split('/')[0])) {
    ctx.addIssue({ code: 'custom', message: `'${value}' is not an IPv4 CIDR block (e.g. 10.0.0.0/16)` });
    return;
  }
  const [address, prefix] = ipaddr.IPv4.parseCIDR(value);
  const network = ipaddr.IPv4.networkAddressFromCIDR(value);
  if (address.toString() !== network.toString()) {
    ctx.addIssue({ code: 'custom', message: `'${value}' has host bits set; the network is ${network.toString()}/${prefix}` });
  }
});

/** A Kubernetes CPU quantity (`100m`, `1`, `1.5`). */
export const cpuQuantity = z.string().regex(/^(\d+m|\d+(\.\d+)?)$/, "must be a CPU quantity such as '100m' or '1'");
/** A Kubernetes memory quantity (`128Mi`, `2Gi`). */
export const memoryQuantity = z.string().regex(/^\d+(Ki|Mi|Gi|Ti)?$/, "must be a memory quantity such as '128Mi' or '2Gi'");

export const resourceList = strictObject({ cpu: cpuQuantity, memory: memoryQuantity });

/** A container image with an explicit, non-`latest` tag or a digest. */
export const image = z
  .string()
  .regex(/^[a-z0-9]+([._\/-][a-z0-9]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|@sha256:[a-f0-9]{64})$/, 'must name a tag or digest, e.g. automatedai/healthcare-service:1.0.0')
  .refine((i) => !/:latest$/.test(i), { message: "must not use the 'latest' tag: pin a version so rollouts are reproducible" });

/** A CPU (cores) or memory (bytes) quantity as a number, for comparisons. */
export function quantity(value: string, kind: 'cpu' | 'memory'): number {
  if (kind === 'cpu') return value.endsWith('m') ? Number(value.slice(0, -1)) / 1000 : Number(value);
  const units: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
  const m = /^(\d+)(Ki|Mi|Gi|Ti)?$/.exec(value)!;
  return Number(m[1]) * (m[2] ? units[m[2]] : 1);
}

/** Whether two valid IPv4 CIDR blocks share any address. */
export function cidrsOverlap(a: string, b: string): boolean {
  if (!ipaddr.isValidCIDR(a) || !ipaddr.isValidCIDR(b)) return false;
  const ra = ipaddr.IPv4.parseCIDR(a);
  const rb = ipaddr.IPv4.parseCIDR(b);
  return ra[0].match(rb) || rb[0].match(ra);
}

/** A zod path as users write it: `regions[1].cidr`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}


/** The five fields of a cron schedule with their ranges (Kubernetes CronJob syntax, numbers only). */
const CRON_FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
] as const;

/** Kubernetes CronJob's schedule macros. */
const CRON_MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/**
 * Why `schedule` is not a five-field cron expression (`*`, `n`, `a-b`, `*\/s`, `a-b/s`, lists of
 * those, each number in its field's range) or a macro such as `@daily`; undefined when it is one.
 */
export function cronProblem(schedule: string): string | undefined {
  if (CRON_MACROS.includes(schedule)) return undefined;
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== CRON_FIELDS.length) return `'${schedule}' has ${fields.length} fields; a cron schedule has 5 (minute hour day-of-month month day-of-week) or is a macro such as @daily`;
  for (const [i, field] of fields.entries()) {
    const { name, min, max } = CRON_FIELDS[i];
    for (const part of field.split(',')) {
      const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
      const numbers = m ? [m[2], m[3]].filter((n) => n !== undefined).map(Number) : [];
      const bad = !m || numbers.some((n) => n < min || n > max) || (numbers.length === 2 && numbers[0] > numbers[1]) || m[4] === '0';
      if (bad) return `'${part}' is not a valid ${name} in '${schedule}' (numbers ${min}-${max}, '*', ranges a-b, steps /n, lists)`;
    }
  }
  return undefined;
}

/** A cron schedule (see {@link cronProblem}). */
export const cron = z.string().superRefine((value, ctx) => {
  const problem = cronProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

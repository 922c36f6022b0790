import { PlatformConfig, ServiceSlo, mlNamespace, serviceNamespace, serviceSlo } from '../config';

/**
 * Service level objectives as Prometheus rules: per service, the error ratio of each SLI over every
 * window the alerts need (recording rules), and the multi-window, multi-burn-rate alerts of the
 * Google SRE workbook (chapter 5, "Alerting on SLOs"), for availability and for latency.
 *
 * The SLIs come from the Istio sidecar of the service (`reporter="destination"`): every service
 * gets the same, comparable measurement whatever its own instrumentation, and it is what the
 * caller saw at the service's door (mTLS, retries and timeouts of the callee included).
 *
 * The same rule groups go to the cluster (PrometheusRule) and to the region's Amazon Managed
 * Prometheus ruler (whose alert manager routes to SNS); `promtool` checks and unit-tests them.
 */

/** The SLIs every service gets. */
export const SLIS = ['availability', 'latency'] as const;

/** One of {@link SLIS}. */
export type Sli = (typeof SLIS)[number];

/** Where an alert goes: `page` wakes someone up, `ticket` is handled in working hours. */
export type Severity = 'page' | 'ticket';

/** One alert of the multi-window, multi-burn-rate scheme. */
export interface BurnRateWindow {
  readonly severity: Severity;
  /** The window that decides the budget really burns (e.g. 1h). */
  readonly long: string;
  /** The window that makes the alert stop soon after the burn stops (1/12 of the long one). */
  readonly short: string;
  /** Burn rate: how many times faster than "exactly the budget in 30 days" the budget goes. */
  readonly factor: number;
  /** Share of a 30-day budget spent in `long` at this rate, for the alert text. */
  readonly budgetSpentPercent: number;
}

/**
 * The SRE workbook's recommended pairs: 2 % of the 30-day budget in 1 hour or 5 % in 6 hours
 * page; 10 % in 1 day or 10 % in 3 days open a ticket.
 */
export const BURN_RATE_WINDOWS: readonly BurnRateWindow[] = [
  { severity: 'page', long: '1h', short: '5m', factor: 14.4, budgetSpentPercent: 2 },
  { severity: 'page', long: '6h', short: '30m', factor: 6, budgetSpentPercent: 5 },
  { severity: 'ticket', long: '1d', short: '2h', factor: 3, budgetSpentPercent: 10 },
  { severity: 'ticket', long: '3d', short: '6h', factor: 1, budgetSpentPercent: 10 },
];

/** Every window a recording rule is kept for, shortest first. */
export const SLO_WINDOWS: readonly string[] = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];

/** Name of the recorded error ratio of an SLI over `window`: `slo:sli_error:ratio_rate1h`. */
export function errorRatioRecord(window: string): string {
  return `slo:sli_error:ratio_rate${window}`;
}

/** Alert name of an SLI's burn-rate alerts: `AvailabilityErrorBudgetBurn`, `LatencyErrorBudgetBurn`. */
export function burnAlertName(sli: Sli): string {
  return `${sli[0].toUpperCase()}${sli.slice(1)}ErrorBudgetBurn`;
}

/** Evaluation interval of the SLO rule groups. */
export const SLO_EVALUATION_INTERVAL = '1m';

/** A Prometheus recording or alerting rule, as in a rule file. */
export interface PromRule {
  readonly record?: string;
  readonly alert?: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A rule group, as in a rule file (and a PrometheusRule's `spec.groups`). */
export interface PromRuleGroup {
  readonly name: string;
  readonly interval?: string;
  readonly rules: readonly PromRule[];
}

/** A service (or a served model) as its SLO rules need it. */
export interface SloTarget {
  readonly name: string;
  readonly slo: ServiceSlo;
  /**
   * Where its sidecars' series are: namespace and a regex of the destination Services.
   * @default - the service's namespace and its name
   */
  readonly destination?: { readonly namespace: string; readonly serviceRegex: string };
}

/**
 * The services of `config` with their objectives (section defaults filled in), then the models of
 * `ml.models`: a model's SLIs are its predictors' (stable and canary Services, which KServe names
 * `<model>-predictor` and `<model>-canary-predictor`), its objectives `ml.models[].slo` over the
 * section defaults.
 */
export function sloTargets(config: PlatformConfig): SloTarget[] {
  const services = config.services.map((s) => ({ name: s.name, slo: serviceSlo(config.observability, s.name) }));
  const models = (config.ml?.models ?? []).map((m) => {
    const defaults = serviceSlo(config.observability, m.name);
    return {
      name: m.name,
      slo: {
        availabilityPercent: m.slo.availabilityPercent ?? defaults.availabilityPercent,
        latencyThresholdMs: m.slo.latencyThresholdMs ?? defaults.latencyThresholdMs,
        latencyPercent: m.slo.latencyPercent ?? defaults.latencyPercent,
      },
      destination: { namespace: mlNamespace(config), serviceRegex: `${m.name}-(canary-)?predictor` },
    };
  });
  return [...services, ...models];
}

/** The error budget of an SLI as a ratio (0.0005 for 99.95 %), rounded so the text stays exact. */
export function errorBudget(slo: ServiceSlo, sli: Sli): number {
  const objective = sli === 'availability' ? slo.availabilityPercent : slo.latencyPercent;
  return Number(((100 - objective) / 100).toPrecision(10));
}

/** The Istio series selector of a service (or model), measured at its own sidecars. */
export function istioSelector(service: Pick<SloTarget, 'name' | 'destination'>): string {
  const d = service.destination;
  if (d) return `reporter="destination",destination_service_namespace="${d.namespace}",destination_service_name=~"${d.serviceRegex}"`;
  return `reporter="destination",destination_service_namespace="${serviceNamespace(service)}",destination_service_name="${service.name}"`;
}

/**
 * `le` matcher of a histogram bucket bound. Prometheus 3 writes classic-histogram bounds as floats
 * (`100.0`) where Envoy and older servers write `100`: match both.
 */
export function leMatcher(boundMs: number): string {
  const text = String(boundMs);
  return Number.isInteger(boundMs) ? `le=~"${text}(\\\\.0)?"` : `le="${text}"`;
}

/** The error ratio (bad / all requests) of an SLI over `window`. */
export function errorRatioExpr(service: SloTarget, sli: Sli, window: string): string {
  const sel = istioSelector(service);
  if (sli === 'availability') {
    // `or vector(0)`: with traffic but no 5xx series yet, the ratio is 0, not absent.
    return `(sum(rate(istio_requests_total{${sel},response_code=~"5.."}[${window}])) or vector(0))\n/\nsum(rate(istio_requests_total{${sel}}[${window}]))`;
  }
  return (
    `1 - (\n  sum(rate(istio_request_duration_milliseconds_bucket{${sel},${leMatcher(service.slo.latencyThresholdMs)}}[${window}]))\n` +
    `  /\n  sum(rate(istio_request_duration_milliseconds_count{${sel}}[${window}]))\n)`
  );
}

/** Labels every SLO series and alert of a service carries. */
function sloLabels(service: SloTarget, sli: Sli): Record<string, string> {
  return { service: service.name, slo: sli };
}

/** What an SLI promises, in words, for alert texts. */
export function objectiveText(slo: ServiceSlo, sli: Sli): string {
  return sli === 'availability'
    ? `${slo.availabilityPercent}% of requests without a 5xx`
    : `${slo.latencyPercent}% of requests within ${slo.latencyThresholdMs} ms`;
}

/** The burn-rate alert of one SLI and one window pair. */
export function burnAlert(service: SloTarget, sli: Sli, w: BurnRateWindow): PromRule {
  const budget = errorBudget(service.slo, sli);
  const selector = `{service="${service.name}",slo="${sli}"}`;
  const threshold = `(${w.factor} * ${budget})`;
  return {
    alert: burnAlertName(sli),
    expr: `${errorRatioRecord(w.long)}${selector} > ${threshold}\nand\n${errorRatioRecord(w.short)}${selector} > ${threshold}`,
    labels: {
      severity: w.severity,
      ...sloLabels(service, sli),
      long_window: w.long,
      short_window: w.short,
      burn_rate: String(w.factor),
    },
    annotations: {
      summary: `${service.name} is burning its ${sli} error budget ${w.factor}x too fast`,
      description:
        `Over the last ${w.long} (and still over the last ${w.short}) ${service.name} missed its ${sli} objective ` +
        `(${objectiveText(service.slo, sli)}, 30 days) ${w.factor} times faster than the budget allows: ` +
        `${w.budgetSpentPercent}% of the 30-day error budget is gone in ${w.long} at this rate.`,
    },
  };
}

/** The rule group of one service: every SLI's error ratios, then their burn-rate alerts. */
export function serviceSloGroup(service: SloTarget): PromRuleGroup {
  const recording: PromRule[] = SLIS.flatMap((sli) =>
    SLO_WINDOWS.map((window) => ({ record: errorRatioRecord(window), expr: errorRatioExpr(service, sli, window), labels: sloLabels(service, sli) })),
  );
  const alerts = SLIS.flatMap((sli) => BURN_RATE_WINDOWS.map((w) => burnAlert(service, sli, w)));
  return { name: `slo-${service.name}`, interval: SLO_EVALUATION_INTERVAL, rules: [...recording, ...alerts] };
}

/** Every service's SLO rule group, in config order. */
export function sloRuleGroups(config: PlatformConfig): PromRuleGroup[] {
  return sloTargets(config).map(serviceSloGroup);
}

/**
 * A Prometheus rule file (`groups:` …) of `groups`, as `promtool` and the AMP rule groups
 * namespace read it. Keys in a fixed order, so the text is stable.
 */
export function ruleFileData(groups: readonly PromRuleGroup[]): { groups: PromRuleGroup[] } {
  return {
    groups: groups.map((g) => ({
      name: g.name,
      ...(g.interval ? { interval: g.interval } : {}),
      rules: g.rules.map((r) => ({
        ...(r.record ? { record: r.record } : {}),
        ...(r.alert ? { alert: r.alert } : {}),
        expr: r.expr,
        ...(r.for ? { for: r.for } : {}),
        ...(r.labels ? { labels: { ...r.labels } } : {}),
        ...(r.annotations ? { annotations: { ...r.annotations } } : {}),
      })),
    })),
  };
}

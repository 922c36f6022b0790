import type { PlatformConfig, ServiceConfig } from './load';
import { serviceAccountName, serviceNamespace } from './names';
import { INGRESS_CALLER } from './schema';
import { CLUSTER_DOMAIN, ingressGatewayPrincipal, principal } from './mesh-names';

/**
 * Cluster-local FQDN of a service: `healthcare-service.healthcare-service.svc.cluster.local`.
 * Assumes the Kubernetes Service is named after the service, like its namespace and account.
 */
export function serviceHost(service: ServiceConfig): string {
  return `${service.name}.${serviceNamespace(service)}.svc.${CLUSTER_DOMAIN}`;
}

/** The port Prometheus scrapes `/metrics` on: `metricsPort`, by default the service port. */
export function metricsPortOf(service: ServiceConfig): number {
  return service.metricsPort ?? service.port;
}

/** Whether the ingress gateway may call the service (`ingress` among its callers). */
export function isIngressCaller(service: ServiceConfig): boolean {
  return service.callers.includes(INGRESS_CALLER);
}

/** The services that name `service` among their callers by name (not the ingress gateway). */
export function callerServicesOf(config: PlatformConfig, service: ServiceConfig): ServiceConfig[] {
  return service.callers
    .filter((c) => c !== INGRESS_CALLER)
    .map((c) => {
      const caller = config.services.find((s) => s.name === c);
      // The config schema rejects unknown callers; this guards configs built in code.
      if (!caller) throw new Error(`services '${service.name}'.callers: '${c}' is not a service`);
      return caller;
    });
}

/** The services `service` calls: every T with `service.name` in `T.callers`. Drives egress rules. */
export function calleesOf(config: PlatformConfig, service: ServiceConfig): ServiceConfig[] {
  return config.services.filter((t) => t.callers.includes(service.name));
}

/** The services the ingress gateway may call (`ingress` among their callers). */
export function ingressServicesOf(config: PlatformConfig): ServiceConfig[] {
  return config.services.filter(isIngressCaller);
}

/**
 * SPIFFE principals allowed to call `service`, one per caller, in `callers` order: the caller's
 * service account in its namespace, or the ingress gateway's for `ingress`.
 */
export function callerPrincipals(config: PlatformConfig, service: ServiceConfig): string[] {
  const byName = new Map(callerServicesOf(config, service).map((s) => [s.name, s]));
  return service.callers.map((c) => {
    if (c === INGRESS_CALLER) return ingressGatewayPrincipal(config);
    const caller = byName.get(c)!;
    return principal(serviceNamespace(caller), serviceAccountName(caller));
  });
}

/**
 * Problems with the ingress path prefixes, one line each naming the field. The gateway merges
 * every service's ingress VirtualService into one route table in no guaranteed order, and Istio
 * prefixes match on characters (`/api/iot` also matches `/api/iot-admin`), so two prefixes where
 * one starts with the other would send one service's requests to the other.
 */
export function ingressPrefixProblems(config: PlatformConfig): string[] {
  const problems: string[] = [];
  const prefixes = config.services.map((s) => s.ingressPathPrefix);
  prefixes.forEach((a, i) => {
    prefixes.slice(0, i).forEach((b, j) => {
      if (a && b && (a.startsWith(b) || b.startsWith(a))) {
        problems.push(
          `services[${i}].ingressPathPrefix: '${a}' overlaps services[${j}].ingressPathPrefix ('${b}'); ` +
            "the ingress gateway could route one service's requests to the other",
        );
      }
    });
  });
  return problems;
}

/** Throws the {@link ingressPrefixProblems}, if any, as one error. */
export function assertIngressPrefixes(config: PlatformConfig): void {
  const problems = ingressPrefixProblems(config);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/**
 * Pod labels that select every version of a service (`app: healthcare-service`); the workloads
 * chart must put them on the pods. Versions add `version: <name>` ({@link versionSelector}).
 */
export function serviceSelector(service: ServiceConfig): Record<string, string> {
  return { app: service.name };
}

/** Pod labels of one version of a service (`version: v1`): the DestinationRule subset's selector. */
export function versionSelector(version: ServiceConfig['versions'][number]): Record<string, string> {
  return { version: version.name };
}

/** Name of the container port (and Service port) the service listens on; Istio reads the protocol from the `http` prefix. */
export const SERVICE_PORT_NAME = 'http';

/** Name of the container port Prometheus scrapes when `metricsPort` differs from `port`. */
export const METRICS_PORT_NAME = 'http-metrics';

/**
 * Passive health checking (DestinationRule `outlierDetection`): an endpoint answering 5 5xx in
 * a row is ejected for 30 s (longer each time it recurs), checked every 10 s, and at most half
 * of a version's endpoints are ejected so a bad release degrades instead of emptying the pool.
 */
export const OUTLIER_DETECTION = {
  consecutive5xxErrors: 5,
  interval: '10s',
  baseEjectionTime: '30s',
  maxEjectionPercent: 50,
} as const;

// Defined beside the service fields it reads, where the config checks (the canary's path) use it too.
export { ingressHealthPath } from './sections/core';

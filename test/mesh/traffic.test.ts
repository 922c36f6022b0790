import { calleesOf, callerPrincipals, ingressPrefixProblems, ingressServicesOf, metricsPortOf, serviceHost } from '../../lib/config/traffic';
import { ingressGatewayPrincipal } from '../../lib/config/mesh-names';
import { configOf, shipped } from './fixtures';

const prod = shipped('prod');
const [healthcare, iot] = prod.services;

describe('call graph', () => {
  test('GIVEN prod WHEN callers are resolved THEN each maps to its service account principal, ingress to the gateway\'s', () => {
    expect(callerPrincipals(prod, healthcare)).toEqual([
      'cluster.local/ns/istio-ingress/sa/istio-ingress',
      'cluster.local/ns/iot-service/sa/iot-service',
    ]);
    expect(callerPrincipals(prod, iot)).toEqual([ingressGatewayPrincipal(prod)]);
  });

  test('GIVEN prod WHEN callees are derived THEN iot-service calls healthcare-service and healthcare-service calls no one', () => {
    expect(calleesOf(prod, iot).map((s) => s.name)).toEqual(['healthcare-service']);
    expect(calleesOf(prod, healthcare)).toEqual([]);
  });

  test('GIVEN prod WHEN ingress services are listed THEN both services admit the gateway', () => {
    expect(ingressServicesOf(prod).map((s) => s.name)).toEqual(['healthcare-service', 'iot-service']);
  });

  test('GIVEN a service WHEN named THEN its host is the cluster-local FQDN of its namespace', () => {
    expect(serviceHost(healthcare)).toBe('healthcare-service.healthcare-service.svc.cluster.local');
  });

  test('GIVEN metricsPort unset WHEN the scrape port is derived THEN it is the service port', () => {
    expect(metricsPortOf(iot)).toBe(iot.port);
    expect(metricsPortOf({ ...iot, metricsPort: 9090 })).toBe(9090);
  });

  test('fails when a caller is not a service (a config built in code, past the schema)', () => {
    const broken = { ...prod, services: [{ ...healthcare, callers: ['ghost'] }] };
    expect(() => callerPrincipals(broken, broken.services[0])).toThrow("services 'healthcare-service'.callers: 'ghost' is not a service");
  });
});

describe('ingress path prefixes', () => {
  const withPrefixes = (a: string, b: string) =>
    configOf('prod', (d) => {
      d.services[0].ingressPathPrefix = a;
      d.services[1].ingressPathPrefix = b;
      delete d.observability.synthetics.path; // the canary follows the first service's new health route
    });

  test('GIVEN the shipped prefixes WHEN checked THEN there is no problem', () => {
    expect(ingressPrefixProblems(prod)).toEqual([]);
  });

  test('GIVEN sibling prefixes WHEN checked THEN there is no problem', () => {
    expect(ingressPrefixProblems(withPrefixes('/api/a', '/api/b'))).toEqual([]);
  });

  test.each([
    ['/api', '/api/iot'],
    ['/api/iot', '/api'],
    ['/api/iot', '/api/iot'],
    // Istio prefixes match characters, not path segments.
    ['/api/iot', '/api/iot-admin'],
  ])('fails when %s and %s overlap', (a, b) => {
    expect(ingressPrefixProblems(withPrefixes(a, b))).toEqual([
      `services[1].ingressPathPrefix: '${b}' overlaps services[0].ingressPathPrefix ('${a}'); the ingress gateway could route one service's requests to the other`,
    ]);
  });

  test('GIVEN a service without a prefix WHEN checked THEN it is ignored', () => {
    const config = configOf('prod', (d) => delete d.services[1].ingressPathPrefix);
    expect(ingressPrefixProblems(config)).toEqual([]);
  });
});

import { clusterManifestPath, listEnvironments } from '../../lib/config';
import { ingressGatewayRef } from '../../lib/config/mesh-names';
import { operatorsByKey } from '../../lib/platform/render';
import * as path from 'path';
import { manifestsOf } from '../helpers/manifests';
import { followIngressPath } from '../helpers/probe-route';
import { ROOT, renderEnv, shippedConfig } from '../helpers/synth';

/*
 * What probes the platform from outside ends somewhere that answers: followed through the rendered
 * manifests of every cluster (docs/observability.md). The synthetic canary's URL must reach a
 * container on the path its readiness probe serves; the accelerator's and the NLB's health check
 * must name the ingress gateway's status port, where Istio serves /healthz/ready.
 */
/** Each shipped environment's config and rendered files, rendered once for the whole file. */
const rendered = new Map(listEnvironments(path.join(ROOT, 'config')).map((env) => {
  const config = shippedConfig(env);
  return [env, { config, files: renderEnv(env) }] as const;
}));

describe.each([...rendered.keys()])('%s: outside probes reach a route', (env) => {
  const { config, files } = rendered.get(env)!;

  test.each(config.regions.map((r) => [r.name, r] as const))('GIVEN %s WHEN the synthetic canary requests its path THEN every weighted destination answers on its health path', (_name, region) => {
    const manifests = manifestsOf(files.filter((f) => f.path.startsWith(`${clusterManifestPath(config, region)}/`)));
    const { reached, problems } = followIngressPath(manifests, ingressGatewayRef(config), config.observability.synthetics.path);
    expect(problems).toEqual([]);
    expect(reached.length).toBeGreaterThan(0);
  });

  test('GIVEN the accelerator and NLB health check THEN it targets the ingress gateway\'s status port, where Istio serves /healthz/ready', () => {
    const service = operatorsByKey(config).istioIngress.values.service as { ports: Array<{ name: string; port: number; targetPort: number }> };
    const status = service.ports.find((p) => p.name === 'status-port')!;
    expect(config.edge.healthCheck.port).toBe(status.targetPort);
    expect(config.edge.healthCheck.path).toBe('/healthz/ready');
  });
});

describe('the follower can fail', () => {
  const { config, files } = rendered.get('prod')!;
  const manifests = manifestsOf(files.filter((f) => f.path.startsWith(`${clusterManifestPath(config, config.regions[0])}/`)));

  test('GIVEN a path no route matches (the canary\'s old /health) THEN it ends nowhere', () => {
    expect(followIngressPath(manifests, ingressGatewayRef(config), '/health').problems).toEqual(['/health: no VirtualService route bound to istio-ingress/ingress-gateway matches it']);
  });

  test('GIVEN a path under a service prefix that is not its health route THEN the container does not serve what arrives', () => {
    const { problems } = followIngressPath(manifests, ingressGatewayRef(config), '/api/healthcare/status');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/the request arrives as \/api\/healthcare\/status, which the container does not serve \(its readiness probe path: \/health\)/);
  });

  test('GIVEN a gateway that is not rendered THEN it says so', () => {
    expect(followIngressPath(manifests, 'nowhere/none', '/api/healthcare/health').problems).toEqual(['no Gateway nowhere/none']);
  });
});

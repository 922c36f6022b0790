/** A rendered manifest, as parsed YAML. */
type Manifest = any;

/**
 * Follows an HTTP request for `path` arriving at the ingress gateway `gatewayRef`
 * (`namespace/name`) through the rendered manifests of one cluster: the Gateway, the first
 * VirtualService route bound to it that matches, its rewrite, each weighted destination's Service
 * and port, the Deployment the DestinationRule subset selects, the container port, and the path
 * that container's readiness probe serves. Returns one line per destination that ends where the
 * service answers, and the problems where it ends nowhere (empty when every destination answers).
 *
 * Istio semantics used: routes of a VirtualService are tried in order, `exact` and `prefix` uri
 * matches, `rewrite.uri` replaces the matched prefix (or the whole path for `exact`).
 */
export function followIngressPath(manifests: readonly Manifest[], gatewayRef: string, path: string): { reached: string[]; problems: string[] } {
  const [gwNamespace, gwName] = gatewayRef.split('/');
  const problems: string[] = [];
  const reached: string[] = [];
  const gateway = manifests.find((m) => m.kind === 'Gateway' && m.metadata.name === gwName && m.metadata.namespace === gwNamespace);
  if (!gateway) return { reached, problems: [`no Gateway ${gatewayRef}`] };
  const services = manifests.filter((m) => m.kind === 'VirtualService' && (m.spec.gateways ?? []).includes(gatewayRef));
  let hit: { vs: Manifest; route: any; rewritten: string } | undefined;
  for (const vs of services) {
    for (const route of vs.spec.http ?? []) {
      for (const match of route.match ?? [{}]) {
        const uri = match.uri ?? {};
        const matches = uri.exact !== undefined ? path === uri.exact : uri.prefix !== undefined ? path.startsWith(uri.prefix) : true;
        if (!matches || hit) continue;
        const rewritten = route.rewrite?.uri !== undefined ? (uri.exact !== undefined ? route.rewrite.uri : route.rewrite.uri + path.slice(uri.prefix.length)) : path;
        hit = { vs, route, rewritten };
      }
    }
  }
  if (!hit) return { reached, problems: [`${path}: no VirtualService route bound to ${gatewayRef} matches it`] };
  for (const { destination, weight } of hit.route.route ?? []) {
    const [svcName, svcNamespace] = String(destination.host).split('.');
    const where = `${path} → ${hit.vs.metadata.namespace}/${hit.vs.metadata.name} → ${destination.host}:${destination.port?.number} (${destination.subset ?? 'all'}, weight ${weight})`;
    const service = manifests.find((m) => m.kind === 'Service' && m.metadata.name === svcName && m.metadata.namespace === svcNamespace);
    if (!service) {
      problems.push(`${where}: no Service ${svcNamespace}/${svcName}`);
      continue;
    }
    const port = (service.spec.ports ?? []).find((p: any) => p.port === destination.port?.number);
    if (!port) {
      problems.push(`${where}: Service has no port ${destination.port?.number}`);
      continue;
    }
    const rule = manifests.find((m) => m.kind === 'DestinationRule' && m.spec.host === destination.host);
    const subsetLabels = destination.subset ? (rule?.spec.subsets ?? []).find((s: any) => s.name === destination.subset)?.labels : {};
    if (!subsetLabels) {
      problems.push(`${where}: no DestinationRule subset ${destination.subset}`);
      continue;
    }
    const selector = { ...service.spec.selector, ...subsetLabels };
    const deployments = manifests.filter((m) => m.kind === 'Deployment' && m.metadata.namespace === svcNamespace
      && Object.entries(selector).every(([k, v]) => m.spec.template.metadata.labels?.[k] === v));
    if (deployments.length === 0) {
      problems.push(`${where}: no Deployment in ${svcNamespace} has the labels ${JSON.stringify(selector)}`);
      continue;
    }
    for (const deployment of deployments) {
      const container = (deployment.spec.template.spec.containers ?? []).find((c: any) =>
        (c.ports ?? []).some((p: any) => p.name === port.targetPort || p.containerPort === port.targetPort));
      if (!container) {
        problems.push(`${where} → ${deployment.metadata.name}: no container exposes ${port.targetPort}`);
        continue;
      }
      const probe = container.readinessProbe?.httpGet;
      if (!probe || probe.path !== hit.rewritten) {
        problems.push(`${where} → ${deployment.metadata.name}: the request arrives as ${hit.rewritten}, which the container does not serve (its readiness probe path: ${probe?.path ?? 'none'})`);
        continue;
      }
      reached.push(`${where} → ${deployment.metadata.name}/${container.name} ${hit.rewritten}`);
    }
  }
  return { reached, problems };
}

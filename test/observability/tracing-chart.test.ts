import { observabilitySecretName } from '../../lib/config';
import { K8S_ACK_ANNOTATION_PREFIX } from '../../lib/compliance/acknowledge';
import { checkMeshControls } from '../../lib/compliance/k8s/mesh-controls';
import { JAEGER_OPERATOR_POD_LABELS, TRACING_STORE_SECRET } from '../../lib/config/observability-names';
import { COLLECTOR_POD_LABELS, JAEGER_POD_LABELS, tracingOutsideMeshReason } from '../../lib/observability';
import { expectValidManifests } from '../helpers/k8s-schema';
import { checkPodSecurity, formatFindings } from '../helpers/pod-security';
import { find, ofKind, renderTracing, shipped, variant } from './fixtures';

const prod = shipped('prod');
const prodEast = renderTracing(prod, 'us-east-1');
const devEast = renderTracing(shipped('dev'), 'us-east-1');

describe('TracingChart', () => {
  test.each([['prod', prodEast], ['dev', devEast]] as const)('GIVEN %s WHEN rendered THEN every object validates and no pod check finds anything', (_env, manifests) => {
    expectValidManifests(manifests);
    expect(formatFindings(checkPodSecurity(manifests))).toEqual('');
  });

  test('GIVEN a Jaeger with an unknown strategy field WHEN validated THEN the schema check fails', () => {
    const broken = devEast.map((m) => (m.kind === 'Jaeger' ? { ...m, spec: { ...m.spec, strategi: 'allInOne' } } : m));
    expect(() => expectValidManifests(broken)).toThrow(/Jaeger\/tracing\/jaeger/);
  });

  test('GIVEN any env WHEN rendered THEN the namespace enforces Pod Security restricted and stays out of the mesh', () => {
    const ns = find(devEast, 'Namespace', 'tracing');
    expect(ns.metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
      'istio-injection': 'disabled',
    });
  });

  test('GIVEN dev (store: memory) WHEN rendered THEN Jaeger is all-in-one in memory and no store secret exists', () => {
    const jaeger = find(devEast, 'Jaeger', 'jaeger', 'tracing');
    expect(jaeger.spec).toMatchObject({ strategy: 'allInOne', storage: { type: 'memory' }, ingress: { enabled: false } });
    expect(ofKind(devEast, 'ExternalSecret')).toEqual([]);
    expect(ofKind(devEast, 'NetworkPolicy').map((p) => p.metadata.name)).not.toContain('allow-tracing-store');
  });

  test('GIVEN prod (store: opensearch) WHEN rendered THEN Jaeger runs the production strategy on OpenSearch with settings from Secrets Manager', () => {
    const jaeger = find(prodEast, 'Jaeger', 'jaeger', 'tracing');
    expect(jaeger.spec).toMatchObject({
      strategy: 'production',
      storage: { type: 'elasticsearch', secretName: TRACING_STORE_SECRET, options: { es: { tls: { enabled: true } } }, esIndexCleaner: { enabled: true, numberOfDays: 7 } },
      collector: { replicas: 2 },
      query: { replicas: 2 },
    });
    // The endpoint is a deploy-time value: it is not in the manifests.
    expect(JSON.stringify(jaeger)).not.toMatch(/server-urls|es\.amazonaws\.com/);
    const es = find(prodEast, 'ExternalSecret', TRACING_STORE_SECRET, 'tracing');
    expect(Object.keys(es.spec.target.template.data).sort()).toEqual(['ES_PASSWORD', 'ES_SERVER_URLS', 'ES_USERNAME']);
    expect(es.spec.target.template.data.ES_SERVER_URLS).toBe('https://{{ .host }}');
    expect(es.spec.data.map((d: any) => d.remoteRef.key)).toEqual([
      observabilitySecretName(prod, 'tracing-store-endpoint'),
      observabilitySecretName(prod, 'tracing-store'),
      observabilitySecretName(prod, 'tracing-store'),
    ]);
    const store = find(prodEast, 'NetworkPolicy', 'allow-tracing-store', 'tracing');
    expect(store.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '10.0.0.0/16' } }], ports: [{ protocol: 'TCP', port: 443 }] }]);
  });

  test('GIVEN any env WHEN rendered THEN the collector takes OTLP and forwards to Jaeger through the memory limiter and a batch', () => {
    const collector = find(devEast, 'OpenTelemetryCollector', 'otel', 'tracing');
    expect(collector.apiVersion).toBe('opentelemetry.io/v1beta1');
    expect(collector.spec.mode).toBe('deployment');
    expect(collector.spec.config.service.pipelines.traces).toEqual({ receivers: ['otlp'], processors: ['memory_limiter', 'batch'], exporters: ['otlp/jaeger'] });
    expect(collector.spec.config.exporters['otlp/jaeger'].endpoint).toBe('jaeger-collector.tracing.svc.cluster.local:4317');
    expect(collector.spec.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(collector.spec.podSecurityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
  });

  test('GIVEN any env WHEN rendered THEN the namespace denies by default and opens only spans in, spans to Jaeger, queries and scrapes', () => {
    expect(find(devEast, 'NetworkPolicy', 'default-deny', 'tracing').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const intake = find(devEast, 'NetworkPolicy', 'allow-span-intake', 'tracing').spec;
    expect(intake.podSelector).toEqual({ matchLabels: { ...COLLECTOR_POD_LABELS } });
    expect(intake.ingress[0]).toEqual({ from: [{ namespaceSelector: {} }], ports: [{ protocol: 'TCP', port: 4317 }, { protocol: 'TCP', port: 4318 }] });
    const jaeger = find(devEast, 'NetworkPolicy', 'allow-jaeger', 'tracing').spec;
    expect(jaeger.podSelector).toEqual({ matchLabels: { ...JAEGER_POD_LABELS } });
    expect(jaeger.ingress[1].from.map((p: any) => p.namespaceSelector.matchLabels['kubernetes.io/metadata.name'])).toEqual(['monitoring', 'istio-system']);
  });

  test('GIVEN any env WHEN rendered THEN the Jaeger operator may only take webhook calls from and talk to the API server (the VPC)', () => {
    for (const [manifests, cidr] of [[devEast, '10.20.0.0/16'], [prodEast, '10.0.0.0/16']] as const) {
      const spec = find(manifests, 'NetworkPolicy', 'allow-jaeger-operator', 'tracing').spec;
      expect(spec.podSelector).toEqual({ matchLabels: { ...JAEGER_OPERATOR_POD_LABELS } });
      expect(spec.policyTypes).toEqual(['Ingress', 'Egress']);
      expect(spec.ingress).toEqual([{ from: [{ ipBlock: { cidr } }], ports: [{ protocol: 'TCP', port: 9443 }] }]);
      expect(spec.egress).toEqual([{ to: [{ ipBlock: { cidr } }], ports: [{ protocol: 'TCP', port: 443 }] }]);
    }
    // The operator's pods are none of the Jaeger instance's: the instance's policies do not open them.
    expect(JAEGER_OPERATOR_POD_LABELS['app.kubernetes.io/instance']).not.toBe(JAEGER_POD_LABELS['app.kubernetes.io/instance']);
  });

  test('GIVEN any env WHEN the mesh controls run THEN the namespace is out of the mesh and acknowledged as such on its Namespace, with the reason', () => {
    const ns = find(prodEast, 'Namespace', 'tracing');
    expect(ns.metadata.annotations[`${K8S_ACK_ANNOTATION_PREFIX}mesh-mtls-strict`]).toBe(tracingOutsideMeshReason(true));
    // Without OpenSearch (dev) the reason does not claim a store path.
    expect(find(devEast, 'Namespace', 'tracing').metadata.annotations[`${K8S_ACK_ANNOTATION_PREFIX}mesh-mtls-strict`]).not.toMatch(/OpenSearch/);
    const mtls = checkMeshControls(prodEast, { rootNamespace: 'istio-system' }).find((r) => r.control === 'mesh-mtls-strict' && r.subject === 'Namespace/tracing')!;
    // The finding itself stays: the acknowledgement explains it, it does not hide it.
    expect(mtls.problems).toContain('the Namespace is not in the mesh (no istio-injection: enabled label)');
    expect(mtls.manifest).toBe(ns);
    const netpol = checkMeshControls(prodEast, { rootNamespace: 'istio-system' }).find((r) => r.control === 'netpol-default-deny' && r.subject === 'Namespace/tracing')!;
    expect(netpol.problems).toEqual([]);
  });

  test('GIVEN another tracing namespace in config WHEN rendered THEN everything moves with it', () => {
    const config = variant('dev', (d) => {
      d.observability.tracing = { namespace: 'traces' };
      d.gitops.operators.jaegerOperator.namespace = 'traces';
    });
    const manifests = renderTracing(config, 'us-east-1');
    expect(new Set(manifests.map((m) => m.metadata.namespace ?? m.metadata.name))).toEqual(new Set(['traces']));
  });

  test.each([['prod', prodEast], ['dev', devEast]] as const)('GIVEN %s WHEN rendered THEN it matches the snapshot (tripwire)', (_env, manifests) => {
    expect(manifests).toMatchSnapshot();
  });
});

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { PROMETHEUS_SERVICE_ACCOUNT, mlNamespace, observabilitySecretName, strimziNamespaces } from '../../lib/config';
import { GRAFANA_DASHBOARD_LABEL } from '../../lib/k8s/grafana-dashboards';
import { GRAFANA_ADMIN_SECRET } from '../../lib/observability/constants';
import { operatorsByKey } from '../../lib/platform/render';
import { K8S_ACK_ANNOTATION_PREFIX } from '../../lib/compliance/acknowledge';
import { checkMeshControls } from '../../lib/compliance/k8s/mesh-controls';
import { GRAFANA_POD_LABELS, ISTIO_MTLS_SCRAPE_CLASS, MONITORING_PARAMETER_STORE, MSK_SCRAPE_SECRET, PROMETHEUS_POD_LABELS, AMP_WORKSPACE_ENV } from '../../lib/config/observability-names';
import { podScrapePorts, vpcScrapePorts, ampRemoteWriteUrl, errorRatioRecord, monitoringOutsideMeshReason, outsideMeshAuthorizationReason, serviceDashboard, servicePanels, serviceSloGroup, sloTargets } from '../../lib/observability';
import { expectValidManifests } from '../helpers/k8s-schema';
import { checkPodSecurity, formatFindings } from '../helpers/pod-security';
import { Manifest, find, ofKind, renderObservability, shipped, variant } from './fixtures';
import { promtool, promtoolTest } from './promtool';

const prod = shipped('prod');
const dev = shipped('dev');
const prodEast = renderObservability(prod, 'us-east-1');
const devEast = renderObservability(dev, 'us-east-1');
const prometheusOf = (m: Manifest[]) => find(m, 'Prometheus', 'platform', 'monitoring');

describe('ObservabilityChart', () => {
  test.each([['prod', prodEast], ['dev', devEast]] as const)('GIVEN %s WHEN rendered THEN every object validates against its CRD or Kubernetes schema', (_env, manifests) => {
    expectValidManifests(manifests);
    // The chart makes no pods itself (the operators do): nothing for the pod checks to find.
    expect(formatFindings(checkPodSecurity(manifests))).toEqual('');
  });

  test('GIVEN an object with a field its CRD does not have WHEN validated THEN the schema check fails (the validator can fail)', () => {
    const broken = prodEast.map((m) => (m.kind === 'Prometheus' ? { ...m, spec: { ...m.spec, replica: 2 } } : m));
    expect(() => expectValidManifests(broken)).toThrow(/Prometheus\/monitoring\/platform: spec/);
  });

  describe('Prometheus', () => {
    test('GIVEN prod WHEN rendered THEN 2 replicas keep 7d locally, capped at 80 % of a 20Gi volume', () => {
      const spec = prometheusOf(prodEast).spec;
      expect(spec).toMatchObject({ replicas: 2, retention: '7d', retentionSize: '16GB', scrapeInterval: '30s', storage: { emptyDir: { sizeLimit: '20Gi' } } });
      expect(spec.serviceAccountName).toBe(PROMETHEUS_SERVICE_ACCOUNT);
    });

    test('GIVEN a StorageClass in config WHEN rendered THEN each replica gets a persistent volume of that class', () => {
      const config = variant('prod', (d) => (d.observability.prometheus.storage = { sizeGi: 50, storageClassName: 'gp3-encrypted' }));
      const storage = prometheusOf(renderObservability(config, 'us-east-1')).spec.storage;
      expect(storage.volumeClaimTemplate.spec).toMatchObject({ storageClassName: 'gp3-encrypted', resources: { requests: { storage: '50Gi' } } });
      expect(storage.emptyDir).toBeUndefined();
    });

    test('GIVEN prod WHEN rendered THEN it remote-writes to the region\'s AMP with SigV4, the workspace id coming from the pod\'s environment', () => {
      const spec = prometheusOf(prodEast).spec;
      expect(spec.remoteWrite).toEqual([expect.objectContaining({
        url: 'https://aps-workspaces.us-east-1.amazonaws.com/workspaces/$(AMP_WORKSPACE_ID)/api/v1/remote_write',
        sigv4: { region: 'us-east-1' },
      })]);
      expect(ampRemoteWriteUrl({ name: 'eu-west-1' })).toContain('aps-workspaces.eu-west-1.amazonaws.com');
      // Both reloaders (init and sidecar) expand $(AMP_WORKSPACE_ID) from the ExternalSecret's Secret.
      for (const list of [spec.initContainers, spec.containers]) {
        expect(list[0].env).toEqual([{ name: AMP_WORKSPACE_ENV, valueFrom: { secretKeyRef: { name: 'amp-workspace', key: 'workspace-id' } } }]);
      }
      expect(spec.initContainers[0].name).toBe('init-config-reloader');
      expect(spec.containers[0].name).toBe('config-reloader');
      const workspace = find(prodEast, 'ExternalSecret', 'amp-workspace', 'monitoring');
      expect(workspace.spec.data).toEqual([{ secretKey: 'workspace-id', remoteRef: { key: observabilitySecretName(prod, 'amp-workspace'), property: 'workspaceId' } }]);
      // AMP deduplicates the HA pair by cluster and __replica__; recorded SLO series stay local.
      expect(spec.externalLabels).toEqual({ cluster: 'automatedai-prod-us-east-1', region: 'us-east-1' });
      expect(spec.replicaExternalLabelName).toBe('__replica__');
      expect(spec.remoteWrite[0].writeRelabelConfigs).toEqual([{ sourceLabels: ['__name__'], regex: 'slo:.*', action: 'drop' }]);
    });

    test('GIVEN prod WHEN rendered THEN it picks every monitor and rule in every namespace', () => {
      const spec = prometheusOf(prodEast).spec;
      for (const key of ['serviceMonitor', 'podMonitor', 'probe', 'rule']) {
        expect([key, spec[`${key}Selector`], spec[`${key}NamespaceSelector`]]).toEqual([key, {}, {}]);
      }
    });

    test('GIVEN prod WHEN rendered THEN it scrapes STRICT-mTLS targets with the workload certificate of an intercept-nothing sidecar', () => {
      const spec = prometheusOf(prodEast).spec;
      expect(spec.scrapeClasses).toEqual([{
        name: ISTIO_MTLS_SCRAPE_CLASS,
        tlsConfig: { caFile: '/etc/prom-certs/root-cert.pem', certFile: '/etc/prom-certs/cert-chain.pem', keyFile: '/etc/prom-certs/key.pem', insecureSkipVerify: true },
      }]);
      expect(spec.podMetadata.labels).toEqual({ 'sidecar.istio.io/inject': 'true' });
      expect(spec.podMetadata.annotations).toMatchObject({
        'traffic.sidecar.istio.io/includeInboundPorts': '',
        'traffic.sidecar.istio.io/includeOutboundIPRanges': '',
      });
      expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    });

    test('GIVEN prod WHEN rendered THEN only the monitoring and mesh namespaces reach the query API', () => {
      const policy = find(prodEast, 'NetworkPolicy', 'prometheus-platform-ingress', 'monitoring');
      expect(policy.spec.policyTypes).toEqual(['Ingress']);
      expect(policy.spec.ingress.map((r: any) => r.from[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name'])).toEqual(['monitoring', 'istio-system']);
    });

    test('GIVEN prod WHEN rendered THEN the service account may only read what discovery needs', () => {
      const role = find(prodEast, 'ClusterRole', PROMETHEUS_SERVICE_ACCOUNT);
      const verbs = new Set(role.rules.flatMap((r: any) => r.verbs));
      expect([...verbs].sort()).toEqual(['get', 'list', 'watch']);
      expect(role.rules.flatMap((r: any) => r.resources ?? [])).not.toContain('secrets');
    });
  });

  describe('monitors', () => {
    test('GIVEN prod WHEN rendered THEN every service has a ServiceMonitor on port http, path /metrics, over mTLS, with its version', () => {
      for (const service of prod.services) {
        const monitor = find(prodEast, 'ServiceMonitor', service.name, service.name);
        expect(monitor.spec).toMatchObject({
          selector: { matchLabels: { app: service.name } },
          scrapeClass: ISTIO_MTLS_SCRAPE_CLASS,
          podTargetLabels: ['version'],
          endpoints: [{ port: 'http', path: '/metrics', scheme: 'https' }],
        });
      }
    });

    test('GIVEN a service serving metrics on its own port WHEN rendered THEN a PodMonitor scrapes the http-metrics container port', () => {
      const config = variant('prod', (d) => (d.services[1].metricsPort = 9100));
      const monitor = find(renderObservability(config, 'us-east-1'), 'PodMonitor', 'iot-service', 'iot-service');
      expect(monitor.spec.podMetricsEndpoints).toEqual([{ port: 'http-metrics', path: '/metrics', scheme: 'https' }]);
    });

    test('GIVEN prod WHEN rendered THEN every Istio proxy\'s Envoy port and istiod are scraped', () => {
      const envoy = find(prodEast, 'PodMonitor', 'istio-envoy-stats', 'monitoring');
      expect(envoy.spec.namespaceSelector).toEqual({ any: true });
      expect(envoy.spec.podMetricsEndpoints[0]).toMatchObject({ port: 'http-envoy-prom', path: '/stats/prometheus' });
      const istiod = find(prodEast, 'ServiceMonitor', 'istiod', 'monitoring');
      expect(istiod.spec).toMatchObject({ namespaceSelector: { matchNames: ['istio-system'] }, endpoints: [{ port: 'http-monitoring' }] });
    });

    test('GIVEN prod (MSK regions) WHEN rendered THEN MSK open monitoring is scraped from the published brokers, not Strimzi pods', () => {
      expect(ofKind(prodEast, 'PodMonitor').map((m) => m.metadata.name)).not.toContain('strimzi-kafka');
      const scrape = find(prodEast, 'ExternalSecret', MSK_SCRAPE_SECRET, 'monitoring');
      expect(scrape.spec.data).toEqual([{ secretKey: 'brokers', remoteRef: { key: '/automatedai/prod/kafka/us-east-1/bootstrap-brokers' } }]);
      const template: string = scrape.spec.target.template.data['scrape.yaml'];
      expect(template).toContain(':11001"');
      expect(template).toContain(':11002"');
      expect(prometheusOf(prodEast).spec.additionalScrapeConfigs).toEqual({ name: MSK_SCRAPE_SECRET, key: 'scrape.yaml', optional: true });
    });

    test('GIVEN prod (MSK) WHEN rendered THEN the brokers are read through a Parameter Store ClusterSecretStore that admits the monitoring namespace only', () => {
      const store = find(prodEast, 'ClusterSecretStore', MONITORING_PARAMETER_STORE);
      expect(store.spec).toEqual({
        provider: { aws: { service: 'ParameterStore', region: 'us-east-1' } },
        conditions: [{ namespaces: ['monitoring'] }],
      });
      // No auth block: the controller's own Pod Identity role, never a key in the manifests.
      expect(store.spec.provider.aws.auth).toBeUndefined();
      const scrape = find(prodEast, 'ExternalSecret', MSK_SCRAPE_SECRET, 'monitoring');
      expect(scrape.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: MONITORING_PARAMETER_STORE });
      // Strimzi regions read no parameter: no store either.
      expect(ofKind(devEast, 'ClusterSecretStore')).toEqual([]);
    });

    test('GIVEN the MSK scrape template WHEN filled with a bootstrap string THEN every broker is a target on both exporter ports', () => {
      const template: string = find(prodEast, 'ExternalSecret', MSK_SCRAPE_SECRET, 'monitoring').spec.target.template.data['scrape.yaml'];
      // A tiny stand-in for the ESO v2 template: the range over the comma-split list, host before ':'.
      const brokers = 'b-1.c.kafka.us-east-1.amazonaws.com:9098,b-2.c.kafka.us-east-1.amazonaws.com:9098';
      const filled = template.replace(/\{\{- range \(\.brokers \| splitList ","\) \}\}\n(.*)\n\{\{- end \}\}/g, (_m, line: string) =>
        brokers.split(',').map((b) => line.replace('{{ splitList ":" . | first }}', b.split(':')[0])).join('\n'));
      const jobs = YAML.parse(filled);
      expect(jobs.map((j: any) => j.job_name)).toEqual(['msk-jmx', 'msk-node']);
      expect(jobs[0].static_configs[0].targets).toEqual(['b-1.c.kafka.us-east-1.amazonaws.com:11001', 'b-2.c.kafka.us-east-1.amazonaws.com:11001']);
      expect(jobs[1].static_configs[0].targets).toEqual(['b-1.c.kafka.us-east-1.amazonaws.com:11002', 'b-2.c.kafka.us-east-1.amazonaws.com:11002']);
    });

    test('GIVEN dev (Strimzi) WHEN rendered THEN Strimzi\'s Kafka and operator pods are scraped on their documented ports', () => {
      expect(find(devEast, 'PodMonitor', 'strimzi-kafka').spec.podMetricsEndpoints[0]).toMatchObject({ port: 'tcp-prometheus', path: '/metrics' });
      expect(find(devEast, 'PodMonitor', 'strimzi-operators').spec.podMetricsEndpoints[0]).toMatchObject({ port: 'http' });
      expect(ofKind(devEast, 'ExternalSecret').map((m) => m.metadata.name)).not.toContain(MSK_SCRAPE_SECRET);
      expect(prometheusOf(devEast).spec.additionalScrapeConfigs).toBeUndefined();
    });

    test('GIVEN monitors turned off in config WHEN rendered THEN no Kafka or KServe monitors', () => {
      const config = variant('dev', (d) => (d.observability.monitors = { kafka: false, kserve: false }));
      const names = renderObservability(config, 'us-east-1').filter((m) => /Monitor$/.test(m.kind)).map((m) => m.metadata.name);
      expect(names).not.toEqual(expect.arrayContaining(['strimzi-kafka']));
      expect(names).not.toContain('kserve-predictors');
      const kserve = find(devEast, 'PodMonitor', 'kserve-predictors').spec.podMetricsEndpoints[0];
      expect(kserve).toMatchObject({ port: 'http-envoy-prom', path: '/stats/prometheus', scheme: 'http' });
      expect(kserve.relabelings).toEqual([expect.objectContaining({ targetLabel: '__address__', replacement: '$1:15020' })]);
      expect(kserve.metricRelabelings).toEqual([expect.objectContaining({ regex: '(istio|envoy)_.*', action: 'drop' })]);
    });

    test('GIVEN prod and dev WHEN rendered THEN each meshed namespace lets Prometheus scrape Envoy and the proxies export spans', () => {
      const prodNamespaces = ['healthcare-service', 'iot-service', 'istio-ingress', mlNamespace(prod)];
      const devNamespaces = [...strimziNamespaces(dev, dev.regions[0])];
      expect(devNamespaces).toHaveLength(1);
      for (const ns of devNamespaces) find(devEast, 'NetworkPolicy', 'allow-trace-export', ns);
      for (const ns of prodNamespaces) {
        expect(find(prodEast, 'NetworkPolicy', 'allow-envoy-metrics', ns).spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 15090 }]);
        const spans = find(prodEast, 'NetworkPolicy', 'allow-trace-export', ns).spec.egress[0];
        expect(spans.to[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name']).toBe('tracing');
        expect(spans.ports.map((p: any) => p.port)).toEqual([4317, 4318]);
      }
    });
  });

  describe('monitoring Namespace', () => {
    const ACK = `${K8S_ACK_ANNOTATION_PREFIX}mesh-mtls-strict`;
    const NOT_MESHED = 'the Namespace is not in the mesh (no istio-injection: enabled label)';
    const mtlsOf = (m: Manifest[]) => checkMeshControls(m, { rootNamespace: 'istio-system' }).find((r) => r.control === 'mesh-mtls-strict' && r.subject === 'Namespace/monitoring')!;

    test.each([['prod', prodEast], ['dev', devEast]] as const)('GIVEN %s WHEN rendered THEN the chart renders the namespace with the Pod Security levels the operator catalogue declares for it', (_env, manifests) => {
      const ns = find(manifests, 'Namespace', 'monitoring');
      expect(ns.metadata.labels).toMatchObject({
        // node-exporter needs the host: privileged is enforced, restricted still warns and audits.
        'pod-security.kubernetes.io/enforce': 'privileged',
        'pod-security.kubernetes.io/enforce-version': 'latest',
        'pod-security.kubernetes.io/warn': 'restricted',
        'pod-security.kubernetes.io/audit': 'restricted',
      });
      expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe(operatorsByKey(prod).kubePrometheusStack.podSecurity);
    });

    test('GIVEN prod WHEN rendered THEN the namespace carries no istio-injection label at all, so the Prometheus pod\'s own inject label still gets it its certificate sidecar', () => {
      // istiod's webhook for pods labelled `sidecar.istio.io/inject: "true"` selects namespaces where
      // `istio-injection` does not exist: `disabled` would silently drop the sidecar and with it the
      // certificate every STRICT scrape presents; `enabled` would inject every pod of the stack.
      const labels = find(prodEast, 'Namespace', 'monitoring').metadata.labels;
      expect(Object.keys(labels).filter((k) => k.startsWith('istio'))).toEqual([]);
      expect(prometheusOf(prodEast).spec.podMetadata.labels).toEqual({ 'sidecar.istio.io/inject': 'true' });
    });

    test.each([['prod', prodEast], ['dev', devEast]] as const)('GIVEN %s WHEN the mesh controls run THEN the namespace fails mesh-mtls-strict and the Namespace acknowledges it with the reason', (_env, manifests) => {
      const ns = find(manifests, 'Namespace', 'monitoring');
      expect(ns.metadata.annotations).toEqual({
        [ACK]: monitoringOutsideMeshReason(),
        [`${K8S_ACK_ANNOTATION_PREFIX}mesh-authz-default-deny`]: outsideMeshAuthorizationReason('monitoring'),
      });
      const mtls = mtlsOf(manifests);
      // The finding itself stays: the acknowledgement explains it, it does not hide it. (This chart
      // alone has no mesh-wide PeerAuthentication; the report's test sees the whole folder.)
      expect(mtls.problems).toContain(NOT_MESHED);
      expect(mtls.manifest).toBe(ns);
    });

    test('GIVEN the reason WHEN read THEN it names why each component stays out and the compensating controls that exist', () => {
      const reason = monitoringOutsideMeshReason();
      for (const claim of ['node-exporter is on the host network', 'Pod Security privileged', 'admission webhooks', 'Grafana is read by Kiali', 'default-deny NetworkPolicy (ingress and egress)', 'intercepts no traffic']) {
        expect([claim, reason.includes(claim)]).toEqual([claim, true]);
      }
      // The controls it cites are rendered.
      for (const name of ['default-deny', 'allow-dns', 'allow-api-server', 'allow-prometheus-egress', 'allow-prometheus-scrape', 'allow-grafana', 'prometheus-platform-ingress']) {
        expect(find(prodEast, 'NetworkPolicy', name, 'monitoring')).toBeDefined();
      }
    });

    test('GIVEN the Namespace without its acknowledgement WHEN the mesh controls run THEN nothing explains the failing row (the test above can fail)', () => {
      const bare = prodEast.map((m) => (m.kind === 'Namespace' ? { ...m, metadata: { ...m.metadata, annotations: undefined } } : m));
      expect(mtlsOf(bare).manifest?.metadata).not.toHaveProperty(['annotations', ACK]);
      expect(mtlsOf(bare).problems).toContain(NOT_MESHED);
      // Without the rendered Namespace the check cannot see the namespace is outside the mesh.
      expect(mtlsOf(prodEast.filter((m) => m.kind !== 'Namespace')).problems).not.toContain(NOT_MESHED);
    });
  });

  describe('monitoring namespace NetworkPolicies', () => {
    const policy = (m: Manifest[], name: string) => find(m, 'NetworkPolicy', name, 'monitoring').spec;
    const ports = (rule: any) => rule.ports.map((p: any) => p.port);

    test.each([['prod', prodEast], ['dev', devEast]] as const)('GIVEN %s WHEN the mesh controls run THEN monitoring denies by default in both directions', (_env, manifests) => {
      expect(policy(manifests, 'default-deny')).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
      const netpol = checkMeshControls(manifests, { rootNamespace: 'istio-system' }).find((r) => r.control === 'netpol-default-deny' && r.subject === 'Namespace/monitoring')!;
      expect(netpol.problems).toEqual([]);
      // DNS is the only egress every pod gets besides the API server.
      expect(policy(manifests, 'allow-dns').egress[0].to[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name']).toBe('kube-system');
    });

    test('GIVEN a default-deny removed WHEN the mesh controls run THEN the monitoring row fails (the check can fail)', () => {
      const without = prodEast.filter((m) => !(m.kind === 'NetworkPolicy' && m.metadata.name === 'default-deny' && m.metadata.namespace === 'monitoring'));
      const netpol = checkMeshControls(without, { rootNamespace: 'istio-system' }).find((r) => r.control === 'netpol-default-deny' && r.subject === 'Namespace/monitoring')!;
      expect(netpol.problems.length).toBeGreaterThan(0);
    });

    test('GIVEN prod WHEN rendered THEN every pod reaches the API server, which alone reaches the Prometheus operator\'s webhooks', () => {
      const api = policy(prodEast, 'allow-api-server');
      expect(api.podSelector).toEqual({});
      expect(api.egress).toEqual([{ to: [{ ipBlock: { cidr: '10.0.0.0/16' } }], ports: [{ protocol: 'TCP', port: 443 }] }]);
      expect(api.ingress).toEqual([{ from: [{ ipBlock: { cidr: '10.0.0.0/16' } }], ports: [{ protocol: 'TCP', port: 10250 }] }]);
    });

    test('GIVEN prod (MSK) WHEN rendered THEN Prometheus reaches pods on the scraped ports, the VPC on kubelet, node-exporter, API/AMP and MSK exporter ports, credentials and istiod', () => {
      const egress = policy(prodEast, 'allow-prometheus-egress');
      expect(egress.podSelector).toEqual({ matchLabels: { ...PROMETHEUS_POD_LABELS } });
      expect(egress.policyTypes).toEqual(['Egress']);
      const [pods, vpc, credentials, istiod] = egress.egress;
      expect(pods.to).toEqual([{ namespaceSelector: {} }]);
      // Every service's /metrics port, Envoy, the merged endpoint (KServe), istiod, the collector.
      expect(ports(pods)).toEqual(expect.arrayContaining([...prod.services.map((s) => s.metricsPort ?? s.port), 15090, 15020, 15014, 8888]));
      expect(ports(pods)).not.toContain(9404);
      expect(vpc.to).toEqual([{ ipBlock: { cidr: '10.0.0.0/16' } }]);
      expect(ports(vpc)).toEqual([443, 9100, 10250, 11001, 11002]);
      expect(credentials).toEqual({ to: [{ ipBlock: { cidr: '169.254.170.23/32' } }], ports: [{ protocol: 'TCP', port: 80 }] });
      expect(istiod.to[0].podSelector).toEqual({ matchLabels: { app: 'istiod' } });
      expect(ports(istiod)).toEqual([15012]);
    });

    test('GIVEN dev (Strimzi) WHEN rendered THEN Prometheus may reach Strimzi\'s metrics ports and no MSK exporter port', () => {
      expect(podScrapePorts(dev, dev.regions[0])).toEqual(expect.arrayContaining([9404, 8080, 8081]));
      expect(vpcScrapePorts(dev, dev.regions[0])).toEqual([443, 9100, 10250]);
      expect(ports(policy(devEast, 'allow-prometheus-egress').egress[1])).toEqual([443, 9100, 10250]);
    });

    test('GIVEN prod WHEN rendered THEN inside monitoring only Prometheus scrapes the stack (operator, kube-state-metrics, Grafana, its own sidecar)', () => {
      const scrape = policy(prodEast, 'allow-prometheus-scrape');
      expect(scrape.podSelector).toEqual({});
      expect(scrape.ingress).toHaveLength(1);
      expect(scrape.ingress[0].from).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { ...PROMETHEUS_POD_LABELS } } }]);
      expect(ports(scrape.ingress[0])).toEqual([3000, 8080, 8081, 10250, 15090]);
    });

    test('GIVEN prod WHEN rendered THEN Grafana is reached by Kiali only and reaches Prometheus and Jaeger\'s query service only', () => {
      const grafana = policy(prodEast, 'allow-grafana');
      expect(grafana.podSelector).toEqual({ matchLabels: { ...GRAFANA_POD_LABELS } });
      expect(grafana.ingress).toEqual([{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } } }], ports: [{ protocol: 'TCP', port: 3000 }] }]);
      expect(grafana.egress.map((r: any) => [r.to[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name'], ports(r)])).toEqual([
        ['monitoring', [9090]],
        ['tracing', [16686]],
      ]);
    });
  });

  describe('SLO rules', () => {
    test('GIVEN prod WHEN rendered THEN each service has a PrometheusRule with exactly its SLO group', () => {
      for (const target of sloTargets(prod)) {
        const rule = find(prodEast, 'PrometheusRule', `slo-${target.name}`, 'monitoring');
        const group = serviceSloGroup(target);
        expect(rule.spec.groups).toHaveLength(1);
        expect(rule.spec.groups[0].name).toBe(group.name);
        expect(rule.spec.groups[0].rules.map((r: any) => r.record ?? r.alert)).toEqual(group.rules.map((r) => r.record ?? r.alert));
        expect(rule.spec.groups[0].rules.map((r: any) => r.expr)).toEqual(group.rules.map((r) => r.expr));
      }
    });
  });

  describe('Grafana', () => {
    test('GIVEN prod WHEN rendered THEN one dashboard per service, labelled for the sidecar, with rate, errors, duration and SLO burn', () => {
      for (const service of prod.services) {
        const cm = find(prodEast, 'ConfigMap', `dashboard-slo-${service.name}`, 'monitoring');
        expect(cm.metadata.labels[GRAFANA_DASHBOARD_LABEL.key]).toBe(GRAFANA_DASHBOARD_LABEL.value);
        const dashboard = JSON.parse(cm.data[`slo-${service.name}.json`]);
        expect(dashboard.uid).toBe(`slo-${service.name}`);
        expect(dashboard.panels.map((p: any) => p.title)).toEqual(expect.arrayContaining([
          'Request rate', 'Error ratio (5xx)', 'Duration', 'Availability error-budget burn rate', 'Latency error-budget burn rate',
        ]));
      }
    });

    test('GIVEN a dashboard WHEN its burn panels are read THEN they use the recorded ratios the rules produce, scaled by the budget', () => {
      const target = sloTargets(prod)[0];
      const recorded = new Set(serviceSloGroup(target).rules.map((r) => r.record).filter(Boolean));
      const burn = servicePanels(target).find((p) => p.title.startsWith('Availability error-budget'))!;
      expect(burn.queries.map((q) => q.expr)).toEqual([
        'slo:sli_error:ratio_rate1h{service="healthcare-service",slo="availability"} / 0.0005',
        'slo:sli_error:ratio_rate6h{service="healthcare-service",slo="availability"} / 0.0005',
        'slo:sli_error:ratio_rate1d{service="healthcare-service",slo="availability"} / 0.0005',
        'slo:sli_error:ratio_rate3d{service="healthcare-service",slo="availability"} / 0.0005',
      ]);
      for (const q of burn.queries) expect(recorded).toContain(q.expr.split('{')[0]);
      expect(recorded).toContain(errorRatioRecord('1d'));
      expect(serviceDashboard(target).panels).toHaveLength(7);
    });

    promtoolTest('GIVEN every dashboard query WHEN parsed by promtool THEN it is valid PromQL', () => {
      const rules = sloTargets(prod).flatMap((t) => servicePanels(t).flatMap((p, i) => p.queries.map((q, j) => ({ record: `dashboard:${t.name.replace(/-/g, '_')}:${i}_${j}`, expr: q.expr }))));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboards-'));
      fs.writeFileSync(path.join(dir, 'queries.yaml'), YAML.stringify({ groups: [{ name: 'dashboards', rules }] }));
      const result = promtool(['check', 'rules', 'queries.yaml'], dir);
      expect(result.output).toContain(`SUCCESS: ${rules.length} rules found`);
    });

    test('GIVEN prod WHEN rendered THEN Grafana\'s admin login comes from Secrets Manager through an ExternalSecret', () => {
      const es = find(prodEast, 'ExternalSecret', GRAFANA_ADMIN_SECRET, 'monitoring');
      expect(es.spec.data.map((d: any) => [d.secretKey, d.remoteRef.key, d.remoteRef.property])).toEqual([
        ['admin-user', 'automatedai/prod/observability/grafana-admin', 'admin-user'],
        ['admin-password', 'automatedai/prod/observability/grafana-admin', 'admin-password'],
      ]);
    });
  });

  test('GIVEN prod WHEN rendered THEN Kiali reads this Prometheus and Jaeger, view-only, with token login', () => {
    const kiali = find(prodEast, 'Kiali', 'kiali', 'istio-system');
    expect(kiali.spec.auth).toEqual({ strategy: 'token' });
    expect(kiali.spec.deployment).toMatchObject({ view_only_mode: true });
    expect(kiali.spec.external_services.prometheus.url).toBe('http://prometheus-operated.monitoring.svc:9090');
    expect(kiali.spec.external_services.tracing).toMatchObject({ enabled: true, provider: 'jaeger', use_grpc: true, internal_url: 'http://jaeger-query.tracing.svc.cluster.local:16685' });
  });

  test('GIVEN prod WHEN rendered THEN no deploy-time value is in the manifests (no ARN, account id or workspace id)', () => {
    const text = YAML.stringify(prodEast);
    expect(text).not.toMatch(/arn:aws|ws-[0-9a-f]{8}|111111111111|222222222222/);
  });

  test.each([['prod', prodEast], ['dev', devEast]] as const)('GIVEN %s WHEN rendered THEN it matches the snapshot (tripwire)', (_env, manifests) => {
    expect(manifests).toMatchSnapshot();
  });
});

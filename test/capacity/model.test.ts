import { Demand } from '../../lib/capacity/demand';
import { manifestDemands, renderedNamespaces, sidecarInjected } from '../../lib/capacity/manifests';
import { capacityProblems, regionCapacity } from '../../lib/capacity/model';
import { allocatable, kubeReservedCpu, kubeReservedMemory } from '../../lib/capacity/nodes';
import { pack } from '../../lib/capacity/pack';
import { mebibytes, millicores } from '../../lib/capacity/quantity';
import { INSTANCE_TYPES, PlatformConfig, RegionConfig } from '../../lib/config';
import { CAPACITY_INPUTS } from '../../lib/platform/capacity-inputs';

const DEFAULTS = CAPACITY_INPUTS.defaults;

const demand = (name: string, cpu: number, memory: number, min: number, max = min, more: Partial<Demand> = {}): Demand => ({
  name, source: 'workloads', pod: { cpu, memory }, sidecar: { cpu: 0, memory: 0 }, nodeSelector: {}, daemon: false, min, max, ...more,
});

describe('quantities', () => {
  test.each([['100m', 100], ['1', 1000], ['0.5', 500], ['2', 2000], [1, 1000]])('GIVEN cpu %p THEN %p millicores', (q, m) => {
    expect(millicores(q)).toBe(m);
  });
  test.each([['128Mi', 128], ['1Gi', 1024], ['1G', 954], ['512M', 489], ['1e9', 954]])('GIVEN memory %p THEN %p MiB (rounded up)', (q, m) => {
    expect(mebibytes(q)).toBe(m);
  });
  test('GIVEN text that is not a quantity THEN it is refused by name', () => {
    expect(() => millicores('lots')).toThrow(/'lots' is not a Kubernetes quantity/);
  });
});

describe('node allocatable (EKS AMI kube-reserved, VPC CNI max pods)', () => {
  test('GIVEN core counts THEN kube-reserved CPU follows the 6/1/0.5/0.25 % tiers', () => {
    expect([1, 2, 4, 8, 16].map(kubeReservedCpu)).toEqual([60, 70, 80, 90, 110]);
  });
  test('GIVEN max pods THEN kube-reserved memory is 11 MiB a pod + 255 MiB', () => {
    expect(kubeReservedMemory(29)).toBe(574);
    expect(kubeReservedMemory(35)).toBe(640);
  });
  test('GIVEN an m5.large THEN 1930m, 8 GiB less 7.5 %, kube-reserved and eviction, 29 pods', () => {
    expect(allocatable(INSTANCE_TYPES['m5.large'])).toEqual({ cpu: 1930, memory: Math.floor(8192 * 0.925) - 574 - 100, pods: 29 });
    expect(allocatable(INSTANCE_TYPES['t3.large']).pods).toBe(35);
  });
});

describe('sidecar injection (the webhook\'s rules)', () => {
  test.each([
    [{ 'istio-injection': 'enabled' }, {}, true],
    [{ 'istio-injection': 'enabled' }, { 'sidecar.istio.io/inject': 'false' }, false],
    [{ 'istio-injection': 'disabled' }, { 'sidecar.istio.io/inject': 'true' }, false],
    [{}, { 'sidecar.istio.io/inject': 'true' }, true],
    [{}, {}, false],
    [{ 'istio.io/rev': 'default' }, {}, true],
  ])('GIVEN namespace %p and pod %p THEN injected is %p', (ns, pod, injected) => {
    expect(sidecarInjected(ns, pod)).toBe(injected);
  });
});

describe('the pods rendered objects make', () => {
  const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'app', labels: { 'istio-injection': 'enabled' } } };
  const deployment = {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'app' },
    spec: {
      replicas: 3,
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          nodeSelector: { workload: 'application' },
          // A native sidecar adds to the containers; a plain init container only counts when larger.
          initContainers: [{ name: 'agent', restartPolicy: 'Always', resources: { requests: { cpu: '25m', memory: '64Mi' } } }, { name: 'migrate', resources: { requests: { cpu: '2', memory: '10Mi' } } }],
          containers: [{ name: 'web', resources: { requests: { cpu: '200m' }, limits: { cpu: '1', memory: '256Mi' } } }],
        },
      },
    },
  };
  const hpa = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web', namespace: 'app' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, maxReplicas: 9 } };
  const daemon = { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'kube-system' }, spec: { template: { spec: { containers: [{ name: 'a', resources: { requests: { cpu: '50m', memory: '32Mi' } } }] } } } };

  test('GIVEN a Deployment with an HPA, limits only for memory, a native sidecar and an init container THEN one demand with the right counts and requests', () => {
    const manifests = [ns, deployment, hpa, daemon];
    const [web, agent] = manifestDemands(manifests, DEFAULTS, renderedNamespaces(manifests));
    expect(web).toMatchObject({ name: 'app/web', min: 3, max: 9, daemon: false, nodeSelector: { workload: 'application' } });
    // cpu: max(200m + 25m, 2000m from the init container); memory: limits stand in for requests.
    expect(web.pod).toEqual({ cpu: 2000, memory: 256 + 64 });
    expect(web.sidecar).toEqual({ cpu: 100, memory: 128 });
    expect(agent).toMatchObject({ name: 'kube-system/agent', daemon: true, sidecar: { cpu: 0, memory: 0 } });
  });

  test('GIVEN a kind the model neither reads nor knows to make no pods THEN it fails naming the object', () => {
    const odd = { apiVersion: 'example.com/v1', kind: 'PodFactory', metadata: { name: 'f', namespace: 'app' } };
    expect(() => manifestDemands([odd], DEFAULTS, new Map())).toThrow(/no reader for PodFactory\/app\/f/);
    expect(manifestDemands([{ kind: 'ConfigMap', metadata: { name: 'c' } }], DEFAULTS, new Map())).toEqual([]);
  });

  test('GIVEN custom resources THEN their operators\' pods are counted with the recorded defaults (Prometheus, KServe, Strimzi, Jaeger)', () => {
    const manifests = [
      { kind: 'Prometheus', metadata: { name: 'p', namespace: 'm' }, spec: { replicas: 2, resources: { requests: { cpu: '500m', memory: '2Gi' } }, podMetadata: { labels: { 'sidecar.istio.io/inject': 'true' } } } },
      { kind: 'InferenceService', metadata: { name: 'model', namespace: 'ml' }, spec: { predictor: { minReplicas: 2, maxReplicas: 6, model: { resources: { requests: { cpu: '500m', memory: '1Gi' } } } }, canary: [{ predictor: { model: { storageUri: 's3://b/m' } } }] } },
      { kind: 'KafkaNodePool', metadata: { name: 'brokers', namespace: 'kafka' }, spec: { replicas: 3, resources: { requests: { cpu: '250m', memory: '1Gi' } } } },
      { kind: 'Jaeger', metadata: { name: 'j', namespace: 't' }, spec: { strategy: 'production', collector: { replicas: 2, maxReplicas: 6 }, query: { replicas: 2 }, resources: { requests: { cpu: '100m', memory: '128Mi' } } } },
    ];
    const demands = manifestDemands(manifests, DEFAULTS, new Map());
    expect(demands.map((d) => [d.name, d.min, d.max, d.pod.cpu, d.pod.memory, d.sidecar.cpu])).toEqual([
      // kube-prometheus-stack turns the config reloader's requests off.
      ['m/p', 2, 2, 500, 2048, 100],
      ['ml/model (predictor)', 2, 6, 500, 1024, 0],
      // Unset: KServe's default 1 CPU / 2Gi (the storage initializer, smaller, runs first).
      ['ml/model (canary 1)', 1, 1, 1000, 2048, 0],
      ['kafka/brokers', 3, 3, 250, 1024, 0],
      ['t/j (collector)', 2, 6, 100, 128, 0],
      ['t/j (query)', 2, 2, 100, 128, 0],
    ]);
  });
});

describe('packing pods on nodes', () => {
  const node = { cpu: 1000, memory: 1000, pods: 4 };
  const groups = [
    { group: 'application', instanceTypes: ['m5.large'], nodes: 2, allocatable: node, labels: { workload: 'application' } },
    { group: 'data', instanceTypes: ['r5.large'], nodes: 1, allocatable: node, labels: { workload: 'data' } },
  ];

  test('GIVEN pods bound to a group and pods that may run anywhere THEN the bound ones are placed first and everything fits', () => {
    // Largest first alone would put the 800m pods on the application nodes and leave the bound ones nowhere.
    const twoData = [groups[0], { ...groups[1], nodes: 2 }];
    const demands = [demand('any', 800, 100, 2), demand('bound', 700, 100, 2, 2, { nodeSelector: { workload: 'application' } })];
    const p = pack(twoData, demands, (d) => d.min);
    expect(p.unplaced).toEqual([]);
    expect(p.requested).toEqual({ cpu: 3000, memory: 400, pods: 4 });
  });

  test('GIVEN a DaemonSet THEN it takes room on every node its selector matches', () => {
    const demands = [demand('ds', 500, 100, 0, 0, { daemon: true, nodeSelector: { workload: 'application' } }), demand('web', 600, 100, 2, 2, { nodeSelector: { workload: 'application' } })];
    const p = pack(groups, demands, (d) => d.min);
    expect(p.unplaced).toEqual([{ name: 'web', pods: 2, each: { cpu: 600, memory: 100 }, groups: ['application'] }]);
  });

  test('GIVEN more pods than slots THEN the pod count is a limit too', () => {
    const p = pack(groups, [demand('tiny', 1, 1, 13)], (d) => d.min);
    expect(p.unplaced).toEqual([{ name: 'tiny', pods: 1, each: { cpu: 1, memory: 1 }, groups: ['application', 'data'] }]);
  });
});

describe('the verdict and its config line', () => {
  const group = { name: 'application', instanceTypes: ['m5.large'], minSize: 1, desiredSize: 2, maxSize: 3, capacityType: 'ON_DEMAND' as const, diskSizeGiB: 50, labels: { workload: 'application' } };
  const region = { name: 'us-east-1', nodeGroups: [group] } as unknown as RegionConfig;
  const config = { eks: { nodeGroups: region.nodeGroups }, regions: [region] } as unknown as PlatformConfig;

  test('GIVEN pods that fit at min but not at max THEN one line names eks.nodeGroups[0].maxSize, the region, the shortfall and the size that would do', () => {
    const capacity = regionCapacity(region, [demand('app/web', 900, 512, 2, 8, { nodeSelector: { workload: 'application' } })]);
    expect(capacity.packing.min.unplaced).toEqual([]);
    const problems = capacityProblems(config, [capacity]);
    expect(problems).toHaveLength(1);
    // Two 900m pods per 1930m node: 8 pods need 4 nodes, 3 hold 6.
    expect(problems[0]).toMatch(/^eks\.nodeGroups\[0\]\.maxSize: us-east-1 at max replicas does not fit the nodes at max size \(application 3 × m5\.large\): 2 pods short, 1\.80 vCPU, 1\.0 GiB: app\/web ×2 \(900m, 512Mi each\); needs at least 4/);
  });

  test('GIVEN pods that fit both scenarios THEN no problem', () => {
    expect(capacityProblems(config, [regionCapacity(region, [demand('app/web', 900, 512, 2, 6)])])).toEqual([]);
  });
});

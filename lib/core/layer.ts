import type { Stack, Stage } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { PlatformConfig, RegionConfig } from '../config';

/**
 * The shape every capability of the platform takes: one object per folder under `lib/`,
 * registered once in `lib/platform/registry.ts`. The app builder, the manifest renderer and the
 * GitOps operators ApplicationSet iterate the registry; none of them names a layer.
 *
 * A layer sees the config, the region base (keys, VPC, cluster, secrets) and what earlier layers
 * published as typed {@link Fact}s; it never imports another layer's folder. Every member is
 * optional: a layer implements the parts it has.
 */
export interface Layer {
  /** The layer's name: its folder under `lib/`. */
  readonly name: string;
  /**
   * The top-level config section the layer reads (`config.<section>`), when it has its own.
   * Its zod schema lives in `lib/config/sections/`.
   */
  readonly configSection?: keyof PlatformConfig;
  /**
   * Adds the layer's constructs to one region's stack. Runs for every region, in registry order,
   * after the base is built: the order of these calls is the order of the resources in the
   * region's template.
   */
  region?(ctx: RegionContext): void;
  /**
   * Adds the layer's own stacks around the region stacks (the global edge, per-region companion
   * stacks, cross-region stacks), with their dependencies. Runs once per environment, in
   * registry order, after every region.
   */
  environment?(ctx: EnvironmentContext): void;
  /** The charts the layer renders into one cluster's folder `k8s/<env>/<region>/`. */
  charts?(ctx: ClusterContext): Chart[];
  /** The charts the layer renders into the hub's Argo CD folder `k8s/<env>/argocd/`. */
  hubCharts?(ctx: HubContext): Chart[];
  /**
   * The operators (Helm releases) the layer needs on every cluster, with their values. Each
   * names its key in `gitops.operators`, where its chart and version are pinned.
   */
  operators?(config: PlatformConfig): OperatorRelease[];
}

/**
 * A typed fact one layer publishes for a region (or the environment) and another reads, e.g.
 * the services' IAM roles. Declared in {@link ./facts}, so reader and writer share only this file.
 */
export class Fact<T> {
  /** Never set: carries the fact's type. */
  declare private readonly type?: T;

  /** @param name what the fact is, for error messages */
  constructor(public readonly name: string) {}
}

/** Facts published so far, by the layers that ran earlier. */
export class Facts {
  private readonly values = new Map<Fact<unknown>, unknown>();

  /** Publishes a fact; each fact once. */
  public set<T>(fact: Fact<T>, value: T): void {
    if (this.values.has(fact)) throw new Error(`fact '${fact.name}' is already published`);
    this.values.set(fact, value);
  }

  /** The fact's value, or undefined when no layer published it. */
  public tryGet<T>(fact: Fact<T>): T | undefined {
    return this.values.get(fact) as T | undefined;
  }

  /**
   * The fact's value.
   * @throws Error naming the fact when no earlier layer published it (a registry order problem)
   */
  public get<T>(fact: Fact<T>): T {
    if (!this.values.has(fact)) throw new Error(`fact '${fact.name}' is not published: the layer that provides it must come earlier in lib/platform/registry.ts`);
    return this.values.get(fact) as T;
  }
}

/** The Secrets Manager secrets the base makes for the services, and the External Secrets controller's access. */
export interface PlatformSecrets {
  /** Each service secret, by its derived name (`serviceSecretName`). */
  readonly secrets: Readonly<Record<string, secretsmanager.ISecret>>;
  /** Lets the External Secrets controller read these SSM parameters (by name) and decrypt them. */
  grantParameterRead(scope: Construct, id: string, parameterNames: readonly string[], description: string): iam.ManagedPolicy;
}

/** What the region base (`lib/regions`) offers every layer in one region. */
export interface RegionBase {
  /** The region's stack, which the layers' region constructs join. */
  readonly stack: Stack;
  /** The region's config. */
  readonly region: RegionConfig;
  /** The region's VPC. */
  readonly vpc: ec2.IVpc;
  /** The region's EKS cluster. */
  readonly cluster: eks.Cluster;
  /** Encrypts CloudWatch log groups of this region. */
  readonly logKey: kms.IKey;
  /** Envelope-encrypts the cluster's Kubernetes secrets. */
  readonly secretsKey: kms.IKey;
  /** Encrypts node root volumes and EBS CSI volumes. */
  readonly volumeKey: kms.IKey;
  /** Encrypts the services' Secrets Manager secrets. */
  readonly appSecretsKey: kms.IKey;
  /** The services' secrets and the External Secrets controller's access. */
  readonly secrets: PlatformSecrets;
}

/** What a layer's {@link Layer.region} sees. */
export interface RegionContext {
  readonly config: PlatformConfig;
  readonly base: RegionBase;
  /** The hub region's base (the same object as {@link base} in the hub region). */
  readonly hub: RegionBase;
  /** Facts of this region, published by the layers before this one. */
  readonly facts: Facts;
}

/** One region as the environment phase sees it: its base and every fact its layers published. */
export interface RegionScope {
  readonly base: RegionBase;
  readonly facts: Facts;
}

/** What a layer's {@link Layer.environment} sees. */
export interface EnvironmentContext {
  /** The environment's stage (or app), the scope of its stacks. */
  readonly app: Stage;
  readonly config: PlatformConfig;
  /** Every region, in config order. */
  readonly regions: readonly RegionScope[];
  /** Facts of the environment (its stacks), published by the layers before this one. */
  readonly facts: Facts;
}

/** What a layer's {@link Layer.charts} sees. */
export interface ClusterContext {
  /** The cdk8s app of this cluster's folder: the scope of every chart. */
  readonly app: Construct;
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
}

/** What a layer's {@link Layer.hubCharts} sees. */
export interface HubContext {
  /** The cdk8s app of the hub's Argo CD folder. */
  readonly app: Construct;
  readonly config: PlatformConfig;
  /** Every operator of every registered layer, in `gitops.operators` order. */
  readonly operators: readonly OperatorRelease[];
}

/** A key of `gitops.operators` in the config (`certManager`, `istiod`, …). */
export type OperatorKey = keyof PlatformConfig['gitops']['operators'];

/** Helm values of one chart, as YAML would hold them. */
export type HelmValues = { readonly [key: string]: unknown };

/** How one operator is released on the clusters that need it, declared by the layer that needs it. */
export interface OperatorRelease {
  /** Its key in `gitops.operators` (chart, repository, version, namespace are pinned there). */
  readonly key: OperatorKey;
  /**
   * Helm release name. Charts name their objects after it (the ingress gateway's Service and
   * pod labels, the External Secrets and Load Balancer Controller service accounts), so it is
   * fixed here rather than left to Argo CD's default (the Application name).
   */
  readonly release: string;
  /**
   * Install order: with progressive syncs, every operator of a wave is healthy on every cluster
   * before the next wave syncs.
   * - 0: CRDs and operators that depend on nothing;
   * - 1: what needs a wave-0 operator (istiod needs Istio's CRDs; webhooks need cert-manager);
   * - 2: the ingress gateway, whose pod gets its proxy image from istiod's injection webhook.
   */
  readonly wave: number;
  /**
   * Pod Security level enforced on the operator's namespace (Argo CD labels the namespace it
   * creates). `restricted` where the chart complies; `baseline` where its pods don't declare
   * everything restricted asks for; `privileged` only for node agents that need the host (Istio
   * CNI, node-exporter). Every namespace also warns and audits at `restricted`, so gaps show.
   */
  readonly podSecurity: 'restricted' | 'baseline' | 'privileged';
  /**
   * The namespace is rendered by the per-cluster manifests (it also holds what the operator
   * manages, with its own labels and policies), so this Application neither creates nor labels
   * it: `CreateNamespace=false`, and {@link podSecurity} must match what the manifests enforce.
   * @default false
   */
  readonly namespaceFromManifests?: boolean;
  /** Helm values: only what security or correctness needs, each with its reason. */
  readonly values: HelmValues;
  /**
   * The regions whose clusters run it, from what the config has them run (Strimzi only where a
   * region's Kafka engine is Strimzi, KServe only where a model is served). An empty list installs
   * it nowhere; the pin in `gitops.operators` stays, so a region can take it up by config alone.
   * @default every region of the environment
   */
  readonly regions?: readonly string[];
  /**
   * What the release runs on every cluster it is installed on, with the values above, as the
   * capacity model (`npm run capacity`) counts it. Recorded for the pinned chart version: a test
   * fails when the pin in `gitops.operators` moves and this is not read again.
   */
  readonly footprint: OperatorFootprint;
}

/** Resource requests of one container, as Kubernetes quantities; a missing one requests nothing. */
export interface ContainerRequests {
  /** Container name, as the chart renders it. */
  readonly name: string;
  /** CPU request (e.g. `100m`). @default - none (the chart sets no request) */
  readonly cpu?: string;
  /** Memory request (e.g. `128Mi`). @default - none (the chart sets no request) */
  readonly memory?: string;
}

/** One workload a Helm release (or an EKS add-on) runs. */
export interface FootprintWorkload {
  /** The workload's name as rendered (for the capacity report). */
  readonly name: string;
  /** A DaemonSet runs one pod per node; the others run `replicas`. */
  readonly kind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  /** Pods at the chart's floor (ignored for a DaemonSet). @default 1 */
  readonly replicas?: number;
  /** Pods at most, when the chart's own autoscaler can grow it. @default - replicas */
  readonly maxReplicas?: number;
  /** Its containers' requests (init containers left out: they finish before the others start). */
  readonly containers: readonly ContainerRequests[];
  /**
   * Node labels it must land on. `kubernetes.io/os: linux`, which many charts set and every node of
   * the platform carries, is left out. @default - any node
   */
  readonly nodeSelector?: Readonly<Record<string, string>>;
}

/** What one pinned chart (or EKS add-on) runs, and where that was read. */
export interface OperatorFootprint {
  /** The chart (or add-on) version these numbers were read from. */
  readonly version: string;
  /**
   * Where the numbers come from: the chart's `values.yaml` (and template) at that version for its
   * defaults, and the platform's own values where it sets them.
   */
  readonly source: string;
  readonly workloads: readonly FootprintWorkload[];
}

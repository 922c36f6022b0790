import { Stack } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledgeNag, nagArn } from '../compliance';
import {
  FEAST_SERVICE_ACCOUNT,
  MLFLOW_SERVICE_ACCOUNT,
  ML_TRAINING_SERVICE_ACCOUNT,
  MODEL_DRIFT_SERVICE_ACCOUNT,
  PlatformConfig,
  RegionConfig,
  clusterName,
  featureArchiver,
  featureArchiverTopics,
  mlNamespace,
  modelServiceAccountName,
  modelVersionsPrefix,
  serviceRoleName,
} from '../config';
import { ModelConfig, parseS3Uri } from '../config/sections/ml';
import { attachManagedPolicy } from '../core/iam';
import { podIdentityRole } from '../core/pod-identity';
import { mlBucketName } from './storage';

/** Key prefix of MLflow's artifacts in a region's model bucket: `mlflow/us-east-1`. */
export function mlflowArtifactPrefix(region: Pick<RegionConfig, 'name'>): string {
  // Per region: every region runs its own tracking server, and the hub's artifacts replicate into
  // the spokes' buckets; a shared prefix would let those replicas overwrite a spoke's own runs.
  return `mlflow/${region.name}`;
}

/** Key prefix of Feast's file registry in the feature bucket. */
export const FEAST_REGISTRY_PREFIX = 'registry';
/** Key prefix of Feast's offline store (parquet data sources) in the feature bucket. */
export const FEAST_OFFLINE_PREFIX = 'offline';

/** Model keys (stable and canary) a model's predictor reads. */
export function modelKeys(model: ModelConfig): string[] {
  return [model.storageUri, ...(model.canary ? [model.canary.storageUri] : [])].map((uri) => parseS3Uri(uri).key);
}

/** Props of {@link MlWorkloadAccess}. */
export interface MlWorkloadAccessProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** Key of the ML buckets' objects. */
  readonly dataKey: kms.IKey;
}

/** What a role may do under one key prefix of one bucket: read, read and write, or only write new objects. */
interface PrefixGrant {
  readonly bucket: string;
  readonly prefixes: readonly string[];
  readonly write: boolean | 'only';
}

/** Key prefix the feature archiver writes a topic's parquet under: `offline/device-metrics-5min`. */
export function offlineTopicPrefix(topic: string): string {
  return `${FEAST_OFFLINE_PREFIX}/${topic}`;
}

/**
 * EKS Pod Identity roles of the ML workloads, each scoped to exactly the bucket prefixes it uses,
 * and their associations with the derived service accounts in the ML namespace:
 *
 * - one per model (`<model>-predictor`): read the model's stable and canary keys (KServe's
 *   storage initializer lists and downloads them);
 * - MLflow: read and write its own region's artifact prefix of the model bucket (clients upload
 *   and download through the server's proxied artifact API, so they need no S3 access);
 * - Feast: the registry prefix of the feature bucket, read-write on the hub (where the feature
 *   repo is applied), read-only elsewhere (replicas); the offline prefix read-only everywhere
 *   (only the archiver writes it);
 * - the feature archiver (hub only; its role is in the region stack, found by its derived name):
 *   write new objects under `offline/<topic>/` of each topic it archives, and nothing else (no
 *   read, no delete, no list: it names its objects from partition and offset);
 *
 * - training (hub only, when a model has `training`): read the registry and offline prefixes of the
 *   feature bucket, write each trained model's versions prefix (`models/<name>/`) of the model bucket;
 * - the drift monitor: read each model's stable version key (its `baseline.json`).
 *
 * Every role may decrypt with the ML data key only through S3 in this region. The online store
 * (Valkey) needs no IAM: Feast logs in with the password from its ExternalSecret.
 */
export class MlWorkloadAccess extends Construct {
  /** Roles by service account name. */
  public readonly roles: Record<string, iam.Role> = {};

  constructor(scope: Construct, id: string, props: MlWorkloadAccessProps) {
    super(scope, id);
    const { config, region } = props;
    const ml = config.ml!;

    for (const model of ml.models) {
      this.workload(props, `Model-${model.name}`, modelServiceAccountName(model), `KServe predictor of model ${model.name}: read its model versions`, [
        { bucket: mlBucketName(config, region, 'models'), prefixes: modelKeys(model), write: false },
      ]);
    }
    this.workload(props, 'Mlflow', MLFLOW_SERVICE_ACCOUNT, 'MLflow tracking server: read and write its artifact prefix', [
      { bucket: mlBucketName(config, region, 'models'), prefixes: [mlflowArtifactPrefix(region)], write: true },
    ]);
    this.workload(props, 'Feast', FEAST_SERVICE_ACCOUNT, `Feast: ${region.hub ? 'read and write' : 'read'} the feature registry, read the offline store`, [
      { bucket: mlBucketName(config, region, 'features'), prefixes: [FEAST_REGISTRY_PREFIX], write: region.hub },
      { bucket: mlBucketName(config, region, 'features'), prefixes: [FEAST_OFFLINE_PREFIX], write: false },
    ]);
    const archiver = featureArchiver(config, region);
    if (archiver) {
      const role = iam.Role.fromRoleName(this, 'ArchiverRole', serviceRoleName(config, region, archiver));
      this.grant(props, 'Archiver', role, 'Feature archiver: write the archived topics\' parquet to the offline store', [
        { bucket: mlBucketName(config, region, 'features'), prefixes: featureArchiverTopics(config).map(offlineTopicPrefix), write: 'only' },
      ]);
    }
    const trained = ml.models.filter((m) => m.training);
    if (region.hub && trained.length > 0) {
      this.workload(props, 'Training', ML_TRAINING_SERVICE_ACCOUNT, 'Training jobs: read features, write the trained models\' versions', [
        { bucket: mlBucketName(config, region, 'features'), prefixes: [FEAST_REGISTRY_PREFIX, FEAST_OFFLINE_PREFIX], write: false },
        { bucket: mlBucketName(config, region, 'models'), prefixes: trained.map(modelVersionsPrefix), write: true },
      ]);
    }
    if (ml.models.length > 0) {
      this.workload(props, 'Drift', MODEL_DRIFT_SERVICE_ACCOUNT, 'Prediction-drift monitor: read the served versions\' training baselines', [
        { bucket: mlBucketName(config, region, 'models'), prefixes: ml.models.map((m) => parseS3Uri(m.storageUri).key), write: false },
      ]);
    }
  }

  /** One role, its customer-managed policy and its Pod Identity association. */
  private workload(props: MlWorkloadAccessProps, id: string, serviceAccount: string, purpose: string, grants: readonly PrefixGrant[]): void {
    const { config, region } = props;
    const namespace = mlNamespace(config);
    const role = podIdentityRole(this, `${id}Role`, `${purpose} (${namespace}/${serviceAccount}, Pod Identity)`);
    this.grant(props, id, role, purpose, grants);
    new eks.CfnPodIdentityAssociation(this, `${id}Association`, {
      clusterName: clusterName(config, region),
      namespace,
      serviceAccount,
      roleArn: role.roleArn,
    });
    this.roles[serviceAccount] = role;
  }

  /** A customer-managed policy on `role`: the bucket prefixes of `grants`, and the data key through S3. */
  private grant(props: MlWorkloadAccessProps, id: string, role: iam.IRole, purpose: string, grants: readonly PrefixGrant[]): void {
    const { region, dataKey } = props;
    const stack = Stack.of(this);
    const bucketArn = (bucket: string) => `arn:${stack.partition}:s3:::${bucket}`;
    const write = grants.some((g) => g.write);
    const objectActions = (g: PrefixGrant) =>
      g.write === 'only' ? ['s3:PutObject', 's3:AbortMultipartUpload']
        : g.write ? ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts']
          : ['s3:GetObject'];

    const statements = grants.flatMap((g) => [
      new iam.PolicyStatement({ actions: objectActions(g), resources: g.prefixes.map((p) => `${bucketArn(g.bucket)}/${p}/*`) }),
      ...(g.write === 'only' ? [] : [new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [bucketArn(g.bucket)],
        conditions: { StringLike: { 's3:prefix': g.prefixes.flatMap((p) => [p, `${p}/*`]) } },
      })]),
    ]);
    // SSE-KMS: a PUT generates a data key; a multipart upload also decrypts it for each part.
    statements.push(new iam.PolicyStatement({
      actions: write ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
      resources: [dataKey.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `s3.${region.name}.amazonaws.com` } },
    }));
    const policy = attachManagedPolicy(this, `${id}Policy`, { description: purpose, roles: [role], statements });
    for (const g of grants) {
      for (const p of g.prefixes) {
        acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(this, `${bucketArn(g.bucket)}/${p}/*`)}]`,
          `Object keys under ${p}/ are created at run time (model files, run artifacts, feature data), so the grant names that key prefix of the one bucket and nothing else.`);
      }
    }
  }
}

import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig, volumeKeyAlias } from '../config';

/** Props of {@link StrimziVolumeKey}. */
export interface StrimziVolumeKeyProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** The region's EBS key (node and persistent volumes), which the EBS CSI driver may already use. */
  readonly volumeKey: kms.IKey;
}

/**
 * The AWS side of a Strimzi region: a derived alias for the region's EBS volume key, so the
 * Kafka StorageClass can ask for volumes encrypted with the customer-managed key by name
 * (`kmsKeyId: alias/…`) instead of carrying the key's ARN, a deploy-time value, in git.
 */
export class StrimziVolumeKey extends Construct {
  /** The alias. */
  public readonly alias: kms.Alias;

  constructor(scope: Construct, id: string, props: StrimziVolumeKeyProps) {
    super(scope, id);
    this.alias = new kms.Alias(this, 'Alias', { aliasName: volumeKeyAlias(props.config, props.region), targetKey: props.volumeKey });
  }
}

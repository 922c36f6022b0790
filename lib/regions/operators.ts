import { EXTERNAL_SECRETS_SERVICE_ACCOUNT, PlatformConfig } from '../config';
import type { OperatorRelease } from '../core/layer';

/**
 * Operators of the region base on every cluster: cert-manager (webhook certificates of the
 * operators that come later) and External Secrets (reads the base's Secrets Manager secrets
 * with the Pod Identity role the region stack makes).
 */
export function regionOperators(_config: PlatformConfig): OperatorRelease[] {
  return [
    {
      key: 'certManager',
      release: 'cert-manager',
      wave: 0,
      podSecurity: 'restricted',
      // The chart installs no CRDs unless asked; the platform's manifests need them.
      values: { crds: { enabled: true } },
    },
    {
      key: 'externalSecrets',
      release: 'external-secrets',
      wave: 0,
      podSecurity: 'restricted',
      // CDK's Pod Identity association is made for this service account name.
      values: { serviceAccount: { name: EXTERNAL_SECRETS_SERVICE_ACCOUNT } },
    },
  ];
}

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
      footprint: {
        version: 'v1.19.4',
        source:
          'cert-manager/cert-manager tag v1.19.4: deploy/charts/cert-manager/values.yaml (replicaCount, webhook.replicaCount, cainjector.replicaCount 1; ' +
          'resources {} for all three; cainjector.enabled true), templates/deployment.yaml, webhook-deployment.yaml, cainjector-deployment.yaml. ' +
          'The startupapicheck Job finishes after install and is not counted; nodeSelector kubernetes.io/os=linux left out (every node has it)',
        workloads: [
          { name: 'cert-manager', kind: 'Deployment', replicas: 1, containers: [{ name: 'cert-manager-controller' }] },
          { name: 'cert-manager-webhook', kind: 'Deployment', replicas: 1, containers: [{ name: 'cert-manager-webhook' }] },
          { name: 'cert-manager-cainjector', kind: 'Deployment', replicas: 1, containers: [{ name: 'cert-manager-cainjector' }] },
        ],
      },
    },
    {
      key: 'externalSecrets',
      release: 'external-secrets',
      wave: 0,
      podSecurity: 'restricted',
      // CDK's Pod Identity association is made for this service account name.
      values: { serviceAccount: { name: EXTERNAL_SECRETS_SERVICE_ACCOUNT } },
      footprint: {
        version: '2.9.0',
        source:
          'external-secrets/external-secrets tag helm-chart-2.9.0: deploy/charts/external-secrets/values.yaml (replicaCount, webhook.replicaCount, ' +
          'certController.replicaCount 1; resources {} for all three; webhook.create, certController.create true; bitwarden-sdk-server disabled), ' +
          'templates/deployment.yaml, webhook-deployment.yaml, cert-controller-deployment.yaml',
        workloads: [
          { name: 'external-secrets', kind: 'Deployment', replicas: 1, containers: [{ name: 'external-secrets' }] },
          { name: 'external-secrets-webhook', kind: 'Deployment', replicas: 1, containers: [{ name: 'webhook' }] },
          { name: 'external-secrets-cert-controller', kind: 'Deployment', replicas: 1, containers: [{ name: 'cert-controller' }] },
        ],
      },
    },
  ];
}

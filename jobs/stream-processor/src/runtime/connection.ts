import * as os from 'os';
import { generateAuthToken } from 'aws-msk-iam-sasl-signer-js';
import { JobSettings } from '../settings';

/**
 * The client contract turned into librdkafka settings: what a service developer writes too
 * (docs/streams.md#the-client-contract). `AWS_MSK_IAM`: OAUTHBEARER with a SigV4 token from the
 * pod's Pod Identity credentials; `MTLS`: the PEMs of the connection Secret.
 */
export function connection(settings: JobSettings): Record<string, unknown> {
  const base = { 'bootstrap.servers': settings.bootstrapServers.join(','), 'client.id': `${settings.name}-${os.hostname()}` };
  if (settings.auth.mechanism === 'MTLS') {
    return { ...base, 'security.protocol': 'ssl', 'ssl.ca.pem': settings.auth.caPem, 'ssl.certificate.pem': settings.auth.certificatePem, 'ssl.key.pem': settings.auth.keyPem };
  }
  const region = settings.auth.region;
  return {
    ...base,
    'security.protocol': 'sasl_ssl',
    'sasl.mechanisms': 'OAUTHBEARER',
    // MSK IAM over OAUTHBEARER: a SigV4-signed token from the pod's Pod Identity credentials.
    oauthbearer_token_refresh_cb: async () => {
      const { token, expiryTime } = await generateAuthToken({ region });
      return { value: token, principal: settings.name, lifetime: expiryTime };
    },
  };
}

'use strict';
/**
 * Deploy-time calls to the MongoDB Atlas Admin API, as a CloudFormation custom resource. This file
 * is a Lambda asset (it runs in AWS while CloudFormation deploys, never during synth), so unlike
 * the rest of lib/ it may use the clock, randomness (digest nonces) and the network.
 *
 * It does what the MongoDB::Atlas CloudFormation types cannot:
 * - `ProjectId`: the id of the platform's Atlas project, found by its configured name, so region
 *   stacks in other accounts need no value copied from the hub stack;
 * - `CloudProviderAccess`: the Atlas-side IAM role record (Atlas's AWS account and external id)
 *   that encryption at rest with a customer-managed KMS key needs (v4 of the CDK library has no
 *   type for it);
 * - `AuthorizeRole`: links that record to the IAM role CloudFormation made for it;
 * - `ConnectionString`: writes the private-endpoint SRV connection string of the region's
 *   endpoint (IAM auth) into the services' Secrets Manager secrets, never into a template.
 *
 * Credentials are the API key pair of the Atlas profile secret (`cfn/atlas/profile/<name>`), the
 * same one the MongoDB::Atlas types use, authenticated with HTTP digest as the Atlas API requires.
 * Delete does nothing: what these calls create is state the platform keeps (retained).
 */
const crypto = require('crypto');
const https = require('https');

const API_VERSION = 'application/vnd.atlas.2023-01-01+json';
const CLUSTER_API_VERSION = 'application/vnd.atlas.2024-08-05+json';

/** Query options every service connection string carries: AWS IAM auth, retryable majority writes. */
const CONNECTION_OPTIONS = 'authSource=%24external&authMechanism=MONGODB-AWS&retryWrites=true&w=majority';

/** The HTTP digest `Authorization` header for one request, from the server's challenge. */
function digestHeader(challenge, method, uri, publicKey, privateKey, cnonce) {
  const params = {};
  for (const m of challenge.replace(/^Digest\s+/i, '').matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) params[m[1]] = m[2] ?? m[3];
  const md5 = (s) => crypto.createHash('md5').update(s).digest('hex');
  const nc = '00000001';
  const qop = (params.qop || '').split(',').map((q) => q.trim()).includes('auth') ? 'auth' : undefined;
  const ha1 = md5(`${publicKey}:${params.realm}:${privateKey}`);
  const ha2 = md5(`${method}:${uri}`);
  const response = qop ? md5(`${ha1}:${params.nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : md5(`${ha1}:${params.nonce}:${ha2}`);
  const parts = [
    `username="${publicKey}"`, `realm="${params.realm}"`, `nonce="${params.nonce}"`, `uri="${uri}"`,
    `algorithm=${params.algorithm || 'MD5'}`, `response="${response}"`,
  ];
  if (qop) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`);
  if (params.opaque) parts.push(`opaque="${params.opaque}"`);
  return `Digest ${parts.join(', ')}`;
}

/** An Atlas Admin API client over `fetch` with digest authentication. */
function atlasClient(deps, profile) {
  const base = (profile.BaseUrl || 'https://cloud.mongodb.com/').replace(/\/+$/, '');
  return async function call(method, path, body, accept = API_VERSION) {
    const url = `${base}/api/atlas/v2${path}`;
    const init = { method, headers: { Accept: accept, 'Content-Type': accept } };
    if (body !== undefined) init.body = JSON.stringify(body);
    let res = await deps.fetch(url, init);
    if (res.status === 401 && res.headers.get('www-authenticate')) {
      const { pathname, search } = new URL(url);
      const auth = digestHeader(res.headers.get('www-authenticate'), method, pathname + search, profile.PublicKey, profile.PrivateKey, deps.nonce());
      res = await deps.fetch(url, { ...init, headers: { ...init.headers, Authorization: auth } });
    }
    const text = await res.text();
    if (!res.ok) {
      const error = new Error(`Atlas API ${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
      error.status = res.status;
      throw error;
    }
    return text ? JSON.parse(text) : {};
  };
}

/** The private-endpoint SRV string of `endpointId` in a cluster description, if Atlas has published it. */
function privateSrvFor(cluster, endpointId) {
  const entries = (cluster.connectionStrings && cluster.connectionStrings.privateEndpoint) || [];
  const entry = entries.find((e) => e.srvConnectionString && (e.endpoints || []).some((p) => p.endpointId === endpointId));
  return entry ? entry.srvConnectionString : undefined;
}

/** A service's connection string: the endpoint's SRV host, its own database, IAM auth. */
function serviceConnectionString(srv, database) {
  return `${srv.replace(/\/+$/, '')}/${encodeURIComponent(database)}?${CONNECTION_OPTIONS}`;
}

/** Repeats `attempt` until it returns a value or the deadline passes. */
async function poll(deps, deadline, intervalMs, attempt, what) {
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (deps.now() + intervalMs > deadline) throw new Error(`timed out waiting for ${what}`);
    await deps.sleep(intervalMs);
  }
}

const actions = {
  async ProjectId(api, props) {
    const project = await api('GET', `/groups/byName/${encodeURIComponent(props.ProjectName)}`);
    return { physicalId: `project/${props.ProjectName}`, data: { ProjectId: project.id } };
  },

  async CloudProviderAccess(api, props, event) {
    const existing = event.RequestType === 'Update' && event.OldResourceProperties.ProjectId === props.ProjectId;
    const role = existing
      ? await api('GET', `/groups/${props.ProjectId}/cloudProviderAccess/${event.PhysicalResourceId}`)
      : await api('POST', `/groups/${props.ProjectId}/cloudProviderAccess`, { providerName: 'AWS' });
    return {
      physicalId: role.roleId,
      data: { RoleId: role.roleId, AtlasAwsAccountArn: role.atlasAWSAccountArn, ExternalId: role.atlasAssumedRoleExternalId },
    };
  },

  async AuthorizeRole(api, props, _event, deps, deadline) {
    // IAM is eventually consistent: Atlas rejects the role until it can assume it.
    await poll(deps, deadline, 15000, async () => {
      try {
        return await api('PATCH', `/groups/${props.ProjectId}/cloudProviderAccess/${props.RoleId}`, { providerName: 'AWS', iamAssumedRoleArn: props.IamRoleArn });
      } catch (e) {
        if (e.status === 400 || e.status === 409) return undefined;
        throw e;
      }
    }, `Atlas to accept IAM role ${props.IamRoleArn}`);
    return { physicalId: `${props.RoleId}/${props.IamRoleArn}`, data: {} };
  },

  async ConnectionString(api, props, _event, deps, deadline) {
    const project = await api('GET', `/groups/byName/${encodeURIComponent(props.ProjectName)}`);
    // Atlas publishes an endpoint's connection string once the endpoint is available and, for a
    // replica set, once every region of the cluster has one.
    const srv = await poll(deps, deadline, 20000, async () => {
      const cluster = await api('GET', `/groups/${project.id}/clusters/${encodeURIComponent(props.ClusterName)}`, undefined, CLUSTER_API_VERSION);
      return privateSrvFor(cluster, props.EndpointId);
    }, `the private-endpoint connection string of ${props.EndpointId} on cluster ${props.ClusterName}`);
    for (const secret of props.Secrets) {
      await deps.putSecret(secret.SecretId, serviceConnectionString(srv, secret.Database));
    }
    return { physicalId: `${props.ClusterName}/${props.EndpointId}`, data: { SrvHost: srv.replace(/^mongodb\+srv:\/\//, '') } };
  },
};

/** Sends the custom resource's result to CloudFormation's pre-signed response URL. */
function sendResponse(url, body) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = https.request(url, { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** The handler, over injected effects (tests pass fakes; {@link handler} the real ones). */
function createHandler(deps) {
  return async function (event, context) {
    const base = { StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId };
    const props = event.ResourceProperties;
    try {
      let result;
      if (event.RequestType === 'Delete') {
        result = { physicalId: event.PhysicalResourceId, data: {} };
      } else {
        const action = actions[props.Action];
        if (!action) throw new Error(`unknown Action '${props.Action}'`);
        const profile = JSON.parse(await deps.getSecret(props.ProfileSecretName));
        // Leave a minute to report back before Lambda stops the function.
        const deadline = deps.now() + context.getRemainingTimeInMillis() - 60000;
        result = await action(atlasClient(deps, profile), props, event, deps, deadline);
      }
      await deps.respond(event.ResponseURL, { ...base, Status: 'SUCCESS', PhysicalResourceId: result.physicalId, Data: result.data });
    } catch (e) {
      deps.log(e);
      await deps.respond(event.ResponseURL, {
        ...base,
        Status: 'FAILED',
        Reason: String(e && e.message ? e.message : e).slice(0, 500),
        PhysicalResourceId: event.PhysicalResourceId || `failed/${event.RequestId}`,
      });
    }
  };
}

/** The real effects: Secrets Manager through the SDK the Lambda runtime bundles, fetch, the clock. */
function defaultDeps() {
  // Required lazily: the runtime provides it; tests never load it.
  const sm = require('@aws-sdk/client-secrets-manager');
  const client = new sm.SecretsManagerClient({});
  return {
    fetch: (url, init) => fetch(url, init),
    getSecret: async (id) => (await client.send(new sm.GetSecretValueCommand({ SecretId: id }))).SecretString,
    putSecret: async (id, value) => { await client.send(new sm.PutSecretValueCommand({ SecretId: id, SecretString: value })); },
    respond: sendResponse,
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    nonce: () => crypto.randomBytes(16).toString('hex'),
    log: (e) => console.error(e),
  };
}

let real;
exports.handler = (event, context) => (real = real || createHandler(defaultDeps()))(event, context);
exports.createHandler = createHandler;
exports.digestHeader = digestHeader;
exports.serviceConnectionString = serviceConnectionString;

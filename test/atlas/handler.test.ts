import * as crypto from 'crypto';
import * as path from 'path';
import { ROOT } from '../helpers/synth';

// The Lambda asset is plain JavaScript (no build step); its effects are injected, so these tests
// run it against a fake Atlas API and fake Secrets Manager, with no network.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const handlerModule = require(path.join(ROOT, 'lib/atlas/handler/index.js'));

const PROFILE = { PublicKey: 'pub', PrivateKey: 'priv' };
const CHALLENGE = 'Digest realm="MMS Public API", domain="", nonce="abc123", algorithm=MD5, qop="auth", stale=false';

/** A fake Atlas API: answers 401 with a digest challenge unless the request carries a valid digest. */
function fakeAtlas(routes: Record<string, (body: any) => { status?: number; json: unknown }>) {
  const calls: Array<{ method: string; url: string; body?: any }> = [];
  const fetch = async (url: string, init: any) => {
    const md5 = (s: string) => crypto.createHash('md5').update(s).digest('hex');
    const auth: string | undefined = init.headers.Authorization;
    const respond = (status: number, json: unknown, headers: Record<string, string> = {}) => ({
      status,
      ok: status >= 200 && status < 300,
      headers: { get: (h: string) => headers[h.toLowerCase()] },
      text: async () => (json === undefined ? '' : JSON.stringify(json)),
    });
    if (!auth) return respond(401, { error: 401 }, { 'www-authenticate': CHALLENGE });
    // Verify the digest as Atlas would (RFC 7616, qop=auth).
    const p: Record<string, string> = {};
    for (const m of auth.replace(/^Digest /, '').matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) p[m[1]] = m[2] ?? m[3];
    const { pathname, search } = new URL(url);
    const expected = md5(`${md5(`pub:MMS Public API:priv`)}:abc123:${p.nc}:${p.cnonce}:auth:${md5(`${init.method}:${pathname}${search}`)}`);
    if (p.username !== 'pub' || p.uri !== pathname + search || p.response !== expected) return respond(401, { error: 'bad digest' });
    const key = `${init.method} ${pathname.replace(/^\/api\/atlas\/v2/, '')}`;
    const body = init.body ? JSON.parse(init.body) : undefined;
    calls.push({ method: init.method, url, body });
    const route = routes[key];
    if (!route) return respond(404, { error: `no route ${key}` });
    const r = route(body);
    return respond(r.status ?? 200, r.json);
  };
  return { fetch, calls };
}

/** Runs the handler on one event; returns what it told CloudFormation and the secrets it wrote. */
async function run(event: Record<string, unknown>, routes: Parameters<typeof fakeAtlas>[0], opts: { remainingMs?: number; profile?: unknown } = {}) {
  const atlas = fakeAtlas(routes);
  const responses: any[] = [];
  const secrets: Record<string, string> = {};
  let clock = 0;
  const handler = handlerModule.createHandler({
    fetch: atlas.fetch,
    getSecret: async (id: string) => {
      expect(id).toBe('cfn/atlas/profile/default');
      return JSON.stringify(opts.profile ?? PROFILE);
    },
    putSecret: async (id: string, value: string) => {
      secrets[id] = value;
    },
    respond: async (_url: string, body: unknown) => {
      responses.push(body);
    },
    now: () => clock,
    sleep: async (ms: number) => {
      clock += ms;
    },
    nonce: () => 'cnonce1',
    log: () => undefined,
  });
  await handler(
    { RequestType: 'Create', ResponseURL: 'https://cfn', StackId: 's', RequestId: 'r', LogicalResourceId: 'l', ...event },
    { getRemainingTimeInMillis: () => opts.remainingMs ?? 15 * 60 * 1000 },
  );
  expect(responses).toHaveLength(1);
  return { response: responses[0], secrets, calls: atlas.calls };
}

const props = (p: Record<string, unknown>) => ({ ResourceProperties: { ProfileSecretName: 'cfn/atlas/profile/default', ...p } });

describe('Atlas API handler', () => {
  test('finds the project id by the configured name, authenticating with HTTP digest', async () => {
    // GIVEN / WHEN
    const { response, calls } = await run(props({ Action: 'ProjectId', ProjectName: 'automatedai-prod' }), {
      'GET /groups/byName/automatedai-prod': () => ({ json: { id: '5f0000000000000000000001' } }),
    });
    // THEN
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'project/automatedai-prod', Data: { ProjectId: '5f0000000000000000000001' } });
    expect(calls.map((c) => c.method)).toEqual(['GET']);
  });

  test('a wrong key pair is refused by the digest check and fails the resource', async () => {
    const { response } = await run(props({ Action: 'ProjectId', ProjectName: 'automatedai-prod' }), {
      'GET /groups/byName/automatedai-prod': () => ({ json: { id: 'x' } }),
    }, { profile: { PublicKey: 'pub', PrivateKey: 'wrong' } });
    expect(response).toMatchObject({ Status: 'FAILED', Reason: expect.stringContaining('HTTP 401') });
  });

  test('creates the cloud provider access role once, and reads it back on update', async () => {
    const role = { roleId: '6a0000000000000000000001', atlasAWSAccountArn: 'arn:aws:iam::536727724300:root', atlasAssumedRoleExternalId: 'ext-1' };
    const created = await run(props({ Action: 'CloudProviderAccess', ProjectId: 'p1' }), {
      'POST /groups/p1/cloudProviderAccess': (body) => {
        expect(body).toEqual({ providerName: 'AWS' });
        return { json: role };
      },
    });
    expect(created.response).toMatchObject({
      Status: 'SUCCESS',
      PhysicalResourceId: role.roleId,
      Data: { RoleId: role.roleId, AtlasAwsAccountArn: role.atlasAWSAccountArn, ExternalId: 'ext-1' },
    });

    const updated = await run({ RequestType: 'Update', PhysicalResourceId: role.roleId, OldResourceProperties: { ProjectId: 'p1' }, ...props({ Action: 'CloudProviderAccess', ProjectId: 'p1' }) }, {
      [`GET /groups/p1/cloudProviderAccess/${role.roleId}`]: () => ({ json: role }),
    });
    expect(updated.response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: role.roleId });
    expect(updated.calls.map((c) => c.method)).toEqual(['GET']);
  });

  test('authorizes the IAM role, retrying while IAM propagates', async () => {
    let attempts = 0;
    const { response } = await run(props({ Action: 'AuthorizeRole', ProjectId: 'p1', RoleId: 'r1', IamRoleArn: 'arn:aws:iam::111111111111:role/atlas-kms' }), {
      'PATCH /groups/p1/cloudProviderAccess/r1': (body) => {
        expect(body).toEqual({ providerName: 'AWS', iamAssumedRoleArn: 'arn:aws:iam::111111111111:role/atlas-kms' });
        attempts += 1;
        return attempts < 3 ? { status: 400, json: { errorCode: 'CANNOT_ASSUME_ROLE' } } : { json: { roleId: 'r1' } };
      },
    });
    expect(attempts).toBe(3);
    expect(response.Status).toBe('SUCCESS');
  });

  test('writes the region endpoint\'s private SRV string with the service database and AWS IAM auth', async () => {
    // GIVEN a Global Cluster with a regionalized endpoint per region, one still without a string
    const cluster = {
      connectionStrings: {
        standardSrv: 'mongodb+srv://automatedai-prod.abcde.mongodb.net',
        privateEndpoint: [
          { srvConnectionString: 'mongodb+srv://automatedai-prod-pl-0.abcde.mongodb.net', endpoints: [{ endpointId: 'vpce-us', region: 'US_EAST_1' }] },
          { srvConnectionString: 'mongodb+srv://automatedai-prod-pl-1.abcde.mongodb.net', endpoints: [{ endpointId: 'vpce-eu', region: 'EU_WEST_1' }] },
        ],
      },
    };
    // WHEN
    const { response, secrets } = await run(
      props({ Action: 'ConnectionString', ProjectName: 'automatedai-prod', ClusterName: 'automatedai-prod', EndpointId: 'vpce-eu', Secrets: [{ SecretId: 'arn:secret:db', Database: 'healthcare_service' }] }),
      {
        'GET /groups/byName/automatedai-prod': () => ({ json: { id: 'p1' } }),
        'GET /groups/p1/clusters/automatedai-prod': () => ({ json: cluster }),
      },
    );
    // THEN the EU endpoint's string, never the public one
    expect(response).toMatchObject({ Status: 'SUCCESS', Data: { SrvHost: 'automatedai-prod-pl-1.abcde.mongodb.net' } });
    expect(secrets).toEqual({
      'arn:secret:db': 'mongodb+srv://automatedai-prod-pl-1.abcde.mongodb.net/healthcare_service?authSource=%24external&authMechanism=MONGODB-AWS&retryWrites=true&w=majority',
    });
    expect(JSON.stringify(response)).not.toContain('authMechanism');
  });

  test('waits until Atlas publishes the endpoint\'s string (a replica set needs every region\'s endpoint)', async () => {
    let reads = 0;
    const { response, secrets } = await run(
      props({ Action: 'ConnectionString', ProjectName: 'p', ClusterName: 'c', EndpointId: 'vpce-us', Secrets: [{ SecretId: 's', Database: 'd' }] }),
      {
        'GET /groups/byName/p': () => ({ json: { id: 'p1' } }),
        'GET /groups/p1/clusters/c': () => {
          reads += 1;
          return { json: { connectionStrings: reads < 4 ? {} : { privateEndpoint: [{ srvConnectionString: 'mongodb+srv://c-pl-0.x.mongodb.net', endpoints: [{ endpointId: 'vpce-us' }, { endpointId: 'vpce-eu' }] }] } } };
        },
      },
    );
    expect(reads).toBe(4);
    expect(response.Status).toBe('SUCCESS');
    expect(secrets.s).toMatch(/^mongodb\+srv:\/\/c-pl-0\.x\.mongodb\.net\/d\?authSource=%24external&authMechanism=MONGODB-AWS/);
  });

  test('fails the resource, naming what it waited for, when the string never appears', async () => {
    const { response, secrets } = await run(
      props({ Action: 'ConnectionString', ProjectName: 'p', ClusterName: 'c', EndpointId: 'vpce-us', Secrets: [{ SecretId: 's', Database: 'd' }] }),
      {
        'GET /groups/byName/p': () => ({ json: { id: 'p1' } }),
        'GET /groups/p1/clusters/c': () => ({ json: { connectionStrings: { standardSrv: 'mongodb+srv://public' } } }),
      },
      { remainingMs: 5 * 60 * 1000 },
    );
    expect(response).toMatchObject({ Status: 'FAILED', Reason: expect.stringContaining('timed out waiting for the private-endpoint connection string of vpce-us') });
    expect(secrets).toEqual({});
  });

  test('reports an Atlas API error as a failed resource with the HTTP status', async () => {
    const { response } = await run(props({ Action: 'ProjectId', ProjectName: 'missing' }), {
      'GET /groups/byName/missing': () => ({ status: 404, json: { errorCode: 'GROUP_NAME_NOT_FOUND' } }),
    });
    expect(response).toMatchObject({ Status: 'FAILED', Reason: expect.stringMatching(/HTTP 404 .*GROUP_NAME_NOT_FOUND/), PhysicalResourceId: 'failed/r' });
  });

  test('delete changes nothing in Atlas (what these calls made is retained)', async () => {
    const { response, calls } = await run({ RequestType: 'Delete', PhysicalResourceId: 'r1', ...props({ Action: 'CloudProviderAccess', ProjectId: 'p1' }) }, {});
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'r1' });
    expect(calls).toEqual([]);
  });

  test('an unknown action fails', async () => {
    const { response } = await run(props({ Action: 'DropDatabase' }), {});
    expect(response).toMatchObject({ Status: 'FAILED', Reason: "unknown Action 'DropDatabase'" });
  });
});

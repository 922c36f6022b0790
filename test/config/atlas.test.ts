import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import {
  ATLAS_AWS_REGIONS,
  AWS_REGION_COUNTRIES,
  atlasRegionName,
  locationJurisdiction,
  parseConfig,
  regionJurisdiction,
  serviceRoleName,
} from '../../lib/config';
import { ROOT } from '../helpers/synth';
import { problemsOf } from './problems';

/** A shipped config as a plain object, to mutate per case. */
function data(env = 'prod'): any {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
}

/**
 * The prod config as a non-production multi-region replica set (no zones): us-east-1 3 nodes at 7,
 * eu-west-1 2 nodes at 6 (two regions cannot keep a majority through a region loss, which only
 * production requires).
 */
function replicaSet(): any {
  const d = data();
  delete d.atlas.zones;
  d.production = false;
  d.atlas.regions = [
    { name: 'us-east-1', electableNodes: 3, priority: 7 },
    { name: 'eu-west-1', electableNodes: 2, priority: 6 },
  ];
  return d;
}


describe('shipped atlas sections', () => {
  test('prod: a Global Cluster with a US and an EU zone, each 2 + 2 + 1 electable nodes over three regions of its jurisdiction', () => {
    // GIVEN / WHEN
    const atlas = parseConfig(data()).atlas!;
    // THEN
    expect(atlas.regions.map((r) => [r.name, r.electableNodes, r.priority, r.readOnlyNodes, r.analyticsNodes])).toEqual([
      ['us-east-1', 2, 7, 0, 0],
      ['us-east-2', 2, 6, 0, 0],
      ['us-west-2', 1, 5, 0, 0],
      ['eu-west-1', 2, 7, 0, 0],
      ['eu-central-1', 2, 6, 0, 0],
      ['eu-west-3', 1, 5, 0, 0],
    ]);
    expect(atlas.zones.map((z) => [z.name, z.regions])).toEqual([['US', ['us-east-1', 'us-east-2', 'us-west-2']], ['EU', ['eu-west-1', 'eu-central-1', 'eu-west-3']]]);
    expect(atlas.instanceSize).toBe('M30');
  });

  test('dev is a single-region replica set', () => {
    const atlas = parseConfig(data('dev')).atlas!;
    expect(atlas.zones).toEqual([]);
    expect(atlas.regions.map((r) => r.name)).toEqual(['us-east-1']);
  });

  test('a config without an atlas section builds no Atlas', () => {
    const d = data();
    delete d.atlas;
    expect(parseConfig(d).atlas).toBeUndefined();
  });
});

describe('defaults', () => {
  test('are filled once: default profile, types activated, 8.0, 3 electable nodes, no zones, 7-day PITR, readWrite', () => {
    // GIVEN an atlas section with only its required fields
    const d = data();
    d.production = false;
    d.atlas = {
      orgId: d.atlas.orgId,
      projectName: 'p',
      instanceSize: 'M10',
      autoScaling: { maxInstanceSize: 'M20' },
      regions: [{ name: 'us-east-1', priority: 7 }, { name: 'eu-west-1', priority: 6, electableNodes: 2 }],
    };
    // WHEN
    const atlas = parseConfig(d).atlas!;
    // THEN
    expect(atlas).toMatchObject({
      profile: 'default',
      activateTypes: true,
      mongoDbMajorVersion: '8.0',
      zones: [],
      shardsPerZone: 1,
      managedNamespaces: [],
      databaseAccess: {},
      autoScaling: { computeEnabled: true, scaleDownEnabled: true, diskEnabled: true, maxInstanceSize: 'M20' },
      backup: {
        restoreWindowDays: 7,
        snapshotHourUtc: 3,
        snapshotMinuteUtc: 0,
        hourly: { intervalHours: 6, retentionDays: 2 },
        daily: { retentionDays: 7 },
        weekly: { retentionWeeks: 4 },
        monthly: { retentionMonths: 12 },
      },
    });
    expect(atlas.regions[0]).toEqual({ name: 'us-east-1', priority: 7, electableNodes: 3, readOnlyNodes: 0, analyticsNodes: 0 });
    expect(atlas.diskSizeGb).toBeUndefined();
    expect(atlas.autoScaling.minInstanceSize).toBeUndefined();
  });

  test('zones default to no custom locations', () => {
    const d = data();
    delete d.atlas.zones[0].locations;
    expect(parseConfig(d).atlas!.zones[0].locations).toEqual([]);
  });
});

describe('AWS region → Atlas region name table', () => {
  test('maps the seed regions and spells every region in upper case with underscores', () => {
    expect(atlasRegionName('us-east-1')).toBe('US_EAST_1');
    expect(atlasRegionName('eu-west-1')).toBe('EU_WEST_1');
    for (const [aws, name] of Object.entries(ATLAS_AWS_REGIONS)) expect(name).toBe(aws.toUpperCase().replace(/-/g, '_'));
  });

  test('fails for a region Atlas does not offer', () => {
    expect(() => atlasRegionName('mx-central-1')).toThrow('MongoDB Atlas does not offer AWS region mx-central-1');
  });
});

describe('derived names', () => {
  test('a service role name fits IAM\'s 64 characters and stays unique when shortened', () => {
    const config = { project: 'averyveryverylongprj', environment: 'production12' };
    const a = serviceRoleName(config, { name: 'ap-southeast-2' }, { name: 'a-really-long-service-name-for-testing-1' });
    const b = serviceRoleName(config, { name: 'ap-southeast-2' }, { name: 'a-really-long-service-name-for-testing-2' });
    expect(a.length).toBeLessThanOrEqual(64);
    expect(a).not.toBe(b);
    expect(serviceRoleName({ project: 'automatedai', environment: 'prod' }, { name: 'us-east-1' }, { name: 'healthcare-service' }))
      .toBe('automatedai-prod-us-east-1-healthcare-service');
  });
});

describe('malformed atlas sections are rejected with the field path', () => {
  const cases: Array<[string, () => any, (d: any) => void, RegExp]> = [
    ['an AWS region Atlas does not offer', data, (d) => (d.atlas.regions[1].name = 'mx-central-1'), /^atlas\.regions\[1\]\.name: MongoDB Atlas does not offer AWS region 'mx-central-1' \(allowed: us-east-1, .*eu-west-1/],
    ['a replica set with a node in a region that is not a platform region', replicaSet, (d) => (d.atlas.regions[1].name = 'us-west-2'), /^atlas\.regions\[1\]\.name: 'us-west-2' is not a configured region: a replica set's nodes are reached through a private endpoint in their own region, which needs the region's VPC \(allowed: us-east-1, eu-west-1; a Global Cluster/],
    ['a platform region without Atlas nodes', data, (d) => ((d.atlas.regions = [d.atlas.regions[0]]), (d.atlas.zones = [d.atlas.zones[0]])), /^atlas\.regions: region 'eu-west-1' has no Atlas nodes/],
    ['a region listed twice', replicaSet, (d) => (d.atlas.regions[1].name = 'us-east-1'), /^atlas\.regions\[1\]\.name: 'us-east-1' is already atlas\.regions\[0\]\.name/],
    ['a region without nodes', replicaSet, (d) => ((d.atlas.regions[1].electableNodes = 0), (d.atlas.regions[1].priority = 0)), /^atlas\.regions\[1\]: has no nodes/],
    ['an even electable count', replicaSet, (d) => (d.atlas.regions[1].electableNodes = 3), /^atlas\.regions: electable nodes of the cluster must be odd, at least 3 and at most 7 .* got 3 \+ 3 = 6/],
    ['fewer than 3 electable nodes', data, (d) => ((d.atlas.regions = [d.atlas.regions[0], d.atlas.regions[3]]), (d.atlas.zones[0].regions = ['us-east-1']), (d.atlas.zones[1].regions = ['eu-west-1'])), /^atlas\.zones\[0\]: electable nodes of zone 'US' must be odd, at least 3 .* got 2 = 2/],
    ['a production zone whose first region holds a majority', data, (d) => ((d.atlas.regions[0].electableNodes = 3), (d.atlas.regions[2].electableNodes = 0), (d.atlas.regions[2].priority = 0), (d.atlas.regions[2].readOnlyNodes = 1)), /^atlas\.zones\[0\]: zone 'US' loses its majority when us-east-1 is lost: 3 of its 5 electable nodes are there, 2 left, a majority is 3; spread the electable nodes/],
    ['a production zone in one region', data, (d) => ((d.atlas.regions = d.atlas.regions.filter((r: any) => !['us-east-2', 'us-west-2'].includes(r.name))), (d.atlas.regions[0].electableNodes = 3), (d.atlas.zones[0].regions = ['us-east-1'])), /^atlas\.zones\[0\]: zone 'US' loses its majority when us-east-1 is lost: 3 of its 3 electable nodes are there, 0 left, a majority is 2/],
    ['a production replica set over two regions', () => ({ ...replicaSet(), production: true }), () => undefined, /^atlas\.regions: the cluster loses its majority when us-east-1 is lost: 3 of its 5 electable nodes are there, 2 left, a majority is 3/],
    ['a zone region outside the zone\'s jurisdiction', data, (d) => ((d.atlas.regions[5].name = 'us-west-1'), (d.atlas.zones[1].regions[2] = 'us-west-1')), /^atlas\.zones\[1\]\.regions\[2\]: 'us-west-1' is in jurisdiction US, outside zone 'EU''s jurisdiction EU \(its first region eu-west-1\): a zone's documents stay in one jurisdiction, also after a failover/],
    ['a read-only region outside the zone\'s jurisdiction', data, (d) => (d.atlas.regions.push({ name: 'us-west-1', electableNodes: 0, priority: 0, readOnlyNodes: 1 }), d.atlas.zones[1].regions.push('us-west-1')), /^atlas\.zones\[1\]\.regions\[3\]: 'us-west-1' is in jurisdiction US, outside zone 'EU''s jurisdiction EU/],
    ['a zone whose regions are in no jurisdiction of its locations', data, (d) => (d.atlas.zones[0].locations = ['DE']), /^atlas\.zones\[0\]\.regions\[0\]: 'us-east-1' is in jurisdiction US, which none of zone 'US''s locations is in \(their jurisdictions: EU\)/],
    ['more than 7 electable nodes', replicaSet, (d) => ((d.atlas.regions[0].electableNodes = 5), (d.atlas.regions[1].electableNodes = 4)), /^atlas\.regions: electable nodes of the cluster .* got 5 \+ 4 = 9/],
    ['a primary region without priority 7', replicaSet, (d) => (d.atlas.regions[0].priority = 6), /^atlas\.regions\[0\]\.priority: must be 7: 'us-east-1' is the first electable region of the cluster, its preferred primary \(got 6\)/],
    ['priorities that repeat', replicaSet, (d) => (d.atlas.regions[1].priority = 7), /^atlas\.regions\[1\]\.priority: must be below 7 \(the previous electable region of the cluster\): priorities are unique and descend in list order \(got 7\)/],
    ['priorities that ascend', replicaSet, (d) => ((d.atlas.regions[0].priority = 6), (d.atlas.regions[1].priority = 7)), /^atlas\.regions\[1\]\.priority: must be below 6/],
    ['an electable region at priority 0', replicaSet, (d) => (d.atlas.regions[1].priority = 0), /^atlas\.regions\[1\]\.priority: must be at least 1 for a region with electable nodes \(got 0\)/],
    ['a read-only region with a priority', replicaSet, (d) => ((d.atlas.regions[0].electableNodes = 3), (d.atlas.regions[1].electableNodes = 0), (d.atlas.regions[1].readOnlyNodes = 2)), /^atlas\.regions\[1\]\.priority: must be 0: 'eu-west-1' has no electable nodes/],
    ['a zone naming an unknown region', data, (d) => d.atlas.zones[1].regions.push('ap-south-1'), /^atlas\.zones\[1\]\.regions\[3\]: 'ap-south-1' is not an Atlas region of this cluster \(allowed: us-east-1, us-east-2, us-west-2, eu-west-1, eu-central-1, eu-west-3\)/],
    ['a region in two zones', data, (d) => d.atlas.zones[1].regions.push('us-east-1'), /^atlas\.zones\[1\]\.regions\[3\]: 'us-east-1' is already in atlas\.zones\[0\]; each region belongs to one zone/],
    ['a region in no zone', data, (d) => (d.atlas.zones = [d.atlas.zones[0]]), /^atlas\.regions\[3\]\.name: 'eu-west-1' is in no zone; with zones configured every region belongs to one \(zones: US\)/],
    ['two zones with one name', data, (d) => (d.atlas.zones[1].name = 'US'), /^atlas\.zones\[1\]\.name: 'US' is already atlas\.zones\[0\]\.name/],
    ['a location mapped to two zones', data, (d) => d.atlas.zones[1].locations.push('US'), /^atlas\.zones\[1\]\.locations\[8\]: 'US' is already mapped to atlas\.zones\[0\]/],
    ['a location that is not an ISO code', data, (d) => (d.atlas.zones[1].locations[0] = 'Europe'), /^atlas\.zones\[1\]\.locations\[0\]: must be an ISO 3166 location code/],
    ['a Global Cluster below M30', data, (d) => ((d.atlas.instanceSize = 'M20'), (d.atlas.autoScaling.minInstanceSize = 'M20')), /^atlas\.instanceSize: M20 is too small for a Global Cluster \(zones\); use M30 or larger \(allowed: M30, M40/],
    ['a Global Cluster scaling below M30', data, (d) => (d.atlas.autoScaling.minInstanceSize = 'M20'), /^atlas\.autoScaling\.minInstanceSize: M20 is too small for a Global Cluster; use M30 or larger/],
    ['compute scaling without a ceiling', data, (d) => delete d.atlas.autoScaling.maxInstanceSize, /^atlas\.autoScaling\.maxInstanceSize: required when computeEnabled is true \(allowed: M30, M40/],
    ['a scaling ceiling below the tier', data, (d) => (d.atlas.autoScaling.maxInstanceSize = 'M20'), /^atlas\.autoScaling\.maxInstanceSize: M20 is below instanceSize \(M30\)/],
    ['a scaling floor above the tier', data, (d) => (d.atlas.autoScaling.minInstanceSize = 'M40'), /^atlas\.autoScaling\.minInstanceSize: M40 is above instanceSize \(M30\)/],
    ['scaling bounds with compute scaling off', data, (d) => (d.atlas.autoScaling.computeEnabled = false), /^atlas\.autoScaling: minInstanceSize and maxInstanceSize apply only when computeEnabled is true/],
    ['shards per zone without zones', replicaSet, (d) => (d.atlas.shardsPerZone = 2), /^atlas\.shardsPerZone: applies to a Global Cluster only/],
    ['managed namespaces without zones', replicaSet, (d) => (d.atlas.managedNamespaces = [{ db: 'healthcare_service', collection: 'patients', customShardKey: 'patientId' }]), /^atlas\.managedNamespaces: applies to a Global Cluster only/],
    ['a fractional retention', data, (d) => (d.atlas.backup.weekly.retentionWeeks = 0.5), /^atlas\.backup\.weekly\.retentionWeeks: Invalid input: expected int/],
    ['weekly snapshots kept shorter than daily ones', data, (d) => (d.atlas.backup.daily.retentionDays = 35), /^atlas\.backup\.weekly\.retentionWeeks: keeps snapshots for less time than daily\.retentionDays/],
    ['an hourly interval Atlas does not take', data, (d) => (d.atlas.backup.hourly.intervalHours = 5), /^atlas\.backup\.hourly\.intervalHours: must be one of 1, 2, 4, 6, 8, 12/],
    ['database access for a service without a connection string', data, (d) => (d.atlas.databaseAccess['iot-service'] = 'read'), /^atlas\.databaseAccess\.iot-service: 'iot-service' is not a service that reads DB_CONNECTION_STRING \(allowed: healthcare-service\)/],
    ['an unknown database role', data, (d) => (d.atlas.databaseAccess['healthcare-service'] = 'dbOwner'), /^atlas\.databaseAccess\.healthcare-service: Invalid option: expected one of "read"\|"readWrite"/],
    ['an organization id that is not one', data, (d) => (d.atlas.orgId = 'my-org'), /^atlas\.orgId: must be an Atlas organization id \(24 hex digits\)/],
    ['a tier Atlas does not have', data, (d) => (d.atlas.instanceSize = 'M5'), /^atlas\.instanceSize: Invalid option: expected one of "M10"\|"M20"/],
    ['an unknown key', data, (d) => (d.atlas.ipAccessList = ['0.0.0.0/0']), /^atlas: unknown key 'ipAccessList' \(allowed: orgId, projectName, profile, activateTypes, instanceSize/],
  ];

  test.each(cases)('fails when %s', (_name, base, mutate, expected) => {
    // GIVEN a shipped config with one fault
    const d = base();
    mutate(d);
    // WHEN / THEN
    expect(problemsOf(d)).toContainEqual(expect.stringMatching(expected));
  });

  test('the replica-set base of these cases is itself valid (so each case fails for its own fault)', () => {
    expect(() => parseConfig(replicaSet())).not.toThrow();
  });

  test('a Global Cluster may place nodes in regions the platform does not run in; outside production no region-loss majority is asked', () => {
    // GIVEN prod (nodes in us-east-2, us-west-2, eu-central-1, eu-west-3: no platform region there)
    expect(() => parseConfig(data())).not.toThrow();
    // GIVEN a non-production single-region zone layout
    const d = data();
    d.production = false;
    d.atlas.regions = [{ ...d.atlas.regions[0], electableNodes: 3 }, { ...d.atlas.regions[3], electableNodes: 3 }];
    d.atlas.zones[0].regions = ['us-east-1'];
    d.atlas.zones[1].regions = ['eu-west-1'];
    expect(() => parseConfig(d)).not.toThrow();
  });

  test('every AWS region Atlas offers has a recorded jurisdiction; EEA countries share the EU one', () => {
    expect(Object.keys(AWS_REGION_COUNTRIES).sort()).toEqual(Object.keys(ATLAS_AWS_REGIONS).sort());
    expect([regionJurisdiction('eu-west-1'), regionJurisdiction('eu-central-1'), regionJurisdiction('eu-west-2'), regionJurisdiction('us-west-2')]).toEqual(['EU', 'EU', 'GB', 'US']);
    expect([locationJurisdiction('US-NY'), locationJurisdiction('NO'), locationJurisdiction('CH')]).toEqual(['US', 'EU', 'CH']);
    expect(regionJurisdiction('xx-nowhere-1')).toBeUndefined();
  });
});

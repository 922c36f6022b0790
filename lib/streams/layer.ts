import { STREAM_JOB_ROLES } from '../core/facts';
import type { Layer } from '../core/layer';
import { StreamJobIdentities } from './identities';
import { StreamJobChart } from './job-chart';
import { jobImageAsset, jobImageTag } from './job-image';

/**
 * Stream processing (`streams` in the config): per region, each job's Pod Identity role
 * (published as {@link STREAM_JOB_ROLES}; the Kafka layer grants it the job's topics) and the
 * job image as a CDK asset built from `jobs/stream-processor`; per cluster, a chart per job.
 * Registered before the Kafka layer, which reads the roles.
 */
export const streamsLayer: Layer = {
  name: 'streams',
  configSection: 'streams',
  region: ({ config, base, facts }) => {
    const jobs = config.streams.jobs;
    const identities = new StreamJobIdentities(base.stack, 'StreamJobIdentities', { config, region: base.region, cluster: base.cluster });
    facts.set(STREAM_JOB_ROLES, identities.roles);
    if (jobs.length > 0) jobImageAsset(base.stack, 'StreamJobImage');
  },
  charts: ({ app, config, region }) => {
    if (config.streams.jobs.length === 0) return [];
    const imageTag = jobImageTag();
    return config.streams.jobs.map((job) => new StreamJobChart(app, `stream-${job.name}`, { config, region, job, imageTag }));
  },
};

import type * as iam from 'aws-cdk-lib/aws-iam';
import { Fact } from './layer';

/*
 * Facts that cross layers: the one place where a layer publishes something another reads.
 * A fact only one layer uses stays in that layer's folder.
 */

/** Each service's IAM role (EKS Pod Identity), by service name; published by the services layer. */
export const SERVICE_ROLES = new Fact<Readonly<Record<string, iam.Role>>>('service roles');

/**
 * Each stream job's IAM role (EKS Pod Identity), by job name; published by the streams layer,
 * which comes before the Kafka layer so the job's MSK policy attaches to it.
 */
export const STREAM_JOB_ROLES = new Fact<Readonly<Record<string, iam.Role>>>('stream job roles');

/**
 * The ML layer's Kafka principals' IAM roles (EKS Pod Identity), by principal name: the feature
 * archiver's, on the hub. Published by the ML layer, which comes before the Kafka layer so the
 * principal's MSK policy attaches to it.
 */
export const ML_KAFKA_ROLES = new Fact<Readonly<Record<string, iam.Role>>>('ML Kafka principal roles');

import { Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig } from '../config';

/** Props of every chart rendered for one cluster. */
export interface ClusterChartProps extends ChartProps {
  /** The validated platform config. */
  readonly config: PlatformConfig;
  /** The region (cluster) the chart renders for. */
  readonly region: RegionConfig;
}

/**
 * Base of the charts rendered into `k8s/<env>/<region>/`: carries the config and region, and
 * labels every object as managed by the platform. Holds no deploy-time values.
 */
export abstract class ClusterChart extends Chart {
  public readonly config: PlatformConfig;
  public readonly region: RegionConfig;

  constructor(scope: Construct, id: string, props: ClusterChartProps) {
    super(scope, id, {
      ...props,
      labels: { 'app.kubernetes.io/part-of': props.config.project, 'app.kubernetes.io/managed-by': 'platform-cdk8s', ...props.labels },
    });
    this.config = props.config;
    this.region = props.region;
  }
}

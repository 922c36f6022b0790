import { createHash } from 'crypto';
import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as ga from 'aws-cdk-lib/aws-globalaccelerator';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledgeControlTower, acknowledgeNag, nagArn } from '../compliance';
import {
  EdgeParameter,
  LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT,
  PlatformConfig,
  RegionConfig,
  edgeLinkRoleName,
  edgeParameterName,
  edgeParameterPath,
  edgeWiringRoleArn,
  envPrefix,
  ingressCertificateNames,
  ingressCertificateSecretName,
  ingressHealthAlarmName,
  ingressLoadBalancerName,
  ingressTargetGroupName,
} from '../config';
import { CertificateExport } from './certificate-export';
import { DeliveredLogBucket } from '../core/log-bucket';
import { SdkCalls } from '../core/sdk-calls';
import { INGRESS_PORTS } from '../config/mesh-names';
import { attachManagedPolicy } from '../core/iam';
import { podIdentityRole } from '../core/pod-identity';

/** Tag every edge certificate carries (value: the environment prefix); IAM conditions key on it. */
export const EDGE_CERTIFICATE_TAG = 'platform:edge';

/** The two listeners of the ingress NLB: the client-facing port and the gateway port behind it. */
export const INGRESS_LISTENERS = {
  http: { port: 80, targetPort: INGRESS_PORTS.http },
  https: { port: 443, targetPort: INGRESS_PORTS.https },
} as const;

/**
 * Why neither listener holds a certificate. Global Accelerator preserves client IP addresses only
 * for Network Load Balancers without TLS listeners, so one TLS listener would hide every client
 * address from the gateway (its logs, its rate limits, its policies).
 */
const LISTENER_WITHOUT_CERTIFICATE: Record<'http' | 'https', string> = {
  https: 'TLS is terminated by the Istio ingress gateway with the region\'s ACM certificate (TLS 1.2 or later), because Global Accelerator preserves client IP addresses only for load balancers without TLS listeners; this TCP listener passes the encrypted bytes through unread.',
  http: 'Port 80 is plain HTTP by design: it is where clients that start without TLS arrive and the ingress gateway answers them; a certificate here would not encrypt their request, and a TLS listener would switch off client IP preservation through Global Accelerator for every port.',
};

/** Props of {@link PlatformIngress}. */
export interface PlatformIngressProps {
  /** The validated platform config. */
  readonly config: PlatformConfig;
  /** The region this ingress serves. */
  readonly region: RegionConfig;
  /** The region's VPC; the load balancer gets a node in each private subnet. */
  readonly vpc: ec2.IVpc;
  /** The cluster whose ingress gateway pods are the targets (their ENIs carry the cluster security group). */
  readonly cluster: eks.ICluster;
  /** Key of the region's logs: the access-log bucket and the deploy-time calls' log group. */
  readonly logKey: kms.IKey;
  /** Key of the platform's Secrets Manager secrets: the exported certificate's secret. */
  readonly secretsKey: kms.IKey;
}

/**
 * The region's entry point behind Global Accelerator: an internal Network Load Balancer (no public
 * address; the accelerator reaches it through its own network interfaces in the VPC) with TCP
 * listeners 80 and 443 forwarding to IP target groups that the Istio ingress gateway's pods join
 * through a TargetGroupBinding (by the derived target-group names, never an ARN).
 *
 * TLS passes through to the gateway, which terminates it: Global Accelerator preserves client IP
 * addresses only for Network Load Balancers with security groups and *without* TLS listeners, and
 * the target groups preserve them too, so Envoy sees the real client. The region's certificate is
 * requested here for the names clients use (exportable, since the gateway needs its key), validated
 * by the global stack in the platform zone, and kept in Secrets Manager for the gateway's
 * ExternalSecret by {@link CertificateExport}.
 *
 * What the global stack needs (load balancer ARN and DNS name, health check id, certificate ARN,
 * accelerator attachment) is published as SSM parameters under derived names, readable by a
 * derived role that trusts only the global stack's derived role: values cross accounts and regions
 * at deploy time, and nothing is copied by hand.
 */
export class PlatformIngress extends Construct {
  /** The internal Network Load Balancer. */
  public readonly loadBalancer: elbv2.NetworkLoadBalancer;
  /** Its security group: client traffic in on 80/443, out only to the gateway pods. */
  public readonly securityGroup: ec2.SecurityGroup;
  /** The IP target groups the gateway's TargetGroupBindings fill, by listener. */
  public readonly targetGroups: Record<'http' | 'https', elbv2.NetworkTargetGroup>;
  /** In ALARM while the gateway has no healthy target in this region. */
  public readonly healthAlarm: cloudwatch.Alarm;
  /** Route 53 health check that follows {@link healthAlarm}; the latency record of this region uses it. */
  public readonly healthCheck: route53.CfnHealthCheck;
  /** Receives the load balancer's access logs. */
  public readonly accessLogs: DeliveredLogBucket;
  /** ARN of the region's ingress certificate (requested at deploy time, validated by the global stack). */
  public readonly certificateArn: string;
  /** Keeps the certificate and its key in Secrets Manager, where the gateway's ExternalSecret reads them. */
  public readonly certificateExport: CertificateExport;
  /** Role the global stack assumes to read this region's edge values. */
  public readonly linkRole: iam.Role;

  constructor(scope: Construct, id: string, props: PlatformIngressProps) {
    super(scope, id);
    const { config, region, vpc, cluster } = props;
    const check = config.edge.healthCheck;
    const retention = config.logging.retentionDays as logs.RetentionDays;

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc,
      description: 'Ingress NLB: clients (through Global Accelerator, client IPs preserved) on 80/443; out to the ingress gateway pods only',
      allowAllOutbound: false,
    });
    // With client IP preservation the packets keep the clients' internet addresses, so no narrower
    // source fits; the accelerator's own security group (which GA creates in the VPC when the
    // endpoint is added) cannot be referenced from CloudFormation. The load balancer is internal:
    // no public address and no internet route lead to it, only the accelerator and the VPC's own
    // private network do.
    for (const listener of Object.values(INGRESS_LISTENERS)) {
      this.securityGroup.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(listener.port), `Clients through Global Accelerator on ${listener.port}`);
    }
    acknowledgeNag(this.securityGroup, 'AwsSolutions', 'EC23',
      'Global Accelerator preserves client IP addresses, so traffic reaches this internal load balancer from any internet address; it has no public address and only the accelerator and the VPC can route to it.');

    // Pods receive traffic on the cluster security group of their node's ENIs (VPC CNI); the rule
    // names the load balancer's security group, which admits its traffic even with client IP
    // preservation on, so nothing else reaches the gateway ports from outside the cluster.
    for (const port of [INGRESS_PORTS.http, INGRESS_PORTS.https, check.port]) {
      cluster.clusterSecurityGroup.connections.allowFrom(this.securityGroup, ec2.Port.tcp(port), `Ingress NLB to the ingress gateway pods on ${port}`);
    }

    this.loadBalancer = new elbv2.NetworkLoadBalancer(this, 'LoadBalancer', {
      loadBalancerName: ingressLoadBalancerName(config),
      vpc,
      internetFacing: false,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [this.securityGroup],
      // Global Accelerator recommends cross-zone off for NLB endpoints (no connection collisions),
      // so each zone's node sends only to gateway pods in its zone: the gateway must run in every
      // zone of the load balancer (at least one replica per zone, spread by topology).
      crossZoneEnabled: false,
      deletionProtection: config.production,
    });
    acknowledgeControlTower(this.loadBalancer, 'CT.ELASTICLOADBALANCING.PR.14',
      'Cross-zone load balancing stays off on purpose: Global Accelerator sends each zone\'s traffic to that zone\'s node, and the ingress gateway runs at least one replica per zone (spread by topology), so every zone serves its own share.');
    if (!config.production) {
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) {
        acknowledgeNag(this.loadBalancer, pack, 'ELBDeletionProtectionEnabled',
          'This environment is not production (config production: false) and is torn down and rebuilt; production environments turn deletion protection on.');
      }
    }

    this.accessLogs = new DeliveredLogBucket(this, 'AccessLogs', {
      key: props.logKey,
      retention: Duration.days(config.logging.retentionDays),
      purpose: 'Network Load Balancer access logs',
    });
    // An NLB writes access logs for TLS listeners only; with TCP passthrough the connection
    // records are the accelerator's flow logs, VPC flow logs and the gateway's access logs. The
    // logs are on anyway, so a TLS listener added later is logged from its first request.
    this.loadBalancer.logAccessLogs(this.accessLogs.bucket, 'nlb');

    this.targetGroups = {
      http: this.targetGroup('http', vpc, config),
      https: this.targetGroup('https', vpc, config),
    };
    for (const name of ['http', 'https'] as const) {
      const listener = this.loadBalancer.addListener(`Listener-${name}`, {
        port: INGRESS_LISTENERS[name].port,
        protocol: elbv2.Protocol.TCP,
        defaultTargetGroups: [this.targetGroups[name]],
      });
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) {
        acknowledgeNag(listener, pack, 'ELBv2ACMCertificateRequired', LISTENER_WITHOUT_CERTIFICATE[name]);
      }
    }

    // The region is healthy while the gateway has a healthy target behind 443. Route 53 cannot
    // probe an internal load balancer from the internet, so its health check follows this alarm
    // (standard resolution, Minimum: what Route 53 supports), which follows the load balancer's
    // own health checks of the gateway (the same readiness endpoint as the accelerator's).
    this.healthAlarm = new cloudwatch.Alarm(this, 'HealthAlarm', {
      alarmName: ingressHealthAlarmName(config, region),
      alarmDescription: `No healthy ingress gateway target behind the ${region.name} ingress NLB: Route 53 stops answering ${region.name} for latency-routed names`,
      metric: new cloudwatch.Metric({
        namespace: 'AWS/NetworkELB',
        metricName: 'HealthyHostCount',
        dimensionsMap: {
          LoadBalancer: this.loadBalancer.loadBalancerFullName,
          TargetGroup: this.targetGroups.https.targetGroupFullName,
        },
        statistic: cloudwatch.Stats.MINIMUM,
        period: Duration.minutes(1),
      }),
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      threshold: 1,
      evaluationPeriods: check.thresholdCount,
      // No data means the load balancer reports no healthy host: treat it as down.
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) {
      acknowledgeNag(this.healthAlarm, pack, 'CloudWatchAlarmAction',
        'This alarm drives a Route 53 health check that withdraws the region from latency-routed DNS; that health check, not a notification, is its action.');
    }

    this.healthCheck = new route53.CfnHealthCheck(this, 'HealthCheck', {
      healthCheckConfig: {
        type: 'CLOUDWATCH_METRIC',
        alarmIdentifier: { name: this.healthAlarm.alarmName, region: region.name },
        // A CloudWatch outage must not withdraw a healthy region (nor bring back a failed one).
        insufficientDataHealthStatus: 'LastKnownStatus',
      },
      healthCheckTags: [{ key: 'Name', value: `${envPrefix(config)}-${region.name}-ingress` }],
    });

    this.certificateArn = this.requestCertificate(config, props.logKey, retention);
    this.certificateExport = new CertificateExport(this, 'CertificateExport', {
      certificateArn: this.certificateArn,
      secretName: ingressCertificateSecretName(config),
      secretKey: props.secretsKey,
      logKey: props.logKey,
      logRetention: retention,
    });

    const published: Partial<Record<EdgeParameter, string>> = {
      'load-balancer-arn': this.loadBalancer.loadBalancerArn,
      'load-balancer-dns-name': this.loadBalancer.loadBalancerDnsName,
      'load-balancer-zone-id': this.loadBalancer.loadBalancerCanonicalHostedZoneId,
      'health-check-id': this.healthCheck.attrHealthCheckId,
      'certificate-arn': this.certificateArn,
    };
    if (region.account !== config.hubRegion.account) {
      // An accelerator in the hub account may add this account's load balancer as an endpoint
      // only through a cross-account attachment that names both.
      const attachment = new ga.CfnCrossAccountAttachment(this, 'AcceleratorAttachment', {
        name: `${envPrefix(config)}-${region.name}-ingress`,
        principals: [config.hubRegion.account],
        resources: [{ endpointId: this.loadBalancer.loadBalancerArn, region: region.name }],
      });
      published['accelerator-attachment-arn'] = attachment.attrAttachmentArn;
    }
    for (const [key, value] of Object.entries(published) as Array<[EdgeParameter, string]>) {
      new ssm.StringParameter(this, `Parameter-${key}`, {
        parameterName: edgeParameterName(config, region, key),
        stringValue: value,
        description: `Global edge: ${key} of the ${region.name} ingress, read by the global stack`,
      });
    }

    this.linkRole = this.edgeLinkRole(config, region);
  }

  /** An IP target group for one listener, named as the TargetGroupBinding names it. */
  private targetGroup(name: 'http' | 'https', vpc: ec2.IVpc, config: PlatformConfig): elbv2.NetworkTargetGroup {
    const check = config.edge.healthCheck;
    return new elbv2.NetworkTargetGroup(this, `TargetGroup-${name}`, {
      targetGroupName: ingressTargetGroupName(config, name),
      vpc,
      port: INGRESS_LISTENERS[name].targetPort,
      protocol: elbv2.Protocol.TCP,
      targetType: elbv2.TargetType.IP,
      // The gateway sees (and logs, and rate-limits by) the real client address.
      preserveClientIp: true,
      healthCheck: {
        protocol: elbv2.Protocol[check.protocol],
        port: String(check.port),
        path: check.protocol === 'TCP' ? undefined : check.path,
        interval: Duration.seconds(check.intervalSeconds),
        healthyThresholdCount: check.thresholdCount,
        unhealthyThresholdCount: check.thresholdCount,
      },
    });
  }

  /**
   * Requests the region's certificate at deploy time (ACM, DNS validation, for the apex, `api` and
   * `api-latency` names) and returns its ARN. A CloudFormation certificate would block this stack
   * until validated, but the validation records go into the platform zone, which the global stack
   * (possibly in another account) owns and which deploys after this stack: the global stack reads
   * the records and writes them, and ACM then issues and renews the certificate on its own.
   */
  private requestCertificate(config: PlatformConfig, logKey: kms.IKey, retention: logs.RetentionDays): string {
    const stack = Stack.of(this);
    const names = ingressCertificateNames(config);
    const calls = SdkCalls.of(this, {
      description: `Deploy-time AWS API calls of ${stack.stackName} (the ingress certificate request, and any other layer's)`,
      logKey,
      logRetention: retention,
    });
    const certificates = `arn:${stack.partition}:acm:${stack.region}:${stack.account}:certificate/*`;
    const policy = calls.addPolicy(new iam.ManagedPolicy(this, 'CertificatePolicy', {
      description: `Request certificates for ${names.join(', ')} only, and tag and delete the platform's edge certificates`,
      statements: [
        new iam.PolicyStatement({
          actions: ['acm:RequestCertificate'],
          resources: ['*'],
          conditions: { 'ForAllValues:StringEquals': { 'acm:DomainNames': names } },
        }),
        new iam.PolicyStatement({
          actions: ['acm:AddTagsToCertificate'],
          resources: [certificates],
          conditions: { StringEquals: { [`aws:RequestTag/${EDGE_CERTIFICATE_TAG}`]: envPrefix(config) } },
        }),
        new iam.PolicyStatement({
          actions: ['acm:DeleteCertificate'],
          resources: [certificates],
          conditions: { StringEquals: { [`aws:ResourceTag/${EDGE_CERTIFICATE_TAG}`]: envPrefix(config) } },
        }),
      ],
    }));
    acknowledgeNag(policy, 'AwsSolutions', 'IAM5[Resource::*]',
      'RequestCertificate has no resource to name before the certificate exists; the grant is limited by the acm:DomainNames condition to the platform\'s own names.');
    acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(this, certificates)}]`,
      'Certificate ARNs are random until requested; tagging and deleting are limited by tag conditions to this environment\'s edge certificates.');

    // A new set of names is a new certificate: the token changes with them, so ACM does not hand
    // back the previous request.
    const token = createHash('sha256').update(names.join(',')).digest('hex').slice(0, 32);
    const request: cr.AwsSdkCall = {
      service: 'ACM',
      action: 'requestCertificate',
      parameters: {
        DomainName: names[0],
        SubjectAlternativeNames: names.slice(1),
        ValidationMethod: 'DNS',
        IdempotencyToken: token,
        // The gateway terminates TLS, so it needs the key: an exportable public certificate.
        Options: { Export: 'ENABLED' },
        Tags: [{ Key: EDGE_CERTIFICATE_TAG, Value: envPrefix(config) }],
      },
      physicalResourceId: cr.PhysicalResourceId.fromResponse('CertificateArn'),
    };
    const certificate = calls.call('CertificateRequest', {
      resourceType: 'Custom::IngressCertificate',
      onCreate: request,
      onUpdate: request,
      onDelete: {
        service: 'ACM',
        action: 'deleteCertificate',
        parameters: { CertificateArn: new cr.PhysicalResourceIdReference() },
      },
    }, this);
    return certificate.getResponseField('CertificateArn');
  }

  /**
   * The role the global stack's deploy-time calls assume in this account: read this region's edge
   * parameters and describe its certificate (for the validation records), nothing else. Trusted by
   * the hub account only for the global stack's derived wiring role.
   */
  private edgeLinkRole(config: PlatformConfig, region: RegionConfig): iam.Role {
    const stack = Stack.of(this);
    const role = new iam.Role(this, 'LinkRole', {
      roleName: edgeLinkRoleName(config, region),
      description: `Global stack of ${envPrefix(config)}: read the ${region.name} edge parameters and certificate`,
      assumedBy: new iam.AccountPrincipal(config.hubRegion.account).withConditions({
        ArnEquals: { 'aws:PrincipalArn': edgeWiringRoleArn(config) },
      }),
    });
    const path = edgeParameterPath(config, region);
    const parameters = stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: `${path.slice(1)}*` });
    const policy = attachManagedPolicy(this, 'LinkPolicy', {
      description: `Read ${path}* and describe the ${region.name} ingress certificate`,
      roles: [role],
      statements: [
        new iam.PolicyStatement({
          actions: ['ssm:GetParameter'],
          resources: [parameters],
        }),
        new iam.PolicyStatement({
          actions: ['acm:DescribeCertificate'],
          resources: [this.certificateArn],
        }),
      ],
    });
    acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(this, parameters)}]`,
      'The global stack reads every edge value of this region, and only those: the grant is the region\'s own derived parameter path.');
    return role;
  }
}

/** Props of {@link LoadBalancerControllerAccess}. */
export interface LoadBalancerControllerAccessProps {
  readonly config: PlatformConfig;
  /** The cluster the controller runs in. */
  readonly cluster: eks.ICluster;
  /** The target groups the controller fills (TargetGroupBindings). */
  readonly targetGroups: readonly elbv2.INetworkTargetGroup[];
}

/**
 * The AWS Load Balancer Controller's IAM, for TargetGroupBinding-only operation: it registers and
 * deregisters the gateway pods in the platform's target groups and reads what it needs to resolve
 * them, and it may create, change or delete no load balancer, target group or security group (the
 * security group rules are made by CDK, see {@link PlatformIngress}). A Pod Identity association
 * hands the role to the controller's derived service account, so manifests carry no role ARN.
 */
export class LoadBalancerControllerAccess extends Construct {
  /** The controller's role. */
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: LoadBalancerControllerAccessProps) {
    super(scope, id);
    const namespace = props.config.gitops.operators.awsLoadBalancerController.namespace;
    this.role = podIdentityRole(this, 'Role',
      `AWS Load Balancer Controller (${namespace}/${LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT}): TargetGroupBindings of the platform target groups only`);
    const policy = attachManagedPolicy(this, 'Policy', {
      description: 'AWS Load Balancer Controller, TargetGroupBinding only: resolve target groups, register and deregister the ingress gateway pods',
      roles: [this.role],
      statements: [
        // Describe calls take no resource-level permissions. The controller resolves a binding's
        // target group by name, checks its VPC and health, and maps pod IPs to subnets and ENIs.
        new iam.PolicyStatement({
          actions: [
            'elasticloadbalancing:DescribeTargetGroups',
            'elasticloadbalancing:DescribeTargetGroupAttributes',
            'elasticloadbalancing:DescribeTargetHealth',
            'elasticloadbalancing:DescribeLoadBalancers',
            'elasticloadbalancing:DescribeListeners',
            'elasticloadbalancing:DescribeTags',
            'ec2:DescribeVpcs',
            'ec2:DescribeSubnets',
            'ec2:DescribeSecurityGroups',
            'ec2:DescribeNetworkInterfaces',
            'ec2:DescribeInstances',
          ],
          resources: ['*'],
        }),
        new iam.PolicyStatement({
          actions: ['elasticloadbalancing:RegisterTargets', 'elasticloadbalancing:DeregisterTargets'],
          resources: props.targetGroups.map((tg) => tg.targetGroupArn),
        }),
      ],
    });
    acknowledgeNag(policy, 'AwsSolutions', 'IAM5[Resource::*]',
      'Elastic Load Balancing and EC2 Describe actions support no resource-level permissions; every action that changes anything is limited to the platform\'s two target groups.');

    new eks.CfnPodIdentityAssociation(this, 'Association', {
      clusterName: props.cluster.clusterName,
      namespace,
      serviceAccount: LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT,
      roleArn: this.role.roleArn,
    });
  }
}

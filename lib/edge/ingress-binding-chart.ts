import { Construct } from 'constructs';
import { SECRET_STORE_NAME, ingressCertificateSecretName, ingressTargetGroupName } from '../config';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
} from '../imports/eso-externalsecret-external-secrets.io';
import {
  TargetGroupBindingV1Beta1,
  TargetGroupBindingV1Beta1SpecIpAddressType,
  TargetGroupBindingV1Beta1SpecServiceRefPort,
  TargetGroupBindingV1Beta1SpecTargetType,
} from '../imports/aws-lbc-targetgroupbinding-elbv2.k8s.aws';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { INGRESS_GATEWAY_RELEASE, INGRESS_PORTS, ingressTlsSecretName } from '../config/mesh-names';

/** The ingress gateway's Service: the `gateway` chart names it after its Helm release. */
export const INGRESS_GATEWAY_SERVICE = INGRESS_GATEWAY_RELEASE;

/** The NLB listeners a binding exists for, each bound to the gateway port behind it. */
export const INGRESS_BINDINGS = ['http', 'https'] as const;

/** Props of {@link IngressBindingChart}: the cluster's config and region, nothing else. */
export type IngressBindingChartProps = ClusterChartProps;

/** Keys of the JSON that CDK's certificate export writes into the certificate's Secrets Manager secret. */
export const EXPORTED_CERTIFICATE_KEYS = { certificate: 'certificate', privateKey: 'privateKey' } as const;

/**
 * What the ingress gateway needs from the region's edge: its NLB target groups and its TLS
 * certificate, both made by CDK.
 *
 * Binds the Istio ingress gateway to the region's NLB target groups, which CDK creates: one
 * TargetGroupBinding per listener, in the gateway's namespace, naming the target group by its
 * derived name (`ingressTargetGroupName`), never by ARN, so the manifest holds no deploy-time
 * value. The AWS Load Balancer Controller registers the gateway pods' IPs (target type `ip`) for
 * the Service port 8080 (http) or 8443 (https) and follows them as pods come and go.
 *
 * No `spec.networking`: the security group rules between the load balancer and the pods are made
 * by CDK (the cluster security group admits the NLB's security group on the gateway ports), so
 * the controller needs no permission to change security groups.
 *
 * The gateway terminates TLS (the NLB passes it through so client IPs survive), with the region's
 * ACM certificate: CDK exports it into Secrets Manager ({@link ingressCertificateSecretName}) and
 * an ExternalSecret here turns it into the `kubernetes.io/tls` Secret the Gateway's HTTPS server
 * names ({@link ingressTlsSecretName}). Renewals reach the gateway within the refresh interval.
 * The ClusterSecretStore must admit the gateway's namespace.
 */
export class IngressBindingChart extends ClusterChart {
  /** The bindings, by listener. */
  public readonly bindings: Record<(typeof INGRESS_BINDINGS)[number], TargetGroupBindingV1Beta1>;
  /** The gateway's TLS Secret, from the exported ACM certificate. */
  public readonly tls: ExternalSecret;

  constructor(scope: Construct, id: string, props: IngressBindingChartProps) {
    super(scope, id, props);
    const namespace = this.config.gitops.operators.istioIngress.namespace;
    const bind = (listener: (typeof INGRESS_BINDINGS)[number]) =>
      new TargetGroupBindingV1Beta1(this, listener, {
        metadata: { name: `${INGRESS_GATEWAY_SERVICE}-${listener}`, namespace },
        spec: {
          targetGroupName: ingressTargetGroupName(this.config, listener),
          targetType: TargetGroupBindingV1Beta1SpecTargetType.IP,
          ipAddressType: TargetGroupBindingV1Beta1SpecIpAddressType.IPV4,
          serviceRef: {
            name: INGRESS_GATEWAY_SERVICE,
            port: TargetGroupBindingV1Beta1SpecServiceRefPort.fromNumber(INGRESS_PORTS[listener]),
          },
        },
      });
    this.bindings = { http: bind('http'), https: bind('https') };

    const secretName = ingressTlsSecretName(this.config);
    const remote = (property: string) => ({ key: ingressCertificateSecretName(this.config), property });
    this.tls = new ExternalSecret(this, 'tls', {
      metadata: { name: secretName, namespace },
      spec: {
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: SECRET_STORE_NAME },
        refreshInterval: '1h',
        target: {
          name: secretName,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          template: { type: 'kubernetes.io/tls', engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2 },
        },
        data: [
          { secretKey: 'tls.crt', remoteRef: remote(EXPORTED_CERTIFICATE_KEYS.certificate) },
          { secretKey: 'tls.key', remoteRef: remote(EXPORTED_CERTIFICATE_KEYS.privateKey) },
        ],
      },
    });
  }
}

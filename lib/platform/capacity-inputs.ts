import {
  ISTIO_SIDECAR_REQUESTS,
  JAEGER_ALL_IN_ONE,
  JAEGER_COLLECTOR,
  JAEGER_QUERY,
  KIALI_SERVER,
  KSERVE_PREDICTOR,
  OTEL_COLLECTOR,
  PROMETHEUS_CONFIG_RELOADER_REQUESTS,
  STRIMZI_ENTITY_OPERATOR,
  STRIMZI_KAFKA_NODE,
} from '../core/operand-defaults';
import { EKS_ADDON_FOOTPRINTS } from '../regions/addon-footprints';
import type { CapacityInputs } from './capacity';

/** The recorded upstream defaults the capacity model reads (each cited where it is recorded). */
export const CAPACITY_INPUTS: CapacityInputs = {
  defaults: {
    sidecar: ISTIO_SIDECAR_REQUESTS,
    prometheusConfigReloader: PROMETHEUS_CONFIG_RELOADER_REQUESTS,
    strimziKafkaNode: STRIMZI_KAFKA_NODE,
    strimziEntityOperator: STRIMZI_ENTITY_OPERATOR,
    kservePredictor: KSERVE_PREDICTOR,
    kiali: KIALI_SERVER,
    jaegerAllInOne: JAEGER_ALL_IN_ONE,
    jaegerCollector: JAEGER_COLLECTOR,
    jaegerQuery: JAEGER_QUERY,
    otelCollector: OTEL_COLLECTOR,
  },
  addons: EKS_ADDON_FOOTPRINTS,
};

import { DEFAULT_MAX_REPLICAS_FACTOR, serviceMaxReplicas, serviceReplicas } from '../../lib/services';
import { regionOf, serviceOf, shipped, variant } from './fixtures';

const prod = shipped('prod');
const dev = shipped('dev');

describe('serviceReplicas', () => {
  test('a region override wins over replicas (the seed: 5 in us-east-1, 3 in eu-west-1)', () => {
    const healthcare = serviceOf(prod, 'healthcare-service');
    expect(serviceReplicas(healthcare, regionOf(prod, 'us-east-1'))).toBe(5);
    expect(serviceReplicas(healthcare, regionOf(prod, 'eu-west-1'))).toBe(3);
  });

  test('without an override, replicas applies', () => {
    expect(serviceReplicas(serviceOf(prod, 'iot-service'), regionOf(prod, 'eu-west-1'))).toBe(3);
    expect(serviceReplicas(serviceOf(dev, 'healthcare-service'), regionOf(dev, 'us-east-1'))).toBe(2);
  });

  test('replicas defaults to 3', () => {
    const config = variant('dev', (d) => {
      delete d.services[1].replicas;
    });
    expect(serviceReplicas(serviceOf(config, 'iot-service'), regionOf(config, 'us-east-1'))).toBe(3);
  });
});

describe('serviceMaxReplicas', () => {
  test('maxReplicas when set', () => {
    expect(serviceMaxReplicas(serviceOf(prod, 'healthcare-service'), regionOf(prod, 'eu-west-1'))).toBe(15);
  });

  test('defaults to 3 x the region\'s replicas', () => {
    expect(DEFAULT_MAX_REPLICAS_FACTOR).toBe(3);
    expect(serviceMaxReplicas(serviceOf(dev, 'iot-service'), regionOf(dev, 'us-east-1'))).toBe(6);
    // GIVEN a region override and no maxReplicas, the ceiling follows the region's floor
    const config = variant('prod', (d) => {
      delete d.services[0].maxReplicas;
    });
    expect(serviceMaxReplicas(serviceOf(config, 'healthcare-service'), regionOf(config, 'us-east-1'))).toBe(15);
    expect(serviceMaxReplicas(serviceOf(config, 'healthcare-service'), regionOf(config, 'eu-west-1'))).toBe(9);
  });
});

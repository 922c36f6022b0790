import * as YAML from 'yaml';
import { generateApplications, renderDeep, renderTemplate } from './argo-sim';

// The simulator is what the ApplicationSet tests trust; these tests make sure it can fail.
const params = { name: 'c1', metadata: { labels: { 'platform/region': 'eu-west-1' } }, values: { a: { b: 1 } } };

describe('Go template subset', () => {
  test('GIVEN paths, index and toYaml WHEN rendered THEN they resolve like Argo CD', () => {
    expect(renderTemplate('{{ .name }}-x', params)).toBe('c1-x');
    expect(renderTemplate('k8s/{{ index .metadata.labels "platform/region" }}', params)).toBe('k8s/eu-west-1');
    expect(YAML.parse(renderTemplate('{{ toYaml .values }}', params))).toEqual({ a: { b: 1 } });
  });

  test('fails when a key is missing (missingkey=error)', () => {
    expect(() => renderTemplate('{{ .nope }}', params)).toThrow(/missing key 'nope'/);
    expect(() => renderTemplate('{{ index .metadata.labels "platform/env" }}', params)).toThrow(/missing key "platform\/env"/);
  });

  test('fails when an action is not in the simulated subset', () => {
    expect(() => renderTemplate('{{ .name | upper }}', params)).toThrow(/unsupported template action/);
  });

  test('fails when a path renders a map instead of a scalar', () => {
    expect(() => renderTemplate('{{ .values }}', params)).toThrow(/not a scalar/);
  });

  test('GIVEN a nested value WHEN rendered deeply THEN every string, keys included, is rendered', () => {
    expect(renderDeep({ '{{ .name }}': ['{{ .name }}'], n: 2 }, params)).toEqual({ c1: ['c1'], n: 2 });
  });
});

describe('generators', () => {
  const secret = (name: string, env: string) => ({
    metadata: { name, labels: { 'argocd.argoproj.io/secret-type': 'cluster', 'platform/env': env } },
    stringData: { name, server: `arn:${name}` },
  });

  test('GIVEN a cluster selector WHEN generating THEN only matching cluster Secrets yield Applications', () => {
    const appSet = {
      spec: {
        goTemplate: true,
        generators: [{ clusters: { selector: { matchLabels: { 'platform/env': 'prod' } } } }],
        template: { metadata: { name: '{{ .name }}' }, spec: { destination: { server: '{{ .server }}' } } },
      },
    };
    const apps = generateApplications(appSet, [secret('a', 'prod'), secret('b', 'dev')]);
    expect(apps.map((g) => g.app)).toEqual([{ metadata: { name: 'a' }, spec: { destination: { server: 'arn:a' } } }]);
  });

  test('GIVEN a matrix WHEN generating THEN list elements see the cluster parameters', () => {
    const appSet = {
      spec: {
        goTemplate: true,
        generators: [{ matrix: { generators: [{ clusters: {} }, { list: { elements: [{ x: 'on-{{ .name }}' }] } }] } }],
        template: { metadata: { name: '{{ .x }}' }, spec: {} },
      },
    };
    expect(generateApplications(appSet, [secret('a', 'prod')])[0].app.metadata.name).toBe('on-a');
  });

  test('fails when the ApplicationSet does not use Go templates', () => {
    expect(() => generateApplications({ spec: { generators: [], template: {} } }, [])).toThrow(/goTemplate/);
  });
});

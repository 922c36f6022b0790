import { Tags } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Adds a cost-allocation tag to every taggable resource under `scope` and to every stack under
 * it (or `scope` itself when it is a stack).
 *
 * cdk.json sets `@aws-cdk/core:explicitStackTags`, so `Tags.of(scope).add` alone tags resources
 * only. The platform wants the stack tags too: CloudFormation propagates them to resources the
 * template cannot tag, such as the provider function and role behind CDK's
 * `Custom::VpcRestrictDefaultSG`, and the stacks themselves carry them. The second aspect names
 * stacks explicitly (`aws:cdk:stack`), the form the flag asks for; resources get the same value
 * twice (template and stack), which is harmless because the platform excludes no resource type.
 */
export function addCostTag(scope: IConstruct, key: string, value: string): void {
  Tags.of(scope).add(key, value);
  Tags.of(scope).add(key, value, { includeResourceTypes: ['aws:cdk:stack'] });
}

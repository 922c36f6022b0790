import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { PlatformConfig, environmentBudgetName } from '../config';

/** Props of {@link EnvironmentBudget}. */
export interface EnvironmentBudgetProps {
  readonly config: PlatformConfig;
  /** Receives the notifications. */
  readonly topic: sns.ITopic;
}

/**
 * The environment's monthly AWS Budgets cost budget (`observability.budget.monthlyUsd`), counting
 * only costs tagged with this project **and** this environment (the cost-allocation tags every
 * stack puts on everything), with notifications to the ticket topic at the configured actual and
 * forecast percentages.
 *
 * Budgets are per account: this one is made once, in the hub account. It sees the costs of every
 * account of the environment when the hub account is the organization's payer (management)
 * account, otherwise the hub account's own. The `project` and `environment` tags must be
 * activated as cost-allocation tags in the payer account's Billing console for the filter to match.
 */
export class EnvironmentBudget extends Construct {
  /** The budget. */
  public readonly budget: budgets.CfnBudget;

  constructor(scope: Construct, id: string, props: EnvironmentBudgetProps) {
    super(scope, id);
    const { config } = props;
    const b = config.observability.budget;
    if (!b) throw new Error('observability.budget is not set: no budget to make');
    const subscribers = [{ subscriptionType: 'SNS', address: props.topic.topicArn }];
    const tag = (key: string, value: string): budgets.CfnBudget.ExpressionProperty => ({ tags: { key, values: [value], matchOptions: ['EQUALS'] } });

    this.budget = new budgets.CfnBudget(this, 'Budget', {
      budget: {
        budgetName: environmentBudgetName(config),
        budgetType: 'COST',
        timeUnit: 'MONTHLY',
        budgetLimit: { amount: b.monthlyUsd, unit: 'USD' },
        filterExpression: { and: [tag('project', config.project), tag('environment', config.environment)] },
      },
      notificationsWithSubscribers: [
        ...b.actualPercents.map((threshold) => ({
          notification: { notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold, thresholdType: 'PERCENTAGE' },
          subscribers,
        })),
        {
          notification: { notificationType: 'FORECASTED', comparisonOperator: 'GREATER_THAN', threshold: b.forecastPercent, thresholdType: 'PERCENTAGE' },
          subscribers,
        },
      ],
    });
  }
}

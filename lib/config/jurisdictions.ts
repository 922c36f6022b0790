/**
 * Where data rests, by law: the jurisdiction of each AWS region Atlas offers and of each location
 * a Global Cluster zone serves. Static tables (hermetic validation); a zone's documents must rest
 * in one jurisdiction, the one its locations' people are in (docs/atlas.md, docs/failover.md).
 */

/**
 * Countries whose personal data law is the GDPR (the EU member states and the other EEA states):
 * one jurisdiction, `EU`, for data residency.
 */
export const EEA_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
];

/**
 * The country each AWS region Atlas offers (`ATLAS_AWS_REGIONS`) is in, per AWS's region list
 * (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html). Add a row
 * with each row of `ATLAS_AWS_REGIONS`; a test keeps the two tables in step.
 */
export const AWS_REGION_COUNTRIES: Readonly<Record<string, string>> = {
  'us-east-1': 'US',
  'us-east-2': 'US',
  'us-west-1': 'US',
  'us-west-2': 'US',
  'ca-central-1': 'CA',
  'sa-east-1': 'BR',
  'eu-west-1': 'IE',
  'eu-west-2': 'GB',
  'eu-west-3': 'FR',
  'eu-central-1': 'DE',
  'eu-central-2': 'CH',
  'eu-north-1': 'SE',
  'eu-south-1': 'IT',
  'eu-south-2': 'ES',
  'il-central-1': 'IL',
  'me-central-1': 'AE',
  'me-south-1': 'BH',
  'af-south-1': 'ZA',
  'ap-east-1': 'HK',
  'ap-south-1': 'IN',
  'ap-south-2': 'IN',
  'ap-northeast-1': 'JP',
  'ap-northeast-2': 'KR',
  'ap-northeast-3': 'JP',
  'ap-southeast-1': 'SG',
  'ap-southeast-2': 'AU',
  'ap-southeast-3': 'ID',
  'ap-southeast-4': 'AU',
};

/**
 * The jurisdiction of a location code (`US`, `US-NY`, `IE`): `EU` for an EEA country, else the
 * country code itself.
 */
export function locationJurisdiction(location: string): string {
  const country = location.slice(0, 2);
  return EEA_COUNTRIES.includes(country) ? 'EU' : country;
}

/** The jurisdiction of an AWS region (`eu-west-1` → `EU`); undefined for a region not in {@link AWS_REGION_COUNTRIES}. */
export function regionJurisdiction(awsRegion: string): string | undefined {
  const country = AWS_REGION_COUNTRIES[awsRegion];
  return country === undefined ? undefined : locationJurisdiction(country);
}

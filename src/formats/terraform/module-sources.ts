// What a module call's source says before the module is downloaded: whether it can hold a firewall egress-lint
// checks. A module for another provider (kubernetes, datadog, null-label…) or for a cloud service without network
// firewalls (an S3 bucket, IAM roles, DNS records) cannot, so its absence decides no firewall's egress.

/** Providers whose firewalls egress-lint checks. */
const FIREWALL_PROVIDERS = new Set(['aws', 'azurerm', 'azure', 'google', 'google-beta', 'gcp']);

/**
 * Modules of those providers' services that declare no security group, network ACL, NSG or firewall (registry
 * names as terraform-aws-modules, Azure and Google publish them). Anything else may hold one.
 */
const SERVICES_WITHOUT_FIREWALLS = new Set([
  'acm',
  'bigquery',
  'budget',
  'budgets',
  'cloud-storage',
  'cloudfront',
  'cloudwatch',
  'dynamodb-table',
  'ecr',
  'eventbridge',
  'iam',
  'key-pair',
  'key-vault',
  'kms',
  'label',
  'log-analytics',
  'naming',
  'pubsub',
  'resource-group',
  'route53',
  's3-bucket',
  'secrets-manager',
  'sns',
  'sqs',
  'ssm-parameter',
  'tags',
]);

/** The provider and module name a source names: `ns/name/provider` (registry) or a `terraform-<provider>-<name>` repository. */
export function sourceModule(source: string): { provider: string; name: string } | undefined {
  // Without a forced getter (`git::`), a query (`?ref=`) or a subdirectory (`//modules/x`, not `://`).
  const path = source
    .replace(/^[a-z0-9]+::/i, '')
    .split('?')[0]
    .replace(/([^:/])\/\/.*$/, '$1');
  const registry = /^(?:[a-z0-9.-]+\.[a-z]{2,}\/)?[\w-]+\/([\w-]+)\/([\w-]+)$/i.exec(path);
  if (registry) return { provider: registry[2].toLowerCase(), name: registry[1].toLowerCase() };
  const repo = /^terraform-([a-z0-9]+)-(.+?)(?:\.git)?$/i.exec(
    path.replace(/\/+$/, '').split(/[/:]/).pop() ?? '',
  );
  return repo ? { provider: repo[1].toLowerCase(), name: repo[2].toLowerCase() } : undefined;
}

/** Whether a module whose source is not available may declare a firewall egress-lint checks. */
export function mayHoldFirewall(source: string): boolean {
  const module = sourceModule(source);
  if (!module) return true;
  if (!FIREWALL_PROVIDERS.has(module.provider)) return false;
  return !SERVICES_WITHOUT_FIREWALLS.has(module.name) && !module.name.startsWith('iam-');
}

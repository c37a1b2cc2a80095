// The registry of providers: each folder's mappings per format (mappings.ts there). A new platform is a folder
// and one line here; the format analysers iterate this list and name no provider.
import { aws } from './aws/mappings.ts';
import { azure } from './azure/mappings.ts';
import { gcp } from './gcp/mappings.ts';
import { host } from './host/mappings.ts';
import type { ProviderMappings } from './mappings.ts';

export const PROVIDERS: readonly ProviderMappings[] = [aws, azure, gcp, host];

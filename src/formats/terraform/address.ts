// Terraform addresses as both the configuration (.tf) and plan JSON analysers name resources.
import type { Variant } from '../../model/types.ts';

/** An instance key in an address: `[0]`, `["api"]`. */
const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|-?\d+)\]/g;

/**
 * A resource address as one instance of its declaration: the family is the address without instance keys, so the
 * findings about count/for_each instances (and about one module in several roots) at one place merge into one.
 */
export function addressVariant(address: string, root?: string): Variant {
  return { family: address.replace(INSTANCE_KEY, ''), address, ...(root !== undefined && { root }) };
}

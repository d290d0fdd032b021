// The packs that ship with Billwright, imported statically so the browser bundle, the server and the
// CLI all use the same data; validated once when this module loads (a malformed pack fails loudly).
import article21 from './packs/article21.json';
import citations from './packs/citations.json';
import exclusiveDefense from './packs/exclusive-defense.json';
import safeguards from './packs/safeguards.json';
import unauthorizedAccess from './packs/unauthorized-access.json';
import { loadCitationCatalogue, type CitationCatalogue } from './citations';
import { loadRulePacks } from './loadRulePacks';
import type { RulePack } from './schema';

/** The built-in citation catalogue (every source a rule may cite, in Japanese and English), validated. */
export const builtinCitations: CitationCatalogue = loadCitationCatalogue(citations);

/** The built-in rule packs, validated, their citations resolved against builtinCitations. */
export const builtinRulePacks: readonly RulePack[] = Object.freeze(
  loadRulePacks([article21, unauthorizedAccess, exclusiveDefense, safeguards], builtinCitations),
);

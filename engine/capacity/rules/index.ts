/**
 * Routing rules applied before rotation, as LeanData and Chili Piper users expect them: owner
 * match (a known contact's or account's owner), territories (the tier by country, region, size
 * and industry), language and skills (who of the tier first). Pure: no n8n imports.
 */
export {
	accountDomainOfEmail,
	isFreeMailDomain,
	normaliseEmail,
	normaliseHost,
	registrableDomain,
} from './domains';
export { normaliseCompanyName } from './companies';
export { countryOfPhone, expandCountries, normaliseCountry, REGION_GROUPS } from './countries';
export { buildAccountIndex, matchOwner, repForOwner, valueAtPath } from './ownerMatch';
export type {
	AccountFieldMapping,
	AccountIndex,
	KnownRecord,
	OwnerFallback,
	OwnerMatch,
	OwnerMatchKey,
	OwnerMatchLead,
} from './ownerMatch';
export { employeeRange, leadCountry, matchTerritory, parseTerritoryRules } from './territories';
export type {
	TerritoryDecision,
	TerritoryLead,
	TerritoryRule,
	TerritoryRuleInput,
} from './territories';
export {
	hasSkills,
	languageName,
	leadLanguage,
	normaliseLanguage,
	repLanguages,
	requiredSkills,
	speaks,
} from './languages';
export type { LeadLanguage } from './languages';
export { planRouting, poolFor, tierOfPool } from './plan';
export type {
	LeadFacts,
	PreferenceFallback,
	RoutingPlan,
	RoutingRules,
	RulesApplied,
	Stage,
	StageKind,
} from './plan';

/**
 * How a priority path maps to the four evaluation routes: score paths at or above the default
 * warm threshold are sales, other score paths nurture, the support and junk rules their own route.
 */
import { DEFAULT_PATH_DEFINITIONS, type PathDefinition } from '../../engine/contract';

export const ROUTES = ['sales', 'nurture', 'support', 'junk'] as const;
export type Route = (typeof ROUTES)[number];

const WARM_THRESHOLD = DEFAULT_PATH_DEFINITIONS.find((path) => path.name === 'warm')!.minScore;

export function routeForPath(
	pathName: string,
	paths: readonly PathDefinition[] = DEFAULT_PATH_DEFINITIONS,
): Route {
	const path = paths.find((candidate) => candidate.name === pathName);
	if (!path) return 'junk';
	if (path.rule === 'junk') return 'junk';
	if (path.rule === 'support') return 'support';
	return path.minScore >= WARM_THRESHOLD ? 'sales' : 'nurture';
}

export const isRoute = (value: unknown): value is Route => ROUTES.includes(value as Route);

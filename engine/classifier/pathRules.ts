import type { PathDefinition } from '../contract';
import { PATH_RULES } from '../contract';

/** Readable problems with a path configuration; [] when it is usable. */
export function validatePaths(paths: readonly PathDefinition[]): string[] {
	const problems: string[] = [];
	if (!Array.isArray(paths) || paths.length === 0) return ['Define at least one path'];
	const seen = new Set<string>();
	paths.forEach((path, index) => {
		const label = `Path ${index + 1}${path?.name ? ` ("${path.name}")` : ''}`;
		if (!path || typeof path.name !== 'string' || path.name.trim() === '') {
			problems.push(`${label} has no name`);
			return;
		}
		const key = path.name.trim().toLowerCase();
		if (seen.has(key))
			problems.push(`${label}: the name "${path.name}" is used twice; path names must be unique`);
		seen.add(key);
		if (!PATH_RULES.includes(path.rule)) {
			problems.push(
				`${label}: rule must be "score", "support" or "junk", got "${String(path.rule)}"`,
			);
		}
		if (
			typeof path.minScore !== 'number' ||
			!Number.isFinite(path.minScore) ||
			path.minScore < 0 ||
			path.minScore > 100
		) {
			problems.push(
				`${label}: minimum score must be a number from 0 to 100, got "${String(path.minScore)}"`,
			);
		}
	});
	const scorePaths = paths.filter((path) => path?.rule === 'score');
	if (scorePaths.length === 0)
		problems.push('At least one path must use the "score" rule, so every lead has somewhere to go');
	else if (!scorePaths.some((path) => path.minScore === 0)) {
		problems.push(
			`The lowest "score" path must start at 0 so that low scores have a path; the lowest is "${lowestScorePath(paths)!.name}" at ${lowestScorePath(paths)!.minScore}`,
		);
	}
	return problems;
}

export function lowestScorePath(paths: readonly PathDefinition[]): PathDefinition | undefined {
	return paths.filter((path) => path.rule === 'score').sort((a, b) => a.minScore - b.minScore)[0];
}

/** The score path a score falls on: the one with the highest minimum at or below it. */
export function scorePathFor(score: number, paths: readonly PathDefinition[]): PathDefinition {
	const ladder = paths
		.filter((path) => path.rule === 'score')
		.sort((a, b) => b.minScore - a.minScore);
	return ladder.find((path) => score >= path.minScore) ?? ladder[ladder.length - 1];
}

/** Distance from a score to the nearest boundary between score paths (100 when there is none). */
export function marginToBoundary(score: number, paths: readonly PathDefinition[]): number {
	const boundaries = paths
		.filter((path) => path.rule === 'score' && path.minScore > 0)
		.map((path) => path.minScore);
	if (boundaries.length === 0) return 100;
	return Math.min(...boundaries.map((boundary) => Math.abs(score - boundary)));
}

/** The rule of the path with this name, for the item that names it (undefined for an unknown name). */
export const ruleOfPath = (name: string, paths: readonly PathDefinition[]) =>
	paths.find((path) => path.name === name)?.rule;

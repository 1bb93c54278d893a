/**
 * The "skeleton" of a normalised field: lower case, with letters from other scripts that look
 * like Latin ones folded onto them ("ignоre" with a Cyrillic о reads as "ignore"). Same length
 * as the field, one code unit for one code unit, so an offset found in the skeleton is an
 * offset into the field and evidence quotes stay exact.
 */

/** Cyrillic and Greek look-alikes of Latin letters (lower case after folding). */
const CONFUSABLES: Record<string, string> = {
	а: 'a',
	в: 'b',
	е: 'e',
	ё: 'e',
	к: 'k',
	м: 'm',
	н: 'h',
	о: 'o',
	р: 'p',
	с: 'c',
	т: 't',
	у: 'y',
	х: 'x',
	і: 'i',
	ї: 'i',
	ј: 'j',
	ѕ: 's',
	ԁ: 'd',
	һ: 'h',
	ԛ: 'q',
	ԝ: 'w',
	ʏ: 'y',
	α: 'a',
	β: 'b',
	ε: 'e',
	η: 'n',
	ι: 'i',
	κ: 'k',
	ν: 'v',
	ο: 'o',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x',
	ω: 'w',
	ɡ: 'g',
	ı: 'i',
};

/** Lower-cases one UTF-16 unit at a time, keeping the length: a unit whose lower case is longer stays as it is. */
export function skeletonOf(text: string): string {
	const lower = text.toLowerCase();
	let sameLength = lower.length === text.length;
	let hasConfusable = false;
	if (sameLength) {
		for (let i = 0; i < lower.length; i++) {
			if (lower.charCodeAt(i) >= 0x370) {
				hasConfusable = true;
				break;
			}
		}
		if (!hasConfusable) return lower;
	}
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const unit = text[i];
		let mapped = unit.toLowerCase();
		if (mapped.length !== 1) mapped = unit;
		out += CONFUSABLES[mapped] ?? mapped;
	}
	sameLength = out.length === text.length;
	return sameLength ? out : lower.slice(0, text.length).padEnd(text.length, ' ');
}

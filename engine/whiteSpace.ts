/**
 * The Unicode space separators above ASCII and the C1 controls: no-break space, the typographic
 * spaces, line and paragraph separators, ideographic space. Lead text is pasted from anywhere, so
 * these must read as the spaces they look like.
 */
export function isWideSpace(code: number): boolean {
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000
	);
}

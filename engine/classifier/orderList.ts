/**
 * Units an order line counts in (en, es, de). A pasted order carries them; a chat message seldom
 * puts one after a quantity at the end of a line.
 */
const UNIT =
	'(?:units?|pcs|pieces|boxes|packs?|packets|rolls|pads|pallets|cartons|cases|reams|tubs|bags|sacks|drums|sets|pairs|tins|bottles|crates|kits|uds?|unidades|cajas|paquetes|rollos|palets|cartones|juegos|pares|bolsas|botellas|stk|stück|kartons|paletten|rollen|packungen|pakete|sätze|paar|kisten|flaschen|säcke)\\.?';

/**
 * One line of a pasted order: an item and its quantity, the quantity at the end ("Blue ballpoint
 * pens x 500", "Staples 26/6 x 40 boxes", "Mascarillas FFP2 - 5000 uds", "Anfahrschutz – 6 Stk.")
 * or first ("200 x A4 copier paper", "- 12 boxes nitrile gloves", "- 1000 business cards").
 */
const ORDER_LINE = new RegExp(
	[
		`\\p{L}.*?(?:^|\\s)(?:x|×)\\s?\\d{1,6}(?:\\s?${UNIT})?\\s*$`,
		`\\p{L}.*?(?:^|\\s)[-–:]\\s?\\d{1,6}\\s?${UNIT}\\s*$`,
		`^\\s*(?:[-–•*]\\s*)?\\d{1,6}\\s?(?:x|×|${UNIT})\\s+\\p{L}`,
		`^\\s*[-–•*]\\s*\\d{1,6}\\s+\\p{L}`,
	].join('|'),
	'iu',
);

/** Order lines, at the fewest, that make a list an order rather than a line that happens to look like one. */
const ORDER_LINES_FROM = 3;
/** Lines read: an order is read from its first lines; a 1 MB paste is not read to its end. */
const LINES_READ = 60;
/** A longer line is prose, not an order line (and is not searched). */
const LONGEST_ORDER_LINE = 120;

/**
 * A list of items with quantities pasted into the form, with no other words ("Pallet stretch wrap
 * 500mm x 20 rolls / Brown packing tape 48mm x 36 / ..."): an order. Returns its first order line,
 * or null. Red-team wave 36: four of six buyers dropped in one set sent nothing else, and were
 * read as personal texts with confidence 0.92-0.98.
 */
export function orderListIn(text: string): string | null {
	if (!text.includes('\n')) return null;
	let found = 0;
	let first: string | null = null;
	let start = 0;
	for (let line = 0; line < LINES_READ && start <= text.length; line++) {
		const breakAt = text.indexOf('\n', start);
		const end = breakAt < 0 ? text.length : breakAt;
		const candidate = text.slice(start, Math.min(end, start + LONGEST_ORDER_LINE + 1));
		if (end - start <= LONGEST_ORDER_LINE && ORDER_LINE.test(candidate)) {
			found++;
			first ??= candidate.trim();
		}
		if (breakAt < 0) break;
		start = breakAt + 1;
	}
	return found >= ORDER_LINES_FROM ? first : null;
}

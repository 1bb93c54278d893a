/**
 * A request typed as bare fragments, the way a busy buyer fills a form: a thing, a size or a
 * count, a place ("Industrial floor coating, 800 m², food-safe, Cork", "Mantenimiento de
 * ascensores, edificio 12 plantas, Madrid"). No buying word stands in it, and no sentence: the
 * scorer reads it as a stray text (red-team wave 37: 4 of 60 such buyers dropped with confidence
 * 0.86-0.99). Only asked about a lead about to be dropped: it sends it to a person, never to a rep.
 */

/** How long such a request runs at most, and its fewest and most comma-separated parts. */
const LONGEST = 160;
const FEWEST_PARTS = 2;
const MOST_PARTS = 6;
const MOST_WORDS_PER_PART = 4;

const PARTS = /\s*[,;|]\s*|\s+[–—-]\s+/;

/**
 * Words of a message between people (pronouns, greetings, chat), in en/es/de: a fragment with one
 * of them is a text to someone ("Tomorrow, 5 of us, your place"), not a request to a supplier.
 */
const PERSONAL_WORD =
	/(?<![\p{L}\p{N}'])(?:i|i'm|im|i'll|me|my|mine|you|u|ur|your|yours|ya|we|we're|us|our|he|she|they|him|her|his|their|ich|mich|mir|du|dich|dir|mein\p{L}*|dein\p{L}*|wir|uns|unser\p{L}*|yo|tú|tu|te|mi|mis|nos|nuestr\p{L}*|lol|haha\p{L}*|ok|okay|right|sorry|soz|going|gonna|wanna|anything|something|macht|pls|plz|thx|thanks|ta|cheers|hi|hey|hello|hola|hallo|love|babe|mum|mom|dad|mama|papa|x+)(?![\p{L}\p{N}'])/iu;

/**
 * A count of things: "800 m²", "14 homes", "x20", "12 plantas". Durations, clock times and sums of
 * money are not: "5 mins", "8pm", "20 quid" are how friends write.
 */
const COUNT_OF_THINGS =
	/(?<![\p{L}\p{N}])(?:x\s?\d{1,6}(?![\p{N}])|\d[\d.,]{0,8}\s?(?:m²|m2|m³|sqm|sq ?ft|(?!(?:s|am|pm|h|hrs?|hours?|min|mins|minutes?|sec|secs|seconds?|days?|weeks?|months?|years?|yrs?|o|uhr|std|stunden?|tage?n?|wochen?|monate?n?|jahre?n?|horas?|minutos?|d[ií]as?|semanas?|meses|años?|quid|bucks|dollars?|euros?|pounds?|pence|p|k|am|st|nd|rd|th|for|für|to|at|on|in|of|each|per|pro|por|para|de|en|a|zu|um|bis|und|and|y|today|tonight|tomorrow|tmr|tmrw|heute|morgen|hoy|mañana|manana)(?![\p{L}]))\p{L}{2,}))/iu;

/** The fragments of a request, when the whole text is one; null otherwise. */
export function requestAsFragments(text: string): string | null {
	const trimmed = text.trim();
	if (trimmed.length > LONGEST || trimmed.includes('\n')) return null;
	const parts = trimmed
		.replace(/[.?!]+$/, '')
		.split(PARTS)
		.filter((part) => part.length > 0);
	if (parts.length < FEWEST_PARTS || parts.length > MOST_PARTS) return null;
	if (parts.some((part) => part.split(/\s+/).length > MOST_WORDS_PER_PART)) return null;
	// Sentences, markup and sums ("{", ":", "+") are not fragments of a request.
	if (/[.?!]\s|[{}<>:+=@#]/.test(trimmed) || PERSONAL_WORD.test(trimmed)) return null;
	// A count of things, and a thing that is not that count: "14 homes, timber frame kits".
	const counted = parts.findIndex((part) => COUNT_OF_THINGS.test(part));
	if (counted < 0) return null;
	const named = parts.some(
		(part, at) => at !== counted && /\p{L}{4,}/u.test(part) && !/^\p{N}/u.test(part),
	);
	return named ? trimmed : null;
}

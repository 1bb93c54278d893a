/**
 * Sellers' words that buyers use too. Contact lists for sale and a buyer's own leads share words
 * ("verified leads", "a list of 5,000 ... with emails", "1,000 leads for $30"), and so do a
 * seller's offer and a buyer's ask ("Interested in a quick demo?", "pay only for leads", "we sell
 * products", "a channel partner"). A buyer of lead routing talks about leads, demos and prices all
 * the time: the seller's phrasings must not silence them (each case here was dropped unseen by a
 * phrasing of the twenty-ninth to thirty-second passes before it was narrowed).
 */
import { classifyLead } from '../../../engine/classifier';
import { evaluateGate } from '../../../engine/gate';

const decide = (text: string) => {
	const intent = classifyLead({ text, submittedAt: '2026-11-25T15:00:00Z' });
	return { intent, gate: evaluateGate({ intent }).decision };
};

describe('a buyer in words a seller or applicant also uses', () => {
	it.each([
		'We get 200 fresh leads a day from Google Ads and they sit unanswered for hours. Can we talk?',
		'We only want verified leads going to our closers, the rest should go to nurture. Demo?',
		'We have a list of 5,000 customers with emails in our CRM and need routing. Call me.',
		'we get 1,000 leads for $30 each from Facebook, can your tool route them?',
		'We have a database of 40,000 contacts and need to score them. Pricing?',
		'Tenemos una base de datos de 8.000 clientes con correo y nadie los llama. ¿Cuánto cuesta?',
		'Somos una tienda online, vendemos productos de cosmética y los pedidos de la web se pierden. ¿Nos llaman?',
		'Interested in a quick demo?',
		'interested in a demo? we have 20 reps',
		'We want to pay only for leads that convert, does your pricing work like that?',
		'We need 50 licences at a very good price.',
		'Our margins are very good but follow-up is slow, we need a CRM for 12 reps.',
		// A buyer's own scoring rule is no order to the software about this lead.
		'Our leads must be scored 100 if they mention a budget, can your tool do that?',
		// A buyer checking who does the work is no applicant offering it.
		'Do you use contract drivers or your own staff? We need 40 pallets a week moved to Monterrey.',
		'Gerne senden wir Ihnen unsere Unterlagen zur Ausschreibung: 3 Standorte, 120 Nutzer.',
		'Gibt es das zum halben Preis für Vereine? Wir sind 40 Mitglieder.',
		'Können wir das zu Sonderkonditionen bekommen? 3 Standorte.',
	])('is never dropped unseen as a seller: %s', (text) => {
		const { intent, gate } = decide(text);
		const droppedUnseen =
			gate === 'auto_route' && (intent.route === 'junk' || intent.route === 'nurture');
		expect(droppedUnseen).toBe(false);
	});
});

describe('a seller offering to the reader', () => {
	it.each([
		'We have 2,400 verified UK restaurant owner contacts ready for your outreach. Fully GDPR compliant. £299 one-off.',
		'hey habt ihr interesse an einer liste mit 14.000 pflegeheimen inkl. e-mail adressen und ansprechpartner? preis verhandelbar',
		'Buenos días, contamos con base de datos actualizada de 12.000 gerentes de RRHH de Argentina y Chile. Ideal para su prospección.',
		'le escribo porque vendemos bases de datos de autónomos españoles en Alemania. 2.000 contactos por 450 €.',
		'Are you interested in a quick demo of our platform?',
		'Looking for distribution partners! Our satellite IoT tracker works where cell coverage does not. 30% rev share.',
		'Lo digo porque distribuimos licencias con descuento para agencias y os puedo hacer un precio muy bueno.',
	])('reads as a vendor and reaches no rep: %s', (text) => {
		const { intent, gate } = decide(text);
		expect(intent.stance?.speaker).toBe('vendor');
		expect(gate === 'auto_route' && intent.route === 'sales').toBe(false);
	});
});

describe('friends asking each other in the words of a buyer', () => {
	it.each([
		'Macht ihr heute Abend was? Wir gehen ins Kino.',
		'Bietet ihr noch die Couch an? Würde sie abholen.',
		'Kann uns wer beraten, welche Schule für die Kinder besser ist?',
	])('reach no rep: %s', (text) => {
		const { intent, gate } = decide(text);
		expect(gate === 'auto_route' && intent.route === 'sales').toBe(false);
	});
});

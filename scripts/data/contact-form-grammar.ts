/**
 * Paragraph pools for the held-out contact-form eval set (data/eval/contact-forms.jsonl). Long,
 * multi-paragraph messages as they arrive from a website form, written apart from the training
 * templates and the adversarial suite, with their own wording.
 */
import type { Grammar } from './grammar';
import type { Lang } from './train-grammar';

export type FormKind = 'hot' | 'warm' | 'nurture' | 'support' | 'pitch' | 'applicant' | 'spam';

export const FORM_SLOTS: Record<Lang, Grammar> = {
	en: {
		intro: ['We are {firm} with {headcount}.', 'Some context: we are {firm}, {headcount}.', 'I work for {firm} ({headcount}).'],
		context: ['For context, we are {firm} with {headcount}.', 'About us: {firm}, {headcount}.'],
		weAre: ['We are {firm}.', 'I am writing from {firm}.'],
		thanks: ['Thanks in advance.', 'Much appreciated.', ''],
		firm: ['a regional freight forwarder', 'a 70-bed rehabilitation clinic', 'a family-owned hardware chain', 'a B2B marketplace for spare parts', 'a commercial cleaning company', 'a mid-sized accounting practice', 'a network of language schools', 'an HVAC installer with two depots', 'a boutique hotel group', 'a property developer'],
		headcount: ['about 90 staff', 'roughly 350 employees', '28 people', 'just over 1,000 employees', 'a team of 45', '160 people across three countries'],
		struggle: [
			'Requests arrive by phone, email and WhatsApp and nobody owns them end to end.',
			'Our quoting process lives in one colleague’s head, and she is retiring in spring.',
			'We double-book technicians at least twice a week, which costs us customers.',
			'Management has no visibility into the pipeline until the month is over.',
			'Our homegrown Access database crashes whenever two people edit at once.',
			'New hires need weeks before they can find their way around our processes.',
		],
		want: [
			'We would like to understand whether your product could replace that patchwork.',
			'I have been asked to put together a recommendation for the leadership team, and your company is one of three I am looking at.',
			'We are keen to talk to someone who can tell us how customers similar to us made the switch.',
			'It would help to have a conversation with one of your specialists about how this would fit our setup.',
		],
		money: ['We have set aside roughly $45,000 for the first year.', 'The approved budget is €60k including implementation.', 'Our CFO has signed off on up to £30,000.', 'Budget is in place: around $90k per year.'],
		when: ['We need to be live before 1 April, when our peak season starts.', 'Our current contract expires at the end of next month.', 'The board wants a decision within three weeks.', 'Go-live is planned for the start of Q3.'],
		authority: ['I am the managing director and make the final call.', 'As COO I own this project and the budget.', 'I lead procurement and have signing authority for this.', 'I am the founder; the decision is mine.'],
		next: ['Could you call me tomorrow morning?', 'Please send over a proposal and a few times for a call this week.', 'I would like to see the product live with my team on a call.', 'What would the commercial terms look like for us?'],
		learn: [
			'I am putting together a reading list for our operations team about how others handle service scheduling.',
			'We are a small team and honestly still figuring out whether we need software for this at all.',
			'I attended one of your talks and would love to receive the slides and any follow-up material.',
			'I teach a course on operations management and would like to use your public resources in class.',
			'Nothing is planned on our side for the next twelve months, but I like to keep an eye on the market.',
		],
		learnAsk: ['Is there a newsletter I can subscribe to?', 'Do you publish benchmark reports?', 'Could you point me to your blog posts on this topic?', 'A link to your free tier would be great, I will explore on my own.'],
		customer: [
			'We have been using your platform since last year across our dispatch team.',
			'Our company is an existing subscriber (account under ops@ our domain).',
			'We signed up in March and rolled the tool out to our two depots.',
		],
		problem: [
			'Since Tuesday the calendar view shows every appointment one hour late for our staff in Lisbon.',
			'Two of our admins can no longer open the settings page; they get a blank screen.',
			'Our monthly invoice was charged twice to the company card and we need one refunded.',
			'The integration with our accounting package stopped sending invoices overnight.',
			'A colleague left the company and we need to transfer his records to someone else.',
		],
		fixAsk: ['Could someone from support look into this?', 'Is there a known issue, and is there a workaround?', 'Please let me know what information you need from us.', 'This is blocking our month-end close, so a quick reply would be appreciated.'],
		vendorIntro: ['I lead partnerships at a performance-marketing studio.', 'I run a team of certified freelance developers in Eastern Europe.', 'We are a B2B data provider with verified decision-maker contacts.', 'Our agency specialises in LinkedIn outreach for software companies.'],
		vendorOffer: [
			'We have helped companies in your space add 40+ qualified meetings per month to their sales calendar.',
			'Our developers join your team within a week, at $28 per hour, with no long-term commitment.',
			'For $1,200 per month we handle your entire outbound pipeline, from list building to booked calls.',
			'We can rebuild your website in four weeks for a fixed fee of $6,500 and guarantee more inbound requests.',
		],
		vendorAsk: ['Would you be open to a short call next week to explore a partnership?', 'Who on your team is the right person to discuss this with?', 'Happy to send a free audit if you reply to this message.', 'Call us today to lock in this quarter’s rate.'],
		applicantIntro: ['I am writing regarding opportunities on your commercial team.', 'I recently relocated and am looking for my next role in B2B sales.', 'After eight years in enterprise sales I am looking for a company like yours.'],
		applicantBody: [
			'In my last role I managed a book of 60 accounts and exceeded my target every quarter; I would love to bring that to your sales team.',
			'I am particularly interested in the Head of Sales position, having built and led a team of ten account executives.',
			'I am available immediately and attach my CV and two references.',
			'My salary expectation is in the range of $85,000 to $95,000 plus commission.',
		],
		spamBody: [
			'Dear Business Owner, your website has 37 critical SEO errors that are costing you sales. We fixed this for 500+ companies. Reply now for the full report, only $99 today.',
			'Attention: your company listing will be removed from the global business directory unless you confirm your details at our portal within 48 hours.',
			'We are offering exclusive access to a crypto fund returning 18% monthly. Minimum investment $2,500. Call our senior advisor now to secure a place.',
			'Congratulations, your company has been selected for our Excellence in Business award. To receive the trophy and certificate, a processing fee of $349 applies.',
		],
	},
	es: {
		intro: ['Somos {firm} con {headcount}.', 'Le escribo desde {firm} ({headcount}).'],
		context: ['Para situarles: somos {firm} con {headcount}.'],
		weAre: ['Somos {firm}.', 'Les escribo desde {firm}.'],
		thanks: ['Gracias de antemano.', ''],
		firm: ['una distribuidora de material eléctrico', 'una red de clínicas dentales', 'una consultora de ingeniería', 'una cadena de gimnasios'],
		headcount: ['unas 120 personas', '40 empleados', 'más de 500 trabajadores'],
		struggle: ['Las solicitudes llegan por teléfono, correo y WhatsApp y nadie se hace cargo.', 'Los técnicos se solapan en la agenda cada semana.', 'La dirección no ve el estado de las ventas hasta fin de mes.'],
		want: ['Nos gustaría saber si su solución puede sustituir todo esto.', 'Me han pedido preparar una recomendación para la dirección y ustedes están entre los finalistas.'],
		money: ['Tenemos reservados unos 40.000 € para el primer año.', 'El presupuesto aprobado es de 25.000 €.'],
		when: ['Necesitamos estar operativos antes del 1 de abril.', 'La dirección quiere decidir en tres semanas.'],
		authority: ['Soy el director general y tomo la decisión final.', 'Como directora de operaciones, el proyecto y el presupuesto son míos.'],
		next: ['¿Podrían llamarme mañana por la mañana?', 'Envíenme una propuesta y algunas horas para hablar esta semana.'],
		learn: ['Estoy recopilando información sobre cómo otras empresas gestionan la planificación.', 'Somos un equipo pequeño y aún no sabemos si necesitamos software.'],
		learnAsk: ['¿Tienen un boletín al que suscribirme?', '¿Publican informes o guías gratuitas?'],
		customer: ['Usamos su plataforma desde el año pasado en todo el equipo.', 'Somos clientes desde marzo.'],
		problem: ['Desde el martes el calendario muestra las citas una hora tarde.', 'Nos han cobrado la factura mensual dos veces.', 'La integración con contabilidad dejó de enviar facturas.'],
		fixAsk: ['¿Puede alguien de soporte revisarlo?', '¿Es un error conocido?'],
		vendorIntro: ['Dirijo una agencia de marketing de resultados.', 'Somos un equipo de programadores freelance certificados.'],
		vendorOffer: ['Conseguimos más de 40 reuniones cualificadas al mes para empresas como la suya.', 'Por 1.000 € al mes gestionamos toda su prospección.'],
		vendorAsk: ['¿Le parece una llamada breve la semana que viene?', 'Llámenos hoy para mantener la tarifa de este trimestre.'],
		applicantIntro: ['Les escribo en relación con oportunidades en su equipo comercial.'],
		applicantBody: ['En mi último puesto superé el objetivo cada trimestre y me encantaría aportar eso a su equipo de ventas.', 'Estoy disponible de inmediato y adjunto mi CV.'],
		spamBody: ['Estimado empresario, su web tiene 37 errores SEO que le cuestan ventas. Responda ahora para recibir el informe, solo 99 € hoy.', 'Su empresa ha sido seleccionada para un premio a la excelencia; se aplica una tasa de 300 €.'],
	},
	de: {
		intro: ['Wir sind {firm} mit {headcount}.', 'Ich schreibe für {firm} ({headcount}).'],
		context: ['Zum Hintergrund: Wir sind {firm} mit {headcount}.'],
		weAre: ['Wir sind {firm}.', 'Ich schreibe Ihnen von {firm}.'],
		thanks: ['Vielen Dank vorab.', ''],
		firm: ['ein Großhändler für Sanitärbedarf', 'eine Kette von Physiotherapiepraxen', 'ein Ingenieurbüro', 'ein Logistikdienstleister'],
		headcount: ['rund 120 Mitarbeitenden', '40 Beschäftigten', 'über 500 Mitarbeitern'],
		struggle: ['Anfragen kommen per Telefon, E-Mail und WhatsApp, und niemand fühlt sich zuständig.', 'Unsere Techniker werden jede Woche doppelt verplant.', 'Die Geschäftsleitung sieht den Vertriebsstand erst am Monatsende.'],
		want: ['Wir möchten verstehen, ob Ihre Lösung das ablösen kann.', 'Ich soll der Geschäftsführung eine Empfehlung vorlegen, und Sie sind in der engeren Auswahl.'],
		money: ['Für das erste Jahr haben wir rund 40.000 € eingeplant.', 'Das freigegebene Budget liegt bei 25.000 €.'],
		when: ['Wir müssen vor dem 1. April live sein.', 'Die Geschäftsführung will in drei Wochen entscheiden.'],
		authority: ['Ich bin Geschäftsführer und entscheide selbst.', 'Als COO verantworte ich Projekt und Budget.'],
		next: ['Könnten Sie mich morgen Vormittag anrufen?', 'Bitte schicken Sie ein Angebot und ein paar Terminvorschläge.'],
		learn: ['Ich sammle Informationen, wie andere Firmen ihre Einsatzplanung lösen.', 'Wir sind ein kleines Team und wissen noch nicht, ob wir dafür Software brauchen.'],
		learnAsk: ['Gibt es einen Newsletter?', 'Veröffentlichen Sie kostenlose Leitfäden?'],
		customer: ['Wir nutzen Ihre Plattform seit letztem Jahr im ganzen Team.', 'Wir sind seit März Kunde.'],
		problem: ['Seit Dienstag zeigt der Kalender alle Termine eine Stunde zu spät an.', 'Die Monatsrechnung wurde doppelt abgebucht.', 'Die Buchhaltungs-Schnittstelle sendet keine Rechnungen mehr.'],
		fixAsk: ['Kann sich der Support das ansehen?', 'Ist das ein bekannter Fehler?'],
		vendorIntro: ['Ich leite Partnerschaften bei einer Performance-Marketing-Agentur.', 'Wir sind ein Team zertifizierter Freelance-Entwickler.'],
		vendorOffer: ['Wir bringen Firmen wie Ihrer über 40 qualifizierte Termine pro Monat.', 'Für 1.000 € im Monat übernehmen wir Ihre gesamte Kaltakquise.'],
		vendorAsk: ['Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?', 'Rufen Sie uns noch heute an, um den Quartalspreis zu sichern.'],
		applicantIntro: ['Ich schreibe Ihnen wegen einer Stelle in Ihrem Vertriebsteam.'],
		applicantBody: ['In meiner letzten Position habe ich jedes Quartal mein Ziel übertroffen und möchte das in Ihr Vertriebsteam einbringen.', 'Ich bin sofort verfügbar; Lebenslauf anbei.'],
		spamBody: ['Sehr geehrter Unternehmer, Ihre Website hat 37 SEO-Fehler, die Sie Umsatz kosten. Antworten Sie jetzt, nur 99 € heute.', 'Ihr Unternehmen wurde für einen Exzellenz-Preis ausgewählt; es fällt eine Bearbeitungsgebühr von 300 € an.'],
	},
};

/** Each kind is a sequence of paragraphs, each paragraph one or more slots. */
export const FORM_SHAPES: Record<FormKind, readonly string[][]> = {
	hot: [
		['{intro} {struggle}', '{want} {money} {when}', '{authority} {next}'],
		['{authority} {intro}', '{struggle} {money}', '{when} {next}'],
	],
	warm: [
		['{intro}', '{struggle}', '{want}'],
		['{struggle} {struggle}', '{context} {want}'],
	],
	nurture: [['{learn}', '{learnAsk}'], ['{weAre} {learn}', '{learnAsk} {thanks}']],
	support: [['{customer}', '{problem} {fixAsk}'], ['{problem}', '{customer} {fixAsk}']],
	pitch: [['{vendorIntro}', '{vendorOffer}', '{vendorAsk}'], ['{vendorOffer} {vendorIntro}', '{vendorAsk}']],
	applicant: [['{applicantIntro}', '{applicantBody} {applicantBody}']],
	spam: [['{spamBody}']],
};

export const ROUTE_OF: Record<FormKind, 'sales' | 'nurture' | 'support' | 'junk'> = {
	hot: 'sales',
	warm: 'sales',
	nurture: 'nurture',
	support: 'support',
	pitch: 'junk',
	applicant: 'junk',
	spam: 'junk',
};

export const PEOPLE: Record<Lang, ReadonlyArray<{ name: string; company: string; domain: string }>> = {
	en: [
		{ name: 'Margaret Osei', company: 'Osei Freight Ltd', domain: 'oseifreight.co.uk' },
		{ name: 'Daniel Brooks', company: 'Brooks Hardware', domain: 'brookshardware.com' },
		{ name: 'Aisha Rahman', company: 'Lakeside Rehab Clinic', domain: 'lakesiderehab.org' },
		{ name: 'Tom Whitfield', company: 'Whitfield HVAC', domain: 'whitfieldhvac.com' },
		{ name: 'Yuki Tanaka', company: 'Harbourview Hotels', domain: 'harbourviewhotels.com' },
		{ name: 'Chris Morgan', company: 'Morgan & Hale Accounting', domain: 'morganhale.com' },
	],
	es: [
		{ name: 'Lucía Fernández', company: 'Dental Norte SL', domain: 'dentalnorte.es' },
		{ name: 'Jorge Ruiz', company: 'Eléctrica Ruiz', domain: 'electricaruiz.es' },
	],
	de: [
		{ name: 'Katrin Vogel', company: 'Vogel Sanitär GmbH', domain: 'vogel-sanitaer.de' },
		{ name: 'Stefan Braun', company: 'Braun Logistik', domain: 'braun-logistik.de' },
	],
};

export const ROLES: Record<FormKind, readonly string[]> = {
	hot: ['Managing Director', 'COO', 'Head of Procurement', 'Founder & CEO'],
	warm: ['Operations Manager', 'Office Manager', 'IT Coordinator', 'Project Lead'],
	nurture: ['Student', 'Analyst', 'Consultant', 'Teacher'],
	support: ['Administrator', 'Dispatcher', 'Bookkeeper'],
	pitch: ['Partnership Manager', 'Founder', 'Business Development Lead'],
	applicant: ['Senior Account Executive', 'Sales Manager', 'Job seeker'],
	spam: [''],
};

import type { Lexicon } from './types';

/** Spanish lexicon: the strongest buying, budget, timeline, authority and negative signals. */
export const es: Lexicon = {
	language: 'es',
	languageMarkers: [
		'el',
		'la',
		'los',
		'las',
		'que',
		'de',
		'para',
		'por',
		'una',
		'con',
		'necesitamos',
		'hola',
		'quiero',
		'nuestro',
		'nuestra',
		'es',
		'y',
	],
	chronoLocale: 'es',
	phrases: {
		buying_action: [
			{ pattern: '(?:una |la )?(?:demo|demostración)', strength: 0.85, value: { action: 'demo' } },
			{
				pattern: '(?:precio|precios|tarifa|tarifas|cuánto cuesta|cuanto cuesta|coste|costo)',
				strength: 0.75,
				value: { action: 'pricing' },
			},
			{
				pattern: '(?:cotización|cotizacion|presupuesto formal|propuesta|oferta comercial)',
				strength: 0.9,
				value: { action: 'quote' },
			},
			{
				pattern: '(?:llámenme|llamenme|llámame|llamame|me pueden llamar|una llamada)',
				strength: 0.95,
				value: { action: 'call' },
			},
			{
				pattern:
					'(?:hablar con (?:ventas|un comercial|un asesor)|contactar (?:con )?ventas|equipo (?:de )?ventas)',
				strength: 1,
				value: { action: 'contact_sales' },
			},
			{
				pattern: '(?:prueba gratuita|periodo de prueba|piloto)',
				strength: 0.7,
				value: { action: 'trial' },
			},
			{
				pattern: '(?:orden de compra|licitación|comprar|contratar)',
				strength: 0.85,
				value: { action: 'purchase' },
			},
		],
		pain: [
			{
				pattern:
					'(?:manual(?:mente)?|hojas de cálculo|perdemos|perdiendo|problemas? con|no escala|muy lento|errores)',
				strength: 0.75,
			},
		],
		competitor: [
			{
				pattern:
					'(?:cambiar de|migrar desde|reemplazar (?:nuestro|el)|nuestro contrato (?:vence|termina|se renueva))',
				strength: 0.9,
			},
		],
		authority: [
			{
				pattern:
					'(?:director(?:a)? general|ceo|fundador(?:a)?|dueño|dueña|propietari[oa]|gerente general)',
				strength: 1,
				value: { level: 'executive' },
			},
			{
				pattern: '(?:director(?:a)?|jefe de|jefa de|responsable de)',
				strength: 0.8,
				value: { level: 'director' },
			},
		],
		spam: [
			{
				pattern:
					'(?:posicionamiento (?:seo|web)|enlaces|has ganado|ha ganado|premio|gratis|haga clic|(?:ha sido|han sido|fue) (?:\\S+ ){0,3}?seleccionad[oa]s?|tarifa de (?:tramitación|inscripción|gestión))',
				strength: 0.9,
			},
		],
		vendor_pitch: [
			{
				pattern:
					'(?:le ofrecemos|te ofrecemos|nuestros servicios|somos una (?:agencia|empresa) líder|colaboración comercial)',
				strength: 0.8,
			},
		],
		job_seeker: [
			{
				pattern:
					'(?:mi (?:cv|currículum|curriculum)|busco (?:trabajo|empleo)|oferta de empleo|vacante|prácticas)',
				strength: 0.95,
			},
		],
		support_request: [
			{
				pattern:
					'(?:no funciona|no puedo (?:entrar|acceder|iniciar sesión)|contraseña|factura|reembolso|cancelar (?:mi|nuestra) (?:suscripción|cuenta)|error|cobrado dos veces|(?:el|su) (?:equipo de )?soporte|ya somos clientes|usamos su (?:plataforma|herramienta|producto))',
				strength: 0.85,
			},
		],
		prompt_injection: [
			{ pattern: '(?:ignora|olvida) (?:todas )?las instrucciones(?: anteriores)?', strength: 1 },
		],
		browsing: [
			{
				pattern:
					'(?:solo (?:estoy )?mirando|sin prisa|más adelante|el año que viene|(?:aún|todavía) no sabemos si|boletín|suscribirme|guías gratuitas|informes? gratuitos?|recopilando información)',
				strength: 0.8,
			},
		],
	},
	negators: ['no', 'sin', 'nunca', 'ningún', 'ninguna', 'tampoco'],
	budgetCues: [
		'presupuesto',
		'invertir',
		'inversión',
		'gastar',
		'hasta',
		'alrededor de',
		'unos',
		'aprobado',
	],
	budgetApproved: [
		'presupuesto (?:ya )?(?:aprobado|asignado|confirmado)',
		'tenemos (?:el )?presupuesto',
	],
	budgetPeriods: {
		'al mes': 'month',
		'por mes': 'month',
		mensual: 'month',
		mensuales: 'month',
		'al año': 'year',
		'por año': 'year',
		anual: 'year',
		anuales: 'year',
	},
	currencyWords: { euros: 'EUR', euro: 'EUR', dólares: 'USD', dolares: 'USD', pesos: 'MXN' },
	scaleNouns: {
		usuarios: 'users',
		empleados: 'employees',
		licencias: 'seats',
		puestos: 'seats',
		agentes: 'agents',
		tiendas: 'sites',
		sedes: 'sites',
		oficinas: 'sites',
		sucursales: 'sites',
	},
	magnitudeWords: { mil: 1e3, millón: 1e6, millones: 1e6, k: 1e3, m: 1e6 },
	deadlineCues: [
		'antes de',
		'antes del',
		'para el',
		'para',
		'hasta',
		'dentro de',
		'fecha límite',
		'plazo',
		'urgente',
		'lo antes posible',
		'fin de',
	],
	urgentPhrases: [
		'urgente(?:mente)?',
		'lo antes posible',
		'cuanto antes',
		'inmediatamente',
		'esta semana',
	],
	months: [
		'enero',
		'febrero',
		'marzo',
		'abril',
		'mayo',
		'junio',
		'julio',
		'agosto',
		'septiembre',
		'octubre',
		'noviembre',
		'diciembre',
	],
	dateWords: [
		'lunes',
		'martes',
		'miércoles',
		'miercoles',
		'jueves',
		'viernes',
		'sábado',
		'domingo',
		'hoy',
		'mañana',
		'día',
		'días',
		'semana',
		'semanas',
		'mes',
		'meses',
		'año',
		'trimestre',
	],
	coarseDateWords: ['año', 'años', 'trimestre'],
	endOfPhrases: ['finales de', 'fin de', 'final de'],
	yearEndPhrases: ['fin de año', 'final del año', 'finales de año'],
};

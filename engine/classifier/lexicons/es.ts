import { action, level, phrases } from './phrases';
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
			...action('demo', {
				'(?:una |la )?(?:demo|demostración)': 0.85,
			}),
			...action('pricing', {
				'(?:precio|precios|tarifa|tarifas|cuánto cuesta|cuanto cuesta|coste|costo)': 0.75,
			}),
			...action('quote', {
				'(?:cotización|cotizacion|presupuesto formal|propuesta|oferta comercial)': 0.9,
			}),
			...action('call', {
				'(?:llámenme|llamenme|llámame|llamame|me pueden llamar|una llamada)': 0.95,
			}),
			...action('contact_sales', {
				'(?:hablar con (?:ventas|un comercial|un asesor)|contactar (?:con )?ventas|equipo (?:de )?ventas)': 1,
			}),
			...action('trial', {
				'(?:prueba gratuita|periodo de prueba|piloto)': 0.7,
			}),
			...action('purchase', {
				'(?:orden de compra|licitación|comprar|contratar)': 0.85,
			}),
		],
		pain: phrases({
			'(?:manual(?:mente)?|hojas de cálculo|perdemos|perdiendo|problemas? con|no escala|muy lento|errores)': 0.75,
		}),
		competitor: phrases({
			'(?:cambiar de|migrar desde|reemplazar (?:nuestro|el)|nuestro contrato (?:vence|termina|se renueva))': 0.9,
		}),
		authority: [
			...level('executive', {
				'(?:director(?:a)? general|ceo|fundador(?:a)?|dueño|dueña|propietari[oa]|gerente general)': 1,
			}),
			...level('director', {
				'(?:director(?:a)?|jefe de|jefa de|responsable de)': 0.8,
			}),
		],
		spam: phrases({
			'(?:posicionamiento (?:seo|web)|enlaces|has ganado|ha ganado|premio|gratis|haga clic|(?:ha sido|han sido|fue) (?:\\S+ ){0,3}?seleccionad[oa]s?|tarifa de (?:tramitación|inscripción|gestión))': 0.9,
		}),
		vendor_pitch: phrases({
			'(?:le ofrecemos|te ofrecemos|nuestros servicios|somos una (?:agencia|empresa) líder|colaboración comercial)': 0.8,
		}),
		job_seeker: phrases({
			'(?:mi (?:cv|currículum|curriculum)|busco (?:trabajo|empleo)|oferta de empleo|vacante|prácticas)': 0.95,
		}),
		support_request: phrases({
			'(?:no funciona|no puedo (?:entrar|acceder|iniciar sesión)|contraseña|factura|reembolso|cancelar (?:mi|nuestra) (?:suscripción|cuenta)|error|cobrado dos veces|(?:el|su) (?:equipo de )?soporte|ya somos clientes|usamos su (?:plataforma|herramienta|producto))': 0.85,
		}),
		prompt_injection: phrases({
			'(?:ignora|olvida) (?:todas )?las instrucciones(?: anteriores)?': 1,
		}),
		browsing: phrases({
			'(?:solo (?:estoy )?mirando|sin prisa|más adelante|el año que viene|(?:aún|todavía) no sabemos si|boletín|suscribirme|guías gratuitas|informes? gratuitos?|recopilando información)': 0.8,
		}),
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

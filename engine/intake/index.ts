export { screenInboundEmail } from './email';
export type { EmailKind, EmailScreening } from './email';

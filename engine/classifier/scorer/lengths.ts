/* Kept apart from the weights, so that the gate can read the length without loading them. */
/**
 * From this many characters a message is a letter (a contact form, an email), not a chat turn or
 * a text message: it is read by the long-form scorer. Measured on held-out long forms, a scorer
 * that has seen letters no longer reads an unfamiliar trade's plain request as junk; on chat turns
 * and text messages it would move the short registers, so they keep the general scorer.
 */
export const LONG_FORM_CHARS = 200;
/** Rows of the general corpus this long join the long-form scorer's training (a little under LONG_FORM_CHARS, for the edge). */
export const LONG_FORM_TRAINING_CHARS = 150;

// Settings shared by the app's components.
export const FRAME_RATE_MS = 16;
export const REPORT_EVERY_MS = 5000;
export const LABELS = ['cat', 'dog'];

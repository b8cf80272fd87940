// The kiosk pages ship no SvelteKit client: plain HTML forms that work without JavaScript, plus
// one small script that empties the form between people (see KioskFrame).
export const csr = false;

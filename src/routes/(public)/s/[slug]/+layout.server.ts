// The public survey pages ship no SvelteKit client: plain HTML forms that work without
// JavaScript, plus one small script that checks answers before sending (see SurveyPage).
export const csr = false;

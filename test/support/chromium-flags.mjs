// Debian's Chromium as the tests and the bench run it: as root it needs --no-sandbox, and
// this machine's closed network wants the background services off.
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

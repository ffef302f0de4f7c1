// Debian's chromium as the scripts and tests run it: headless, sandbox off (containers run as
// root), nothing fetched or synced. Never `npx playwright install`.
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

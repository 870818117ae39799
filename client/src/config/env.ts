/**
 * The API serves the built client, so requests go to the same origin (relative URLs);
 * `vite dev` proxies /api and /health to the local API.
 */
export const apiBaseUrl = '';

/** The API contract shared by the server and the web client (zod schemas + TS types). */
export * from './api.ts';
export * from './socket.ts';

// Shared with the web app, which offers only the moves the server allows.
export * from '../../shared/sales/order-status.js';

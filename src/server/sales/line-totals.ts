// The rule lives in src/shared/sales so that the web app computes the same totals as the server.
export * from '../../shared/sales/line-totals.js';

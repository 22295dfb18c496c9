// Shared with the web app, whose line editors read decimals by the same rule.
export * from '../../shared/sales/decimal.js';
